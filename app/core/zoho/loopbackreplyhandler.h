#pragma once

#include "probereport.h"

#include <QOAuthHttpServerReplyHandler>
#include <QUrl>

// Receives Zoho's redirect after consent on this computer, and reads Zoho's token replies.
// Patches Qt 6.4's QOAuthHttpServerReplyHandler where it falls short:
//  - it listens on every interface by default: this one binds 127.0.0.1 only, on a fixed port
//    (the redirect URI registered in Zoho must match it exactly, port included);
//  - a failed token request (network error, or Zoho's HTTP-200 {"error": …}) is dropped silently:
//    here every such reply ends in tokenRequestFailed() with the reason.
// Qt 6.9 binds loopback by default and reports token errors through QAbstractOAuth2::serverReportedErrorOccurred;
// this class can then shrink to the fixed redirect URI.
class LoopbackReplyHandler : public QOAuthHttpServerReplyHandler
{
    Q_OBJECT

public:
    static constexpr quint16 defaultPort = 47813;
    static QString path() { return QStringLiteral("zoho-onboarding/callback"); }
    // http://127.0.0.1:47813/zoho-onboarding/callback
    static QUrl redirectUri(quint16 port = defaultPort);

    explicit LoopbackReplyHandler(quint16 port = defaultPort, QObject *parent = nullptr);

    // The exact redirect URI, whatever Qt's default spelling of it.
    QString callback() const override;
    void networkReplyFinished(QNetworkReply *reply) override;

signals:
    void tokenRequestFailed(const ProbeReport::Answer &answer);

private:
    quint16 m_port;
};
