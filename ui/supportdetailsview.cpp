#include "supportdetailsview.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

SupportDetailsView::SupportDetailsView(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_details(new QLabel(this))
{
    setObjectName(QStringLiteral("supportDetails"));
    m_heading->setObjectName(QStringLiteral("detailsHeading"));
    m_heading->setWordWrap(true);
    m_details->setObjectName(QStringLiteral("details"));
    m_details->setWordWrap(true);
    // Text from the network or the keychain: never markup.
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // English words for a support person: marked as such for spell checkers and screen readers
    // that switch voices by locale.
    m_details->setLocale(QLocale(QLocale::English));
    // For support, so set apart and smaller, but in the theme's own text colour: readable.
    QFont small = m_details->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_details->setFont(small);
    m_heading->setFont(small);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_details);
    retranslateUi();
    hide();
}

void SupportDetailsView::setDetails(const QString &details)
{
    m_details->setText(details);
    retranslateUi();
    setVisible(!details.isEmpty());
}

QString SupportDetailsView::details() const
{
    return m_details->text();
}

void SupportDetailsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SupportDetailsView::retranslateUi()
{
    //: Heading over technical lines that stay in English (Zoho's error codes); say that they do
    m_heading->setText(tr("For support, in English:"));
    // The heading and the lines in one name: a screen reader says what they are, then reads them.
    //: %1 is the technical lines themselves, in English
    m_details->setAccessibleName(tr("For support, in English: %1").arg(m_details->text()));
}
