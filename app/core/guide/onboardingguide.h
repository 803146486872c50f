#pragma once

#include <QCoreApplication>

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

// The guide's content in one place: the steps in Zoho's API Console, the values the customer
// enters there, and where the credentials go afterwards. The wizard, the command line and the
// tests all read it from here; a maintainer changes a value in one line.
class OnboardingGuide
{
    Q_DECLARE_TR_FUNCTIONS(OnboardingGuide)

public:
    // One value to enter in Zoho's "Server-based Applications" registration form.
    struct FormValue
    {
        QString key;   // stable, used by `values --json`
        QString label; // translated, as Zoho labels the field
        QStringList values;
        QString explanation; // translated: why this value
    };

    // The one thing a step's page lets the customer do besides reading.
    enum class StepAction { None, OpenConsole, CopyFormValues, GuardSecret };

    struct Step
    {
        int number = 0;
        StepAction action = StepAction::None;
        QString title; // translated
        // Translated rich text: a short lead-in, then the clicks as a numbered list (<ol>), then what
        // follows. No server text in it.
        QString instructions;
        // The same clicks, one rich-text item each, in order. The illustration numbers exactly these:
        // its callout N (SVG id "callout-N") marks click N, and a label Zoho shows, quoted in click N,
        // is the callout's <title> and appears in the picture (tests/tst_guide.cpp holds both to it).
        QStringList clicks;
        QString illustration; // resource path
        // Words of this assistant the picture shows (its own buttons), drawn over the picture in the
        // language now applied: the element's id in the SVG -> the translated words. The SVG itself
        // carries no words of ours.
        QHash<QString, QString> pictureWords;
    };

    // The labels of the assistant's buttons that the guide's texts name, with their "&" shortcut:
    // the buttons take their text from here, the texts the same words (plainLabel()), so a text
    // never names a button otherwise than the button reads, in any language.
    static QString openConsoleButtonText();
    // The button that saves a changed client in Zoho's API Console, as Zoho labels it: every text
    // that tells the customer to click it names it so.
    static QString zohoUpdateLabel();
    static QString copyButtonText();
    // A button's text as a sentence names it: without the "&" of its shortcut, nor Qt's arrows ("< Back").
    static QString plainLabel(const QString &buttonText);

    // The fix when Zoho does not know one of the two return addresses: add it as one more line of
    // the client's Authorized Redirect URIs (never over a line already there), as numbered clicks
    // with a picture that numbers the same clicks. `againButton` is the label of the button that
    // checks again afterwards, as the page shows it.
    static Step missingAddressFix(const QUrl &missingAddress, const QString &againButton);

    static QString clientName();
    static QUrl homepageUrl();
    // Where Zoho sends the integration partner's sign-ins: must be registered exactly.
    static QUrl integrationRedirectUri();
    // Where Zoho sends this assistant's own sign-in: a fixed port on this computer only.
    static QUrl signInRedirectUri();
    // Every URI to enter in "Authorized Redirect URIs", one per line.
    static QStringList redirectUris();

    static QList<FormValue> formValues();
    static QList<Step> steps();

    // Where the customer pastes the credentials in Optiply.
    static QString optiplyDestination();
    // The Optiply page where that is done, opened from the Done page.
    static QUrl optiplyIntegrationsUrl();
};
