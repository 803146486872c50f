#include "verificationflow.h"

#include "clientprober.h"
#include "datacenter.h"
#include "keychainname.h"
#include "lastverification.h"
#include "loopbackaddress.h"
#include "onboardingguide.h"
#include "probestatus.h"
#include "zohodoor.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QSettings>
#include <QTimer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcFlow, "zoho.core.flow", QtWarningMsg)

namespace {

bool sameSecretPair(const Credentials &a, const Credentials &b)
{
    return a.clientId == b.clientId && a.clientSecret == b.clientSecret;
}

// Notes a sign-in started now; returns how many were started within Zoho's 10-minute window, this
// one included. Kept in the settings, so the command line's separate runs count as well.
int noteSignInAttempt()
{
    QSettings settings;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList recent;
    const QStringList noted = settings.value(VerificationFlow::recentSignInsKey()).toStringList();
    for (const QString &when : noted) {
        const QDateTime at = QDateTime::fromString(when, Qt::ISODate);
        if (at.isValid() && at <= now && at.secsTo(now) < VerificationFlow::waitSeconds)
            recent.append(when);
    }
    recent.append(now.toString(Qt::ISODate));
    settings.setValue(VerificationFlow::recentSignInsKey(), recent.mid(qMax(0, int(recent.size()) - 20)));
    return int(recent.size());
}

} // namespace

VerificationFlow::VerificationFlow(ZohoDoor *door, QObject *parent)
    : QObject(parent)
    , m_door(door ? door : new ZohoDoor(this))
    , m_waitTimer(new QTimer(this))
{
    // Several looks a second, so the seconds shown change on time.
    m_waitTimer->setInterval(m_waitSecond / 4);
    connect(m_waitTimer, &QTimer::timeout, this, &VerificationFlow::tickWait);
    m_options.servers.loadEnvironment(nullptr);
}

VerificationFlow::~VerificationFlow()
{
    // A sign-in that holds tokens outlives the flow only as long as its revocation takes.
    if (m_signIn) {
        m_signIn->disconnect(this);
        m_signIn->cancel();
    }
}

QUrl VerificationFlow::signInRedirectUri() const
{
    return m_options.port ? LoopbackAddress::redirectUri(m_options.port) : LoopbackAddress::redirectUri();
}

bool VerificationFlow::isBusy() const
{
    return m_state == State::Checking || m_state == State::SigningIn || m_state == State::Storing
        || m_state == State::AwaitingReplaceDecision;
}

bool VerificationFlow::isFinished() const
{
    return m_state != State::Idle && !isBusy();
}

QString VerificationFlow::dataCenterName(const QString &code)
{
    const DataCenter dc = DataCenters::find(code);
    return dc.isValid() ? dc.displayName() : tr("any");
}

void VerificationFlow::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    qCDebug(lcFlow) << "state" << state;
    emit stateChanged(state);
    if (isFinished())
        emit finished(state);
}

void VerificationFlow::setFix(Fix fix)
{
    m_fix = fix;
    if (fix != Fix::AddRedirectAddress)
        m_missingRedirectUri.clear();
}

void VerificationFlow::stopWork()
{
    m_waitTimer->stop();
    delete m_prober;
    if (m_signIn) {
        m_signIn->disconnect(this);
        m_signIn->cancel(); // a revocation under way finishes, quietly
        if (!m_signIn->isRunning())
            m_signIn->deleteLater();
    }
    // A keychain write under way cannot be taken back half-way: it finishes, unheard.
    if (m_store)
        m_store->disconnect(this);
    m_store = nullptr;
}

void VerificationFlow::start(const Credentials &credentials)
{
    stopWork();
    m_credentials = credentials;
    m_credentials.verifiedAccount.clear();
    m_interrupted = false;
    m_hasSignIn = false;
    m_signInResult = ZohoSignIn::Result();
    m_report = ProbeReport();
    if (m_options.check)
        startCheck();
    else if (m_options.signIn)
        startSignIn();
    else if (m_options.store)
        startStore();
}

