#include "onboardingwizard.h"

#include "aboutdialog.h"
#include "accessiblesecretguard.h"
#include "focusring.h"
#include "pages/assistantpage.h"
#include "pages/credentialspage.h"
#include "pages/donepage.h"
#include "pages/guidesteppage.h"
#include "pages/statuspage.h"
#include "pages/verifypage.h"
#include "pages/welcomepage.h"
#include "qtbuttonwords.h"
#include "screenreaderannouncer.h"
#include "secretclipboard.h"
#include "secretselectionguard.h"

#include "onboardingguide.h"
#include "secretstore.h"
#include "zohodoor.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDesktopServices>
#include <QKeyEvent>
#include <QLabel>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QTimer>

Q_LOGGING_CATEGORY(lcWizard, "zoho.ui.wizard", QtWarningMsg)

namespace {
// The size the pages are drawn for; smaller screens get less, and the pages scroll.
constexpr QSize preferredSize(760, 680);
// Room left for the window's frame and title bar, which the window system adds around the window.
constexpr int frameAllowance = 40;
} // namespace

OnboardingWizard::OnboardingWizard(QWidget *parent)
    : QWizard(parent)
    , m_network(new ZohoDoor(this))
    , m_keychainService(SecretStore::defaultService())
    , m_urlOpener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
    , m_clipboard(new SecretClipboard(this))
{
    // Before any field exists: no secret may reach a screen reader, not even the first keystroke.
    AccessibleSecretGuard::install();
    // Nor to the X selection, when the secret is shown and selected.
    SecretSelectionGuard::install();
    // Where Enter goes must not look like Next when it is another button.
    FocusRing::install();

    setObjectName(QStringLiteral("OnboardingWizard"));
    // The same look on every platform keeps support's screenshots and the customer's screen alike.
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    // The About box, on every page: the version a customer tells support.
    setOption(QWizard::HaveHelpButton);
    connect(this, &QWizard::helpRequested, this, [this] { AboutDialog(this).exec(); });

    if (!m_servers.loadEnvironment(&m_configurationError))
        m_servers = AccountsServerMap();

    // Only the page of the first frame now; the others once that frame is on screen (see ensureAllPages()).
    setPage(WelcomePageId, new WelcomePage(this));
    setStartId(WelcomePageId);

    retranslateUi();

    connect(this, &QWizard::currentIdChanged, this, &OnboardingWizard::onPageChanged);
    // Each page has a title and subtitle of its own: the header's height follows them.
    connect(this, &QWizard::currentIdChanged, this, [this] { QTimer::singleShot(0, this, &OnboardingWizard::fitHeaderText); });
    resize(preferredSize);
}

OnboardingWizard::~OnboardingWizard()
{
    // Going away for good: a copied secret is taken off now (by the clipboard object's end), and
    // nothing is left waiting for it.
    m_clipboard->disconnect(this);
    if (m_lingering)
        QGuiApplication::setQuitOnLastWindowClosed(true);
}

void OnboardingWizard::ensureAllPages()
{
    if (m_allPages)
        return;
    m_allPages = true;
    // Built in id order, as before the first frame: the keyboard's focus chain and QWizard's page
    // order are the same as if they had been there from the start.
    const QList<OnboardingGuide::Step> steps = OnboardingGuide::steps();
    const PageId stepIds[] = {OpenConsolePageId, AddClientPageId, FillDetailsPageId, CreateClientPageId,
                              CopyCredentialsPageId};
    for (qsizetype i = 0; i < steps.size() && i < qsizetype(std::size(stepIds)); ++i)
        setPage(stepIds[i], new GuideStepPage(this, steps.at(i), int(steps.size())));
    setPage(CredentialsPageId, new CredentialsPage(this));
    setPage(VerifyPageId, new VerifyPage(this));
    setPage(DonePageId, new DonePage(this));
    setPage(StatusPageId, new StatusPage(this));
}

int OnboardingWizard::nextId() const
{
    // Before the later pages exist the welcome page still leads to the guide's first step, so the
    // first frame shows Next, not Finish; Next itself builds the pages (validateCurrentPage()).
    if (!m_allPages && currentId() == WelcomePageId)
        return OpenConsolePageId;
    return QWizard::nextId();
}

bool OnboardingWizard::validateCurrentPage()
{
    // Next (a click, Enter, or a page's own next()) never finds its page missing.
    ensureAllPages();
    return QWizard::validateCurrentPage();
}

QString OnboardingWizard::dataCenterChoice() const
{
    return m_dataCenterChoice;
}

void OnboardingWizard::setDataCenterChoice(const QString &choice)
{
    if (choice == m_dataCenterChoice)
        return;
    m_dataCenterChoice = choice;
    emit dataCenterChoiceChanged(choice);
}

