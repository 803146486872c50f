#include "credentials.h"

#include "credentialparser.h"
#include "printabletext.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace {

constexpr int formatVersion = 1;
// Longer than any e-mail address Zoho accepts; what the sign-in keeps is cut at this length too.
constexpr qsizetype maxAccountLength = PrintableText::defaultMaxLength;

// Letters, digits and combining marks (and the Client ID's one dot): what the paste parser keeps of
// a value (in the Basic Multilingual Plane). Nothing a terminal, a rich-text label or an HTML page reads as an instruction.
bool onlyWordCharacters(const QString &value, bool dotAllowed)
{
    return std::all_of(value.cbegin(), value.cend(), [dotAllowed](QChar c) {
        return (dotAllowed && c == QLatin1Char('.')) || c.isLetterOrNumber() || c.isMark();
    });
}

} // namespace

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
    if (!result.isWellFormed())
        return false;
    *out = result;
    return true;
}

bool Credentials::isWellFormed() const
{
    if (!isComplete() || !onlyWordCharacters(clientId, true) || !onlyWordCharacters(clientSecret, false))
        return false;
    // Exactly what a paste of these two values gives, usable as it is.
    const CredentialParser::Result parsed = CredentialParser::parse(clientId, clientSecret);
    if (!parsed.isUsable() || parsed.looksSwapped || parsed.clientId.value != clientId
        || parsed.clientSecret.value != clientSecret)
        return false;
    static const QRegularExpression dataCenterCode(QStringLiteral("^[a-z]{2,8}$"));
    if (!dataCenter.isEmpty() && !dataCenterCode.match(dataCenter).hasMatch())
        return false;
    // The sign-in keeps the account as printable text already: anything else was not written here.
    return verifiedAccount.size() <= maxAccountLength
        && PrintableText::fromNetwork(verifiedAccount, PrintableText::Unsafe::Blank, 0) == verifiedAccount;
}

bool Credentials::operator==(const Credentials &other) const
{
    return clientId == other.clientId && clientSecret == other.clientSecret && dataCenter == other.dataCenter
        && storedAt == other.storedAt && verifiedAccount == other.verifiedAccount;
}
