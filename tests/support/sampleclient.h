#pragma once

#include <QString>

// The made-up client the tests register with the emulator and paste into the program: values of
// the shapes Zoho gives (an ID of "1000." and 30 characters, a 42-character hex secret), which no
// real Zoho account has.
namespace SampleClient {

inline const QString clientId = QStringLiteral("1000.GMB0YULZHJK411248S8I5GZ4CHUEX0");
inline const QString secret = QStringLiteral("0123456789abcdef0123456789abcdef0123456789");
// The integration partner's address Zoho sends the customer back to.
inline const QString redirectUri = QStringLiteral("https://hotglue.xyz/callback");

} // namespace SampleClient
