#pragma once

#include "assistantpage.h"

class IllustrationView;
class OnboardingWizard;
class QComboBox;
class QLabel;

// What the assistant will do, how long it takes, where the customer's Zoho account lives, and
// the language the assistant speaks.
class WelcomePage : public AssistantPage
{
    Q_OBJECT

public:
    explicit WelcomePage(OnboardingWizard *wizard);

    QComboBox *dataCenterBox() const { return m_dataCenter; }
    QComboBox *languageBox() const { return m_language; }
    QWidget *arrivalFocus() const override;

protected:
    void retranslateUi() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Applies the language the box shows, if it is not the one in use.
    void applyLanguageChoice();

    OnboardingWizard *m_wizard;
    QComboBox *m_dataCenter;
    QComboBox *m_language;
    IllustrationView *m_picture;
    QLabel *m_intro;
    QLabel *m_dataCenterLabel;
    QLabel *m_hint;
    QLabel *m_languageLabel;
    QLabel *m_warning = nullptr;
    QString m_appliedLanguage; // the code last applied from the box; empty: the system's language
    QLabel *m_damaged;
};
