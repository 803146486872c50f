#pragma once

#include "accountsservermap.h"
#include "credentials.h"
#include "probereport.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>

class LoopbackListener;
class QNetworkReply;
class QOAuth2AuthorizationCodeFlow;
class QTimer;
class ZohoDoor;

// Proves a pair of credentials with a complete authorization-code round trip: Zoho's consent page
// in the browser, the redirect to a loopback listener, the code exchanged for tokens, the account
// read, and both tokens revoked at once (Zoho keeps only 20 refresh tokens per user and client and
// silently drops the oldest, which could break the customer's live integration).
//
// Built on QOAuth2AuthorizationCodeFlow, with Qt 6.4's gaps patched here, once:
//  - PKCE S256 (code_challenge / code_verifier through setModifyParametersFunction); Qt 6.8 has
//    QOAuth2AuthorizationCodeFlow::setPkceMethod;
//  - a 256-bit state from QRandomGenerator::system() instead of Qt's short default (Qt 6.9 uses
//    a strong one itself);
//  - our own timeouts and failure signal, since the flow reports token errors nowhere (Qt 6.9
//    adds requestFailed());
//  - our own listener (LoopbackListener): 127.0.0.1 only, bounded, and nothing reaches the flow
//    before its state matches and its accounts server is known;
//  - every request through ZohoDoor, the flow's token request included: one deadline each, no
//    redirects, a size cap.
class ZohoSignIn : public QObject
{
    Q_OBJECT

public:
    enum class Stage { Idle, WaitingForConsent, ExchangingCode, ReadingAccount, Revoking, Finished };
    Q_ENUM(Stage)

    struct Result
    {
        ProbeStatus status = ProbeStatus::SignInFailed;
        QString dataCenter;
        QString accountEmail;
        QString accountName;
        QString zohoError;
        QString detail;          // technical, for support; never a secret, code or token
        // Why the sign-in failed (as ZohoDoor::answer() read the exchange, or consent_declined,
        // unknown_data_center), or refresh_token_not_revoked on a verified one; for
        // ProbeStatusText::advice(status, cause, ...).
        ProbeCause cause = ProbeCause::None;
        // With unknown_data_center: the accounts server (host) Zoho's redirect named.
        QString accountsServer;
        QString certificateIssuer; // from the network: escape it in rich text
        QString proxy;
        QStringList revoked;     // "refresh_token", "access_token", in the order revoked
        // A token is left behind: the refresh token (cause refresh_token_not_revoked), or, when
        // Zoho issued none, the access token, which lapses within the hour.
        bool revocationFailed = false;

        bool isVerified() const { return status == ProbeStatus::Verified; }
    };

    static QString scope() { return QStringLiteral("AaaServer.profile.READ"); }

    explicit ZohoSignIn(QObject *parent = nullptr);
    ~ZohoSignIn() override;

    void setAccountsServers(const AccountsServerMap &servers) { m_servers = servers; }
    // For tests: another loopback port than LoopbackAddress::defaultPort.
    void setPort(quint16 port) { m_port = port; }
    void setConsentTimeout(std::chrono::milliseconds timeout) { m_consentTimeout = timeout; }
    void setNetworkTimeout(std::chrono::milliseconds timeout) { m_networkTimeout = timeout; }

    // Starts the flow with the data center's accounts server; authorizationUrlReady() follows.
    // The listener may be unavailable (port busy): then the customer pastes the address the
    // browser landed on into submitRedirectAddress().
    void start(const Credentials &credentials, const QString &dataCenter);
    void cancel();
    // Stops asking for anything new, and still ends with finished(): before the browser came back
    // at once (nothing was issued); during the code exchange once it ends, within its deadline;
    // after it, the tokens are revoked without reading the account first.
    void interrupt();
    // Once Zoho has issued tokens, lets the exchange and the revocations finish (up to `limit`)
    // before the program goes away: a refresh token left behind counts against Zoho's 20.
    // Returns at once when no tokens can exist yet.
    void waitUntilSettled(std::chrono::milliseconds limit);
    // Ends the sign-in as failed, with finished(): for a caller that cannot go on (the port is busy
    // and nobody can paste the address).
    void giveUp(const QString &detail);
    bool isRunning() const;
    bool isListening() const;
    // Another program crowds the listener's port (listenerCrowded()): the paste fallback
    // (submitRedirectAddress()) is worth offering, as when the port is busy.
    bool isListenerCrowded() const;
    Stage stage() const { return m_stage; }
    QUrl redirectUri() const;
    // The door every request of this sign-in goes through (what its replies cost: mostBytesRead()).
    const ZohoDoor *door() const { return m_network; }

    // The fallback when nothing listens: the address from the browser's address bar after consent.
    // Returns false, with a translated reason, when it is not Zoho's answer to this sign-in.
    bool submitRedirectAddress(const QString &address, QString *error);
    // The same, saying what is wrong as a kind, which describe() words in the language now in use.
    enum class AddressProblem { None, NotZohosAnswer, OtherAttempt, NotWaiting };
    AddressProblem submitRedirectAddress(const QString &address);
    static QString describe(AddressProblem problem);

signals:
    void authorizationUrlReady(const QUrl &url);
    void listenerUnavailable(quint16 port);
    // Once per sign-in: many more connections came to the listener than a browser opens. It still
    // listens and serves the browser, but the callback may be late or lost: offer the paste
    // fallback beside it. A consent timeout then has cause ProbeCause::ListenerCrowded.
    void listenerCrowded(quint16 port);
    void stageChanged(ZohoSignIn::Stage stage);
    void finished(const ZohoSignIn::Result &result);

private:
    void onCallback(const QVariantMap &values);
    void onGranted();
    void onAuthorizationError(const QString &error, const QString &description);
    void onTokenRequestFailed(const ProbeReport::Answer &answer);
    void readAccount();
    void revokeNext();
    void finish(ProbeStatus status, const QString &detail = QString());
    void setStage(Stage stage);
    QUrl endpoint(const QString &path) const;
    QNetworkReply *send(QNetworkReply *reply);
    void tearDown();

    ZohoDoor *m_network;
    AccountsServerMap m_servers;
    quint16 m_port;
    std::chrono::milliseconds m_consentTimeout{std::chrono::minutes(5)};
    std::chrono::milliseconds m_networkTimeout{std::chrono::seconds(15)};
    QPointer<QOAuth2AuthorizationCodeFlow> m_flow;
    QPointer<LoopbackListener> m_handler;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_consentTimer;
    Stage m_stage = Stage::Idle;
    QString m_state;
    QString m_codeVerifier;
    QUrl m_server;
    Result m_result;
    QStringList m_toRevoke; // pairs of kind, token
    bool m_refreshTokenIssued = false;
    bool m_interrupted = false;
};

Q_DECLARE_METATYPE(ZohoSignIn::Result)
