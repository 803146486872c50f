#include "probestatus.h"

#include "onboardingguide.h"

#include <QCoreApplication>

QString ProbeStatusText::key(ProbeStatus status)
{
    switch (status) {
    case ProbeStatus::Ok: return QStringLiteral("ok");
    case ProbeStatus::Verified: return QStringLiteral("verified");
    case ProbeStatus::SignInFailed: return QStringLiteral("sign_in_failed");
    case ProbeStatus::Malformed: return QStringLiteral("malformed");
    case ProbeStatus::UnknownClient: return QStringLiteral("unknown_client");
    case ProbeStatus::WrongSecret: return QStringLiteral("wrong_secret");
    case ProbeStatus::RedirectUriNotRegistered: return QStringLiteral("redirect_uri_not_registered");
    case ProbeStatus::RateLimited: return QStringLiteral("rate_limited");
    case ProbeStatus::NetworkError: return QStringLiteral("network_error");
    case ProbeStatus::TlsError: return QStringLiteral("tls_error");
    case ProbeStatus::Timeout: return QStringLiteral("timeout");
    case ProbeStatus::ServerError: return QStringLiteral("server_error");
    }
    return QStringLiteral("server_error");
}

QString ProbeStatusText::headline(ProbeStatus status)
{
    switch (status) {
    case ProbeStatus::Ok: return tr("Zoho recognises this client");
    case ProbeStatus::Verified: return tr("Verified");
    case ProbeStatus::SignInFailed: return tr("The sign-in with Zoho did not finish");
    case ProbeStatus::Malformed: return tr("These are not Zoho credentials");
    case ProbeStatus::UnknownClient: return tr("Zoho does not know this Client ID");
    case ProbeStatus::WrongSecret: return tr("The Client Secret is wrong");
    case ProbeStatus::RedirectUriNotRegistered: return tr("The redirect URI is not registered");
    case ProbeStatus::RateLimited: return tr("Zoho asks us to slow down");
    case ProbeStatus::NetworkError: return tr("Zoho could not be reached");
    case ProbeStatus::TlsError: return tr("The secure connection to Zoho failed");
    case ProbeStatus::Timeout: return tr("Zoho did not answer in time");
    case ProbeStatus::ServerError: return tr("Zoho gave an answer we did not expect");
    }
    return {};
}

QString ProbeStatusText::advice(ProbeStatus status, const QString &dataCenterName)
{
    switch (status) {
    case ProbeStatus::Ok:
        return tr("Zoho's %1 data center knows this Client ID and accepted the secret.").arg(dataCenterName);
    case ProbeStatus::Verified:
        return tr("Zoho's %1 data center accepted these credentials in a complete sign-in.").arg(dataCenterName);
    case ProbeStatus::SignInFailed:
        return tr("Zoho did not complete the sign-in: access was declined on Zoho's page, or the sign-in took "
                  "too long or was started twice. Try the sign-in again.");
    case ProbeStatus::Malformed:
        return tr("Copy the Client ID and the Client Secret again from the Client Secret tab of your client in "
                  "the Zoho API Console.");
    case ProbeStatus::UnknownClient:
        return tr("Zoho's %1 data center has no client with this ID. Check that you chose the data center your "
                  "Zoho account is in (the address you sign in at, such as zoho.eu or zoho.com), or choose "
                  "\"I don't know\" so that every data center is asked. Then check that the Client ID was "
                  "copied whole.").arg(dataCenterName);
    case ProbeStatus::WrongSecret:
        return tr("Zoho found the client in its %1 data center, but the secret does not match. Copy the Client "
                  "Secret again. If you no longer have it, open the client in the API Console and generate a new "
                  "secret.").arg(dataCenterName);
    case ProbeStatus::RedirectUriNotRegistered:
        return tr("The client exists in Zoho's %1 data center, but %2 is not among its Authorized "
                  "Redirect URIs. Open the client in the API Console, add it exactly as shown in step 3 (no space, "
                  "no slash at the end), and press Update.")
            .arg(dataCenterName, OnboardingGuide::integrationRedirectUri().toString());
    case ProbeStatus::RateLimited:
        return tr("Zoho received too many requests for this client in a short time. Wait ten minutes, then try "
                  "again.");
    case ProbeStatus::NetworkError:
        return tr("Check that this computer is online and that no firewall or proxy blocks %1. Then try again.")
            .arg(dataCenterName);
    case ProbeStatus::TlsError:
        return tr("The connection to Zoho could not be secured, so nothing was sent. A company network or "
                  "antivirus that inspects secure connections can cause this; ask your IT department to let this "
                  "program reach Zoho directly.");
    case ProbeStatus::Timeout:
        return tr("Zoho's %1 data center did not answer. Check your internet connection and try again in a few "
                  "minutes.").arg(dataCenterName);
    case ProbeStatus::ServerError:
        return tr("Zoho's %1 data center answered with something other than a Zoho reply. This is often a "
                  "temporary problem at Zoho, or a network login page (hotel or guest Wi-Fi). Open any web page "
                  "in your browser to check, then try again.").arg(dataCenterName);
    }
    return {};
}
