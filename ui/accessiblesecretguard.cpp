#include "accessiblesecretguard.h"

#include <QAccessible>
#include <QLineEdit>

const char *const AccessibleSecretGuard::secretProperty = "zohoSecretField";

namespace {
QAccessible::UpdateHandler previousHandler = nullptr;
bool installed = false;

bool isMasked(QObject *object)
{
    const auto *edit = qobject_cast<QLineEdit *>(object);
    if (!edit)
        return false;
    return edit->echoMode() != QLineEdit::Normal || edit->property(AccessibleSecretGuard::secretProperty).toBool();
}

QString stars(const QString &text)
{
    return QString(text.size(), QLatin1Char('*'));
}

void filter(QAccessibleEvent *event);

void forward(QAccessibleEvent *event)
{
    if (previousHandler) {
        previousHandler(event);
        return;
    }
    // No handler before ours: the platform bridge gets the event through Qt's own path.
    QAccessible::installUpdateHandler(nullptr);
    QAccessible::updateAccessibility(event);
    QAccessible::installUpdateHandler(filter);
}

void filter(QAccessibleEvent *event)
{
    if (!isMasked(event->object())) {
        forward(event);
        return;
    }
    switch (event->type()) {
    case QAccessible::TextInserted: {
        const auto *inserted = static_cast<QAccessibleTextInsertEvent *>(event);
        QAccessibleTextInsertEvent masked(event->object(), inserted->changePosition(), stars(inserted->textInserted()));
        masked.setCursorPosition(inserted->cursorPosition());
        forward(&masked);
        return;
    }
    case QAccessible::TextRemoved: {
        const auto *removed = static_cast<QAccessibleTextRemoveEvent *>(event);
        QAccessibleTextRemoveEvent masked(event->object(), removed->changePosition(), stars(removed->textRemoved()));
        masked.setCursorPosition(removed->cursorPosition());
        forward(&masked);
        return;
    }
    case QAccessible::TextUpdated: {
        const auto *updated = static_cast<QAccessibleTextUpdateEvent *>(event);
        QAccessibleTextUpdateEvent masked(event->object(), updated->changePosition(), stars(updated->textRemoved()),
                                          stars(updated->textInserted()));
        masked.setCursorPosition(updated->cursorPosition());
        forward(&masked);
        return;
    }
    default:
        forward(event);
        return;
    }
}
} // namespace

void AccessibleSecretGuard::install()
{
    if (installed)
        return;
    installed = true;
    previousHandler = QAccessible::installUpdateHandler(filter);
}
