#pragma once

#include "onboardingguide.h"

#include <QWizardPage>

class CopyField;
class OnboardingWizard;
class QLabel;
class QPushButton;

// One of the five steps in Zoho's API Console: a picture, what to do, and the one action the step needs.
class GuideStepPage : public QWizardPage
{
    Q_OBJECT

public:
    GuideStepPage(OnboardingWizard *wizard, const OnboardingGuide::Step &step, int stepCount);

    void initializePage() override;

    const OnboardingGuide::Step &step() const { return m_step; }
    QPushButton *openConsoleButton() const { return m_openConsole; }
    CopyField *consoleLinkField() const { return m_consoleLink; }

private:
    QWidget *createAction();
    QWidget *createOpenConsoleAction();
    QWidget *createFormValuesAction();
    QWidget *createGuardSecretAction();
    void openConsole();
    QUrl consoleUrl() const;

    OnboardingWizard *m_wizard;
    OnboardingGuide::Step m_step;
    QPushButton *m_openConsole = nullptr;
    QWidget *m_browserFailed = nullptr;
    CopyField *m_consoleLink = nullptr;
    QLabel *m_consoleNote = nullptr;
};
