#include "assistantpage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QEvent>
#include <QFrame>
#include <QPointer>
#include <QScrollArea>
#include <QScrollBar>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>

AssistantPage::AssistantPage(QWidget *parent)
    : QWizardPage(parent)
    , m_arrivalAnchor(new QWidget(this))
    , m_scroll(new QScrollArea(this))
    , m_contentLayout(nullptr)
    , m_supportLayout(new QVBoxLayout)
{
    m_arrivalAnchor->setObjectName(QStringLiteral("arrivalAnchor"));
    m_arrivalAnchor->hide();
    auto *content = new QWidget(m_scroll);
    content->setObjectName(QStringLiteral("pageContent"));
    m_contentLayout = new QVBoxLayout(content);
    // Room beside a control at the edge for its focus ring (see FocusRing).
    m_contentLayout->setContentsMargins(3, 0, 3, 0);

    m_scroll->setObjectName(QStringLiteral("pageScrollArea"));
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Not a stop of its own for Tab: the controls inside are.
    m_scroll->setFocusPolicy(Qt::NoFocus);
    // The content fills the page's background, in light and dark themes alike.
    m_scroll->viewport()->setAutoFillBackground(false);
    content->setAutoFillBackground(false);

    m_supportLayout->setContentsMargins(0, 0, 0, 0);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(m_supportLayout);

    // Whatever brings the focus into the page (Tab from the wizard's buttons, Shift+Tab, a page
    // that moves it), the control with it is in view. QScrollArea does that only for Tab between
    // its own children, and then for a text field's cursor alone.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now && m_scroll->widget()->isAncestorOf(now))
            ensureVisible(now);
    });
}

void AssistantPage::addSupportWidget(QWidget *widget)
{
    m_supportLayout->addWidget(widget);
}

QString AssistantPage::announcement() const
{
    const QString sub = QTextDocumentFragment::fromHtml(subTitle()).toPlainText();
    return sub.isEmpty() ? title() : title() + QStringLiteral(". ") + sub;
}

void AssistantPage::ensureVisible(QWidget *widget)
{
    bringIntoView(widget);
    // A control shown a moment ago has its place only once the layout has run (a posted event,
    // handled before this one): scrolled to where it is then, not where the page stood before.
    QTimer::singleShot(0, this, [this, widget = QPointer<QWidget>(widget)] {
        if (widget && widget->isVisible())
            bringIntoView(widget);
    });
}

void AssistantPage::bringIntoView(QWidget *widget)
{
    QWidget *content = m_scroll->widget();
    if (!content->isAncestorOf(widget))
        return;
    // The whole control, frame included. QScrollArea::ensureWidgetVisible() brings a text field's
    // cursor into view (its micro focus), which can leave the field's edge cut off at the foot.
    const QRect rect(widget->mapTo(content, QPoint(0, 0)), widget->size());
    const QRect shown(-content->pos(), m_scroll->viewport()->size());
    if (shown.contains(rect))
        return;
    // With room around it, as ensureWidgetVisible() leaves (its default margins).
    constexpr int margin = 50;
    const QPoint centre = rect.center();
    m_scroll->ensureVisible(centre.x(), centre.y(), rect.width() / 2 + margin, rect.height() / 2 + margin);
}

QWidget *AssistantPage::arrivalTarget() const
{
    QWidget *target = arrivalFocus();
    if (target && target->isVisibleTo(this) && target->isEnabled())
        return target;
    const QWizard *wizard = this->wizard();
    if (!wizard || !isComplete())
        return nullptr;
    // Asked while QWizard shows the page, before it updates its buttons: which of the two this
    // page will show follows from the page itself.
    return wizard->button(wizard->nextId() == -1 ? QWizard::FinishButton : QWizard::NextButton);
}

bool AssistantPage::event(QEvent *event)
{
    // ShowToParent: QWizard shows the page while its own frame is hidden for the switch, and
    // picks the focus before that frame (and so the page) gets its show event.
    if (event->type() == QEvent::ShowToParent) {
        QWidget *target = arrivalTarget();
        m_arrivalAnchor->setFocusProxy(target);
        // Without a target QWizard picks the next focusable child, as it would without the anchor.
        m_arrivalAnchor->setFocusPolicy(target ? Qt::TabFocus : Qt::NoFocus);
        // Moved now, before QWizard disables or hides the button that was pressed (Next on the
        // way to a page not complete yet, or to the last page): a focused control that goes
        // is said to a screen reader as if it had been focused again.
        if (target)
            target->setFocus(Qt::TabFocusReason);
    }
    return QWizardPage::event(event);
}

void AssistantPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // The name a screen reader gave the page when it appeared: its title, now in the new language.
        if (!accessibleName().isEmpty())
            setAccessibleName(title());
    }
    QWizardPage::changeEvent(event);
}
