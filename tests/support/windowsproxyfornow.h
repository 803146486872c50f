#pragma once

#include <QByteArray>
#include <QString>

// Windows only: the current user's proxy set in Windows' own settings while the object lives, as a
// person sets it under Settings > Network > Proxy (Internet Options): the values WinHTTP, and so Qt,
// read. Then put back as they were. Only for the run's private Wine prefix (scripts/test-windows.sh):
// on a developer's Windows it would change the proxy of every program for a moment.
class WindowsProxyForNow
{
public:
    // `server` as Windows writes it: "127.0.0.1:3128".
    explicit WindowsProxyForNow(const QString &server);
    ~WindowsProxyForNow();
    WindowsProxyForNow(const WindowsProxyForNow &) = delete;
    WindowsProxyForNow &operator=(const WindowsProxyForNow &) = delete;

    // Whether the settings were written; why not, in errorString().
    bool isValid() const { return m_errorString.isEmpty(); }
    QString errorString() const { return m_errorString; }

private:
    struct Saved
    {
        bool wasSet = false;
        unsigned long type = 0;
        QByteArray value;
    };
    Saved m_connectionSettings;
    Saved m_proxyEnable;
    Saved m_proxyServer;
    QString m_errorString;
};
