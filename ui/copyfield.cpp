#include "copyfield.h"

#include "screenreaderannouncer.h"

#include "onboardingguide.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

CopyField::CopyField(const QString &what, const QString &value, QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(value, this))
    , m_button(new QPushButton(this))
    , m_resetLabel(new QTimer(this))
    , m_what(what)
{
    m_edit->setReadOnly(true);
    m_edit->setCursorPosition(0);
    QFont mono = m_edit->font();
    mono.setStyleHint(QFont::Monospace);
    mono.setFamily(QStringLiteral("monospace"));
    m_edit->setFont(mono);

    m_button->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    // Enter on the focused button is handled by the wizard; the page's default stays Next.
    m_button->setAutoDefault(false);

    m_resetLabel->setSingleShot(true);
    m_resetLabel->setInterval(2000);
    connect(m_resetLabel, &QTimer::timeout, this, [this] { m_button->setText(OnboardingGuide::copyButtonText()); });
    connect(m_button, &QPushButton::clicked, this, &CopyField::copy);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_button);
    retranslateUi();
}

void CopyField::setWhat(const QString &what)
{
    m_what = what;
    retranslateUi();
}

void CopyField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CopyField::retranslateUi()
{
    m_resetLabel->stop();
    // The word the guide's texts name this button by.
    m_button->setText(OnboardingGuide::copyButtonText());
    m_edit->setAccessibleName(m_what);
    //: %1 names the value, such as "Client Name"
    m_button->setAccessibleName(tr("Copy %1").arg(m_what));
    //: %1 names the value, such as "Client Name"
    m_button->setToolTip(tr("Copy %1 to the clipboard").arg(m_what));
}

QString CopyField::value() const
{
    return m_edit->text();
}

void CopyField::setValue(const QString &value)
{
    m_edit->setText(value);
    m_edit->setCursorPosition(0);
}

void CopyField::copy()
{
    QApplication::clipboard()->setText(m_edit->text());
    //: Shown on the Copy button for two seconds after a click
    m_button->setText(tr("Copied"));
    m_resetLabel->start();
    // Heard as well as seen.
    //: %1 names the value, such as "Client Name"
    ScreenReaderAnnouncer::announce(m_button, tr("%1 copied").arg(m_edit->accessibleName()));
    emit copied(m_edit->text());
}
