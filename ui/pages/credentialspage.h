#pragma once

#include "credentialparser.h"

#include "assistantpage.h"

class OnboardingWizard;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

// Where the customer pastes the Client ID and the Client Secret. The values are cleaned and judged
// as they are typed; what is wrong is said next to the field it concerns.
class CredentialsPage : public AssistantPage
{
    Q_OBJECT

public:
    explicit CredentialsPage(OnboardingWizard *wizard);

    bool isComplete() const override;
    bool validatePage() override;

    bool hasSecret() const;
    QLineEdit *clientIdEdit() const { return m_clientId; }
    QLineEdit *secretEdit() const { return m_secret; }
    QToolButton *revealButton() const { return m_reveal; }
    QPushButton *swapButton() const { return m_swap; }
    QLabel *clientIdMessage() const { return m_clientIdMessage; }
    QLabel *secretMessage() const { return m_secretMessage; }
    // Why Next is not available yet; hidden when it is.
    QLabel *nextHint() const { return m_nextHint; }
    QWidget *arrivalFocus() const override;

    // A fix from the check's page: empties one field and puts the cursor there, to paste it again.
    enum class Field { ClientId, Secret };
    void pasteAgain(Field field);

protected:
    void retranslateUi() override;

private:
    void reassess();
    void swapFields();
    void showFinding(QLabel *label, const CredentialParser::FieldResult &field);

    OnboardingWizard *m_wizard;
    QLineEdit *m_clientId;
    QLineEdit *m_secret;
    QToolButton *m_reveal;
    QPushButton *m_swap;
    QLabel *m_clientIdMessage;
    QLabel *m_secretMessage;
    QLabel *m_fingerprint;
    QLabel *m_notes;
    QLabel *m_nextHint;
    QLabel *m_idLabel;
    QLabel *m_secretLabel;
    QWidget *m_picture;
    CredentialParser::Result m_result;
};