void VerificationFlow::retry()
{
    switch (m_state) {
    case State::StoreFailed: startStore(); break;
    case State::KeptExisting:
        // The person changed their mind: these replace the ones kept.
        m_options.replace = ReplacePolicy::Replace;
        startStore();
        break;
    case State::SigningIn:
    case State::SignInFailed: startSignIn(); break;
    default: startCheck(); break;
    }
}

void VerificationFlow::checkIn(const QString &dataCenter)
{
    m_options.dataCenter = dataCenter;
    startCheck();
}

void VerificationFlow::skipSignIn()
{
    // Only once Zoho recognised the client: at the sign-in, or when only its address is missing.
    const bool recognised = m_state == State::SigningIn || m_state == State::SignInFailed
        || (m_state == State::CheckFailed && m_addressCheckFailed);
    if (!m_options.store || !recognised)
        return;
    if (m_signIn) {
        m_signIn->disconnect(this);
        m_signIn->cancel();
    }
    m_hasSignIn = false;
    startStore();
}

void VerificationFlow::cancel()
{
    stopWork();
    setFix(Fix::None);
    setState(State::Idle);
}

void VerificationFlow::settle(std::chrono::milliseconds limit)
{
    // Also the ones a Back or a new attempt left finishing in the background.
    for (ZohoSignIn *signIn : findChildren<ZohoSignIn *>())
        signIn->waitUntilSettled(limit);
}

void VerificationFlow::interrupt()
{
    if (m_interrupted)
        return;
    m_interrupted = true;
    qCInfo(lcFlow) << "interrupted in state" << m_state;
    m_waitTimer->stop();
    switch (m_state) {
    case State::Checking:
        // The prober answers with its cancelled report; onProbeFinished() ends there.
        if (m_prober)
            m_prober->cancel();
        else
            finishInterrupted();
        break;
    case State::SigningIn:
        // It ends with finished() in every stage; onSignInFinished() records what it left.
        if (m_signIn)
            m_signIn->interrupt();
        else
            finishInterrupted();
        break;
    case State::AwaitingReplaceDecision:
        if (m_store)
            m_store->disconnect(this);
        m_store = nullptr;
        finishInterrupted();
        break;
    case State::Storing:
        // A keychain write cannot be taken back half-way: its own end is the flow's.
        break;
    default:
        if (!isFinished())
            finishInterrupted();
        break;
    }
}

void VerificationFlow::finishInterrupted()
{
    setFix(Fix::None);
    setState(State::Interrupted);
}

void VerificationFlow::startCheck()
{
    stopWork();
    m_checkingAddress = false;
    m_addressCheckFailed = false;
    m_listenerUnavailable = false;
    m_listenerCrowded = false;
    setFix(Fix::None);
    setState(State::Checking);
    const DataCenter dc = DataCenters::find(m_options.dataCenter);
    const QStringList dataCenters = dc.isValid() ? QStringList{dc.code} : DataCenters::codes();
    m_prober = new ClientProber(m_door, this);
    m_prober->setAccountsServers(m_options.servers);
    m_prober->setTimeout(m_options.networkTimeout);
    connect(m_prober, &ClientProber::finished, this, &VerificationFlow::onProbeFinished);
    m_prober->probe(m_credentials, dataCenters);
}

void VerificationFlow::onProbeFinished(const ProbeReport &report)
{
    if (m_prober)
        m_prober->deleteLater();
    m_report = report;
    if (m_interrupted)
        m_report.cause = ProbeCause::Interrupted;
    m_reference = LastVerification::record(m_report);
    emit recorded(m_reference);
    qCInfo(lcFlow) << "check finished:" << ProbeStatusText::key(report.status) << report.dataCenter;
    if (m_interrupted) {
        finishInterrupted();
        return;
    }
    if (!report.isOk()) {
        switch (report.status) {
        case ProbeStatus::WrongSecret: setFix(Fix::PasteSecretAgain); break;
        case ProbeStatus::Malformed: setFix(Fix::PasteClientIdAgain); break;
        case ProbeStatus::UnknownClient:
            // Asked one data center: another may know it. Asked them all: the ID itself is wrong.
            setFix(DataCenters::find(m_options.dataCenter).isValid() ? Fix::ChooseDataCenter : Fix::PasteClientIdAgain);
            break;
        case ProbeStatus::RateLimited: setFix(Fix::WaitAndRetry); break;
        case ProbeStatus::RedirectUriNotRegistered:
            setFix(Fix::AddRedirectAddress);
            m_missingRedirectUri = OnboardingGuide::integrationRedirectUri();
            break;
        default: setFix(Fix::None); break;
        }
        setState(State::CheckFailed);
        return;
    }
    m_credentials.dataCenter = report.dataCenter;
    if (m_options.signIn)
        checkSignInAddress();
    else if (m_options.store)
        startStore();
    else
        setState(State::Checked);
}

