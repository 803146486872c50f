#pragma once

#include <QString>
#include <QUrl>

// Where Zoho sends this assistant's own sign-in back to: a fixed port and path on this computer.
// Content the customer enters in Zoho's form (the guide lists it) as much as a detail of the
// sign-in's listener, so it lives here, below both: neither has to reach up to the other for it.
namespace LoopbackAddress {

// The port Zoho's registered redirect URI names; it must match exactly, port included.
constexpr quint16 defaultPort = 47813;
// Overrides the port, for tests and side-by-side installations; the redirect URI moves with it.
constexpr const char *portVariable = "ZOHO_ONBOARDING_SIGNIN_PORT";

// defaultPort, unless portVariable names another valid port.
quint16 configuredPort();
// "zoho-onboarding/callback", without the leading slash.
QString path();
// http://127.0.0.1:47813/zoho-onboarding/callback
QUrl redirectUri(quint16 port);
// The redirect URI for configuredPort().
QUrl redirectUri();

} // namespace LoopbackAddress
