#include "qtbuttonwords.h"

#include "languagesettings.h"

bool QtButtonWords::ownWordsNeeded()
{
    // The assistant's Portuguese is Portugal's; Qt ships only Brazil's (qtbase_pt_BR).
    return LanguageSettings::currentLanguage() == QLatin1String("pt");
}

QString QtButtonWords::wizardButton(QWizard::WizardButton which)
{
    // Qt's own texts for its modern style, asked of qtbase's translation; kept out of lupdate's
    // sight (no literal in a translate call), since they are Qt's to translate.
    static constexpr const char *qtContext = "QWizard";
    static constexpr const char *qtBack = "< &Back";
    static constexpr const char *qtNext = "&Next >";
    static constexpr const char *qtCommit = "Commit";
    static constexpr const char *qtFinish = "&Finish";
    static constexpr const char *qtCancel = "Cancel";
    const bool own = ownWordsNeeded();
    switch (which) {
    //: Qt's own button, used only where Qt has no translation of its own (European Portuguese)
    case QWizard::BackButton: return own ? tr("< &Back") : QCoreApplication::translate(qtContext, qtBack);
    //: Qt's own button, used only where Qt has no translation of its own (European Portuguese)
    case QWizard::NextButton: return own ? tr("&Next >") : QCoreApplication::translate(qtContext, qtNext);
    //: Qt's own button, used only where Qt has no translation of its own (European Portuguese)
    case QWizard::CommitButton: return own ? tr("Commit") : QCoreApplication::translate(qtContext, qtCommit);
    //: Qt's own button, used only where Qt has no translation of its own (European Portuguese)
    case QWizard::FinishButton: return own ? tr("&Finish") : QCoreApplication::translate(qtContext, qtFinish);
    //: Qt's own button, used only where Qt has no translation of its own (European Portuguese)
    case QWizard::CancelButton: return own ? tr("Cancel") : QCoreApplication::translate(qtContext, qtCancel);
    default: return {};
    }
}

QString QtButtonWords::dialogButton(QDialogButtonBox::StandardButton which)
{
    // Qt's words for its standard buttons, as its platform theme asks for them.
    static constexpr const char *qtContext = "QPlatformTheme";
    static constexpr const char *qtClose = "Close";
    static constexpr const char *qtOk = "OK";
    static constexpr const char *qtCancel = "Cancel";
    static constexpr const char *qtYes = "&Yes";
    static constexpr const char *qtNo = "&No";
    const bool own = ownWordsNeeded();
    switch (which) {
    //: Qt's own button, used only where Qt has no translation of its own (European Portuguese)
    case QDialogButtonBox::Close: return own ? tr("Close") : QCoreApplication::translate(qtContext, qtClose);
    //: Qt's own button, used only where Qt has no translation of its own (European Portuguese)
    case QDialogButtonBox::Ok: return own ? tr("OK") : QCoreApplication::translate(qtContext, qtOk);
    //: Qt's own button, used only where Qt has no translation of its own (European Portuguese)
    case QDialogButtonBox::Cancel: return own ? tr("Cancel") : QCoreApplication::translate(qtContext, qtCancel);
    //: Qt's own button, used only where Qt has no translation of its own (European Portuguese)
    case QDialogButtonBox::Yes: return own ? tr("&Yes") : QCoreApplication::translate(qtContext, qtYes);
    //: Qt's own button, used only where Qt has no translation of its own (European Portuguese)
    case QDialogButtonBox::No: return own ? tr("&No") : QCoreApplication::translate(qtContext, qtNo);
    default: return {};
    }
}