// The probe named hotglue's address; the sign-in needs the assistant's own as well. Asked the same
// way, where the client was found, before any browser opens: a missing line is then named in
// seconds instead of after a sign-in that cannot work. Zoho's order of checks is not confirmed
// (it may judge the impossible code first), so only invalid_redirect_uri is taken as an answer;
// anything else goes on to the sign-in, whose timeout then names this address as the usual cause.
void VerificationFlow::checkSignInAddress()
{
    m_checkingAddress = true;
    m_prober = new ClientProber(m_door, this);
    m_prober->setAccountsServers(m_options.servers);
    m_prober->setTimeout(m_options.networkTimeout);
    m_prober->setRedirectUri(signInRedirectUri());
    connect(m_prober, &ClientProber::finished, this, &VerificationFlow::onAddressProbeFinished);
    m_prober->probe(m_credentials, {m_credentials.dataCenter});
}

void VerificationFlow::onAddressProbeFinished(const ProbeReport &report)
{
    if (m_prober)
        m_prober->deleteLater();
    m_checkingAddress = false;
    qCInfo(lcFlow) << "sign-in address check:" << ProbeStatusText::key(report.status);
    if (m_interrupted) {
        finishInterrupted();
        return;
    }
    if (report.status == ProbeStatus::RedirectUriNotRegistered) {
        m_addressCheckFailed = true;
        m_report.status = ProbeStatus::RedirectUriNotRegistered;
        m_report.cause = ProbeCause::None;
        m_report.answers = report.answers;
        m_reference = LastVerification::record(m_report);
        emit recorded(m_reference);
        setFix(Fix::AddRedirectAddress);
        m_missingRedirectUri = signInRedirectUri();
        setState(State::CheckFailed);
        return;
    }
    startSignIn();
}

void VerificationFlow::startSignIn()
{
    stopWork();
    setFix(Fix::None);
    m_listenerUnavailable = false;
    m_listenerCrowded = false;
    m_signInUrl.clear();
    m_hasSignIn = false;
    // Emitted before the sign-in starts, so a face shows where things stand before any browser opens.
    if (m_state == State::SigningIn)
        emit stateChanged(m_state); // a new sign-in: faces reset what the last one showed
    setState(State::SigningIn);
    m_signIn = new ZohoSignIn(this);
    m_signIn->setAccountsServers(m_options.servers);
    m_signIn->setConsentTimeout(m_options.consentTimeout);
    m_signIn->setNetworkTimeout(m_options.networkTimeout);
    if (m_options.port)
        m_signIn->setPort(m_options.port);
    connect(m_signIn, &ZohoSignIn::authorizationUrlReady, this, [this](const QUrl &url) {
        m_signInUrl = url;
        m_recentSignIns = noteSignInAttempt();
        emit authorizationUrlReady(url);
    });
    connect(m_signIn, &ZohoSignIn::listenerCrowded, this, [this](quint16 port) {
        m_listenerCrowded = true;
        emit listenerCrowded(port);
    });
    connect(m_signIn, &ZohoSignIn::listenerUnavailable, this, [this](quint16 port) {
        m_listenerUnavailable = true;
        emit listenerUnavailableChanged(port);
    });
    connect(m_signIn, &ZohoSignIn::finished, this, &VerificationFlow::onSignInFinished);
    m_signIn->start(m_credentials, m_credentials.dataCenter);
}

void VerificationFlow::abandonSignIn(const QString &detail)
{
    if (m_signIn && m_state == State::SigningIn)
        m_signIn->giveUp(detail);
}

ZohoSignIn::AddressProblem VerificationFlow::submitRedirectAddress(const QString &address)
{
    if (!m_signIn || m_state != State::SigningIn)
        return ZohoSignIn::AddressProblem::NotWaiting;
    return m_signIn->submitRedirectAddress(address);
}

