#include "zohosignin.h"

#include "callbackrequest.h"
#include "datacenter.h"
#include "loopbackaddress.h"
#include "loopbacklistener.h"
#include "printabletext.h"
#include "zohodoor.h"
#include "zohoreplyreader.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcSignIn, "zoho.core.signin", QtWarningMsg)

namespace {

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// Unguessable: from the operating system's generator, never Qt's default state.
QString randomToken(int bytes)
{
    QList<quint32> words((bytes + 3) / 4);
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray data(reinterpret_cast<const char *>(words.constData()), bytes);
    return QString::fromLatin1(base64Url(data));
}

// A value of the redirect's query, as the listener or a pasted address passes it on: form-encoded.
QString decoded(const QVariant &value)
{
    return CallbackRequest::formDecoded(value.toString());
}

} // namespace

ZohoSignIn::ZohoSignIn(QObject *parent)
    : QObject(parent)
    , m_network(new ZohoDoor(this))
    , m_port(LoopbackAddress::configuredPort())
    , m_consentTimer(new QTimer(this))
{
    qRegisterMetaType<ZohoSignIn::Result>();
    m_consentTimer->setSingleShot(true);
    connect(m_consentTimer, &QTimer::timeout, this, [this] {
        const qint64 seconds = std::chrono::duration_cast<std::chrono::seconds>(m_consentTimeout).count();
        // Not Zoho's silence: the browser never came back (closed, left open, or Zoho's page refused
        // the return address), so a cause of its own, never "check your internet connection". Nor
        // the network's fault when another program crowded the port the answer comes to.
        if (m_handler && m_handler->isCrowded()) {
            m_result.cause = ProbeCause::ListenerCrowded;
            finish(ProbeStatus::SignInFailed, QStringLiteral("no answer from the browser within %1 s, while another "
                                                             "program crowded port %2")
                                                  .arg(seconds)
                                                  .arg(m_port));
            return;
        }
        m_result.cause = ProbeCause::ConsentTimedOut;
        finish(ProbeStatus::SignInFailed, QStringLiteral("no answer from the browser within %1 s").arg(seconds));
    });
    m_servers.loadEnvironment(nullptr);
}

