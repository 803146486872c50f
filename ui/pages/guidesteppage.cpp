#include "guidesteppage.h"

#include "../copyfield.h"
#include "../illustrationview.h"
#include "../onboardingwizard.h"

#include "datacenter.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QFrame>
#include <QLabel>
#include <QLoggingCategory>
#include <QPushButton>
#include <QStyle>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcGuide, "zoho.ui.guide", QtWarningMsg)

GuideStepPage::GuideStepPage(OnboardingWizard *wizard, const OnboardingGuide::Step &step, int stepCount)
    : AssistantPage(wizard)
    , m_wizard(wizard)
    , m_step(step)
    , m_stepCount(stepCount)
{
    setObjectName(QStringLiteral("GuideStepPage%1").arg(step.number));

    m_picture = new IllustrationView(step.illustration, this);

    auto *instructions = new QLabel(this);
    instructions->setObjectName(QStringLiteral("instructions"));
    instructions->setWordWrap(true);
    instructions->setTextFormat(Qt::RichText);
    m_instructions = instructions;

    // Reading order follows the visual order: the instructions, then the picture that shows them.
    auto *layout = contentLayout();
    layout->addWidget(instructions);
    layout->addWidget(m_picture, 1);
    if (QWidget *action = createAction())
        layout->addWidget(action);
    retranslateUi();
}

void GuideStepPage::retranslateUi()
{
    // The guide's texts are translated when asked for: asked again, in the language now applied.
    for (const OnboardingGuide::Step &step : OnboardingGuide::steps()) {
        if (step.number == m_step.number)
            m_step = step;
    }
    //: %1 is the step number, %2 the number of steps, %3 the step's title
    setTitle(tr("Step %1 of %2: %3").arg(m_step.number).arg(m_stepCount).arg(m_step.title));
    setSubTitle(tr("You do this in Zoho's API Console, in your browser. Come back here after each step."));
    //: %1 is the step's title
    m_picture->setAccessibleName(tr("Illustration: %1").arg(m_step.title));
    m_instructions->setText(m_step.instructions);
    m_picture->setWords(m_step.pictureWords);

    if (m_openConsole) {
        // The same words the step's text and picture name it by.
        m_openConsole->setText(OnboardingGuide::openConsoleButtonText());
        m_browserFailedText->setText(tr("Your browser could not be opened. Copy this address and open it in your "
                                        "browser:"));
        m_consoleLink->setWhat(tr("Zoho API Console address"));
        updateConsoleNote();
    }

    if (m_formNote) {
        qsizetype row = 0;
        QString why;
        for (const OnboardingGuide::FormValue &value : OnboardingGuide::formValues()) {
            for (qsizetype i = 0; i < value.values.size() && row < m_formFields.size(); ++i, ++row) {
                //: %1 names a field of Zoho's form that takes several lines, %2 the line's number
                m_formFields.at(row)->setWhat(i == 0 ? value.label : tr("%1, line %2").arg(value.label).arg(i + 1));
                m_formFields.at(row)->setToolTip(value.explanation);
                m_formLabels.at(row)->setText(i == 0 ? value.label + QLatin1Char(':') : QString());
                m_formLabels.at(row)->setToolTip(value.explanation);
            }
            // Why two redirect URIs: said on the page, not only in a tooltip.
            if (value.values.size() > 1)
                why += QLatin1Char(' ') + value.explanation;
        }
        m_formNote->setText(tr("Paste each value as it is, without a space or a slash at the end.") + why);
    }

    if (m_warningText) {
        m_warningIcon->setAccessibleName(tr("Warning"));
        m_warningText->setText(tr("<b>Keep Zoho's page open.</b> If the secret is lost before it is stored, "
                                  "open the client in the API Console and choose to generate a new secret; "
                                  "nothing else needs to change."));
    }
}

QWidget *GuideStepPage::createAction()
{
    switch (m_step.action) {
    case OnboardingGuide::StepAction::OpenConsole: return createOpenConsoleAction();
    case OnboardingGuide::StepAction::CopyFormValues: return createFormValuesAction();
    case OnboardingGuide::StepAction::GuardSecret: return createGuardSecretAction();
    case OnboardingGuide::StepAction::None: break;
    }
    return nullptr;
}

QWidget *GuideStepPage::createOpenConsoleAction()
{
    auto *box = new QWidget(this);
    m_openConsole = new QPushButton(box);
    m_openConsole->setObjectName(QStringLiteral("openConsoleButton"));
    m_openConsole->setIcon(QIcon::fromTheme(QStringLiteral("internet-web-browser")));
    m_openConsole->setAutoDefault(false);
    connect(m_openConsole, &QPushButton::clicked, this, &GuideStepPage::openConsole);

    m_consoleNote = new QLabel(box);
    m_consoleNote->setObjectName(QStringLiteral("consoleNote"));
    m_consoleNote->setWordWrap(true);

    // Shown only when no browser could be opened: the address to open by hand.
    m_browserFailed = new QWidget(box);
    m_browserFailed->setObjectName(QStringLiteral("browserFailed"));
    auto *failedText = new QLabel(m_browserFailed);
    failedText->setWordWrap(true);
    m_browserFailedText = failedText;
    m_consoleLink = new CopyField(QString(), QString(), m_browserFailed);
    m_consoleLink->setObjectName(QStringLiteral("consoleLink"));
    // Copied for the browser: what comes next here is Next.
    connect(m_consoleLink, &CopyField::copied, this,
            [this] { m_wizard->moveFocusTo(m_wizard->button(QWizard::NextButton)); });
    auto *failedLayout = new QVBoxLayout(m_browserFailed);
    failedLayout->setContentsMargins(0, 0, 0, 0);
    failedLayout->addWidget(failedText);
    failedLayout->addWidget(m_consoleLink);
    m_browserFailed->hide();

    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    row->addWidget(m_openConsole);
    row->addStretch();
    layout->addLayout(row);
    layout->addWidget(m_consoleNote);
    layout->addWidget(m_browserFailed);
    return box;
}

