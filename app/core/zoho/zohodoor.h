#pragma once

#include "probereport.h"
#include "zohoreplyreader.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>

#include <chrono>

class QJsonObject;
class QSslError;

// The one door through which this program talks to Zoho's accounts servers: the probe, the code
// exchange, the account and the revocations all go through it (the sign-in hands it to
// QOAuth2AuthorizationCodeFlow as its network manager, so Qt's own token request passes here too).
// For every request it enforces:
//  - one deadline for the whole request, body included: the request's transfer timeout (or the
//    manager's, or defaultDeadline) no longer measures silence, which a server dripping one byte a
//    second defeats, but the time since the request was sent;
//  - no redirects: every request carries a secret, a code or a token, and a redirect would resend
//    it wherever Location points (307/308 resend the body). A redirect is read as a named failure;
//  - a cap on the reply: Zoho's replies are a few KB, anything past maxReplySize is refused. The
//    cap is kept by the reading itself (BoundedHttpReply, which says why Qt's own HTTP stack
//    cannot keep it), not by the kernel's socket buffers: a reply never costs this process much
//    more than maxReplySize;
//  - "Accept-Language: en", so that Zoho's error codes come in the words this program reads.
// Certificate errors are never ignored; the door notes them so that answer() can name the issuer.
class ZohoDoor : public QNetworkAccessManager
{
    Q_OBJECT

public:
    static constexpr qsizetype maxReplySize = qsizetype(1024) * 1024;
    static constexpr std::chrono::milliseconds defaultDeadline{15000};

    explicit ZohoDoor(QObject *parent = nullptr);

    // Reads a finished token-endpoint reply that went through a door: what kept it from an answer
    // (network, proxy, TLS, the deadline, the size cap), else ZohoReplyReader::read() on its status
    // and body.
    static ProbeReport::Answer answer(QNetworkReply *reply, ZohoReplyReader::Purpose purpose,
                                      QJsonObject *json = nullptr);
    // Empty when a whole HTTP answer arrived (whatever its status); otherwise what happened instead,
    // in a few words for support (printable).
    static QString failureOf(QNetworkReply *reply);
    static bool timedOut(const QNetworkReply *reply);
    static bool tooLarge(const QNetworkReply *reply);
    // Bytes of its answer a reply from a door took off its connection (head and body, as sent).
    static qint64 bytesRead(const QNetworkReply *reply);
    // The most any one finished reply from this door took off its connection: what a flood of a
    // reply cost this process, whatever the sender managed to push into the kernel.
    qint64 mostBytesRead() const { return m_mostBytesRead; }

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &original,
                                 QIODevice *outgoingData) override;

private:
    static void noteSslErrors(QNetworkReply *reply, const QList<QSslError> &errors);
    QNetworkProxy proxyFor(const QUrl &url) const;

    qint64 m_mostBytesRead = 0;
};