void OnboardingWizard::setCredentials(const Credentials &credentials)
{
    if (credentials.clientId != m_credentials.clientId || credentials.clientSecret != m_credentials.clientSecret) {
        m_stored = false;
        m_signedIn = false;
        m_verifiedAccount.clear();
        m_verificationNote.clear();
    }
    m_credentials = credentials;
}

QString OnboardingWizard::buttonLabel(QWizard::WizardButton which) const
{
    return OnboardingGuide::plainLabel(buttonText(which));
}

void OnboardingWizard::moveFocusTo(QWidget *widget)
{
    if (!widget || !widget->isEnabled())
        return;
    // Shown as keyboard focus (a focus ring), whatever moved it: the customer must see where Enter goes.
    setAttribute(Qt::WA_KeyboardFocusChange);
    widget->setFocus(Qt::TabFocusReason);
    for (QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (auto *page = qobject_cast<AssistantPage *>(parent)) {
            page->ensureVisible(widget);
            break;
        }
    }
}

void OnboardingWizard::announce(QWidget *widget, const QString &text)
{
    ScreenReaderAnnouncer::announce(widget, text);
}

void OnboardingWizard::onPageChanged(int id)
{
    auto *page = qobject_cast<AssistantPage *>(this->page(id));
    if (!page)
        return;
    page->setAccessibleName(page->title());
    announce(page, page->announcement());
    // Already there (AssistantPage moves it as the page appears); this shows the ring and scrolls.
    moveFocusTo(page->arrivalTarget());
}

void OnboardingWizard::keyPressEvent(QKeyEvent *event)
{
    // Enter presses the button that has the focus, as it looks like it should; only elsewhere
    // (a field, a list) does it mean the page's default, Next or Finish. QDialog would press the
    // default button whatever has the focus.
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    const bool plain = event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::KeypadModifier;
    if (enter && plain) {
        if (auto *focused = qobject_cast<QAbstractButton *>(focusWidget());
            focused && focused->isVisible() && focused->isEnabled() && focused->window() == this) {
            focused->click();
            event->accept();
            return;
        }
    }
    QWizard::keyPressEvent(event);
}

void OnboardingWizard::fitToScreen()
{
    const QScreen *screen = this->screen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    const QSize room(available.width() - frameAllowance / 2, available.height() - frameAllowance);
    const QSize size = preferredSize.expandedTo(minimumSizeHint()).boundedTo(room).boundedTo(maximumSize());
    // Never larger than the screen, even when the pages would like more: they scroll.
    setMinimumSize(minimumSize().boundedTo(room));
    resize(size);
    QRect frame(QPoint(0, 0), size + QSize(frameAllowance / 2, frameAllowance));
    frame.moveCenter(available.center());
    move(frame.topLeft().x() + frameAllowance / 4, frame.topLeft().y() + frameAllowance * 3 / 4);
    qCInfo(lcWizard) << "fitted" << geometry() << "into" << available;
}

void OnboardingWizard::showEvent(QShowEvent *event)
{
    if (!m_fitted) {
        m_fitted = true;
        fitToScreen();
    }
    QWizard::showEvent(event);
    // The focus ring shows from the first frame, not only after the first Tab.
    setAttribute(Qt::WA_KeyboardFocusChange);
}

bool OnboardingWizard::event(QEvent *event)
{
    // The keychain is read after the first frame is on screen: opening it can take a while
    // (a D-Bus service starting, a password prompt) and the window must not wait for it.
    // The pages the first frame does not show are built right after it, for the same reason.
    if (event->type() == QEvent::Paint && !m_storedCheckStarted) {
        m_storedCheckStarted = true;
        QTimer::singleShot(0, this, &OnboardingWizard::ensureAllPages);
        QTimer::singleShot(0, this, &OnboardingWizard::checkStoredCredentials);
        QTimer::singleShot(0, this, &OnboardingWizard::firstFrameShown);
    }
    return QWizard::event(event);
}

void OnboardingWizard::resizeEvent(QResizeEvent *event)
{
    QWizard::resizeEvent(event);
    QTimer::singleShot(0, this, &OnboardingWizard::fitHeaderText);
}

void OnboardingWizard::fitHeaderText()
{
    // QWizard (6.4) sizes its header once and never for a longer subtitle: a language that words it
    // longer, or a large scale, would cut its last line off. The labels ask for what they need.
    // The header's labels are the wizard's own: the ones in no page.
    for (QLabel *label : findChildren<QLabel *>()) {
        bool inPage = false;
        for (QWidget *parent = label->parentWidget(); parent && parent != this; parent = parent->parentWidget())
            inPage = inPage || qobject_cast<QWizardPage *>(parent);
        if (!inPage && label->wordWrap() && label->width() > 0)
            label->setMinimumHeight(label->text().isEmpty() ? 0 : label->heightForWidth(label->width()));
    }
}

