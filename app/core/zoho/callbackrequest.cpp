#include "callbackrequest.h"

#include <QUrl>

namespace {

// RFC 9110 "tchar": what a method is made of.
bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

// A request's head is printable ASCII, tabs, and line ends; anything else is not HTTP.
bool isHeadByte(char c)
{
    const auto u = static_cast<uchar>(c);
    return (u >= 0x20 && u < 0x7f) || c == '\t' || c == '\r' || c == '\n';
}

} // namespace

CallbackRequest CallbackRequest::parse(const QByteArray &requestBytes)
{
    CallbackRequest request;
    // RFC 9112 asks servers to ignore empty lines before the request line.
    qsizetype start = 0;
    while (start + 1 < requestBytes.size() && requestBytes.at(start) == '\r' && requestBytes.at(start + 1) == '\n')
        start += 2;
    const QByteArrayView bytes = QByteArrayView(requestBytes).sliced(start);

    qsizetype headEnd = bytes.indexOf("\r\n\r\n");
    qsizetype separator = 4;
    if (const qsizetype bare = bytes.indexOf("\n\n"); bare >= 0 && (headEnd < 0 || bare < headEnd)) {
        headEnd = bare; // tolerated, as most servers do
        separator = 2;
    }
    const qsizetype checked = headEnd < 0 ? bytes.size() : headEnd;
    if (checked > maxHeadSize) {
        request.verdict = Verdict::TooLarge;
        return request;
    }
    for (qsizetype i = 0; i < checked; ++i) {
        if (!isHeadByte(bytes.at(i))) {
            request.verdict = Verdict::Malformed;
            return request;
        }
    }

    // The request line can be judged as soon as it is whole (or as soon as it goes wrong).
    qsizetype lineEnd = bytes.indexOf('\n');
    const bool lineComplete = lineEnd >= 0 && (headEnd < 0 || lineEnd <= headEnd + separator);
    QByteArrayView line = lineComplete ? bytes.first(lineEnd) : bytes;
    if (line.endsWith('\r'))
        line.chop(1);
    const qsizetype firstSpace = line.indexOf(' ');
    const QByteArrayView method = firstSpace < 0 ? line : line.first(firstSpace);
    if ((firstSpace >= 0 || lineComplete) && !isToken(method)) {
        request.verdict = Verdict::Malformed;
        return request;
    }
    if (!lineComplete) {
        request.verdict = Verdict::Incomplete;
        return request;
    }
    const QList<QByteArrayView> parts = [&line] {
        QList<QByteArrayView> split;
        for (qsizetype from = 0;;) {
            const qsizetype space = line.indexOf(' ', from);
            split.append(line.sliced(from, (space < 0 ? line.size() : space) - from));
            if (space < 0)
                return split;
            from = space + 1;
        }
    }();
    if (parts.size() != 3 || !parts.at(1).startsWith('/') || !parts.at(2).startsWith("HTTP/1.")
        || parts.at(2).size() != 8) {
        request.verdict = Verdict::Malformed;
        return request;
    }
    if (headEnd < 0) {
        request.verdict = Verdict::Incomplete;
        return request;
    }

    request.method = parts.at(0).toByteArray();
    if (request.method != "GET") {
        request.verdict = Verdict::MethodNotAllowed;
        return request;
    }
    const QByteArrayView target = parts.at(1);
    const qsizetype question = target.indexOf('?');
    const QByteArrayView path = question < 0 ? target : target.first(question);
    request.path = QUrl::fromPercentEncoding(path.toByteArray());
    if (question >= 0) {
        const QByteArrayView query = target.sliced(question + 1);
        for (qsizetype from = 0; from <= query.size();) {
            qsizetype amp = query.indexOf('&', from);
            if (amp < 0)
                amp = query.size();
            const QByteArrayView item = query.sliced(from, amp - from);
            if (!item.isEmpty()) {
                const qsizetype equals = item.indexOf('=');
                const QByteArrayView key = equals < 0 ? item : item.first(equals);
                const QByteArrayView value = equals < 0 ? QByteArrayView() : item.sliced(equals + 1);
                request.query.append({QString::fromLatin1(key), QString::fromLatin1(value)});
            }
            from = amp + 1;
        }
    }
    request.verdict = Verdict::Complete;
    return request;
}

bool CallbackRequest::hasItem(const QString &key) const
{
    for (const auto &[name, value] : query) {
        if (QUrl::fromPercentEncoding(name.toLatin1()) == key)
            return true;
    }
    return false;
}

QString CallbackRequest::value(const QString &key) const
{
    for (const auto &[name, value] : query) {
        if (QUrl::fromPercentEncoding(name.toLatin1()) == key)
            return formDecoded(value);
    }
    return {};
}

QString CallbackRequest::formDecoded(const QString &encoded)
{
    QByteArray bytes = encoded.toUtf8();
    bytes.replace('+', ' '); // a form's space, as browsers and Zoho send it
    return QUrl::fromPercentEncoding(bytes);
}
