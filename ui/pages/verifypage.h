#pragma once

#include "verificationflow.h"

#include <functional>
#include <QStyle>
#include "assistantpage.h"

class CopyField;
class IllustrationView;
class QComboBox;
class OnboardingWizard;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class SupportDetailsView;
class SupportReportWidget;

// The check page: a view of the VerificationFlow that proves the pasted credentials and keeps them
// (Zoho's token endpoint, one sign-in through the browser, the keychain). It shows where the flow
// stands, offers the fix it names, and asks what only the person can decide. Going Back cancels
// whatever is under way.
class VerifyPage : public AssistantPage
{
    Q_OBJECT

public:
    using State = VerificationFlow::State;

    explicit VerifyPage(OnboardingWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    // Before the window closes: sign-ins that already hold tokens finish revoking them.
    void settle();

    // The one action that fixes what the check found, offered beside Check Again.
    using Fix = VerificationFlow::Fix;

    QWidget *arrivalFocus() const override;

    // How long "wait and check again" waits: Zoho's throttling window, as the advice tells it.
    static constexpr int waitSeconds = VerificationFlow::waitSeconds;
    // Tests only: how long one second of that countdown lasts, so a test need not wait ten minutes.
    void setCountdownSecondForTesting(std::chrono::milliseconds second);

    State state() const { return m_flow->state(); }
    Fix fix() const { return m_fix; }
    VerificationFlow *flow() const { return m_flow; }
    QPushButton *fixButton() const { return m_fixButton; }
    QWidget *dataCenterChooser() const { return m_dataCenterBox; }
    QComboBox *dataCenterCombo() const { return m_dataCenterCombo; }
    QPushButton *checkThereButton() const { return m_checkThere; }
    QWidget *redirectHelp() const { return m_redirectBox; }
    CopyField *redirectField() const { return m_redirectField; }
    QLabel *detailsLabel() const;
    QLabel *redirectInstructions() const { return m_redirectText; }
    QLabel *pasteLabel() const { return m_pasteLabel; }
    QLabel *headlineLabel() const { return m_headline; }
    QLabel *adviceLabel() const { return m_advice; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *skipSignInButton() const { return m_skipSignIn; }
    QLineEdit *pastedAddressEdit() const { return m_pastedAddress; }
    QPushButton *submitAddressButton() const { return m_submitAddress; }
    QWidget *pasteBox() const { return m_pasteBox; }
    SupportReportWidget *supportReport() const { return m_support; }

signals:
    void stateChanged(VerificationFlow::State state);

protected:
    void retranslateUi() override;

private:
    // Sets a text now and again on every language change.
    void keepTranslated(std::function<void()> setText);
    void updateFixText();
    // The missing address's instructions, naming the button that checks again as it reads now.
    void updateRedirectHelp();
    // The paste box's words: the port is taken, or crowded by another program.
    void updatePasteLabel();
    // Shows the box to paste the browser's address into, with the focus in it.
    void offerAddressPaste();
    void startCheck();
    void onFlowState(State state);
    // The title, the buttons and the boxes that follow the state.
    void applyState(State state);
    // The result as the flow words it, in the language now in use.
    void showFlowResult();
    void openBrowser(const QUrl &url);
    void submitPastedAddress();
    void onReplaceDecisionNeeded(const Credentials &existing);
    void showResult(QStyle::StandardPixmap icon, const QString &headline, const QString &advice,
                    const QString &details = QString());
    // After a failure: which fix fits, offered and focused; after a success: Next, focused.
    void offerFix(Fix fix);
    void applyFix();
    void onCountdown(int secondsLeft);
    QString countdownText(int seconds) const;
    void announceResult();

    OnboardingWizard *m_wizard;
    VerificationFlow *m_flow;
    Fix m_fix = Fix::None;
    bool m_browserFailed = false;
    QWidget *m_resultBox;
    QLabel *m_icon;
    QLabel *m_headline;
    QLabel *m_advice;
    SupportDetailsView *m_details;
    QProgressBar *m_busy;
    QPushButton *m_retry;
    QPushButton *m_skipSignIn;
    QWidget *m_signInBox;
    QPushButton *m_openSignIn;
    QWidget *m_pasteBox;
    QLabel *m_pasteLabel;
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
    QLabel *m_redirectText;
    IllustrationView *m_redirectPicture;
    QPushButton *m_openConsole;
    SupportReportWidget *m_support;
    QList<std::function<void()>> m_translatedTexts;
};