void VerificationFlow::onSignInFinished(const ZohoSignIn::Result &result)
{
    if (m_signIn)
        m_signIn->deleteLater();
    m_signInResult = result;
    m_hasSignIn = true;
    // Declined once is a click on Reject; declined after several sign-ins in Zoho's 10-minute
    // window is most likely its limit on sign-in codes: then, and only then, waiting helps.
    if (m_signInResult.cause == ProbeCause::ConsentDeclined && m_recentSignIns >= repeatedSignIns)
        m_signInResult.cause = ProbeCause::ConsentDeclinedAgain;
    ZohoSignIn::Result recorded = m_signInResult;
    // The refresh token left behind matters more to support than the interruption.
    if (m_interrupted && result.cause != ProbeCause::RefreshTokenNotRevoked) {
        recorded.status = ProbeStatus::SignInFailed;
        recorded.cause = ProbeCause::Interrupted;
    }
    m_reference = LastVerification::record(recorded);
    emit this->recorded(m_reference);
    qCInfo(lcFlow) << "sign-in finished:" << ProbeStatusText::key(result.status)
                   << ProbeStatusText::causeKey(m_signInResult.cause)
                   << "revoked" << result.revoked;
    if (m_interrupted) {
        finishInterrupted();
        return;
    }
    if (!result.isVerified()) {
        switch (result.status) {
        case ProbeStatus::RedirectUriNotRegistered:
            setFix(Fix::AddRedirectAddress);
            m_missingRedirectUri = signInRedirectUri();
            break;
        case ProbeStatus::WrongSecret: setFix(Fix::PasteSecretAgain); break;
        case ProbeStatus::Malformed: setFix(Fix::PasteClientIdAgain); break;
        case ProbeStatus::RateLimited: setFix(Fix::WaitAndRetry); break;
        default:
            if (m_signInResult.cause == ProbeCause::ConsentDeclinedAgain) {
                setFix(Fix::WaitAndRetry);
                break;
            }
            // Nobody came back from the browser: most often Zoho refused the return address there.
            if (result.cause == ProbeCause::ConsentTimedOut) {
                setFix(Fix::AddRedirectAddress);
                m_missingRedirectUri = signInRedirectUri();
            } else {
                setFix(Fix::None);
            }
            break;
        }
        setState(State::SignInFailed);
        return;
    }
    m_credentials.dataCenter = result.dataCenter;
    m_credentials.verifiedAccount = result.accountEmail;
    if (m_options.store)
        startStore();
    else
        setState(State::Verified);
}

void VerificationFlow::startStore()
{
    stopWork();
    setFix(Fix::None);
    m_raceLost = false;
    m_replacedDamaged = false;
    m_storeError = SecretStore::Error();
    // Kept with them, so a returning customer sees as whom they were verified: data, never words.
    m_credentials.verifiedAccount = verifiedAccount();
    setState(State::Storing);
    // A store of its own per attempt: one abandoned by Back may still be finishing. It first looks
    // for credentials already kept, which are replaced only as decided; until the new ones are
    // written (one atomic keychain item) the old ones stay.
    m_store = new SecretStore(this);
    if (!m_options.keychainService.isEmpty())
        m_store->setService(m_options.keychainService);
    connect(m_store, &SecretStore::loaded, this, &VerificationFlow::onExisting);
    // Nothing stored yet, or nothing readable (an unusable keychain, an item that is not ours):
    // the save itself then succeeds or says what is wrong, in terms of saving.
    connect(m_store, &SecretStore::failed, this, [this](const SecretStore::Error &error) {
        m_replacedDamaged = error.kind == SecretStore::ErrorKind::Corrupt;
        saveNow();
    });
    m_store->load();
}

void VerificationFlow::onExisting(const Credentials &existing)
{
    m_existing = existing;
    if (sameSecretPair(existing, m_credentials) || m_options.replace == ReplacePolicy::Replace) {
        saveNow();
        return;
    }
    if (m_options.replace == ReplacePolicy::Keep) {
        keepExisting();
        return;
    }
    setState(State::AwaitingReplaceDecision);
    emit replaceDecisionNeeded(existing);
}

