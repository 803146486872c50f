#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

// What arrived on the sign-in's listener, read from the bytes received so far: a pure function, so
// that it can be fuzzed. Only the request line and the headers are read (a GET has no body), and
// never more than maxHeadSize of them.
class CallbackRequest
{
public:
    // The request line plus the headers: a browser's callback needs a few hundred bytes.
    static constexpr qsizetype maxHeadSize = qsizetype(16) * 1024;

    enum class Verdict {
        Incomplete,       // fine so far: wait for more bytes
        Complete,         // a whole GET request: path and query are set
        TooLarge,         // no end of the headers within maxHeadSize
        Malformed,        // not an HTTP/1.x request line, or bytes no request holds
        MethodNotAllowed, // a whole request, but not a GET
    };

    Verdict verdict = Verdict::Incomplete;
    QByteArray method;
    QString path; // decoded, with its leading slash: "/zoho-onboarding/callback"
    // The query's items in order, percent-encoded as sent ('+' kept as it came).
    QList<std::pair<QString, QString>> query;

    static CallbackRequest parse(const QByteArray &requestBytes);

    bool hasItem(const QString &key) const;
    // The first value of `key`, form-decoded (formDecoded()); empty when absent.
    QString value(const QString &key) const;

    // A query value as a browser or Zoho sends it, decoded: '+' is a space, then %XX escapes
    // (application/x-www-form-urlencoded; QUrl::fromPercentEncoding alone leaves the '+').
    static QString formDecoded(const QString &encoded);
};