ZohoSignIn::~ZohoSignIn()
{
    // No answer may reach a half-destroyed object.
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

QUrl ZohoSignIn::redirectUri() const
{
    return LoopbackAddress::redirectUri(m_port);
}

bool ZohoSignIn::isRunning() const
{
    return m_stage != Stage::Idle && m_stage != Stage::Finished;
}

bool ZohoSignIn::isListenerCrowded() const
{
    return m_handler && m_handler->isCrowded();
}

bool ZohoSignIn::isListening() const
{
    return m_handler && m_handler->isListening();
}

QUrl ZohoSignIn::endpoint(const QString &path) const
{
    QUrl url = m_server;
    url.setPath(m_server.path() + path);
    return url;
}

void ZohoSignIn::setStage(Stage stage)
{
    if (stage == m_stage)
        return;
    m_stage = stage;
    qCDebug(lcSignIn) << "stage" << stage;
    emit stageChanged(stage);
}

void ZohoSignIn::start(const Credentials &credentials, const QString &dataCenter)
{
    tearDown();
    m_result = Result();
    m_interrupted = false;
    m_toRevoke.clear();
    m_result.dataCenter = dataCenter;
    m_server = m_servers.accountsServer(dataCenter);
    // The door makes this the deadline of each whole request: exchange, account, revocations.
    m_network->setTransferTimeout(int(m_networkTimeout.count()));

    m_handler = new LoopbackListener(m_port, this);
    // The listener passes on only a callback with this sign-in's state; this object then vets
    // where the code would go before the flow sees it (see onCallback()).
    connect(m_handler, &LoopbackListener::redirectReceived, this, &ZohoSignIn::onCallback);
    connect(m_handler, &LoopbackListener::tokenRequestFailed, this, &ZohoSignIn::onTokenRequestFailed);
    connect(m_handler, &LoopbackListener::crowded, this, [this] { emit listenerCrowded(m_port); });

    m_flow = new QOAuth2AuthorizationCodeFlow(m_network, this);
    m_flow->setReplyHandler(m_handler);
    m_flow->setAuthorizationUrl(endpoint(QStringLiteral("/oauth/v2/auth")));
    m_flow->setAccessTokenUrl(endpoint(QStringLiteral("/oauth/v2/token")));
    m_flow->setClientIdentifier(credentials.clientId);
    m_flow->setClientIdentifierSharedKey(credentials.clientSecret);
    m_flow->setScope(scope());
    m_state = randomToken(32);
    m_flow->setState(m_state);
    m_handler->setExpectedState(m_state);

    m_codeVerifier = randomToken(48); // 64 characters, within RFC 7636's 43 to 128
    const QString challenge = QString::fromLatin1(
        base64Url(QCryptographicHash::hash(m_codeVerifier.toLatin1(), QCryptographicHash::Sha256)));
    const QString verifier = m_codeVerifier;
    // Qt 6.4 sends every token-request value percent-encoded except the secret: encode it too, so
    // a "+" or "&" in it cannot change what Zoho receives.
    const QString encodedSecret = QString::fromLatin1(QUrl::toPercentEncoding(credentials.clientSecret));
    m_flow->setModifyParametersFunction(
        [challenge, verifier, encodedSecret](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *parameters) {
            if (stage == QAbstractOAuth::Stage::RequestingAuthorization) {
                // A refresh token is asked for, as the integration will, and revoked at once.
                parameters->insert(QStringLiteral("access_type"), QStringLiteral("offline"));
                parameters->insert(QStringLiteral("prompt"), QStringLiteral("consent"));
                parameters->insert(QStringLiteral("code_challenge"), challenge);
                parameters->insert(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
            } else if (stage == QAbstractOAuth::Stage::RequestingAccessToken) {
                parameters->remove(QStringLiteral("client_secret"));
                parameters->insert(QStringLiteral("client_secret"), encodedSecret);
                parameters->insert(QStringLiteral("code_verifier"), verifier);
            }
        });

    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, &ZohoSignIn::authorizationUrlReady);
    connect(m_flow, &QAbstractOAuth::granted, this, &ZohoSignIn::onGranted);
    connect(m_flow, &QAbstractOAuth2::error, this,
            [this](const QString &error, const QString &description, const QUrl &) {
                onAuthorizationError(error, description);
            });

    setStage(Stage::WaitingForConsent);
    m_consentTimer->start(m_consentTimeout);
    const bool listening = m_handler->isListening();
    qCInfo(lcSignIn) << "sign-in at" << m_server.toString() << (listening ? "listening on" : "could not listen on")
                     << redirectUri().toString();
    // Signals never come from inside the call that starts the work.
    QTimer::singleShot(0, this, [this, listening] {
        if (!m_flow)
            return;
        if (!listening)
            emit listenerUnavailable(m_port);
        m_flow->grant();
    });
}

void ZohoSignIn::onCallback(const QVariantMap &values)
{
    if (m_stage != Stage::WaitingForConsent || !m_flow || !m_handler)
        return;
    // A request with another state is not Zoho's answer to this sign-in (a stray or forged
    // request, or an old tab). Qt 6.4's flow would act on an error before comparing the state,
    // so nothing reaches it unchecked.
    if (decoded(values.value(QStringLiteral("state"))) != m_state) {
        qCInfo(lcSignIn) << "ignored a redirect whose state does not match this sign-in";
        return;
    }
    if (values.contains(QStringLiteral("error"))) {
        // Read here rather than by the flow, which would also print Qt's warning on the terminal.
        onAuthorizationError(values.value(QStringLiteral("error")).toString(),
                             values.value(QStringLiteral("error_description")).toString());
        return;
    }
    if (!values.contains(QStringLiteral("code")))
        return;

    // Zoho says where the account lives. Exchange the code only at an accounts server this program
    // knows: never at one it cannot vouch for, and never silently somewhere else instead.
    const QString named = decoded(values.value(QStringLiteral("accounts-server")));
    const QString location = decoded(values.value(QStringLiteral("location")));
    QString dataCenter;
    if (!named.isEmpty()) {
        dataCenter = m_servers.dataCenterForServer(QUrl(named));
        if (dataCenter.isEmpty()) {
            const QUrl url(named);
            m_result.accountsServer = PrintableText::fromNetwork(url.host().isEmpty() ? named : url.host(), PrintableText::Unsafe::Blank, 120);
        }
    } else if (!location.isEmpty()) {
        dataCenter = DataCenters::find(location).code;
        if (dataCenter.isEmpty())
            m_result.accountsServer = PrintableText::fromNetwork(location, PrintableText::Unsafe::Blank, 120);
    }
    if (!m_result.accountsServer.isEmpty()) {
        m_result.cause = ProbeCause::UnknownDataCenter;
        finish(ProbeStatus::SignInFailed,
               QStringLiteral("Zoho's redirect names the accounts server %1, which is not in this program's table "
                              "of data centers; the sign-in code was not sent anywhere")
                   .arg(m_result.accountsServer));
        return;
    }
    if (!dataCenter.isEmpty() && dataCenter != m_result.dataCenter) {
        qCInfo(lcSignIn) << "Zoho's redirect names data center" << dataCenter;
        m_result.dataCenter = dataCenter;
        m_server = m_servers.accountsServer(dataCenter);
        m_flow->setAccessTokenUrl(endpoint(QStringLiteral("/oauth/v2/token")));
    }
    m_consentTimer->stop();
    setStage(Stage::ExchangingCode);
    // Now the flow may exchange the code (it checks the state once more).
    emit m_handler->callbackReceived(values);
}

bool ZohoSignIn::submitRedirectAddress(const QString &address, QString *error)
{
    const AddressProblem problem = submitRedirectAddress(address);
    if (error)
        *error = describe(problem);
    return problem == AddressProblem::None;
}

ZohoSignIn::AddressProblem ZohoSignIn::submitRedirectAddress(const QString &address)
{
    const QUrl url(address.trimmed());
    const QUrlQuery query(url);
    if (!url.isValid() || !query.hasQueryItem(QStringLiteral("state"))
        || (!query.hasQueryItem(QStringLiteral("code")) && !query.hasQueryItem(QStringLiteral("error")))) {
        return AddressProblem::NotZohosAnswer;
    }
    if (decoded(query.queryItemValue(QStringLiteral("state"), QUrl::FullyEncoded)) != m_state)
        return AddressProblem::OtherAttempt;
    if (m_stage != Stage::WaitingForConsent || !m_handler)
        return AddressProblem::NotWaiting;
    QVariantMap values;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyEncoded))
        values.insert(key, value);
    // The same path as a redirect that reached the listener.
    onCallback(values);
    return AddressProblem::None;
}

