#pragma once

#include <QWizardPage>

class CopyField;
class OnboardingWizard;
class QLabel;

// The credentials are stored: what to do in Optiply next, with the values at hand to paste there.
class DonePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit DonePage(OnboardingWizard *wizard);

    void initializePage() override;

    CopyField *clientIdField() const { return m_clientId; }

private:
    OnboardingWizard *m_wizard;
    QLabel *m_summary;
    CopyField *m_clientId;
    QWidget *m_secretRow;
    QLabel *m_fingerprint;
};
