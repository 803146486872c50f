#pragma once

#include "probereport.h"

#include <QByteArray>
#include <QString>

class QJsonObject;

// The one reading of what Zoho's accounts server answered over HTTP: the token endpoint (probe and
// code exchange), the account, the revocation. Pure functions on the status and the bytes, so that
// they can be fuzzed, and so that everything they return is safe to show: text that came from the
// network leaves here made safe by PrintableText (Unsafe::Blank).
class ZohoReplyReader
{
public:
    // What a token-endpoint request was for: Zoho's "invalid_code" is good news for a probe, whose
    // code is deliberately impossible, and bad news for a sign-in.
    enum class Purpose { Probe, CodeExchange };

    // Reads one HTTP answer of the token endpoint into a verdict and its cause: redirects (never
    // followed), 511 and 5xx, pages instead of JSON, and Zoho's JSON body, whose errors come with
    // HTTP 200 (throttling also with 400, possibly localized). `contentType` and `location` are the
    // reply's headers as sent. `json` receives the body when it is a JSON object; only a token
    // exchange's caller needs it, for the tokens.
    static ProbeReport::Answer read(int httpStatus, const QByteArray &body, Purpose purpose,
                                    const QByteArray &contentType = {}, const QByteArray &location = {},
                                    QJsonObject *json = nullptr);

    // Whether a revocation was accepted: {"status":"success"}, or an empty 200 (RFC 7009). When
    // not, `detail` says what came back instead (for support; printable).
    static bool readRevocation(int httpStatus, const QByteArray &body, QString *detail = nullptr);

    // The signed-in account from /oauth/user/info; empty fields when the reply has none.
    struct Account
    {
        QString email;
        QString name;
    };
    static Account readAccount(int httpStatus, const QByteArray &body);
};
