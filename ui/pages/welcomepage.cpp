#include "welcomepage.h"

#include "../illustrationview.h"
#include "../onboardingwizard.h"
#include "../wrappedlabel.h"

#include "datacenter.h"
#include "keychainname.h"
#include "languagesettings.h"
#include "printabletext.h"

#include <QComboBox>
#include <QAbstractItemView>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>

WelcomePage::WelcomePage(OnboardingWizard *wizard)
    : AssistantPage(wizard)
    , m_wizard(wizard)
    , m_dataCenter(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_picture(new IllustrationView(QStringLiteral(":/illustrations/welcome.svg"), this))
    , m_intro(new WrappedLabel(this))
    , m_dataCenterLabel(new QLabel(this))
    , m_hint(new WrappedLabel(this))
    , m_languageLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("WelcomePage"));

    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::RichText);

    m_dataCenter->setObjectName(QStringLiteral("dataCenterBox"));
    m_dataCenter->addItem(QString(), QStringLiteral("auto"));
    for (const DataCenter &dc : DataCenters::all())
        m_dataCenter->addItem(QString(), dc.code);
    m_dataCenter->setCurrentIndex(m_dataCenter->findData(wizard->dataCenterChoice()));
    connect(m_dataCenter, &QComboBox::currentIndexChanged, this,
            [this] { m_wizard->setDataCenterChoice(m_dataCenter->currentData().toString()); });
    // Chosen again later (on the check's page): the same choice here.
    connect(wizard, &OnboardingWizard::dataCenterChoiceChanged, this, [this](const QString &choice) {
        const QSignalBlocker blocker(m_dataCenter);
        m_dataCenter->setCurrentIndex(m_dataCenter->findData(choice));
    });

    // The languages by their own names; "System language" first, in the language now applied.
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->addItem(QString(), QString());
    for (const LanguageSettings::Language &language : LanguageSettings::available())
        m_language->addItem(language.nativeName, language.code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(LanguageSettings::storedChoice())));
    // Switched when chosen, not on every arrow press that passes a language on the way: when the
    // list closes, on Enter, or when the focus leaves the box. Every page, button and message then
    // retranslates on the LanguageChange that follows.
    m_appliedLanguage = LanguageSettings::storedChoice();
    m_language->installEventFilter(this);
    m_language->view()->window()->installEventFilter(this);

    m_dataCenterLabel->setBuddy(m_dataCenter);
    m_languageLabel->setBuddy(m_language);
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::RichText);

    auto *form = new QFormLayout;
    form->addRow(m_dataCenterLabel, m_dataCenter);

    auto *languageForm = new QFormLayout;
    languageForm->addRow(m_languageLabel, m_language);

    auto *layout = contentLayout();
    layout->addWidget(m_picture, 1);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addLayout(languageForm);

    if (!wizard->configurationError().isEmpty()) {
        m_warning = new WrappedLabel(this);
        m_warning->setObjectName(QStringLiteral("configurationWarning"));
        // It quotes the setting as it was written: shown as text, never read as markup.
        m_warning->setTextFormat(Qt::PlainText);
        m_warning->setWordWrap(true);
        layout->addWidget(m_warning);
    }
    // Known only once the keychain has answered, after the first frame.
    m_damaged = new WrappedLabel(this);
    m_damaged->setObjectName(QStringLiteral("damagedItemWarning"));
    m_damaged->setTextFormat(Qt::PlainText);
    m_damaged->setWordWrap(true);
    m_damaged->setVisible(wizard->storedCredentialsDamaged());
    layout->addWidget(m_damaged);
    connect(wizard, &OnboardingWizard::storedCredentialsCheckFinished, this,
            [this] { m_damaged->setVisible(m_wizard->storedCredentialsDamaged()); });
    retranslateUi();
}

void WelcomePage::retranslateUi()
{
    setTitle(tr("Connect your Zoho to Optiply"));
    setSubTitle(tr("About ten minutes. You need the Zoho account your company uses for Zoho Inventory or "
                   "Zoho Books."));
    m_picture->setAccessibleName(tr("Illustration: Zoho and Optiply, connected"));
    //: %1 is where the credentials are kept, as the system names it, such as "in Windows Credential Manager"
    m_intro->setText(
        tr("Optiply reads your stock and orders from Zoho through a private key that you create in Zoho: a "
           "<b>Client ID</b> and a <b>Client Secret</b>. This assistant shows you each click in Zoho, gives you "
           "the exact values to paste, checks the key with Zoho, and keeps it safe %1.")
            .arg(KeychainName::where().toHtmlEscaped()));

    {
        // Only the texts change: the choice stays, and no choice is made by retranslating.
        const QSignalBlocker blocker(m_dataCenter);
        m_dataCenter->setItemText(0, DataCenters::anyChoiceLabel());
        const QList<DataCenter> &all = DataCenters::all();
        for (qsizetype i = 0; i < all.size(); ++i)
            m_dataCenter->setItemText(int(i) + 1, all.at(i).displayName());
    }
    m_dataCenter->setAccessibleName(tr("Zoho data center"));
    m_dataCenterLabel->setText(tr("&Where is your Zoho account?"));
    m_hint->setText(tr("Look at the address bar when you use Zoho: <b>zoho.eu</b> means Europe, "
                       "<b>zoho.com</b> means United States, <b>zoho.in</b> India, and so on."));

    {
        const QSignalBlocker blocker(m_language);
        m_language->setItemText(0, tr("System language"));
    }
    m_languageLabel->setText(tr("&Language:"));
    m_language->setAccessibleName(tr("Language of the assistant"));

    if (m_warning) {
        // The setting is anyone's to write: printable characters only.
        m_warning->setText(tr("The accounts-server setting was ignored: %1")
                               .arg(PrintableText::fromNetwork(m_wizard->configurationError(),
                                                               PrintableText::Unsafe::Blank, 0)));
    }
    //: %1 is where the credentials are kept, as the system names it, such as "in Windows Credential Manager"
    m_damaged->setText(tr("The entry for this assistant %1 is damaged or was not written by it, so it is not used. "
                          "Saving new credentials here replaces it.")
                           .arg(KeychainName::where()));
}

bool WelcomePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_language) {
        if (event->type() == QEvent::FocusOut && static_cast<QFocusEvent *>(event)->reason() != Qt::PopupFocusReason)
            applyLanguageChoice();
        if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
            // Enter takes the language shown; only when it is the one in use already does it mean Next.
            if (enter && m_language->currentData().toString() != m_appliedLanguage) {
                applyLanguageChoice();
                return true;
            }
        }
    } else if (event->type() == QEvent::Hide) {
        // The list closed: whatever it left chosen is taken, once the box has its new index.
        QTimer::singleShot(0, this, &WelcomePage::applyLanguageChoice);
    }
    return AssistantPage::eventFilter(watched, event);
}

void WelcomePage::applyLanguageChoice()
{
    const QString code = m_language->currentData().toString();
    if (code == m_appliedLanguage)
        return;
    m_appliedLanguage = code;
    LanguageSettings::choose(code);
}

QWidget *WelcomePage::arrivalFocus() const
{
    return m_dataCenter;
}
