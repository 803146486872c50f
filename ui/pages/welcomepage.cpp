#include "welcomepage.h"

#include "../illustrationview.h"
#include "../onboardingwizard.h"

#include "datacenter.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

WelcomePage::WelcomePage(OnboardingWizard *wizard)
    : AssistantPage(wizard)
    , m_wizard(wizard)
    , m_dataCenter(new QComboBox(this))
{
    setObjectName(QStringLiteral("WelcomePage"));
    setTitle(tr("Connect your Zoho to Optiply"));
    setSubTitle(tr("About ten minutes. You need the Zoho account your company uses for Zoho Inventory or "
                   "Zoho Books."));

    auto *picture = new IllustrationView(QStringLiteral(":/illustrations/welcome.svg"), this);
    picture->setAccessibleName(tr("Illustration: Zoho and Optiply, connected"));

    auto *intro = new QLabel(
        tr("Optiply reads your stock and orders from Zoho through a private key that you create in Zoho: a "
           "<b>Client ID</b> and a <b>Client Secret</b>. This assistant shows you each click in Zoho, gives you "
           "the exact values to paste, checks the key with Zoho, and keeps it safe in this computer's "
           "keychain."),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);

    m_dataCenter->setObjectName(QStringLiteral("dataCenterBox"));
    m_dataCenter->addItem(tr("I don't know – find it for me"), QStringLiteral("auto"));
    for (const DataCenter &dc : DataCenters::all())
        m_dataCenter->addItem(dc.displayName(), dc.code);
    m_dataCenter->setAccessibleName(tr("Zoho data center"));
    m_dataCenter->setCurrentIndex(m_dataCenter->findData(wizard->dataCenterChoice()));
    connect(m_dataCenter, &QComboBox::currentIndexChanged, this,
            [this] { m_wizard->setDataCenterChoice(m_dataCenter->currentData().toString()); });
    // Chosen again later (on the check's page): the same choice here.
    connect(wizard, &OnboardingWizard::dataCenterChoiceChanged, this, [this](const QString &choice) {
        const QSignalBlocker blocker(m_dataCenter);
        m_dataCenter->setCurrentIndex(m_dataCenter->findData(choice));
    });

    auto *label = new QLabel(tr("&Where is your Zoho account?"), this);
    label->setBuddy(m_dataCenter);
    auto *hint = new QLabel(tr("Look at the address bar when you use Zoho: <b>zoho.eu</b> means Europe, "
                               "<b>zoho.com</b> means United States, <b>zoho.in</b> India, and so on."),
                            this);
    hint->setWordWrap(true);
    hint->setTextFormat(Qt::RichText);

    auto *form = new QFormLayout;
    form->addRow(label, m_dataCenter);

    auto *layout = contentLayout();
    layout->addWidget(picture, 1);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(hint);

    if (!wizard->configurationError().isEmpty()) {
        auto *warning = new QLabel(tr("The accounts-server setting was ignored: %1")
                                       .arg(wizard->configurationError().toHtmlEscaped()),
                                   this);
        warning->setObjectName(QStringLiteral("configurationWarning"));
        warning->setWordWrap(true);
        layout->addWidget(warning);
    }
}

QWidget *WelcomePage::arrivalFocus() const
{
    return m_dataCenter;
}
