#include "donepage.h"

#include "../copyfield.h"
#include "../onboardingwizard.h"
#include "../secretclipboard.h"

#include "datacenter.h"
#include "onboardingguide.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

DonePage::DonePage(OnboardingWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_summary(new QLabel(this))
    , m_clientId(new CopyField(tr("Client ID"), QString(), this))
    , m_secretRow(new QWidget(this))
    , m_fingerprint(new QLabel(m_secretRow))
{
    setObjectName(QStringLiteral("DonePage"));
    setTitle(tr("Done: your Zoho client is ready"));
    setFinalPage(true);

    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);

    auto *next = new QLabel(
        tr("<b>Last step, in Optiply:</b> open <b>%1</b>, and paste the Client ID and the Client Secret there. "
           "You can close Zoho's page afterwards.")
            .arg(OnboardingGuide::optiplyDestination().toHtmlEscaped()),
        this);
    next->setObjectName(QStringLiteral("nextSteps"));
    next->setWordWrap(true);
    next->setTextFormat(Qt::RichText);

    m_clientId->setObjectName(QStringLiteral("doneClientId"));
    auto *copySecret = new QPushButton(tr("Copy &Secret"), m_secretRow);
    copySecret->setObjectName(QStringLiteral("copySecretButton"));
    copySecret->setAccessibleName(tr("Copy the Client Secret"));
    copySecret->setAutoDefault(false);
    auto *secretClipboard = new SecretClipboard(this);
    connect(copySecret, &QPushButton::clicked, this, [this, secretClipboard] {
        secretClipboard->copySecret(m_wizard->credentials().clientSecret);
    });
    //: %1 is a number of seconds (60)
    auto *clipboardNote = new QLabel(tr("The copied secret is removed from the clipboard after %1 seconds, or when "
                                        "you close this assistant.")
                                         .arg(SecretClipboard::defaultClearAfter.count()),
                                     this);
    clipboardNote->setObjectName(QStringLiteral("clipboardNote"));
    clipboardNote->setWordWrap(true);
    auto *secretLayout = new QHBoxLayout(m_secretRow);
    secretLayout->setContentsMargins(0, 0, 0, 0);
    secretLayout->addWidget(m_fingerprint, 1);
    secretLayout->addWidget(copySecret);

    auto *idLabel = new QLabel(tr("Client &ID:"), this);
    idLabel->setBuddy(m_clientId->lineEdit());
    auto *form = new QFormLayout;
    form->addRow(idLabel, m_clientId);
    form->addRow(tr("Client Secret:"), m_secretRow);
    form->addRow(QString(), clipboardNote);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(next);
    layout->addLayout(form);
    layout->addStretch();
}

void DonePage::initializePage()
{
    const Credentials credentials = m_wizard->credentials();
    const DataCenter dc = DataCenters::find(credentials.dataCenter);
    const QString account = m_wizard->verifiedAccount();
    if (account.isEmpty()) {
        m_summary->setText(tr("Zoho recognises your client in its <b>%1</b> data center, and the credentials are "
                              "saved in this computer's keychain.")
                               .arg(dc.displayName().toHtmlEscaped()));
    } else {
        m_summary->setText(tr("<b>Verified — connected as %1.</b> Your client is in Zoho's %2 data center, and the "
                              "credentials are saved in this computer's keychain.")
                               .arg(account.toHtmlEscaped(), dc.displayName().toHtmlEscaped()));
    }
    m_clientId->setValue(credentials.clientId);
    //: %1 is a fingerprint such as "…a1b2 · 3f9c2e"
    m_fingerprint->setText(tr("hidden (fingerprint %1)").arg(Credentials::secretFingerprint(credentials.clientSecret)));
}
