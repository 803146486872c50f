#include "environmentfornow.h"

EnvironmentForNow::EnvironmentForNow(const QList<std::pair<const char *, QByteArray>> &values)
{
    for (const auto &[name, value] : values) {
        m_saved.append({name, qEnvironmentVariableIsSet(name), qgetenv(name)});
        if (value.isNull())
            qunsetenv(name);
        else
            qputenv(name, value);
    }
}

EnvironmentForNow::~EnvironmentForNow()
{
    // Backwards, so a variable named twice ends as it was before the first.
    for (auto saved = m_saved.crbegin(); saved != m_saved.crend(); ++saved) {
        if (saved->wasSet)
            qputenv(saved->name, saved->value);
        else
            qunsetenv(saved->name);
    }
}

QList<std::pair<const char *, QByteArray>> EnvironmentForNow::onlyHttpsProxy(const QByteArray &httpsProxy)
{
    QList<std::pair<const char *, QByteArray>> values;
    for (const char *name : {"http_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY", "no_proxy", "NO_PROXY"})
        values.append({name, QByteArray()});
    values.append({"https_proxy", httpsProxy});
    return values;
}