void VerificationFlow::decideReplace(bool replace)
{
    if (m_state != State::AwaitingReplaceDecision)
        return;
    if (replace)
        saveNow();
    else
        keepExisting();
}

void VerificationFlow::keepExisting()
{
    if (m_store) {
        m_store->disconnect(this);
        m_store->deleteLater();
    }
    m_store = nullptr;
    setState(State::KeptExisting);
}

void VerificationFlow::saveNow()
{
    SecretStore *store = m_store;
    if (!store)
        return;
    if (m_state != State::Storing)
        setState(State::Storing);
    store->disconnect(this);
    connect(store, &SecretStore::saved, store, &QObject::deleteLater);
    connect(store, &SecretStore::failed, store, &QObject::deleteLater);
    connect(store, &SecretStore::saved, this, [this](const Credentials &credentials) {
        m_store = nullptr;
        m_stored = credentials;
        m_credentials = credentials;
        setState(State::Stored);
    });
    connect(store, &SecretStore::failed, this, &VerificationFlow::onStoreFailed);
    store->save(m_credentials);
}

void VerificationFlow::onStoreFailed(const SecretStore::Error &error)
{
    m_store = nullptr;
    m_storeError = error;
    if (error.kind != SecretStore::ErrorKind::ReadBackMismatch) {
        setState(State::StoreFailed);
        return;
    }
    // Read back, something else was there: most often another save (another run of this
    // program) wrote between this one's write and its read. Look once more to tell a lost race
    // from a keychain that does not keep what it is given.
    auto *look = new SecretStore(this);
    if (!m_options.keychainService.isEmpty())
        look->setService(m_options.keychainService);
    m_store = look;
    connect(look, &SecretStore::loaded, look, &QObject::deleteLater);
    connect(look, &SecretStore::failed, look, &QObject::deleteLater);
    connect(look, &SecretStore::loaded, this, [this](const Credentials &found) {
        m_store = nullptr;
        if (sameSecretPair(found, m_credentials)) {
            // The other save kept these same credentials: they are stored.
            m_stored = found;
            m_credentials.storedAt = found.storedAt;
            setState(State::Stored);
            return;
        }
        if (found.isComplete()) {
            m_raceLost = true;
            m_existing = found;
        }
        setState(State::StoreFailed);
    });
    connect(look, &SecretStore::failed, this, [this](const SecretStore::Error &) {
        m_store = nullptr;
        setState(State::StoreFailed);
    });
    look->load();
}

void VerificationFlow::waitAndRetry()
{
    if (m_fix != Fix::WaitAndRetry || m_waitTimer->isActive())
        return;
    m_waitLeft = waitSeconds;
    m_waitEnd = QDeadlineTimer(m_waitSecond * waitSeconds);
    m_waitTimer->start();
    emit countdown(m_waitLeft);
}

bool VerificationFlow::isWaiting() const
{
    return m_waitTimer->isActive();
}

void VerificationFlow::tickWait()
{
    // The seconds left, rounded up: "0:01" until the very end.
    const auto left = m_waitEnd.remainingTimeAsDuration();
    const int secondsLeft = int((left + m_waitSecond - std::chrono::nanoseconds(1)) / m_waitSecond);
    if (secondsLeft > 0) {
        if (secondsLeft != m_waitLeft) {
            m_waitLeft = secondsLeft;
            emit countdown(m_waitLeft);
        }
        return;
    }
    m_waitLeft = 0;
    m_waitTimer->stop();
    emit countdown(0);
    retry();
}

void VerificationFlow::setCountdownSecondForTesting(std::chrono::milliseconds second)
{
    m_waitSecond = second;
    m_waitTimer->setInterval(std::max(std::chrono::milliseconds(1), second / 4));
}

QString VerificationFlow::verifiedHeadline() const
{
    if (!signedIn())
        return tr("Zoho recognises your client in its %1 data center").arg(dataCenterName(m_credentials.dataCenter));
    const QString account = m_signInResult.accountEmail;
    return tr("Verified — connected as %1").arg(account.isEmpty() ? tr("your Zoho account") : account);
}

