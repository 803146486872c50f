#pragma once

#include "accountsservermap.h"
#include "credentials.h"
#include "probereport.h"
#include "secretstore.h"
#include "zohosignin.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>

class ClientProber;
class QTimer;
class ZohoDoor;

// The one sequence that proves a pair of credentials and keeps them, for the wizard's check page
// and the command line alike: ask Zoho's token endpoint whether it knows the client (and where),
// ask whether the sign-in's own return address is registered, sign in once through the browser
// (the test tokens revoked at once), then keep the credentials in the keychain, replacing others
// only as decided. Every decision in between is made here; the faces only show, ask and answer.
class VerificationFlow : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Idle,
        Checking,                // Zoho's token endpoint is asked: the client, then the sign-in's address
        CheckFailed,             // end
        Checked,                 // end: recognised (no sign-in, no store asked for)
        SigningIn,
        SignInFailed,            // end
        Verified,                // end: signed in (no store asked for)
        AwaitingReplaceDecision, // other credentials are stored: decideReplace()
        Storing,
        StoreFailed,             // end
        KeptExisting,            // end: the credentials stored before stay, as decided
        Stored,                  // end
        Interrupted,             // end: interrupt(); whatever Zoho issued was revoked (or said why not)
    };
    Q_ENUM(State)

    // The one action that fixes what went wrong, offered beside trying again.
    enum class Fix { None, PasteSecretAgain, PasteClientIdAgain, ChooseDataCenter, AddRedirectAddress, WaitAndRetry };
    Q_ENUM(Fix)

    enum class ReplacePolicy { Ask, Replace, Keep };

    struct Options
    {
        QString dataCenter = QStringLiteral("auto"); // a code, or "auto": every data center is asked
        bool check = true;
        bool signIn = true;
        bool store = true;
        ReplacePolicy replace = ReplacePolicy::Ask;
        std::chrono::milliseconds networkTimeout{15000};
        std::chrono::milliseconds consentTimeout{std::chrono::minutes(5)};
        QString keychainService; // empty: SecretStore's own
        AccountsServerMap servers;
        quint16 port = 0; // the sign-in's loopback port; 0: LoopbackAddress::configuredPort()
    };

    // How long "wait and check again" waits: Zoho's throttling window (10 requests per 10 minutes).
    static constexpr int waitSeconds = 10 * 60;
    // A sign-in declined when at least this many were started on this computer within that window
    // (it included) is taken for Zoho's limit on sign-in codes, and waiting is advised.
    static constexpr int repeatedSignIns = 3;
    // The settings key of those sign-ins' start times (times only: no client, no account).
    static QString recentSignInsKey() { return QStringLiteral("signIn/recentAttempts"); }

    // Requests go through `door` (the wizard's), or through one of the flow's own.
    explicit VerificationFlow(ZohoDoor *door = nullptr, QObject *parent = nullptr);
    ~VerificationFlow() override;

    void setOptions(const Options &options) { m_options = options; }
    const Options &options() const { return m_options; }

    // From the start: check (unless options().check is off), sign in, store, as the options say.
    void start(const Credentials &credentials);
    // Again from the step that failed (or is under way: a new sign-in); from KeptExisting, replaces.
    void retry();
    // Checks again, in another data center ("auto" for all of them).
    void checkIn(const QString &dataCenter);
    // Stores without the sign-in (Zoho already recognised the client).
    void skipSignIn();
    // The answer to replaceDecisionNeeded().
    void decideReplace(bool replace);
    // Waits out Zoho's throttling window, with countdown() every second, then retry().
    void waitAndRetry();
    // Ends the sign-in as failed, saying why: for a face where nobody can paste the address.
    void abandonSignIn(const QString &detail);
    // The address the browser landed on, when the listener could not listen.
    ZohoSignIn::AddressProblem submitRedirectAddress(const QString &address);
    // Back: stops quietly (a sign-in holding tokens still revokes them), to Idle, no finished().
    void cancel();
    // Ctrl-C, SIGTERM, a closing window: nothing new is asked; a code exchange under way ends within
    // its deadline, whatever Zoho issued is revoked, and finished() follows with Interrupted (or
    // with the store's own end, when a keychain write was already under way).
    void interrupt();
    // Before the program goes: sign-ins that hold tokens (also ones left by cancel()) finish revoking.
    void settle(std::chrono::milliseconds limit);

    State state() const { return m_state; }
    bool isBusy() const;
    bool isFinished() const;
    bool wasInterrupted() const { return m_interrupted; }
    Fix fix() const { return m_fix; }
    // With Fix::AddRedirectAddress: the exact address Zoho is missing (hotglue's or the sign-in's).
    QUrl missingRedirectUri() const { return m_missingRedirectUri; }
    // The sign-in's own return address, which Zoho must know.
    QUrl signInRedirectUri() const;
    // The credentials, with the data center the check or the sign-in found.
    Credentials credentials() const { return m_credentials; }
    ProbeReport report() const { return m_report; }
    bool hasSignInResult() const { return m_hasSignIn; }
    ZohoSignIn::Result signInResult() const { return m_signInResult; }
    bool signedIn() const { return m_hasSignIn && m_signInResult.isVerified(); }
    // The e-mail address the sign-in named: data, empty when unknown (never words for it).
    QString verifiedAccount() const { return signedIn() ? m_signInResult.accountEmail : QString(); }
    bool listenerUnavailable() const { return m_listenerUnavailable; }
    // Another program crowds the port Zoho's answer comes to: it may still arrive, but the paste
    // fallback (submitRedirectAddress()) is offered beside it.
    bool isListenerCrowded() const { return m_listenerCrowded; }
    QUrl signInUrl() const { return m_signInUrl; }
    // The credentials stored before, with AwaitingReplaceDecision and KeptExisting.
    Credentials existingCredentials() const { return m_existing; }
    Credentials storedCredentials() const { return m_stored; }
    SecretStore::Error storeError() const { return m_storeError; }
    // The store read back another run's credentials: it lost a race with another store.
    bool storeRaceLost() const { return m_raceLost; }
    // The keychain held an item under this program's name that was not credentials as it writes
    // them (damaged, or another program's): the save replaced it.
    bool replacedDamagedItem() const { return m_replacedDamaged; }
    // The support reference of the last recorded check or sign-in.
    QString reference() const { return m_reference; }
    // While waitAndRetry() counts down: the seconds left.
    bool isWaiting() const;
    int secondsToWait() const { return m_waitLeft; }

    // The words for where the flow stands, in the language now in use (ask again after a change).
    QString headline() const;
    QString advice() const;
    // Technical, for support, in English as Zoho and the network said it; empty when none.
    QString details() const;
    // "Verified — connected as …" after a sign-in; "Zoho recognises your client …" without one.
    QString verifiedHeadline() const;
    // What became of the test sign-in's tokens, when a sign-in issued any; empty otherwise.
    QString revocationNote() const;
    // "Europe" for "eu", any for none.
    static QString dataCenterName(const QString &code);

    // Tests only: how long one second of the throttling countdown lasts.
    void setCountdownSecondForTesting(std::chrono::milliseconds second);

