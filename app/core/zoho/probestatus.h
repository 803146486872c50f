#pragma once

#include "probecause.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

// The verdict on a pair of credentials, as the wizard shows it and the command line prints it.
enum class ProbeStatus {
    Ok,                         // Zoho recognises the client
    Verified,                   // a complete sign-in: Zoho accepted everything
    Malformed,                  // never sent: the pasted values are not Zoho credentials
    UnknownClient,
    WrongSecret,
    RedirectUriNotRegistered,
    RateLimited,
    NetworkError,
    TlsError,
    Timeout,
    ServerError,
    SignInFailed,               // the sign-in itself failed: consent declined, code expired or reused
};
Q_DECLARE_METATYPE(ProbeStatus)

struct ProbeReport;

// The words for each verdict, in one place for the wizard and the command line.
class ProbeStatusText
{
    Q_DECLARE_TR_FUNCTIONS(ProbeStatusText)

public:
    // Stable keys of the command line's JSON: "ok", "unknown_client", ...
    static QString key(ProbeStatus status);
    // A translated headline ("Zoho does not know this Client ID").
    static QString headline(ProbeStatus status);
    // A translated paragraph: what happened and what to do.
    static QString advice(ProbeStatus status, const QString &dataCenterName);

    // Stable keys of the command line's JSON "cause": "host_not_found", "certificate_untrusted", ...;
    // "none" when Zoho gave a verdict of its own.
    static QString causeKey(ProbeCause cause);
    // A translated paragraph for what happened on the way to Zoho and what to do about it; the
    // status's own advice when the cause adds nothing. The certificate issuer and the proxy
    // ("host:port") are named when known. Plain text: the issuer comes from the network, so a
    // caller showing the paragraph as rich text escapes it (toHtmlEscaped()).
    static QString advice(ProbeStatus status, ProbeCause cause, const QString &dataCenterName,
                          const QString &certificateIssuer = QString(), const QString &proxy = QString());
    // The same for a report: its status, cause, issuer and proxy.
    static QString advice(const ProbeReport &report, const QString &dataCenterName);
};
