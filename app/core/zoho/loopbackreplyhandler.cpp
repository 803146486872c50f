#include "loopbackreplyhandler.h"

#include "clientprober.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QNetworkReply>

QUrl LoopbackReplyHandler::redirectUri(quint16 port)
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/%2").arg(port).arg(path()));
}

LoopbackReplyHandler::LoopbackReplyHandler(quint16 port, QObject *parent)
    : QOAuthHttpServerReplyHandler(QHostAddress::LocalHost, port, parent)
    , m_port(port)
{
    setCallbackPath(path());
    setCallbackText(QCoreApplication::translate(
                        "LoopbackReplyHandler",
                        "The Zoho onboarding assistant received Zoho's answer. You can close this tab and go back "
                        "to the assistant.")
                        .toHtmlEscaped());
}

QString LoopbackReplyHandler::callback() const
{
    return redirectUri(m_port).toString();
}

void LoopbackReplyHandler::networkReplyFinished(QNetworkReply *reply)
{
    QJsonObject body;
    const ProbeReport::Answer answer = ClientProber::interpretTokenReply(
        reply, false, ClientProber::Purpose::CodeExchange, &body);
    reply->deleteLater();
    if (answer.status != ProbeStatus::Ok) {
        emit tokenRequestFailed(answer);
        return;
    }
    emit tokensReceived(body.toVariantMap());
}
