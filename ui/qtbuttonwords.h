#pragma once

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QString>
#include <QWizard>

// The words on Qt's own buttons (the wizard's Back, Next, Finish, Cancel; a dialog's Close). Qt's
// translation (qtbase) has them for Dutch, German, French and Spanish, but none for European
// Portuguese: on a Portuguese system they stayed English, and Brazilian Portuguese ("Próximo")
// where Portugal says "Seguinte". For that language the assistant's own translation words them.
class QtButtonWords
{
    Q_DECLARE_TR_FUNCTIONS(QtButtonWords)

public:
    // True when the language applied is one Qt's translation does not speak (European Portuguese).
    static bool ownWordsNeeded();
    // The text for a wizard button: Qt's translation, or ours where it has none.
    static QString wizardButton(QWizard::WizardButton which);
    // The text for a dialog's standard button (Close, OK, Cancel, Yes, No), likewise.
    static QString dialogButton(QDialogButtonBox::StandardButton which);
};