QString ZohoSignIn::describe(AddressProblem problem)
{
    switch (problem) {
    case AddressProblem::None: return {};
    case AddressProblem::NotZohosAnswer:
        return tr("This is not the address Zoho sent your browser to. After you allow access on Zoho's "
                  "page, copy the whole address from the browser's address bar: it contains "
                  "\"code=\" and \"state=\".");
    case AddressProblem::OtherAttempt:
        return tr("This address belongs to another sign-in attempt. Use the address from the sign-in you "
                  "just made.");
    case AddressProblem::NotWaiting: return tr("The sign-in is no longer waiting for Zoho's answer. Start it again.");
    }
    return {};
}

void ZohoSignIn::onAuthorizationError(const QString &error, const QString &description)
{
    // Both came from the browser's address: printable only, before they reach any text.
    m_result.zohoError = PrintableText::fromNetwork(decoded(error), PrintableText::Unsafe::Blank);
    const QString said = PrintableText::fromNetwork(decoded(description), PrintableText::Unsafe::Blank);
    if (m_result.zohoError == QLatin1String("access_denied")) {
        // Zoho's word for both: the person declined, or the client asked for more than 10 sign-in
        // codes within 10 minutes. Where its description says which, that is believed.
        static const QRegularExpression throttled(QStringLiteral("too many|limit|exceed"),
                                                  QRegularExpression::CaseInsensitiveOption);
        if (throttled.match(said).hasMatch()) {
            m_result.cause = ProbeCause::Throttled;
            finish(ProbeStatus::RateLimited, QStringLiteral("access_denied: \"%1\"").arg(said));
            return;
        }
        m_result.cause = ProbeCause::ConsentDeclined;
        finish(ProbeStatus::SignInFailed, QStringLiteral("access_denied: declined on Zoho's page, or more than 10 "
                                                         "sign-in codes within 10 minutes"));
        return;
    }
    finish(ProbeStatus::SignInFailed, QStringLiteral("Zoho's page answered \"%1\" %2").arg(m_result.zohoError, said));
}

