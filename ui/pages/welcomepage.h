#pragma once

#include "assistantpage.h"

class OnboardingWizard;
class QComboBox;

// What the assistant will do, how long it takes, and where the customer's Zoho account lives.
class WelcomePage : public AssistantPage
{
    Q_OBJECT

public:
    explicit WelcomePage(OnboardingWizard *wizard);

    QComboBox *dataCenterBox() const { return m_dataCenter; }
    QWidget *arrivalFocus() const override;

private:
    OnboardingWizard *m_wizard;
    QComboBox *m_dataCenter;
};
