#pragma once

#include "assistantpage.h"

class CopyField;
class OnboardingWizard;
class QLabel;
class QPushButton;
class QTimer;

// The credentials are stored: what to do in Optiply next, with the values at hand to paste there.
class DonePage : public AssistantPage
{
    Q_OBJECT

public:
    explicit DonePage(OnboardingWizard *wizard);

    void initializePage() override;
    // The last page of the guide: Finish, never on to another page.
    int nextId() const override { return -1; }
    QWidget *arrivalFocus() const override;

    CopyField *clientIdField() const { return m_clientId; }
    QPushButton *copySecretButton() const { return m_copySecret; }
    QPushButton *openOptiplyButton() const { return m_openOptiply; }

protected:
    void retranslateUi() override;

private:
    // The summary and the secret's fingerprint, from the credentials the wizard holds.
    void renderSummary();
    void copySecret();
    void openOptiply();

    OnboardingWizard *m_wizard;
    QLabel *m_summary;
    QLabel *m_nextSteps;
    QPushButton *m_openOptiply;
    CopyField *m_clientId;
    QWidget *m_secretRow;
    QLabel *m_fingerprint;
    QPushButton *m_copySecret;
    QLabel *m_openFailed;
    QTimer *m_resetCopyLabel;
    QLabel *m_clipboardNote;
    QLabel *m_idLabel;
    QLabel *m_secretLabel;
    bool m_openFailedShown = false;
};
