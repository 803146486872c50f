#include "assistantpage.h"

#include <QEvent>
#include <QFrame>
#include <QScrollArea>
#include <QScrollBar>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

AssistantPage::AssistantPage(QWidget *parent)
    : QWizardPage(parent)
    , m_scroll(new QScrollArea(this))
    , m_contentLayout(nullptr)
    , m_supportLayout(new QVBoxLayout)
{
    auto *content = new QWidget(m_scroll);
    content->setObjectName(QStringLiteral("pageContent"));
    m_contentLayout = new QVBoxLayout(content);
    m_contentLayout->setContentsMargins(0, 0, 0, 0);

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
    m_scroll->ensureWidgetVisible(widget);
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
