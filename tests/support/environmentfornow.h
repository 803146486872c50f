#pragma once

#include <QByteArray>
#include <QList>

#include <utility>

// Environment variables set (or, with a null value, unset) while the object lives, then restored
// as they were: a proxy for one test row, say.
class EnvironmentForNow
{
public:
    explicit EnvironmentForNow(const QList<std::pair<const char *, QByteArray>> &values);
    ~EnvironmentForNow();
    EnvironmentForNow(const EnvironmentForNow &) = delete;
    EnvironmentForNow &operator=(const EnvironmentForNow &) = delete;

    // Every proxy variable curl and Qt read unset, then https_proxy set to `httpsProxy`.
    static QList<std::pair<const char *, QByteArray>> onlyHttpsProxy(const QByteArray &httpsProxy);

private:
    struct Saved
    {
        const char *name;
        bool wasSet;
        QByteArray value;
    };
    QList<Saved> m_saved;
};
