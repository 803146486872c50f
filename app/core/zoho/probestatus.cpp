#include "probestatus.h"

#include "datacenter.h"
#include "onboardingguide.h"
#include "probereport.h"

#include <QCoreApplication>

#include <algorithm>

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
    case ProbeStatus::RedirectUriNotRegistered: return tr("The return address entered in Zoho does not match");
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
        // Zoho's order of checks is unknown: its answer proves the client, not the secret.
        return tr("Zoho's %1 data center recognises this client. Only a sign-in with Zoho proves that the Client "
                  "Secret is right as well.").arg(dataCenterName);
    case ProbeStatus::Verified:
        return tr("Zoho's %1 data center accepted these credentials in a complete sign-in.").arg(dataCenterName);
    case ProbeStatus::SignInFailed:
        return tr("Zoho did not complete the sign-in: access was declined on Zoho's page, or the sign-in took "
                  "too long or was started twice. Try the sign-in again.");
    case ProbeStatus::Malformed:
        return tr("Copy the Client ID and the Client Secret again from the Client Secret tab of your client in "
                  "the Zoho API Console.");
    case ProbeStatus::UnknownClient:
        //: %1 is a data center, %2 the list's choice that asks them all ("I don't know – find it for me")
        return tr("Zoho's %1 data center has no client with this ID. Check that you chose the data center your "
                  "Zoho account is in (the address you sign in at, such as zoho.eu or zoho.com), or choose "
                  "\"%2\" so that every data center is asked. Then check that the Client ID was "
                  "copied whole.").arg(dataCenterName, DataCenters::anyChoiceLabel());
    case ProbeStatus::WrongSecret:
        return tr("Zoho found the client in its %1 data center, but the Client Secret does not match. Copy it "
                  "again from the Client Secret tab of your client in Zoho's API Console. Generate a new secret "
                  "there only if you must: every integration that uses the current secret stops working until it "
                  "gets the new one.").arg(dataCenterName);
    case ProbeStatus::RedirectUriNotRegistered:
        return tr("The client exists in Zoho's %1 data center, but the return addresses you entered in Zoho "
                  "(Authorized Redirect URIs) do not match %2 exactly. Open the client in the API Console, enter "
                  "the addresses exactly as shown in step 3 (no space, no slash at the end), and click %3.")
            .arg(dataCenterName, OnboardingGuide::integrationRedirectUri().toString(), OnboardingGuide::zohoUpdateLabel());
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

QString ProbeStatusText::causeKey(ProbeCause cause)
{
    switch (cause) {
    case ProbeCause::None: return QStringLiteral("none");
    case ProbeCause::HostNotFound: return QStringLiteral("host_not_found");
    case ProbeCause::ConnectionRefused: return QStringLiteral("connection_refused");
    case ProbeCause::ConnectionReset: return QStringLiteral("connection_reset");
    case ProbeCause::NetworkUnreachable: return QStringLiteral("network_unreachable");
    case ProbeCause::ProxyAuthenticationRequired: return QStringLiteral("proxy_authentication_required");
    case ProbeCause::ProxyError: return QStringLiteral("proxy_error");
    case ProbeCause::Cancelled: return QStringLiteral("cancelled");
    case ProbeCause::Other: return QStringLiteral("other");
    case ProbeCause::CertificateUntrusted: return QStringLiteral("certificate_untrusted");
    case ProbeCause::CertificateExpired: return QStringLiteral("certificate_expired");
    case ProbeCause::CertificateWrongHost: return QStringLiteral("certificate_wrong_host");
    case ProbeCause::TlsHandshake: return QStringLiteral("tls_handshake_failed");
    case ProbeCause::TlsUnavailable: return QStringLiteral("tls_unavailable");
    case ProbeCause::TimedOut: return QStringLiteral("timed_out");
    case ProbeCause::ListenerCrowded: return QStringLiteral("listener_crowded");
    case ProbeCause::HttpServerError: return QStringLiteral("http_server_error");
    case ProbeCause::CaptivePortal: return QStringLiteral("captive_portal");
    case ProbeCause::NotJson: return QStringLiteral("not_json");
    case ProbeCause::RedirectToPlainHttp: return QStringLiteral("redirect_to_plain_http");
    case ProbeCause::RedirectElsewhere: return QStringLiteral("redirect_elsewhere");
    case ProbeCause::UnexpectedReply: return QStringLiteral("unexpected_reply");
    case ProbeCause::Throttled: return QStringLiteral("throttled");
    case ProbeCause::ReplyTooLarge: return QStringLiteral("reply_too_large");
    case ProbeCause::UnknownDataCenter: return QStringLiteral("unknown_data_center");
    case ProbeCause::ConsentDeclined: return QStringLiteral("consent_declined");
    case ProbeCause::ConsentDeclinedAgain: return QStringLiteral("consent_declined_again");
    case ProbeCause::ConsentTimedOut: return QStringLiteral("consent_timeout");
    case ProbeCause::Interrupted: return QStringLiteral("interrupted");
    case ProbeCause::RefreshTokenNotRevoked: return QStringLiteral("refresh_token_not_revoked");
    }
    return QStringLiteral("other");
}