signals:
    void stateChanged(VerificationFlow::State state);
    void authorizationUrlReady(const QUrl &url);
    void listenerUnavailableChanged(quint16 port);
    // Once per sign-in (see isListenerCrowded()): offer to paste the address the browser lands on.
    void listenerCrowded(quint16 port);
    // The store found other credentials and the policy is Ask: decideReplace() goes on.
    void replaceDecisionNeeded(const Credentials &existing);
    void countdown(int secondsLeft);
    // A check or sign-in was recorded as the last verification, under this support reference.
    void recorded(const QString &reference);
    // An end state is reached (see State).
    void finished(VerificationFlow::State state);

private:
    void startCheck();
    void onProbeFinished(const ProbeReport &report);
    void checkSignInAddress();
    void onAddressProbeFinished(const ProbeReport &report);
    void startSignIn();
    void onSignInFinished(const ZohoSignIn::Result &result);
    void startStore();
    void onExisting(const Credentials &existing);
    void saveNow();
    void onStoreFailed(const SecretStore::Error &error);
    void keepExisting();
    void tickWait();
    void setFix(Fix fix);
    void setState(State state);
    void finishInterrupted();
    void stopWork();
    QString signInAdvice() const;

    ZohoDoor *m_door;
    QTimer *m_waitTimer;
    Options m_options;
    State m_state = State::Idle;
    Fix m_fix = Fix::None;
    QPointer<ClientProber> m_prober;
    QPointer<ZohoSignIn> m_signIn;
    QPointer<SecretStore> m_store;
    Credentials m_credentials;
    ProbeReport m_report;
    bool m_checkingAddress = false;
    bool m_addressCheckFailed = false;
    ZohoSignIn::Result m_signInResult;
    bool m_hasSignIn = false;
    bool m_listenerUnavailable = false;
    bool m_listenerCrowded = false;
    int m_recentSignIns = 0;
    QUrl m_signInUrl;
    QUrl m_missingRedirectUri;
    Credentials m_existing;
    Credentials m_stored;
    SecretStore::Error m_storeError;
    bool m_raceLost = false;
    bool m_replacedDamaged = false;
    bool m_interrupted = false;
    QString m_reference;
    int m_waitLeft = 0;
    // The wait ends at a moment, not after so many timer ticks: ticks come late on a busy or
    // sleeping computer (and at the platform's granularity), the clock does not.
    QDeadlineTimer m_waitEnd;
    std::chrono::milliseconds m_waitSecond{std::chrono::seconds(1)};
};
