#pragma once

#include <QMetaType>

// Why a request to Zoho's accounts server failed, finer than ProbeStatus: the status says what kind
// of verdict it is (its JSON key is a stable contract), the cause says what happened on the way, so
// that the advice can say what to do. ProbeReport::Answer::Cause is this type; it lives in its own
// header because ProbeStatusText, which probereport.h needs, also names it.
enum class ProbeCause {
    None,                        // Zoho gave a verdict of its own (or all went well)

    // network_error
    HostNotFound,                // the name could not be looked up (DNS), or a proxy could not find it
    ConnectionRefused,           // nothing accepted the connection: firewall, or nothing listening
    ConnectionReset,             // the connection was cut before a whole answer came
    NetworkUnreachable,          // no route: offline, or the network is down
    ProxyAuthenticationRequired, // the proxy answered 407: it wants a user name and password
    ProxyError,                  // the proxy refused, closed or failed the connection
    Cancelled,                   // the user (or the program) stopped the request
    Other,                       // anything else that kept the request from an answer

    // tls_error
    CertificateUntrusted,        // a certificate no trusted authority vouches for: TLS interception
    CertificateExpired,          // outside its dates: usually this computer's clock is wrong
    CertificateWrongHost,        // a valid certificate of another site: a login page or a detour
    TlsHandshake,                // no secure connection at all, without a certificate to blame
    TlsUnavailable,              // this program's TLS support (OpenSSL) is missing

    // timeout
    TimedOut,                    // no answer within the time limit
    ListenerCrowded,             // no callback in time, while another program crowded the sign-in's port

    // server_error
    HttpServerError,             // HTTP 5xx
    CaptivePortal,               // an HTML page instead of Zoho's JSON: network login or filter page
    NotJson,                     // some other body that is not JSON
    RedirectToPlainHttp,         // a redirect to an unencrypted address (not followed)
    RedirectElsewhere,           // a redirect to another address (not followed)
    UnexpectedReply,             // JSON, but nothing a Zoho token endpoint says
    ReplyTooLarge,               // a reply far larger than any of Zoho's (refused past ZohoDoor::maxReplySize)
    UnknownDataCenter,           // the sign-in's redirect names an accounts server the table does not know

    // sign_in_failed
    ConsentDeclined,             // access_denied on the redirect: declined, or too many sign-ins in 10 minutes
    ConsentDeclinedAgain,        // the same, after several sign-ins within 10 minutes: likely Zoho's limit
    ConsentTimedOut,             // nobody finished the sign-in in the browser in time (often "Invalid Redirect Uri")
    Interrupted,                 // the program was asked to stop (Ctrl-C, SIGTERM) before the step ended

    // verified, with a token left behind
    RefreshTokenNotRevoked,      // the test sign-in's refresh token could not be revoked: it stays valid

    // rate_limited
    Throttled,                   // Zoho's "Access Denied" / "too many requests", with HTTP 200 or 400
};
Q_DECLARE_METATYPE(ProbeCause)
