#pragma once

#include "onboardingguide.h"

#include "assistantpage.h"

#include <QList>

class CopyField;
class OnboardingWizard;
class QLabel;
class QPushButton;

// One of the five steps in Zoho's API Console: a picture, what to do, and the one action the step needs.
class GuideStepPage : public AssistantPage
{
    Q_OBJECT

public:
    GuideStepPage(OnboardingWizard *wizard, const OnboardingGuide::Step &step, int stepCount);

    void initializePage() override;

    const OnboardingGuide::Step &step() const { return m_step; }
    QPushButton *openConsoleButton() const { return m_openConsole; }
    CopyField *consoleLinkField() const { return m_consoleLink; }
    // The values to paste into Zoho's form, in their order on the page (step 3 only).
    QList<CopyField *> formFields() const { return m_formFields; }
    QWidget *arrivalFocus() const override;
    QString announcement() const override;

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
    QLabel *m_instructions = nullptr;
    QList<CopyField *> m_formFields;
};
