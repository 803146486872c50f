#include "windowsproxyfornow.h"

#include <QtEndian>

#include <windows.h>

namespace {

const wchar_t settingsKey[] = L"Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings";
const wchar_t connectionsKey[] = L"Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\Connections";

QByteArray littleEndian(quint32 value)
{
    QByteArray bytes(4, '\0');
    qToLittleEndian(value, bytes.data());
    return bytes;
}

// What Internet Options writes for "use a proxy server": a version, a change counter, the flags
// (1 direct, 2 proxy), then the proxy, the bypass list and the automatic configuration address,
// each as a length and its characters, and room for the rest.
QByteArray connectionSettings(const QString &server)
{
    const QByteArray proxy = server.toLatin1();
    constexpr quint32 version = 0x46;
    constexpr quint32 directAndProxy = 0x1 | 0x2;
    return littleEndian(version) + littleEndian(0) + littleEndian(directAndProxy) + littleEndian(quint32(proxy.size())) + proxy
        + littleEndian(0) + littleEndian(0) + QByteArray(32, '\0');
}

bool read(const wchar_t *key, const wchar_t *name, unsigned long *type, QByteArray *value)
{
    DWORD size = 0;
    if (RegGetValueW(HKEY_CURRENT_USER, key, name, RRF_RT_ANY, type, nullptr, &size) != ERROR_SUCCESS)
        return false;
    value->resize(qsizetype(size));
    return RegGetValueW(HKEY_CURRENT_USER, key, name, RRF_RT_ANY, type, value->data(), &size) == ERROR_SUCCESS;
}

bool write(const wchar_t *key, const wchar_t *name, unsigned long type, const QByteArray &value)
{
    return RegSetKeyValueW(HKEY_CURRENT_USER, key, name, type, value.constData(), DWORD(value.size())) == ERROR_SUCCESS;
}

void restore(const wchar_t *key, const wchar_t *name, bool wasSet, unsigned long type, const QByteArray &value)
{
    if (wasSet)
        write(key, name, type, value);
    else
        RegDeleteKeyValueW(HKEY_CURRENT_USER, key, name);
}

QByteArray wide(const QString &text)
{
    // With its terminating null, as REG_SZ holds it.
    return QByteArray(reinterpret_cast<const char *>(text.utf16()), (text.size() + 1) * qsizetype(sizeof(char16_t)));
}

} // namespace

WindowsProxyForNow::WindowsProxyForNow(const QString &server)
{
    m_connectionSettings.wasSet = read(connectionsKey, L"DefaultConnectionSettings", &m_connectionSettings.type,
                                       &m_connectionSettings.value);
    m_proxyEnable.wasSet = read(settingsKey, L"ProxyEnable", &m_proxyEnable.type, &m_proxyEnable.value);
    m_proxyServer.wasSet = read(settingsKey, L"ProxyServer", &m_proxyServer.type, &m_proxyServer.value);
    const bool written = write(connectionsKey, L"DefaultConnectionSettings", REG_BINARY, connectionSettings(server))
        && write(settingsKey, L"ProxyEnable", REG_DWORD, littleEndian(1)) && write(settingsKey, L"ProxyServer", REG_SZ, wide(server));
    if (!written)
        m_errorString = QStringLiteral("cannot write the proxy settings under HKEY_CURRENT_USER\\%1")
                            .arg(QString::fromWCharArray(settingsKey));
}

WindowsProxyForNow::~WindowsProxyForNow()
{
    restore(connectionsKey, L"DefaultConnectionSettings", m_connectionSettings.wasSet, m_connectionSettings.type,
            m_connectionSettings.value);
    restore(settingsKey, L"ProxyEnable", m_proxyEnable.wasSet, m_proxyEnable.type, m_proxyEnable.value);
    restore(settingsKey, L"ProxyServer", m_proxyServer.wasSet, m_proxyServer.type, m_proxyServer.value);
}
