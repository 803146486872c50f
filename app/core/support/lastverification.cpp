#include "lastverification.h"

#include "probereport.h"
#include "supportreference.h"

#include <QSettings>

namespace {

// Zoho's error codes are short words; anything else is not kept (it could be anything).
QString cleanCode(const QString &code)
{
    QString out;
    for (const QChar c : code.left(64)) {
        if (c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('.'))
            out.append(c);
    }
    return out.size() == code.left(64).size() ? out : QString();
}

QString save(const LastVerification &v)
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("lastVerification"));
    settings.setValue(QStringLiteral("stage"), v.stage);
    settings.setValue(QStringLiteral("status"), v.status);
    settings.setValue(QStringLiteral("cause"), v.cause);
    settings.setValue(QStringLiteral("zohoError"), cleanCode(v.zohoError));
    settings.setValue(QStringLiteral("dataCenter"), cleanCode(v.dataCenter));
    settings.setValue(QStringLiteral("reference"), v.reference);
    settings.setValue(QStringLiteral("when"), v.when.toUTC().toString(Qt::ISODate));
    settings.endGroup();
    return v.reference;
}

} // namespace

QString LastVerification::record(const ProbeReport &report)
{
    LastVerification v;
    v.stage = QStringLiteral("check");
    v.status = ProbeStatusText::key(report.status);
    v.cause = ProbeStatusText::causeKey(report.cause);
    v.dataCenter = report.dataCenter;
    for (const ProbeReport::Answer &answer : report.answers) {
        if (answer.dataCenter == report.dataCenter && !answer.zohoError.isEmpty())
            v.zohoError = answer.zohoError;
    }
    v.reference = SupportReference::renew();
    v.when = QDateTime::currentDateTimeUtc();
    return save(v);
}

QString LastVerification::record(ProbeStatus status, ProbeCause cause, const QString &zohoError, const QString &dataCenter)
{
    LastVerification v;
    v.stage = QStringLiteral("sign_in");
    v.status = ProbeStatusText::key(status);
    v.cause = ProbeStatusText::causeKey(cause);
    v.zohoError = zohoError;
    v.dataCenter = dataCenter;
    v.reference = SupportReference::renew();
    v.when = QDateTime::currentDateTimeUtc();
    return save(v);
}

QString LastVerification::record(const ZohoSignIn::Result &result)
{
    return record(result.status, result.cause, result.zohoError, result.dataCenter);
}

LastVerification LastVerification::load()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("lastVerification"));
    // The settings file is any program's to write: only what save() could have written is read
    // back (short codes, a reference of the right shape), so nothing in it reaches the support
    // report, the terminal or a chat as anything but plain words.
    const auto code = [&settings](const QString &key) { return cleanCode(settings.value(key).toString()); };
    LastVerification v;
    v.stage = code(QStringLiteral("stage"));
    v.status = code(QStringLiteral("status"));
    v.cause = code(QStringLiteral("cause"));
    v.zohoError = code(QStringLiteral("zohoError"));
    v.dataCenter = code(QStringLiteral("dataCenter"));
    const QString reference = settings.value(QStringLiteral("reference")).toString();
    v.reference = SupportReference::isValid(reference) ? reference.toUpper() : QString();
    v.when = QDateTime::fromString(settings.value(QStringLiteral("when")).toString(), Qt::ISODate);
    return v;
}
