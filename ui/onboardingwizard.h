#pragma once

#include "accountsservermap.h"
#include "credentials.h"

#include <QWizard>

#include <functional>

class SecretClipboard;
class ZohoDoor;

// The assistant's window: the guide's five steps in Zoho's console, then the pasted credentials,
// the check with Zoho and the keychain. A thin skin over the core library.
class OnboardingWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        WelcomePageId,
        OpenConsolePageId,
        AddClientPageId,
        FillDetailsPageId,
        CreateClientPageId,
        CopyCredentialsPageId,
        CredentialsPageId,
        VerifyPageId,
        DonePageId,
        StatusPageId, // credentials already stored: their status, for a returning customer
    };
    Q_ENUM(PageId)

    explicit OnboardingWizard(QWidget *parent = nullptr);
    ~OnboardingWizard() override;

    ZohoDoor *network() const { return m_network; }
    // The keychain service the credentials are kept under; tests use their own.
    QString keychainService() const { return m_keychainService; }
    void setKeychainService(const QString &service) { m_keychainService = service; }
    const AccountsServerMap &accountsServers() const { return m_servers; }
    // Empty when the environment's overrides were fine.
    QString configurationError() const { return m_configurationError; }

    // "auto" or a data-center code, as chosen on the welcome page or found by the check.
    QString dataCenterChoice() const;
    void setDataCenterChoice(const QString &choice);

    // The credentials as cleaned on the credentials page.
    Credentials credentials() const { return m_credentials; }
    void setCredentials(const Credentials &credentials);

    // Opens a web address in the system browser; false when none could be opened. Tests put a
    // browser of their own here.
    using UrlOpener = std::function<bool(const QUrl &)>;
    void setUrlOpener(UrlOpener opener) { m_urlOpener = std::move(opener); }
    bool openUrl(const QUrl &url) const { return m_urlOpener(url); }

    // The e-mail address a completed sign-in named: data, empty when unknown.
    QString verifiedAccount() const { return m_verifiedAccount; }
    void setVerifiedAccount(const QString &account) { m_verifiedAccount = account; }
    // Whether a sign-in proved the credentials (also when Zoho named no account).
    bool signedIn() const { return m_signedIn; }
    void setSignedIn(bool signedIn) { m_signedIn = signedIn; }
    QString verificationNote() const { return m_verificationNote; }
    void setVerificationNote(const QString &note) { m_verificationNote = note; }

    // True once the keychain holds exactly the credentials on screen.
    bool credentialsStored() const { return m_stored; }
    void setCredentialsStored(bool stored) { m_stored = stored; }

    // The one clipboard for secrets: a copy outlives the page it was made on, and Finish.
    SecretClipboard *secretClipboard() const { return m_clipboard; }

    // Credentials found in the keychain when the assistant opened; empty when none (yet).
    Credentials storedCredentials() const { return m_storedCredentials; }
    void setStoredCredentials(const Credentials &credentials) { m_storedCredentials = credentials; }
    bool storedCredentialsChecked() const { return m_storedChecked; }
    // The keychain held an item of this program that is not credentials as it writes them
    // (Credentials::isWellFormed): not used, and replaced by the next save.
    bool storedCredentialsDamaged() const { return m_storedDamaged; }

    // A wizard button's text as a sentence names it ("Next", not "&Next >"), in the language applied:
    // every text that names one of Qt's buttons takes its words from here.
    QString buttonLabel(QWizard::WizardButton which) const;

    // Gives `widget` the keyboard focus, visibly, and scrolls it into view.
    void moveFocusTo(QWidget *widget);
    // Says `text` to a screen reader, as coming from `widget` (ScreenReaderAnnouncer): move the focus
    // after it, for readers that speak the focus (NVDA, Narrator).
    static void announce(QWidget *widget, const QString &text);

    // Sizes and places the window inside the available area of its screen.
    void fitToScreen();
    // True after Finish while a copied secret waits for its time on the clipboard.
    bool isLingering() const { return m_lingering; }

    // Starts over on another page: the status page, or the welcome page after Replace or Forget.
    void startOver(PageId startPage);

    // The welcome page is built with the window; the others right after its first frame, or
    // earlier when something needs them (Next, startOver()). Code that wants page(id) of a window
    // not shown yet calls this first.
    void ensureAllPages();
    int nextId() const override;
    bool validateCurrentPage() override;

    void done(int result) override;

signals:
    void dataCenterChoiceChanged(const QString &choice);
    // The keychain was read once at start; `found` when it held credentials.
    void storedCredentialsCheckFinished(bool found);
    // The first frame is on screen: what the window can do without until then may come now.
    void firstFrameShown();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // Gives the header's title and subtitle the height their wrapped text needs (see the .cpp).
    void fitHeaderText();
    // The window's title and the wizard's own buttons, in the language now applied.
    void retranslateUi();
    bool confirmLeavingWithUnsavedSecret();
    void onPageChanged(int id);
    void checkStoredCredentials();

    ZohoDoor *m_network;
    QString m_keychainService;
    AccountsServerMap m_servers;
    QString m_configurationError;
    QString m_dataCenterChoice = QStringLiteral("auto");
    Credentials m_credentials;
    bool m_stored = false;
    QString m_verifiedAccount;
    bool m_signedIn = false;
    QString m_verificationNote;
    UrlOpener m_urlOpener;
    SecretClipboard *m_clipboard;
    Credentials m_storedCredentials;
    bool m_storedCheckStarted = false;
    bool m_allPages = false;
    bool m_storedChecked = false;
    bool m_storedDamaged = false;
    bool m_fitted = false;
    bool m_lingering = false;
};
