#include "credentials.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
constexpr int formatVersion = 1;
}

QString Credentials::maskClientId(const QString &clientId)
{
    if (clientId.size() <= 13)
        return QString(clientId.size(), QChar(u'•'));
    return clientId.left(9) + QStringLiteral("…") + clientId.right(4);
}

QString Credentials::secretFingerprint(const QString &clientSecret)
{
    if (clientSecret.isEmpty())
        return {};
    // Six hex digits of SHA-256 tell two secrets apart without helping anyone guess one.
    const QByteArray hash = QCryptographicHash::hash(clientSecret.toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("…%1 · %2")
        .arg(clientSecret.right(4), QString::fromLatin1(hash.toHex().left(6)));
}

QByteArray Credentials::toKeychainData() const
{
    QJsonObject object{
        {QStringLiteral("version"), formatVersion},
        {QStringLiteral("client_id"), clientId},
        {QStringLiteral("client_secret"), clientSecret},
        {QStringLiteral("data_center"), dataCenter},
        {QStringLiteral("stored_at"), storedAt.toUTC().toString(Qt::ISODate)},
    };
    // Only when known: items written without it read back the same.
    if (!verifiedAccount.isEmpty())
        object.insert(QStringLiteral("verified_account"), verifiedAccount);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool Credentials::fromKeychainData(const QByteArray &data, Credentials *out)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    const QJsonObject object = document.object();
    Credentials result;
    result.clientId = object.value(QStringLiteral("client_id")).toString();
    result.clientSecret = object.value(QStringLiteral("client_secret")).toString();
    result.dataCenter = object.value(QStringLiteral("data_center")).toString();
    result.storedAt = QDateTime::fromString(object.value(QStringLiteral("stored_at")).toString(), Qt::ISODate);
    result.verifiedAccount = object.value(QStringLiteral("verified_account")).toString();
    if (!result.isComplete())
        return false;
    *out = result;
    return true;
}

bool Credentials::operator==(const Credentials &other) const
{
    return clientId == other.clientId && clientSecret == other.clientSecret && dataCenter == other.dataCenter
        && storedAt == other.storedAt && verifiedAccount == other.verifiedAccount;
}