void ZohoSignIn::onTokenRequestFailed(const ProbeReport::Answer &answer)
{
    m_result.zohoError = answer.zohoError;
    m_result.cause = answer.cause;
    m_result.certificateIssuer = answer.certificateIssuer;
    m_result.proxy = answer.proxy;
    QString detail = answer.detail;
    if (answer.status == ProbeStatus::RedirectUriNotRegistered)
        detail = QStringLiteral("%1 is not an Authorized Redirect URI of this client").arg(redirectUri().toString());
    else if (answer.zohoError == QLatin1String("invalid_code"))
        detail = QStringLiteral("Zoho refused the sign-in code: expired, used twice, or the PKCE check failed");
    finish(answer.status, detail);
}

void ZohoSignIn::onGranted()
{
    if (!m_flow)
        return;
    const bool interrupted = m_interrupted;
    m_toRevoke.clear();
    // The refresh token first: it is the one that lasts (and counts toward Zoho's 20), and revoking
    // it takes its access tokens along.
    m_refreshTokenIssued = !m_flow->refreshToken().isEmpty();
    if (m_refreshTokenIssued)
        m_toRevoke << QStringLiteral("refresh_token") << m_flow->refreshToken();
    if (!m_flow->token().isEmpty())
        m_toRevoke << QStringLiteral("access_token") << m_flow->token();
    // Interrupted: nothing new is asked, the tokens are revoked at once.
    if (interrupted)
        revokeNext();
    else
        readAccount();
}

QNetworkReply *ZohoSignIn::send(QNetworkReply *reply)
{
    m_reply = reply;
    return reply;
}

void ZohoSignIn::readAccount()
{
    setStage(Stage::ReadingAccount);
    QNetworkRequest request(endpoint(QStringLiteral("/oauth/user/info")));
    request.setRawHeader("Authorization", "Zoho-oauthtoken " + m_flow->token().toLatin1());
    QNetworkReply *reply = send(m_network->get(request));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const QString failure = ZohoDoor::failureOf(reply);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const ZohoReplyReader::Account account =
            failure.isEmpty() ? ZohoReplyReader::readAccount(status, reply->readAll()) : ZohoReplyReader::Account();
        m_result.accountEmail = account.email;
        m_result.accountName = account.name;
        if (m_result.accountEmail.isEmpty()) {
            // The credentials are proven all the same; only the account's name is missing.
            m_result.detail = failure.isEmpty() ? QStringLiteral("the account could not be read (HTTP %1)").arg(status)
                                                : QStringLiteral("the account could not be read: %1").arg(failure);
        }
        revokeNext();
    });
}

