#include "concealedpasteboardtype.h"

#include <QString>
#include <QVariant>

#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
#include <QUtiMimeConverter>
#else
#include <QtGui/private/qmacmime_p.h>
#endif

using namespace Qt::StringLiterals;

namespace {

const QString concealedType = u"org.nspasteboard.ConcealedType"_s;

#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
class ConcealedTypeConverter : public QUtiMimeConverter
{
public:
    explicit ConcealedTypeConverter(const QString &mime)
        : m_mime(mime)
    {
    }
    QString utiForMime(const QString &mime) const override { return mime == m_mime ? concealedType : QString(); }
    QString mimeForUti(const QString &uti) const override { return uti == concealedType ? m_mime : QString(); }
    QVariant convertToMime(const QString &mime, const QList<QByteArray> &data, const QString &uti) const override
    {
        if (!canConvert(mime, uti) || data.isEmpty())
            return QVariant();
        return data.first();
    }
    QList<QByteArray> convertFromMime(const QString &mime, const QVariant &data, const QString &uti) const override
    {
        if (!canConvert(mime, uti))
            return {};
        return {data.toByteArray()};
    }

private:
    const QString m_mime;
};
#else
// Qt 6.4 has no public converter API yet (QUtiMimeConverter came with 6.5); this is its internal
// predecessor, the one QtMacExtras' QMacPasteboardMime wrapped in Qt 5.
class ConcealedTypeConverter : public QMacInternalPasteboardMime
{
public:
    explicit ConcealedTypeConverter(const QString &mime)
        : QMacInternalPasteboardMime(MIME_ALL)
        , m_mime(mime)
    {
    }
    QString convertorName() override { return u"ZohoOnboardingConcealedType"_s; }
    bool canConvert(const QString &mime, QString flavor) override { return mime == m_mime && flavor == concealedType; }
    QString mimeFor(QString flavor) override { return flavor == concealedType ? m_mime : QString(); }
    QString flavorFor(const QString &mime) override { return mime == m_mime ? concealedType : QString(); }
    QVariant convertToMime(const QString &mime, QList<QByteArray> data, QString flavor) override
    {
        if (!canConvert(mime, flavor) || data.isEmpty())
            return QVariant();
        return data.first();
    }
    QList<QByteArray> convertFromMime(const QString &mime, QVariant data, QString flavor) override
    {
        if (!canConvert(mime, flavor))
            return {};
        return {data.toByteArray()};
    }

private:
    const QString m_mime;
};
#endif

} // namespace

void Platform::registerConcealedPasteboardType(const QString &mime)
{
    // Once, and only after the application object exists (before it, Qt 6.4 would take the converter
    // for its whole list and never add its own). Constructing registers it; Qt owns it from then on
    // and deletes it when the application shuts down.
    static bool registered = false;
    if (!registered) {
        new ConcealedTypeConverter(mime);
        registered = true;
    }
}