QWidget *GuideStepPage::createFormValuesAction()
{
    auto *box = new QFrame(this);
    box->setObjectName(QStringLiteral("formValues"));
    box->setFrameShape(QFrame::StyledPanel);
    auto *form = new QFormLayout(box);
    // The texts (labels, names, explanations) are set by retranslateUi().
    for (const OnboardingGuide::FormValue &value : OnboardingGuide::formValues()) {
        for (qsizetype i = 0; i < value.values.size(); ++i) {
            auto *field = new CopyField(QString(), value.values.at(i), box);
            m_formFields.append(field);
            field->setObjectName(i == 0 ? value.key : QStringLiteral("%1_%2").arg(value.key).arg(i + 1));
            auto *label = new QLabel(box);
            label->setBuddy(field->lineEdit());
            m_formLabels.append(label);
            form->addRow(label, field);
        }
    }
    // Copied: on to the next value, then to Next.
    for (qsizetype i = 0; i < m_formFields.size(); ++i) {
        connect(m_formFields.at(i), &CopyField::copied, this, [this, i] {
            m_wizard->moveFocusTo(i + 1 < m_formFields.size() ? static_cast<QWidget *>(m_formFields.at(i + 1)->copyButton())
                                                              : m_wizard->button(QWizard::NextButton));
        });
    }
    auto *note = new QLabel(box);
    m_formNote = note;
    note->setObjectName(QStringLiteral("formValuesNote"));
    note->setWordWrap(true);
    form->addRow(note);
    return box;
}

QWidget *GuideStepPage::createGuardSecretAction()
{
    auto *box = new QFrame(this);
    box->setObjectName(QStringLiteral("secretWarning"));
    box->setFrameShape(QFrame::StyledPanel);
    auto *icon = new QLabel(box);
    m_warningIcon = icon;
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32, 32));
    auto *text = new QLabel(box);
    m_warningText = text;
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    auto *layout = new QHBoxLayout(box);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(text, 1);
    return box;
}

void GuideStepPage::initializePage()
{
    if (m_step.action == OnboardingGuide::StepAction::OpenConsole)
        updateConsoleNote();
}

void GuideStepPage::updateConsoleNote()
{
    const QUrl url = consoleUrl();
    m_consoleLink->setValue(url.toString());
    const DataCenter dc = DataCenters::find(m_wizard->dataCenterChoice());
    if (dc.isValid()) {
        //: %1 is a data center such as "Europe (zoho.eu)", %2 a web address
        m_consoleNote->setText(tr("This opens %2, the console of Zoho's %1 data center.").arg(dc.displayName(), url.toString()));
    } else {
        //: %1 is a web address, %2 the label of the wizard's Back button
        m_consoleNote->setText(tr("This opens %1. If you use Zoho at another address, such as zoho.eu, click %2 "
                                  "and choose your data center, so the console of your own data center opens.")
                                   .arg(url.toString(), m_wizard->buttonLabel(QWizard::BackButton)));
    }
}

QUrl GuideStepPage::consoleUrl() const
{
    const DataCenter dc = DataCenters::find(m_wizard->dataCenterChoice());
    // Unknown data center: the US console is Zoho's default entry point.
    return dc.isValid() ? dc.apiConsole : DataCenters::find(QStringLiteral("us")).apiConsole;
}

void GuideStepPage::openConsole()
{
    const QUrl url = consoleUrl();
    qCInfo(lcGuide) << "opening" << url.toString();
    if (!m_wizard->openUrl(url)) {
        qCWarning(lcGuide) << "no browser could be opened";
        m_browserFailed->show();
        m_wizard->moveFocusTo(m_consoleLink->copyButton());
        OnboardingWizard::announce(m_browserFailed, tr("Your browser could not be opened. Copy the address "
                                                       "and open it in your browser."));
    } else {
        m_browserFailed->hide();
        // The console is open: what comes next is the next step.
        m_wizard->moveFocusTo(m_wizard->button(QWizard::NextButton));
    }
}

QWidget *GuideStepPage::arrivalFocus() const
{
    if (m_openConsole)
        return m_openConsole;
    if (!m_formFields.isEmpty())
        return m_formFields.first()->copyButton();
    return nullptr;
}

QString GuideStepPage::announcement() const
{
    // As plain text reads: entities decoded, each list item a line of its own.
    return title() + QStringLiteral(". ") + QTextDocumentFragment::fromHtml(m_instructions->text()).toPlainText();
}
