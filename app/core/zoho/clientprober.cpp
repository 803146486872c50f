#include "clientprober.h"

#include "datacenter.h"
#include "onboardingguide.h"

#include "zohodoor.h"

#include <QLoggingCategory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

Q_LOGGING_CATEGORY(lcProbe, "zoho.core.probe", QtWarningMsg)

namespace {

// Shaped like a real grant code so that only its validity, never its form, can be rejected.
const QString impossibleCode = QStringLiteral("1000.00000000000000000000000000000000.00000000000000000000000000000000");

// application/x-www-form-urlencoded, every value percent-encoded as it is: QUrlQuery would take a
// "%41" in a pasted value for an escape, and a "+" for a space.
QByteArray formBody(const QList<std::pair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

} // namespace

ClientProber::ClientProber(ZohoDoor *door, QObject *parent)
    : QObject(parent)
    , m_network(door)
    , m_redirectUri(OnboardingGuide::integrationRedirectUri())
{
    m_servers.loadEnvironment(nullptr);
}

ClientProber::~ClientProber()
{
    // Replies belong to the network manager; make sure none reports to a dead prober.
    const auto replies = m_pending.keys();
    m_pending.clear();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void ClientProber::probe(const Credentials &credentials, const QStringList &dataCenters)
{
    cancel();
    m_answers.clear();

    for (const QString &code : dataCenters) {
        const QUrl server = m_servers.accountsServer(code);
        if (!server.isValid()) {
            ProbeReport::Answer answer;
            answer.dataCenter = code;
            answer.cause = ProbeCause::Other;
            answer.detail = QStringLiteral("unknown data center");
            m_answers.append(answer);
            continue;
        }
        QUrl endpoint = server;
        endpoint.setPath(server.path() + QStringLiteral("/oauth/v2/token"));

        QNetworkRequest request(endpoint);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
        // The door makes this the deadline of the whole request, and refuses to follow redirects.
        request.setTransferTimeout(int(m_timeout.count()));

        const QByteArray body = formBody({
            {QStringLiteral("client_id"), credentials.clientId},
            {QStringLiteral("client_secret"), credentials.clientSecret},
            {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
            {QStringLiteral("code"), impossibleCode},
            {QStringLiteral("redirect_uri"), m_redirectUri.toString()},
        });

        qCDebug(lcProbe) << "probing" << code << "at" << endpoint.toString()
                         << "client" << Credentials::maskClientId(credentials.clientId);
        QNetworkReply *reply = m_network->post(request, body);
        m_pending.insert(reply, code);
        connect(reply, &QNetworkReply::finished, this, [this, reply] { onReplyFinished(reply); });
    }

    if (m_pending.isEmpty()) {
        // Nothing could be asked; still answer asynchronously, as promised.
        QTimer::singleShot(0, this, &ClientProber::finishIfDone);
    }
}

void ClientProber::cancel()
{
    if (m_pending.isEmpty())
        return;
    const auto pending = m_pending;
    m_pending.clear();
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        it.key()->disconnect(this);
        it.key()->abort();
        it.key()->deleteLater();
        ProbeReport::Answer answer;
        answer.dataCenter = it.value();
        answer.cause = ProbeCause::Cancelled;
        answer.detail = QStringLiteral("cancelled");
        m_answers.append(answer);
    }
    finishIfDone();
}

void ClientProber::onReplyFinished(QNetworkReply *reply)
{
    const auto it = m_pending.constFind(reply);
    if (it == m_pending.cend())
        return;
    ProbeReport::Answer answer = ZohoDoor::answer(reply, ZohoReplyReader::Purpose::Probe);
    answer.dataCenter = it.value();
    m_pending.erase(it);
    reply->deleteLater();
    qCDebug(lcProbe) << "answer from" << answer.dataCenter << ProbeStatusText::key(answer.status)
                     << "http" << answer.httpStatus << answer.zohoError << answer.detail;
    m_answers.append(answer);
    finishIfDone();
}

void ClientProber::finishIfDone()
{
    if (!m_pending.isEmpty())
        return;
    // Report in table order, whatever order the answers came in.
    QList<ProbeReport::Answer> ordered;
    for (const QString &code : DataCenters::codes()) {
        for (const ProbeReport::Answer &answer : std::as_const(m_answers)) {
            if (answer.dataCenter == code)
                ordered.append(answer);
        }
    }
    m_answers.clear();
    emit finished(ProbeReport::combine(ordered));
}
