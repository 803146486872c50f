// Fuzz target for the sign-in listener's request parser: CallbackRequest::parse().
//
// Input: the bytes a browser (or anything else on this computer) sends to the loopback listener.
//
// Invariants (a broken one aborts, which libFuzzer reports as a crash with the input saved):
//   - nothing crashes, and ASan/UBSan see nothing;
//   - a Complete request is a GET whose path starts with '/', and every key of its query, decoded,
//     is found by hasItem() and read by value() without a crash;
//   - reading stays the same however the bytes arrive, since the listener answers as soon as it
//     can: once a prefix is Complete, the whole input is Complete with the same path and query;
//     once a prefix is rejected, the whole input is rejected too (the reason may differ).
#include "callbackrequest.h"
#include "showable.h"

#include <QByteArray>
#include <QUrl>

#include <cstddef>
#include <cstdint>

namespace {

constexpr const char *target = "fuzz_callbackrequest";

void checkComplete(const CallbackRequest &request)
{
    if (request.verdict != CallbackRequest::Verdict::Complete)
        return;
    if (request.method != "GET")
        fuzz::fail(target, "Complete, but not a GET", QString::fromLatin1(request.method));
    if (!request.path.startsWith(u'/'))
        fuzz::fail(target, "Complete, but the path does not start with '/'", request.path);
    // The query keeps its items percent-encoded; hasItem() and value() take the decoded key.
    for (const auto &item : request.query) {
        const QString key = QUrl::fromPercentEncoding(item.first.toLatin1());
        if (!request.hasItem(key))
            fuzz::fail(target, "a key of the query is not found by hasItem()", key);
        (void)request.value(key);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 2 * CallbackRequest::maxHeadSize)
        return -1;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const CallbackRequest whole = CallbackRequest::parse(bytes);
    checkComplete(whole);

    // The same bytes arriving in two pieces: the listener parses what it has after each read.
    for (const qsizetype cut : {qsizetype(size) / 2, qsizetype(size) - 1}) {
        if (cut <= 0)
            continue;
        const CallbackRequest prefix = CallbackRequest::parse(bytes.left(cut));
        checkComplete(prefix);
        if (prefix.verdict == CallbackRequest::Verdict::Incomplete)
            continue;
        // A rejection may change its reason (Malformed vs TooLarge: the listener refuses either way),
        // never into Incomplete or Complete; a Complete request never changes.
        const bool bothRejected = prefix.verdict != CallbackRequest::Verdict::Complete
            && whole.verdict != CallbackRequest::Verdict::Complete && whole.verdict != CallbackRequest::Verdict::Incomplete;
        if (prefix.verdict != whole.verdict && !bothRejected) {
            const QByteArray what = QByteArrayLiteral("a prefix of ") + QByteArray::number(cut) + " bytes gave verdict "
                + QByteArray::number(int(prefix.verdict)) + ", the whole input verdict " + QByteArray::number(int(whole.verdict));
            fuzz::fail(target, what.constData(), QString::fromLatin1(bytes));
        }
        if (prefix.verdict == CallbackRequest::Verdict::Complete
            && (prefix.path != whole.path || prefix.query != whole.query))
            fuzz::fail(target, "a prefix was Complete with another path or query", QString::fromLatin1(bytes.left(cut)));
    }
    return 0;
}
