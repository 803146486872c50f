#include "aboutdialog.h"

#include "qtbuttonwords.h"

#include "appversion.h"
#include "keychainname.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_icon(new QLabel(this))
    , m_name(new QLabel(this))
    , m_version(new QLabel(this))
    , m_purpose(new QLabel(this))
    , m_platform(new QLabel(this))
    , m_copyright(new QLabel(this))
    , m_copiedNote(new QLabel(this))
{
    setObjectName(QStringLiteral("AboutDialog"));

    m_icon->setPixmap(QIcon(QStringLiteral(":/icons/zoho-onboarding.svg")).pixmap(64, 64));
    m_name->setTextFormat(Qt::RichText);
    m_version->setObjectName(QStringLiteral("versionLabel"));
    // Support asks for it; selectable so it can be copied on its own.
    m_version->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_version->setFocusPolicy(Qt::StrongFocus);
    m_purpose->setObjectName(QStringLiteral("purposeLabel"));
    m_purpose->setWordWrap(true);
    m_platform->setObjectName(QStringLiteral("platformLabel"));
    m_platform->setWordWrap(true);
    m_copiedNote->setObjectName(QStringLiteral("copiedNote"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("copyDetailsButton"));
    m_close = buttons->button(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_close->setDefault(true);
    connect(m_copy, &QPushButton::clicked, this, &AboutDialog::copyDetails);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(m_name);
    text->addWidget(m_version);
    text->addWidget(m_purpose);
    text->addWidget(m_platform);
    text->addWidget(m_copyright);
    text->addWidget(m_copiedNote);
    auto *top = new QHBoxLayout;
    top->addWidget(m_icon, 0, Qt::AlignTop);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(440);
    retranslateUi();
    m_close->setFocus();
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslateUi()
{
    setWindowTitle(tr("About Connect Zoho to Optiply"));
    setAccessibleName(windowTitle());
    m_icon->setAccessibleName(tr("Optiply and Zoho icon"));
    m_name->setText(QStringLiteral("<b>%1</b>").arg(tr("Connect Zoho to Optiply").toHtmlEscaped()));
    //: %1 is a version number such as 0.1.0
    m_version->setText(tr("Version %1").arg(QStringLiteral(ZOHO_ONBOARDING_VERSION)));
    m_version->setAccessibleName(m_version->text());
    //: %1 is where the credentials are kept, as the system names it, such as "in Windows Credential Manager"
    m_purpose->setText(tr("Creates the Zoho API client Optiply needs, checks it with Zoho and keeps it %1.")
                           .arg(KeychainName::where()));
    //: %1 is the Qt version the program was built with, %2 the one it runs on, %3 the operating system
    m_platform->setText(tr("Built with Qt %1, running on Qt %2, on %3.")
                            .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()),
                                 QSysInfo::prettyProductName()));
    m_copyright->setText(tr("© Optiply B.V."));
    m_copy->setText(tr("&Copy Details"));
    m_copy->setAccessibleName(tr("Copy version details"));
    // Qt's own word for the standard button, asked again: the button box words it only once.
    m_close->setText(QtButtonWords::dialogButton(QDialogButtonBox::Close));
    m_close->setAccessibleName(tr("Close"));
    m_copiedNote->setText(m_copied ? tr("Copied. Paste it into your message to support.") : QString());
}

QString AboutDialog::details()
{
    // Not translated: support reads it, whatever the customer's language.
    return QStringLiteral("zoho-onboarding %1\nQt %2 (built with %3)\n%4 %5\n")
        .arg(QStringLiteral(ZOHO_ONBOARDING_VERSION), QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR),
             QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture());
}

void AboutDialog::copyDetails()
{
    QGuiApplication::clipboard()->setText(details());
    m_copied = true;
    retranslateUi();
}
