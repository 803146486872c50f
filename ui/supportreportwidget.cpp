#include "supportreportwidget.h"

#include "screenreaderannouncer.h"

#include "lastverification.h"
#include "supportreference.h"
#include "supportreport.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

SupportReportWidget::SupportReportWidget(Configure configure, QWidget *parent)
    : QWidget(parent)
    , m_configure(std::move(configure))
    , m_copy(new QPushButton(this))
    , m_reference(new QLabel(this))
    , m_status(new QLabel(this))
    , m_clearStatus(new QTimer(this))
{
    setObjectName(QStringLiteral("supportReport"));
    m_copy->setObjectName(QStringLiteral("copySupportReport"));
    m_copy->setAutoDefault(false);
    m_copy->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_reference->setObjectName(QStringLiteral("supportReference"));
    m_reference->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_reference->setTextFormat(Qt::PlainText);
    m_status->setObjectName(QStringLiteral("supportReportStatus"));
    m_status->setTextFormat(Qt::PlainText);

    m_clearStatus->setSingleShot(true);
    m_clearStatus->setInterval(5000);
    connect(m_clearStatus, &QTimer::timeout, this, [this] {
        m_statusShown = Status::None;
        m_status->clear();
    });
    connect(m_copy, &QPushButton::clicked, this, &SupportReportWidget::collect);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_reference);
    layout->addStretch();
    layout->addWidget(m_status);
    layout->addWidget(m_copy);
    retranslateUi();
    refreshReference();
}

void SupportReportWidget::retranslateUi()
{
    m_copy->setText(tr("Copy &report for support"));
    m_copy->setAccessibleName(tr("Copy report for support"));
    m_copy->setAccessibleDescription(tr("Checks the connection to Zoho and the keychain, then copies a report for "
                                        "support to the clipboard. It holds no Client Secret."));
    m_copy->setToolTip(m_copy->accessibleDescription());
    if (!m_referenceShown.isEmpty())
        showReference(m_referenceShown);
    switch (m_statusShown) {
    case Status::None: break;
    case Status::Checking: m_status->setText(tr("Checking the connection…")); break;
    //: Shown for a few seconds after the report was put on the clipboard
    case Status::Copied: m_status->setText(tr("Copied: paste it into your message to support.")); break;
    }
}

void SupportReportWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SupportReportWidget::showReference(const QString &code)
{
    m_referenceShown = code;
    //: %1 is a six-character code such as K7QF3M that the customer reads out to support
    m_reference->setText(tr("Your reference: %1").arg(code));
    // Spelled out, so a screen reader says it letter by letter.
    QStringList letters;
    for (const QChar c : code)
        letters.append(c);
    m_reference->setAccessibleName(tr("Your reference for support: %1").arg(letters.join(QLatin1Char(' '))));
}

void SupportReportWidget::refreshReference()
{
    showReference(SupportReference::current());
}

void SupportReportWidget::noteVerification(const ProbeReport &report)
{
    showReference(LastVerification::record(report));
}

void SupportReportWidget::noteVerification(const ZohoSignIn::Result &result)
{
    showReference(LastVerification::record(result));
}

void SupportReportWidget::showEvent(QShowEvent *event)
{
    refreshReference();
    QWidget::showEvent(event);
}

void SupportReportWidget::collect()
{
    if (m_report)
        return;
    m_clearStatus->stop();
    m_report = new SupportReport(this);
    if (m_configure)
        m_configure(m_report);
    // The button stays enabled (a click meanwhile is ignored above): disabling it would throw the
    // keyboard focus onto the next button, Back, while the status says what is going on.
    m_statusShown = Status::Checking;
    retranslateUi();
    connect(m_report, &SupportReport::finished, this, &SupportReportWidget::onCollected);
    m_report->collect();
}

void SupportReportWidget::onCollected()
{
    const QString text = m_report->toText();
    showReference(m_report->reference());
    m_report->deleteLater();
    m_report = nullptr;
    QApplication::clipboard()->setText(text);
    m_statusShown = Status::Copied;
    retranslateUi();
    ScreenReaderAnnouncer::announce(m_status, m_status->text());
    m_clearStatus->start();
    emit copied(text);
}
