#pragma once

#include "probereport.h"

#include <QAbstractOAuthReplyHandler>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QUrl>

class CallbackRequest;
class QTcpServer;
class QTcpSocket;

// Receives Zoho's redirect after consent on this computer, and reads Zoho's token reply for
// QOAuth2AuthorizationCodeFlow. Replaces Qt 6.4's QOAuthHttpServerReplyHandler, which listens on
// every interface, buffers a request without limit, lets a later connection inherit an earlier
// one's bytes, passes an error callback on before anyone compares its state, closes before its
// page is sent, and drops failed token replies silently. Here:
//  - it listens on 127.0.0.1 only, on the port of the registered redirect URI;
//  - each connection reads at most CallbackRequest::maxHeadSize bytes, GET only, and its buffer
//    goes with it; one that sends nothing for a moment, or trickles, is dropped; however many
//    connect, none is turned away: the longest waiting makes room (so a program holding
//    connections open cannot keep the browser out), and crowded() tells the sign-in;
//  - only a callback whose `state` matches the sign-in under way (error callbacks included) is
//    passed on, through redirectReceived(); anything else gets a page and changes nothing;
//  - every request gets a small self-contained, translated page saying what happened, written
//    whole before its connection (or the listener) closes;
//  - a failed token reply ends in tokenRequestFailed(), read through ZohoDoor::answer().
// Qt 6.9 binds loopback by default and reports token errors itself; the rest stays needed.
class LoopbackListener : public QAbstractOAuthReplyHandler
{
    Q_OBJECT

public:
    // What a page tells the person in the browser.
    enum class Page {
        SignedIn,      // Zoho's answer arrived: go back to the assistant
        Declined,      // access_denied: declined, or too many sign-ins
        ZohoError,     // another error from Zoho, and what it means
        NotThisSignIn, // not an answer to the sign-in under way: nothing changed
    };

    explicit LoopbackListener(quint16 port, QObject *parent = nullptr);
    ~LoopbackListener() override;

    bool isListening() const;
    // Stops listening; pages already written still reach their browser.
    void close();
    // The state of the sign-in under way: only a callback carrying it is passed on, once.
    void setExpectedState(const QString &state) { m_expectedState = state; }
    // More connections came at once than a browser opens (see crowded()).
    bool isCrowded() const { return m_crowded; }

    // The exact redirect URI, whatever Qt's default spelling of it.
    QString callback() const override;
    void networkReplyFinished(QNetworkReply *reply) override;

    // The whole HTML page, in the current UI language; `zohoError` only for Page::ZohoError.
    static QByteArray page(Page kind, const QString &zohoError = QString());

signals:
    // A callback carrying the expected state, values percent-encoded as received.
    void redirectReceived(const QVariantMap &values);
    void tokenRequestFailed(const ProbeReport::Answer &answer);
    // Once per listener: more connections at once than any browser opens, or one dropped to make
    // room. Another program on this computer is at the port; the browser's callback is still
    // served, but may be late or lost: the moment to offer pasting the address instead.
    void crowded();

private:
    void acceptConnections();
    void readFrom(QTcpSocket *socket);
    void handle(QTcpSocket *socket, const CallbackRequest &request);
    void respond(QTcpSocket *socket, int status, Page kind, const QString &zohoError = QString());
    void drop(QTcpSocket *socket);
    void forget(QTcpSocket *socket);
    void makeRoom();
    void noteCrowded();

    QTcpServer *m_server;
    quint16 m_port;
    QString m_expectedState;
    QHash<QTcpSocket *, QByteArray> m_buffers; // connections still being read
    QList<QTcpSocket *> m_order;               // the same, longest waiting first
    bool m_crowded = false;
};
