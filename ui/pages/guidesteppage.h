#pragma once

#include "onboardingguide.h"

#include "assistantpage.h"

#include <QList>

class CopyField;
class IllustrationView;
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

protected:
    void retranslateUi() override;

private:
    // Says which console the button opens; depends on the data center chosen.
    void updateConsoleNote();
    QWidget *createAction();
    QWidget *createOpenConsoleAction();
    QWidget *createFormValuesAction();
    QWidget *createGuardSecretAction();
    void openConsole();
    QUrl consoleUrl() const;

    OnboardingWizard *m_wizard;
    OnboardingGuide::Step m_step;
    int m_stepCount;
    IllustrationView *m_picture = nullptr;
    QLabel *m_browserFailedText = nullptr;
    // Step 3: the label beside each value, and the note under them.
    QList<QLabel *> m_formLabels;
    QLabel *m_formNote = nullptr;
    // Step 5: the warning to keep Zoho's page open.
    QLabel *m_warningIcon = nullptr;
    QLabel *m_warningText = nullptr;
    QPushButton *m_openConsole = nullptr;
    QWidget *m_browserFailed = nullptr;
    CopyField *m_consoleLink = nullptr;
    QLabel *m_consoleNote = nullptr;
    QLabel *m_instructions = nullptr;
    QList<CopyField *> m_formFields;
};
