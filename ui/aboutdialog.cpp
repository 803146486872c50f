#include "aboutdialog.h"

#include "appversion.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_copiedNote(new QLabel(this))
{
    setObjectName(QStringLiteral("AboutDialog"));
    setWindowTitle(tr("About Connect Zoho to Optiply"));
    setAccessibleName(windowTitle());

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/zoho-onboarding.svg")).pixmap(64, 64));
    icon->setAccessibleName(tr("Optiply and Zoho icon"));

    auto *name = new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Connect Zoho to Optiply").toHtmlEscaped()), this);
    name->setTextFormat(Qt::RichText);

    //: %1 is a version number such as 0.1.0
    auto *version = new QLabel(tr("Version %1").arg(QStringLiteral(ZOHO_ONBOARDING_VERSION)), this);
    version->setObjectName(QStringLiteral("versionLabel"));
    // Support asks for it; selectable so it can be copied on its own.
    version->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    version->setFocusPolicy(Qt::StrongFocus);
    version->setAccessibleName(version->text());

    auto *purpose = new QLabel(tr("Creates the Zoho API client Optiply needs, checks it with Zoho and keeps it in "
                                  "this computer's keychain."),
                               this);
    purpose->setWordWrap(true);

    //: %1 is the Qt version the program was built with, %2 the one it runs on, %3 the operating system
    auto *platform = new QLabel(tr("Built with Qt %1, running on Qt %2, on %3.")
                                    .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()),
                                         QSysInfo::prettyProductName()),
                                this);
    platform->setObjectName(QStringLiteral("platformLabel"));
    platform->setWordWrap(true);

    auto *copyright = new QLabel(tr("© Optiply B.V."), this);

    m_copiedNote->setObjectName(QStringLiteral("copiedNote"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy Details"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyDetailsButton"));
    copy->setAccessibleName(tr("Copy version details"));
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setAccessibleName(tr("Close"));
    close->setDefault(true);
    connect(copy, &QPushButton::clicked, this, &AboutDialog::copyDetails);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(name);
    text->addWidget(version);
    text->addWidget(purpose);
    text->addWidget(platform);
    text->addWidget(copyright);
    text->addWidget(m_copiedNote);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(440);
    close->setFocus();
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
    m_copiedNote->setText(tr("Copied. Paste it into your message to support."));
}
