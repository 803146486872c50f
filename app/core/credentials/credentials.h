#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

// A Zoho API client's credentials as the customer pasted them, and where they belong.
// The secret lives only in memory and in the OS keychain: never in a log, a file or the settings.
struct Credentials
{
    QString clientId;
    QString clientSecret;
    QString dataCenter;   // code from DataCenters; empty until known
    QDateTime storedAt;   // set by SecretStore
    QString verifiedAccount = {}; // the Zoho account a sign-in proved them with; empty when not signed in with

    bool isComplete() const { return !clientId.isEmpty() && !clientSecret.isEmpty(); }

    // "1000.ABCDE…WXYZ": first 9 and last 4 characters, safe to show and to log.
    static QString maskClientId(const QString &clientId);
    // Last 4 characters and a short hash, so support can confirm a secret without reading it out.
    static QString secretFingerprint(const QString &clientSecret);

    // The single keychain item: compact UTF-8 JSON.
    QByteArray toKeychainData() const;
    // False, leaving `out` alone, unless `data` holds credentials as this program writes them: see
    // isWellFormed().
    static bool fromKeychainData(const QByteArray &data, Credentials *out);

    // What any program of the user's can write into the keychain is not taken on trust: a Client ID
    // and a secret that a paste would have given as they are, without an error (warnings allowed),
    // a data center code of a few small letters, an account name of printable characters only. So
    // no stored text can steer a terminal or render as markup.
    bool isWellFormed() const;

    bool operator==(const Credentials &other) const;
    bool operator!=(const Credentials &other) const { return !(*this == other); }
};

Q_DECLARE_METATYPE(Credentials)