QString VerificationFlow::signInAdvice() const
{
    QString advice;
    if (m_listenerUnavailable) {
        advice = tr("Zoho's sign-in page opens in your browser. Sign in with your Zoho account and click Accept, then "
                    "bring the address your browser lands on back here: another program is using the port the "
                    "assistant receives Zoho's answer on. The test sign-in is removed from your Zoho account right "
                    "after.");
    } else if (m_listenerCrowded) {
        advice = tr("Zoho's sign-in page opens in your browser. Sign in with your Zoho account and click Accept. "
                    "Another program on this computer is flooding the port the assistant receives Zoho's answer "
                    "on, so the answer may not arrive by itself: if nothing happens after Accept, bring the address "
                    "your browser lands on back here. The test sign-in is removed from your Zoho account right "
                    "after.");
    } else {
        advice = tr("Zoho's sign-in page opens in your browser. Sign in with your Zoho account and click Accept: the "
                    "assistant then receives Zoho's answer by itself. The test sign-in is removed from your Zoho "
                    "account right after.");
    }
    if (m_report.recognisedIn.size() > 1) {
        advice += QLatin1Char(' ')
            + tr("This client is enabled in several data centers (%1).").arg(m_report.recognisedIn.join(QStringLiteral(", ")));
    }
    return advice;
}

QString VerificationFlow::headline() const
{
    switch (m_state) {
    case State::Idle: return {};
    case State::Checking: {
        const DataCenter dc = DataCenters::find(m_options.dataCenter);
        return dc.isValid() ? tr("Asking Zoho's %1 data center…").arg(dc.displayName())
                            : tr("Asking all of Zoho's data centers where your client is…");
    }
    case State::CheckFailed:
        if (m_addressCheckFailed)
            return tr("Zoho does not know the sign-in's return address yet");
        return ProbeStatusText::headline(m_report.status);
    case State::Checked: return ProbeStatusText::headline(m_report.status);
    case State::SigningIn:
        return tr("Zoho recognises your client in its %1 data center. Now sign in once.")
            .arg(dataCenterName(m_credentials.dataCenter));
    case State::SignInFailed: return ProbeStatusText::headline(m_signInResult.status);
    case State::Verified: return verifiedHeadline();
    case State::AwaitingReplaceDecision: return tr("Replace the stored credentials?");
    case State::Storing: return verifiedHeadline();
    case State::StoreFailed:
        if (m_raceLost)
            return tr("Not saved: another save came first");
        return tr("Your credentials are fine, but they could not be saved");
    case State::KeptExisting: return tr("Not saved: the stored credentials were kept");
    case State::Stored: return verifiedHeadline();
    case State::Interrupted: return tr("Interrupted");
    }
    return {};
}

QString VerificationFlow::revocationNote() const
{
    if (!m_hasSignIn)
        return {};
    const ZohoSignIn::Result &r = m_signInResult;
    if (r.cause == ProbeCause::RefreshTokenNotRevoked) {
        // A refresh token does not expire by itself: say so, and where to remove it.
        return ProbeStatusText::advice(r.status, r.cause, dataCenterName(r.dataCenter));
    }
    if (r.revocationFailed)
        return tr("The test sign-in could not be removed from Zoho. It expires by itself within an hour.");
    if (!r.revoked.isEmpty())
        return tr("The test sign-in was removed from Zoho again.");
    return {};
}

