#include "supportreference.h"

#include <QRandomGenerator>
#include <QSettings>

namespace {
const QString settingsKey = QStringLiteral("support/reference");
}

QString SupportReference::alphabet()
{
    return QStringLiteral("23456789ABCDEFGHJKLMNPQRSTUVWXYZ");
}

QString SupportReference::generate()
{
    const QString letters = alphabet();
    QString code;
    for (int i = 0; i < length; ++i)
        code.append(letters.at(QRandomGenerator::system()->bounded(int(letters.size()))));
    return code;
}

QString SupportReference::current()
{
    QSettings settings;
    const QString stored = settings.value(settingsKey).toString();
    if (isValid(stored))
        return stored.toUpper();
    return renew();
}

QString SupportReference::renew()
{
    QString code = generate();
    QSettings().setValue(settingsKey, code);
    return code;
}

bool SupportReference::isValid(const QString &code)
{
    if (code.size() != length)
        return false;
    const QString letters = alphabet();
    for (const QChar c : code) {
        if (!letters.contains(c.toUpper()))
            return false;
    }
    return true;
}
