#pragma once

// How this program reaches the network, set once for the whole process by main() before any
// request: the same way as the rest of the computer.
namespace NetworkSetup {

// Requests go through the proxy the system is configured with: on Linux the http_proxy,
// https_proxy and no_proxy environment variables (through libproxy, also the desktop's settings
// when its plugin is installed), on Windows and macOS the system settings and PAC files. Many Qt
// builds do this already; this makes it so for every build. Requests to this computer itself
// (127.0.0.1, localhost) never go through a proxy (Qt's rule).
void useSystemProxy();

} // namespace NetworkSetup