QString VerificationFlow::advice() const
{
    switch (m_state) {
    case State::Idle: return {};
    case State::Checking: return tr("This takes a few seconds.");
    case State::CheckFailed:
        if (m_addressCheckFailed) {
            //: %1 is the data center, %2 the address to add, such as http://127.0.0.1:47813/zoho-onboarding/callback
            return tr("Zoho's %1 data center knows your client, but not the address its sign-in returns to: %2 is "
                      "missing from the Authorized Redirect URIs (the second line from step 3). Add it in Zoho's API "
                      "Console, click %3, then check again.")
                .arg(dataCenterName(m_credentials.dataCenter), m_missingRedirectUri.toString(),
                     OnboardingGuide::zohoUpdateLabel());
        }
        return ProbeStatusText::advice(m_report, dataCenterName(m_report.dataCenter));
    case State::Checked: return ProbeStatusText::advice(m_report, dataCenterName(m_report.dataCenter));
    case State::SigningIn: return signInAdvice();
    case State::SignInFailed: {
        const ZohoSignIn::Result &r = m_signInResult;
        if (r.status == ProbeStatus::RedirectUriNotRegistered) {
            return tr("Zoho does not know the address it should send you back to after you approve: the second "
                      "line of Authorized Redirect URIs from step 3 is missing. Add it as shown below, then sign "
                      "in again.");
        }
        // With unknown_data_center the advice names the accounts server Zoho's redirect named.
        const QString where = r.cause == ProbeCause::UnknownDataCenter ? r.accountsServer : dataCenterName(r.dataCenter);
        return ProbeStatusText::advice(r.status, r.cause, where, r.certificateIssuer, r.proxy);
    }
    case State::Verified: {
        const ZohoSignIn::Result &r = m_signInResult;
        QString text = ProbeStatusText::advice(r.status, r.cause, dataCenterName(r.dataCenter));
        // The refresh token's advice says it all already.
        if (r.cause != ProbeCause::RefreshTokenNotRevoked && !revocationNote().isEmpty())
            text += QLatin1Char(' ') + revocationNote();
        return text;
    }
    case State::AwaitingReplaceDecision:
        return tr("This computer already keeps Zoho credentials: Client ID %1, saved %2. Replace them with the "
                  "ones you just checked?")
            .arg(Credentials::maskClientId(m_existing.clientId),
                 QLocale().toString(m_existing.storedAt.toLocalTime(), QLocale::ShortFormat));
    case State::Storing:
        //: %1 is where the credentials are kept, as the system names it, such as "in Windows Credential Manager"
        return tr("Saving the credentials %1…").arg(KeychainName::where());
    case State::StoreFailed:
        if (m_raceLost) {
            //: %1 is a masked Client ID such as 1000.GMB0…EX0
            return tr("While these credentials were being saved, another save of Zoho credentials (Client ID %1) "
                      "finished at the same time, and those are the ones this computer keeps now. Nothing is wrong "
                      "with the keychain: save again to keep these instead.")
                .arg(Credentials::maskClientId(m_existing.clientId));
        }
        return SecretStore::messageFor(m_storeError.kind, m_storeError.operation);
    case State::KeptExisting:
        return tr("This computer still keeps the earlier Zoho credentials (Client ID %1). The ones you just checked "
                  "are not saved.")
            .arg(Credentials::maskClientId(m_existing.clientId));
    case State::Stored: {
        //: %1 is where the credentials are kept, as the system names it, such as "in Windows Credential Manager"
        QString text = tr("Your credentials are saved %1.").arg(KeychainName::where());
        if (!revocationNote().isEmpty())
            text += QLatin1Char(' ') + revocationNote();
        if (!signedIn())
            text += QLatin1Char(' ') + tr("Without the sign-in, the secret is proven only when Optiply connects.");
        return text;
    }
    case State::Interrupted: {
        const ZohoSignIn::Result &r = m_signInResult;
        if (m_hasSignIn && (r.cause == ProbeCause::RefreshTokenNotRevoked || r.revocationFailed))
            return tr("Interrupted: the test sign-in could not be removed from Zoho.") + QLatin1Char(' ') + revocationNote();
        if (m_hasSignIn && !r.revoked.isEmpty())
            return tr("Interrupted: the test sign-in was removed from Zoho.");
        return tr("Interrupted before Zoho issued anything: nothing was left behind in your Zoho account.");
    }
    }
    return {};
}

QString VerificationFlow::details() const
{
    switch (m_state) {
    case State::CheckFailed:
    case State::Checked: {
        QStringList lines;
        for (const ProbeReport::Answer &answer : m_report.answers) {
            if (answer.status != ProbeStatus::Ok && answer.status != ProbeStatus::UnknownClient && !answer.detail.isEmpty())
                lines.append(QStringLiteral("%1: %2").arg(answer.dataCenter, answer.detail));
        }
        return lines.join(QLatin1Char('\n'));
    }
    case State::SignInFailed:
    case State::Interrupted: return m_hasSignIn ? m_signInResult.detail : QString();
    case State::StoreFailed: return m_raceLost ? QString() : m_storeError.detail;
    default: return {};
    }
}