void OnboardingWizard::changeEvent(QEvent *event)
{
    // QWizard puts its own button texts (from Qt's translations) back on a language change; the
    // names below are derived from them, so they come after.
    QWizard::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        QTimer::singleShot(0, this, &OnboardingWizard::fitHeaderText);
    }
}

void OnboardingWizard::retranslateUi()
{
    setWindowTitle(tr("Connect Zoho to Optiply"));
    setAccessibleName(windowTitle());
    // The name window lists and the task bar show next to the title.
    QGuiApplication::setApplicationDisplayName(windowTitle());
    setButtonText(QWizard::HelpButton, tr("&About"));
    // The ignored setting's reason, worded again in this language (before the pages, which show it).
    if (!m_configurationError.isEmpty())
        AccountsServerMap().loadEnvironment(&m_configurationError);
    // Qt's own buttons, asked of the translators again: QWizard (Qt 6.4) words them only once. Qt's
    // translation words them, or ours where Qt has none for the language (QtButtonWords).
    for (QWizard::WizardButton which : {QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton,
                                        QWizard::FinishButton, QWizard::CancelButton})
        setButtonText(which, QtButtonWords::wizardButton(which));
    // The wizard's own buttons, named for screen readers without the arrows ("< Back").
    for (QWizard::WizardButton which : {QWizard::HelpButton, QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton,
                                        QWizard::FinishButton, QWizard::CancelButton}) {
        if (QAbstractButton *b = button(which))
            b->setAccessibleName(OnboardingGuide::plainLabel(b->text()));
    }
}

void OnboardingWizard::checkStoredCredentials()
{
    auto *store = new SecretStore(this);
    store->setService(m_keychainService);
    connect(store, &SecretStore::loaded, this, [this, store](const Credentials &credentials) {
        store->deleteLater();
        m_storedCredentials = credentials;
        m_storedChecked = true;
        // Only when the customer has not started yet: never pull a page from under them.
        if (currentId() == WelcomePageId && visitedIds().size() <= 1)
            startOver(StatusPageId);
        emit storedCredentialsCheckFinished(true);
    });
    connect(store, &SecretStore::failed, this, [this, store](const SecretStore::Error &error) {
        store->deleteLater();
        m_storedChecked = true;
        m_storedDamaged = error.kind == SecretStore::ErrorKind::Corrupt;
        emit storedCredentialsCheckFinished(false);
    });
    store->load();
}

void OnboardingWizard::startOver(PageId startPage)
{
    ensureAllPages();
    setStartId(startPage);
    restart();
}

void OnboardingWizard::done(int result)
{
    // Window button, Esc and Cancel all end here: the secret Zoho showed once must not vanish.
    if (result == QDialog::Rejected && !confirmLeavingWithUnsavedSecret())
        return;
    if (auto *verify = qobject_cast<VerifyPage *>(page(VerifyPageId)))
        verify->settle();
    // A secret copied for Optiply stays on the clipboard for its time: the program stays in the
    // background until then, or the customer would find the clipboard empty when pasting. Decided
    // before the window goes, or closing the last window would quit at once.
    if (m_clipboard->isClearPending() && !m_lingering) {
        m_lingering = true;
        qCInfo(lcWizard) << "staying in the background until the copied secret's time is over";
        QGuiApplication::setQuitOnLastWindowClosed(false);
        connect(m_clipboard, &SecretClipboard::pendingEnded, this, [this] {
            if (!m_lingering)
                return;
            m_lingering = false;
            QGuiApplication::setQuitOnLastWindowClosed(true);
            if (!isVisible())
                QCoreApplication::quit();
        });
    }
    QWizard::done(result);
}

bool OnboardingWizard::confirmLeavingWithUnsavedSecret()
{
    const auto *credentialsPage = qobject_cast<CredentialsPage *>(page(CredentialsPageId));
    const bool secretOnScreen = credentialsPage && credentialsPage->hasSecret();
    if (!secretOnScreen || m_stored)
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Close without saving the secret?"),
                    tr("Close without saving the Client Secret?"), QMessageBox::NoButton, this);
    box.setInformativeText(tr("The Client Secret you pasted is not saved yet, and Zoho shows it only once. If you "
                              "close now, you may have to make a new secret in Zoho's API Console."));
    box.setObjectName(QStringLiteral("confirmCloseBox"));
    QPushButton *stay = box.addButton(tr("&Keep Working"), QMessageBox::RejectRole);
    box.addButton(tr("&Close Anyway"), QMessageBox::DestructiveRole);
    box.setDefaultButton(stay);
    box.exec();
    return box.clickedButton() != static_cast<QAbstractButton *>(stay);
}
