// Fuzz target for the reading of Zoho's replies: ZohoReplyReader::read(), readRevocation(),
// readAccount(), and PrintableText::fromNetwork() (both policies) that they make text safe with.
//
// Input: a first line "STATUS PURPOSE CONTENT-TYPE" (e.g. "200 probe application/json"; PURPOSE is
// "probe" or "exchange"), a second line with the Location header (often empty), then the body as
// sent. Anything unreadable in the first line falls back to 200, probe, no content type.
//
// Invariants (a broken one aborts, which libFuzzer reports as a crash with the input saved):
//   - nothing crashes, and ASan/UBSan see nothing;
//   - every text the reader returns is safe to show (no control, format or line-break character,
//     no unpaired surrogate): it reaches labels, terminals and log lines;
//   - PrintableText::fromNetwork() keeps to its length limit and is idempotent under both policies;
//     Blank leaves no space at either end, Escape keeps every safe character of a short text.
#include "printabletext.h"
#include "showable.h"
#include "zohoreplyreader.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include <cstddef>
#include <cstdint>

namespace {

constexpr const char *target = "fuzz_zohoreply";

void checkShowable(const char *what, const QString &text)
{
    if (!fuzz::isShowable(text))
        fuzz::fail(target, what, text);
}

void checkPrintable(const QString &text)
{
    using PrintableText::Unsafe;
    const QString once = PrintableText::fromNetwork(text, Unsafe::Blank);
    checkShowable("Blank left a character that is not safe to show", once);
    if (once.size() > PrintableText::defaultMaxLength)
        fuzz::fail(target, "Blank is longer than its limit", once);
    if (!once.isEmpty() && (once.front().isSpace() || once.back().isSpace()))
        fuzz::fail(target, "Blank left white space at an end", once);
    if (PrintableText::fromNetwork(once, Unsafe::Blank) != once)
        fuzz::fail(target, "Blank is not idempotent", once);
    const QString short10 = PrintableText::fromNetwork(text, Unsafe::Blank, 10);
    if (short10.size() > 10)
        fuzz::fail(target, "Blank with limit 10 is longer than 10", short10);

    const QString escaped = PrintableText::fromNetwork(text, Unsafe::Escape, 0);
    checkShowable("Escape left a character that is not safe to show", escaped);
    if (PrintableText::fromNetwork(escaped, Unsafe::Escape, 0) != escaped)
        fuzz::fail(target, "Escape is not idempotent", escaped);
    // Every code unit is kept or escaped into several, so without a limit nothing gets shorter.
    if (escaped.size() < text.size())
        fuzz::fail(target, "Escape dropped characters", escaped);
    const QString escaped10 = PrintableText::fromNetwork(text, Unsafe::Escape, 10);
    if (escaped10.size() > 10)
        fuzz::fail(target, "Escape with limit 10 is longer than 10", escaped10);
    const QString kept = escaped10.endsWith(QChar(0x2026)) && escaped10 != escaped ? escaped10.chopped(1) : escaped10;
    if (escaped.left(kept.size()) != kept)
        fuzz::fail(target, "Escape with limit 10 is not a beginning of the whole", escaped10);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > size_t(64) * 1024)
        return -1;
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype firstEnd = input.indexOf('\n');
    const QByteArray first = firstEnd < 0 ? input : input.left(firstEnd);
    const qsizetype secondEnd = firstEnd < 0 ? -1 : input.indexOf('\n', firstEnd + 1);
    const QByteArray location = secondEnd < 0 ? QByteArray() : input.mid(firstEnd + 1, secondEnd - firstEnd - 1);
    const QByteArray body = secondEnd < 0 ? QByteArray() : input.mid(secondEnd + 1);

    const QList<QByteArray> fields = first.split(' ');
    bool statusOk = false;
    int status = fields.value(0).toInt(&statusOk);
    if (!statusOk)
        status = 200;
    const auto purpose = fields.value(1) == "exchange" ? ZohoReplyReader::Purpose::CodeExchange
                                                       : ZohoReplyReader::Purpose::Probe;
    const QByteArray contentType = fields.value(2);

    QJsonObject json;
    const ProbeReport::Answer answer = ZohoReplyReader::read(status, body, purpose, contentType, location, &json);
    checkShowable("read(): zohoError is not safe to show", answer.zohoError);
    checkShowable("read(): detail is not safe to show", answer.detail);
    checkShowable("read(): certificateIssuer is not safe to show", answer.certificateIssuer);
    checkShowable("read(): proxy is not safe to show", answer.proxy);
    (void)ZohoReplyReader::read(status, body, purpose, contentType, location);

    QString detail;
    (void)ZohoReplyReader::readRevocation(status, body, &detail);
    checkShowable("readRevocation(): detail is not safe to show", detail);

    const ZohoReplyReader::Account account = ZohoReplyReader::readAccount(status, body);
    checkShowable("readAccount(): email is not safe to show", account.email);
    checkShowable("readAccount(): name is not safe to show", account.name);

    checkPrintable(QString::fromUtf8(body));
    return 0;
}
