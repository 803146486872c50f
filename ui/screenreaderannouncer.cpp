#include "screenreaderannouncer.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QEvent>
#include <QTimer>

namespace {
QAccessibleInterface *notificationFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String("ScreenReaderAnnouncer") && object && object->isWidgetType())
        return new QAccessibleWidget(static_cast<QWidget *>(object), QAccessible::Notification);
    return nullptr;
}
} // namespace

ScreenReaderAnnouncer::ScreenReaderAnnouncer(QWidget *window)
    : QWidget(window)
{
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(notificationFactory);
        return true;
    }();
    Q_UNUSED(factoryInstalled);
    setObjectName(QStringLiteral("screenReaderAnnouncer"));
    // Nothing to see, click or tab to: it exists for screen readers only. A pixel, not zero, so the
    // bridges count it as on screen.
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setFocusPolicy(Qt::NoFocus);
    setGeometry(0, 0, 1, 1);
    hide();
}

ScreenReaderAnnouncer *ScreenReaderAnnouncer::of(QWidget *window)
{
    if (!window)
        return nullptr;
    window = window->window();
    auto *announcer = window->findChild<ScreenReaderAnnouncer *>(QString(), Qt::FindDirectChildrenOnly);
    return announcer ? announcer : new ScreenReaderAnnouncer(window);
}

void ScreenReaderAnnouncer::announce(QWidget *source, const QString &text)
{
    if (!source)
        return;
    // Read with the object whenever it is visited, and by UI Automation readers with the focus.
    source->setAccessibleDescription(text);
    // Passed on by no 6.4 bridge, but cheap, and what in-process listeners (tests/tst_wizard) hear.
    QAccessibleEvent alert(source, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
    if (text.isEmpty() || !source->window()->isVisible())
        return;
    // Said once the caller has moved the focus (a page's first control, the fix a result offers):
    // a reader speaks a focus change at once and cuts off what it was saying, so the words come after.
    ScreenReaderAnnouncer *announcer = of(source);
    QTimer::singleShot(0, announcer, [announcer, text] { announcer->say(text); });
}

void ScreenReaderAnnouncer::changeEvent(QEvent *event)
{
    // What was said is in the previous language: gone, rather than found later in the wrong one.
    if (event->type() == QEvent::LanguageChange) {
        hide();
        setAccessibleName(QString());
    }
    QWidget::changeEvent(event);
}

void ScreenReaderAnnouncer::say(const QString &text)
{
    // Hidden first, so that showing it is a change even when the words are the same as last time.
    hide();
    setAccessibleName(text);
    raise();
    show();
}
