#pragma once

#include "probereport.h"
#include "secretstore.h"
#include "zohosignin.h"

#include <QPointer>

#include <chrono>
#include <functional>
#include <QStyle>
#include "assistantpage.h"

class ClientProber;
class CopyField;
class QComboBox;
class QTimer;
class OnboardingWizard;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class SupportReportWidget;

// Proves the pasted credentials and keeps them: first asks Zoho's token endpoint whether it knows
// the client (and where), then signs in once through the browser, then stores the credentials in
// the keychain and reads them back. Going Back cancels whatever is under way.
class VerifyPage : public AssistantPage
{
    Q_OBJECT

public:
    enum class State { Idle, Checking, CheckFailed, SigningIn, SignInFailed, Storing, StoreFailed, Stored };
    Q_ENUM(State)

    explicit VerifyPage(OnboardingWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    // Before the window closes: sign-ins that already hold tokens finish revoking them.
    void settle();

    // The one action that fixes what the check found, offered beside Check Again.
    enum class Fix { None, PasteSecretAgain, PasteClientIdAgain, ChooseDataCenter, AddRedirectAddress, WaitAndRetry };
    Q_ENUM(Fix)

    QWidget *arrivalFocus() const override;

    // How long "wait and check again" waits: Zoho's throttling window (10 requests per 10 minutes),
    // the ten minutes the advice tells the customer.
    static constexpr int waitSeconds = 10 * 60;
    // Tests only: how long one second of that countdown lasts, so a test need not wait ten minutes.
    void setCountdownSecondForTesting(std::chrono::milliseconds second);

    State state() const { return m_state; }
    Fix fix() const { return m_fix; }
    QPushButton *fixButton() const { return m_fixButton; }
    QWidget *dataCenterChooser() const { return m_dataCenterBox; }
    QComboBox *dataCenterCombo() const { return m_dataCenterCombo; }
    QPushButton *checkThereButton() const { return m_checkThere; }
    QWidget *redirectHelp() const { return m_redirectBox; }
    CopyField *redirectField() const { return m_redirectField; }
    QLabel *detailsLabel() const { return m_details; }
    QLabel *headlineLabel() const { return m_headline; }
    QLabel *adviceLabel() const { return m_advice; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *skipSignInButton() const { return m_skipSignIn; }
    QLineEdit *pastedAddressEdit() const { return m_pastedAddress; }
    QPushButton *submitAddressButton() const { return m_submitAddress; }
    QWidget *pasteBox() const { return m_pasteBox; }
    SupportReportWidget *supportReport() const { return m_support; }

signals:
    void stateChanged(VerifyPage::State state);

protected:
    void retranslateUi() override;

private:
    // Sets a text now and again on every language change.
    void keepTranslated(std::function<void()> setText);
    // Shows a result now and words it again on every language change, from the state it came from.
    void render(std::function<void()> showResultNow);
    void updateFixText();
    void startCheck();
    void onProbeFinished(const ProbeReport &report);
    void startSignIn();
    void onAuthorizationUrl(const QUrl &url);
    void onSignInFinished(const ZohoSignIn::Result &result);
    void submitPastedAddress();
    void startStore();
    bool confirmReplace(const Credentials &existing);
    void onStored(const Credentials &credentials);
    void onStoreFailed(const SecretStore::Error &error);
    void retry();
    void setState(State state);
    void showResult(QStyle::StandardPixmap icon, const QString &headline, const QString &advice,
                    const QString &details = QString());
    QString dataCenterName(const QString &code) const;
    // After a failure: which fix fits, offered and focused; after a success: Next, focused.
    void offerFix(Fix fix);
    void applyFix();
    void tickWait();
    QString countdownText(int seconds) const;
    void announceResult();

    OnboardingWizard *m_wizard;
    QPointer<ClientProber> m_prober;
    QPointer<ZohoSignIn> m_signIn;
    QPointer<SecretStore> m_store;
    State m_state = State::Idle;
    ProbeReport m_report;
    QUrl m_signInUrl;
    Fix m_fix = Fix::None;
    QWidget *m_resultBox;
    QLabel *m_icon;
    QLabel *m_headline;
    QLabel *m_advice;
    QLabel *m_details;
    QProgressBar *m_busy;
    QPushButton *m_retry;
    QPushButton *m_skipSignIn;
    QWidget *m_signInBox;
    QPushButton *m_openSignIn;
    QWidget *m_pasteBox;
    QLineEdit *m_pastedAddress;
    QPushButton *m_submitAddress;
    QLabel *m_pasteError;
    ZohoSignIn::AddressProblem m_pasteProblem = ZohoSignIn::AddressProblem::None;
    QWidget *m_secretBox;
    QLineEdit *m_secretOnScreen;
    QPushButton *m_fixButton;
    QWidget *m_dataCenterBox;
    QComboBox *m_dataCenterCombo;
    QPushButton *m_checkThere;
    QWidget *m_redirectBox;
    CopyField *m_redirectField;
    QPushButton *m_openConsole;
    QLabel *m_detailsHeading;
    QTimer *m_waitTimer;
    int m_waitLeft = 0;
    SupportReportWidget *m_support;
    QList<std::function<void()>> m_translatedTexts;
    std::function<void()> m_renderResult;
};
