#pragma once

#include "assistantpage.h"
#include "secretstore.h"

class OnboardingWizard;
class QLabel;
class QPushButton;

// For a returning customer: the credentials this computer keeps (masked), where they belong and
// when and as whom they were verified, with what can be done with them.
class StatusPage : public AssistantPage
{
    Q_OBJECT

public:
    explicit StatusPage(OnboardingWizard *wizard);

    void initializePage() override;
    int nextId() const override;
    QWidget *arrivalFocus() const override;

    QLabel *detailsLabel() const { return m_details; }
    QPushButton *verifyAgainButton() const { return m_verifyAgain; }
    QPushButton *copyClientIdButton() const { return m_copyClientId; }
    QPushButton *copySecretButton() const { return m_copySecret; }
    QPushButton *replaceButton() const { return m_replace; }
    QPushButton *forgetButton() const { return m_forget; }

protected:
    void retranslateUi() override;

private:
    // What the message line says, kept so a language change can say it again.
    enum class Message { None, ClientIdCopied, SecretCopied, Failed };
    void renderDetails();
    void showMessage(Message message);
    void goTo(int pageId);
    void copyClientId();
    void copySecret();
    void forget();

    OnboardingWizard *m_wizard;
    QLabel *m_details;
    QPushButton *m_copyClientId;
    QPushButton *m_copySecret;
    QPushButton *m_verifyAgain;
    QPushButton *m_replace;
    QPushButton *m_forget;
    QLabel *m_message;
    QLabel *m_copyLabel;
    QLabel *m_otherLabel;
    Message m_messageShown = Message::None;
    SecretStore::Error m_failure; // worded again from its kind on a language change
    int m_nextId = -1;
};