void ZohoSignIn::revokeNext()
{
    setStage(Stage::Revoking);
    if (m_toRevoke.size() < 2) {
        finish(ProbeStatus::Verified, m_result.detail);
        return;
    }
    const QString kind = m_toRevoke.takeFirst();
    const QString token = m_toRevoke.takeFirst();
    QUrl url = endpoint(QStringLiteral("/oauth/v2/token/revoke"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("token"), QString::fromLatin1(QUrl::toPercentEncoding(token)));
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
    QNetworkReply *reply = send(m_network->post(request, QByteArray()));
    connect(reply, &QNetworkReply::finished, this, [this, reply, kind] {
        reply->deleteLater();
        QString why = ZohoDoor::failureOf(reply);
        const bool revoked = why.isEmpty()
            && ZohoReplyReader::readRevocation(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                                               reply->readAll(), &why);
        const bool refresh = kind == QLatin1String("refresh_token");
        if (revoked) {
            m_result.revoked.append(kind);
        } else if (refresh) {
            // It stays valid until someone revokes it, and counts toward Zoho's 20 per user and client.
            m_result.revocationFailed = true;
            m_result.cause = ProbeCause::RefreshTokenNotRevoked;
            m_result.detail = QStringLiteral("the refresh token could not be revoked: %1").arg(why);
        } else if (!m_refreshTokenIssued) {
            // Without a refresh token, the access token is all there is; it lapses within the hour.
            m_result.revocationFailed = true;
            m_result.detail = QStringLiteral("the access token could not be revoked: %1").arg(why);
        } else if (!m_result.revocationFailed) {
            // Zoho may refuse to revoke a server-based client's access token; revoking the refresh
            // token took it along already.
            qCInfo(lcSignIn) << "the access token was not revoked by itself (" << why
                             << "); it went with its refresh token";
        }
        if (!revoked)
            qCInfo(lcSignIn) << "could not revoke the" << kind << why; // reported in the result
        revokeNext();
    });
}

void ZohoSignIn::cancel()
{
    if (!isRunning())
        return;
    if (m_stage == Stage::WaitingForConsent) {
        tearDown();
        setStage(Stage::Idle);
        return;
    }
    // Tokens may exist already: let the revocation finish quietly, or a live refresh token would
    // stay behind in the customer's Zoho account.
    disconnect(this, &ZohoSignIn::finished, nullptr, nullptr);
    qCInfo(lcSignIn) << "cancelled; finishing the revocation in the background";
}

void ZohoSignIn::interrupt()
{
    m_interrupted = true;
    switch (m_stage) {
    case Stage::WaitingForConsent:
        // No code yet, so no token: nothing to revoke.
        m_result.cause = ProbeCause::Interrupted;
        finish(ProbeStatus::SignInFailed, QStringLiteral("interrupted while waiting for the sign-in in the browser"));
        break;
    case Stage::ReadingAccount:
        // The account is a nicety; the tokens are not. Revoke them now.
        if (m_reply) {
            m_reply->disconnect(this);
            m_reply->abort();
        }
        revokeNext();
        break;
    case Stage::ExchangingCode: // the exchange finishes within its deadline; onGranted() then revokes at once
    case Stage::Revoking:       // already doing the one thing left
    case Stage::Idle:
    case Stage::Finished: break;
    }
}

void ZohoSignIn::waitUntilSettled(std::chrono::milliseconds limit)
{
    if (!isRunning() || m_stage == Stage::WaitingForConsent)
        return;
    QEventLoop loop;
    connect(this, &ZohoSignIn::stageChanged, &loop, [&loop](Stage stage) {
        if (stage == Stage::Finished || stage == Stage::Idle)
            loop.quit();
    });
    QTimer::singleShot(limit, &loop, &QEventLoop::quit);
    qCInfo(lcSignIn) << "waiting for the revocation before closing";
    loop.exec();
}

void ZohoSignIn::giveUp(const QString &detail)
{
    finish(ProbeStatus::SignInFailed, detail);
}

void ZohoSignIn::finish(ProbeStatus status, const QString &detail)
{
    if (m_stage == Stage::Finished || m_stage == Stage::Idle)
        return;
    m_result.status = status;
    if (!detail.isEmpty())
        m_result.detail = detail;
    m_consentTimer->stop();
    setStage(Stage::Finished);
    qCInfo(lcSignIn) << "finished:" << ProbeStatusText::key(status) << m_result.detail << "revoked" << m_result.revoked;
    tearDown();
    emit finished(m_result);
}

void ZohoSignIn::tearDown()
{
    m_consentTimer->stop();
    m_toRevoke.clear();
    m_codeVerifier.clear();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    // Possibly called from within their own signals: delete later, and close the port now.
    if (m_handler) {
        m_handler->disconnect(this);
        m_handler->close();
        m_handler->deleteLater();
    }
    if (m_flow) {
        m_flow->disconnect(this);
        m_flow->deleteLater();
    }
}
