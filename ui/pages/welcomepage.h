#pragma once

#include <QWizardPage>

class OnboardingWizard;
class QComboBox;

// What the assistant will do, how long it takes, and where the customer's Zoho account lives.
class WelcomePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit WelcomePage(OnboardingWizard *wizard);

    QComboBox *dataCenterBox() const { return m_dataCenter; }

private:
    OnboardingWizard *m_wizard;
    QComboBox *m_dataCenter;
};