QString ProbeStatusText::advice(const ProbeReport &report, const QString &dataCenterName)
{
    // Several data centers asked ("I don't know"), none reached: it is not about any one of them.
    const bool allUnreachable = report.answers.size() > 1
        && std::all_of(report.answers.cbegin(), report.answers.cend(), [](const ProbeReport::Answer &answer) {
               return answer.status == ProbeStatus::NetworkError || answer.status == ProbeStatus::Timeout;
           });
    if (allUnreachable && report.cause != ProbeCause::ProxyAuthenticationRequired
        && report.cause != ProbeCause::ProxyError && report.cause != ProbeCause::Cancelled) {
        QString text = tr("None of Zoho's data centers could be reached from this computer. It seems to be "
                                "offline, or a firewall, proxy or VPN blocks the way. Check that websites open in "
                                "your browser, then try again.");
        if (report.proxy.isEmpty())
            return text;
        //: %1 is a proxy server such as "proxy.example.com:3128"
        return text + QLatin1Char(' ')
            + tr("This computer reaches the internet through the proxy server %1, which may be where the "
                 "problem lies; your IT department can check it.").arg(report.proxy);
    }
    return advice(report.status, report.cause, dataCenterName, report.certificateIssuer, report.proxy);
}

QString ProbeStatusText::advice(ProbeStatus status, ProbeCause cause, const QString &dataCenterName,
                                const QString &certificateIssuer, const QString &proxy)
{
    // Through a proxy, the proxy may be where a connection failed: name it, IT can look there.
    const auto viaProxy = [&proxy](const QString &text) {
        if (proxy.isEmpty())
            return text;
        //: %1 is a proxy server such as "proxy.example.com:3128"
        return text + QLatin1Char(' ')
            + tr("This computer reaches the internet through the proxy server %1, which may be where the "
                 "problem lies; your IT department can check it.").arg(proxy);
    };

    switch (cause) {
    case ProbeCause::None:
        return advice(status, dataCenterName);
    case ProbeCause::Other:
        return viaProxy(advice(status, dataCenterName));
    case ProbeCause::HostNotFound:
        return viaProxy(tr("Zoho's %1 data center could not be found from this computer. It is probably offline, "
                           "or its internet connection does not work properly. Check that websites open in your "
                           "browser, then try again.").arg(dataCenterName));
    case ProbeCause::ConnectionRefused:
        return viaProxy(tr("The connection to Zoho's %1 data center was refused. A firewall or security program on "
                           "this computer or network probably blocks this program: allow it to reach Zoho, or ask "
                           "your IT department to, then try again.").arg(dataCenterName));
    case ProbeCause::ConnectionReset:
        return viaProxy(tr("The connection to Zoho's %1 data center was cut off before Zoho's answer arrived. A weak "
                           "or unstable connection (Wi-Fi, mobile, VPN), or a firewall or security program that "
                           "inspects traffic, can cause this. Try again; if it happens again, try another network.")
                            .arg(dataCenterName));
    case ProbeCause::NetworkUnreachable:
        return viaProxy(tr("This computer could not reach Zoho's %1 data center: it seems to be offline, or a VPN or "
                           "firewall blocks the way. Check that websites open in your browser, then try again.")
                            .arg(dataCenterName));
    case ProbeCause::ProxyAuthenticationRequired:
        if (proxy.isEmpty()) {
            return tr("A proxy server between this computer and Zoho asks for a user name and password, and this "
                      "program cannot sign in to a proxy. Ask your IT department to let it reach Zoho's %1 data "
                      "center without a proxy sign-in, or use a network without this proxy.")
                .arg(dataCenterName);
        }
        //: %1 is a proxy server such as "proxy.example.com:3128"
        return tr("The proxy server %1, through which this computer reaches the internet, asks for a user name and "
                  "password, and this program cannot sign in to a proxy. Ask your IT department to let it reach "
                  "Zoho's %2 data center without a proxy sign-in, or use a network without this proxy.")
            .arg(proxy, dataCenterName);
    case ProbeCause::ProxyError:
        if (proxy.isEmpty()) {
            return tr("The proxy server through which this computer reaches the internet did not connect this "
                      "program to Zoho's %1 data center: it refused, failed or closed the connection. Check this "
                      "computer's proxy settings, or ask your IT department to let this program reach Zoho.")
                .arg(dataCenterName);
        }
        //: %1 is a proxy server such as "proxy.example.com:3128"
        return tr("The proxy server %1, through which this computer reaches the internet, did not connect this "
                  "program to Zoho's %2 data center: it refused, failed or closed the connection. Check this "
                  "computer's proxy settings, or ask your IT department to let this program reach Zoho.")
            .arg(proxy, dataCenterName);
    case ProbeCause::Cancelled:
        return tr("The check was stopped before Zoho answered. Start it again when you are ready.");
    case ProbeCause::CertificateUntrusted:
        if (certificateIssuer.isEmpty()) {
            return tr("The secure connection to Zoho was answered with a certificate that this computer does not "
                      "trust, so nothing was sent. Most often something on this network or computer intercepts "
                      "secure connections: a company firewall or proxy, or the web protection of an antivirus "
                      "program. Ask your IT department to let this program reach Zoho without inspection, or try "
                      "another network.");
        }
        //: %1 names whoever issued the certificate, such as "Contoso Web Filter CA"
        return tr("The secure connection to Zoho was answered with a certificate issued by \"%1\", which this "
                  "computer does not trust, so nothing was sent. Most often something on this network or computer "
                  "intercepts secure connections, a company firewall or proxy, or the web protection of an "
                  "antivirus program, and \"%1\" is its name. Ask your IT department to let this program reach "
                  "Zoho without inspection, or try another network.")
            .arg(certificateIssuer);
    case ProbeCause::CertificateExpired:
        return tr("The secure connection to Zoho was refused because its certificate is not valid at this "
                  "computer's date and time, so nothing was sent. Usually this computer's clock is wrong: set the "
                  "date, time and time zone correctly, then try again.");
    case ProbeCause::CertificateWrongHost:
        if (certificateIssuer.isEmpty()) {
            return tr("The secure connection was answered with the certificate of another website, so nothing was "
                      "sent. The login page of a hotel, guest or public Wi-Fi, or a network that diverts traffic, "
                      "does this. Open any web page in your browser, sign in to the network or accept its terms, "
                      "then try again.");
        }
        //: %1 names whoever issued the certificate, such as "Contoso Web Filter CA"
        return tr("The secure connection was answered with the certificate of another website (issued by \"%1\"), "
                  "so nothing was sent. The login page of a hotel, guest or public Wi-Fi, or a network that "
                  "diverts traffic, does this. Open any web page in your browser, sign in to the network or accept "
                  "its terms, then try again.")
            .arg(certificateIssuer);
    case ProbeCause::TlsHandshake:
        return viaProxy(tr("A secure connection to Zoho's %1 data center could not be set up, so nothing was sent. "
                           "Something between this computer and Zoho, such as a firewall, proxy or security "
                           "program, interferes with secure connections. Try another network, or ask your IT "
                           "department to let this program reach Zoho directly.").arg(dataCenterName));
    case ProbeCause::TlsUnavailable:
        return tr("This program cannot make secure connections: its encryption support (OpenSSL) is missing or "
                  "unusable. Install the program again, then try again.");
    case ProbeCause::TimedOut:
        return viaProxy(tr("Zoho's %1 data center did not answer in time. The connection may be very slow, or a "
                           "firewall may silently drop it. Check your internet connection and try again in a few "
                           "minutes.").arg(dataCenterName));
    case ProbeCause::ListenerCrowded:
        return tr("Zoho's answer did not reach the assistant: while it waited, another program on this computer "
                  "opened many connections to the address the answer comes to. Try again; after you click Accept, "
                  "copy the whole address from your browser's address bar and paste it into the assistant.");
    case ProbeCause::HttpServerError:
        return tr("Zoho's %1 data center has a problem of its own: it answered with a server error. This is usually "
                  "temporary and says nothing about your credentials. Try again in a few minutes.")
            .arg(dataCenterName);
    case ProbeCause::CaptivePortal:
        return tr("Instead of Zoho's answer, a web page came back: usually the login page of a hotel, guest or "
                  "public Wi-Fi, or the notice of a company web filter. Open any web page in your browser, sign in "
                  "to the network or accept its terms, then try again. If the page says that Zoho is blocked, ask "
                  "your IT department.");
    case ProbeCause::NotJson:
        return tr("Zoho's %1 data center answered with something that is not a Zoho reply. This is usually a "
                  "passing problem at Zoho, or a proxy or security program that changes the answer. Try again in "
                  "a few minutes.").arg(dataCenterName);
    case ProbeCause::RedirectToPlainHttp:
        return tr("Instead of answering, the server sent this program on to an unencrypted (http://) address. It "
                  "did not go there, so nothing was sent. The login page of a hotel, guest or public Wi-Fi, or a "
                  "badly set up proxy, does this. Open any web page in your browser, sign in to the network or "
                  "accept its terms, then try again.");
    case ProbeCause::RedirectElsewhere:
        return tr("Instead of answering, Zoho's %1 data center sent this program on to another address. It did "
                  "not go there: the credentials go to Zoho's accounts server only. Check that the right data "
                  "center is chosen and, if you entered an accounts server address yourself, that it is right. "
                  "Then try again.").arg(dataCenterName);
    case ProbeCause::UnexpectedReply:
        return tr("Zoho's %1 data center answered, but with nothing this program knows. Try again later; if it "
                  "keeps happening, contact Optiply support and mention the technical details.")
            .arg(dataCenterName);
    case ProbeCause::ReplyTooLarge:
        return tr("Zoho's %1 data center sent an answer far larger than any of Zoho's, so this program did not read "
                  "it. Something between this computer and Zoho, such as a proxy or security program, may be changing "
                  "the answer. Try again later, or on another network.").arg(dataCenterName);
    case ProbeCause::UnknownDataCenter:
        //: %1 is an address such as "accounts.zoho.xx" that Zoho named
        return tr("Zoho's answer says that your Zoho account is at %1, a Zoho address this program does not know, so "
                  "it stopped there: nothing was sent to that address. Contact Optiply support and mention it.")
            .arg(dataCenterName);
    case ProbeCause::ConsentDeclined:
        // Once is most often a click on Reject: no wait is needed, and none is asked for.
        return tr("Zoho did not allow access: Reject was clicked on Zoho's page, or the page was left another way. "
                  "Sign in again and click Accept on Zoho's page.");
    case ProbeCause::ConsentDeclinedAgain:
        return tr("Zoho did not allow access again. After several sign-ins within 10 minutes, Zoho refuses new ones "
                  "for a while. Wait 10 minutes, then sign in again and click Accept on Zoho's page.");
    case ProbeCause::ConsentTimedOut:
        // The network was fine: the browser never came back. Zoho shows its refusal of an unknown
        // return address in the browser only, so that is the usual cause, and the fix is named.
        //: %1 is the address to add in Zoho, such as http://127.0.0.1:47813/zoho-onboarding/callback
        return tr("The sign-in was not finished in the browser in time: the page was closed, or left open without "
                  "clicking Accept. Most often Zoho's page showed \"Invalid Redirect Uri\": then %1 is missing "
                  "from the Authorized Redirect URIs of your client in Zoho's API Console. Add it there, click "
                  "%2, then sign in again.")
            .arg(OnboardingGuide::signInRedirectUri().toString(), OnboardingGuide::zohoUpdateLabel());
    case ProbeCause::Interrupted:
        return tr("The check was stopped before it finished. Start it again when you are ready.");
    case ProbeCause::RefreshTokenNotRevoked:
        return tr("Zoho's %1 data center accepted these credentials in a complete sign-in, but this test sign-in "
                  "could not be removed from Zoho again. It stays valid until it is removed, and it counts toward "
                  "Zoho's limit of 20 such sign-ins for this client. Remove it in your Zoho account's settings "
                  "(Zoho Accounts), under Sessions, Connected Apps.").arg(dataCenterName);
    case ProbeCause::Throttled:
        return tr("Zoho refuses more requests for this client for now: it received too many requests in a short "
                  "time. Wait ten minutes, then try again.");
    }
    return advice(status, dataCenterName);
}
