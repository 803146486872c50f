#include "onboardingguide.h"

#include "loopbackreplyhandler.h"
#include "zohosignin.h"

#include <QCoreApplication>

QString OnboardingGuide::clientName()
{
    // Zoho allows letters, digits, spaces, "_" and "&" only.
    return QStringLiteral("Optiply");
}

QUrl OnboardingGuide::homepageUrl()
{
    return QUrl(QStringLiteral("https://www.optiply.com"));
}

QUrl OnboardingGuide::integrationRedirectUri()
{
    return QUrl(QStringLiteral("https://hotglue.xyz/callback"));
}

QUrl OnboardingGuide::signInRedirectUri()
{
    return LoopbackReplyHandler::redirectUri(ZohoSignIn::configuredPort());
}

QStringList OnboardingGuide::redirectUris()
{
    return {integrationRedirectUri().toString(), signInRedirectUri().toString()};
}

QList<OnboardingGuide::FormValue> OnboardingGuide::formValues()
{
    return {
        {QStringLiteral("client_name"), tr("Client Name"), {clientName()},
         tr("Any name works; this one tells you later what the client is for.")},
        {QStringLiteral("homepage_url"), tr("Homepage URL"), {homepageUrl().toString()},
         tr("Zoho requires a homepage; Optiply's is fine.")},
        {QStringLiteral("redirect_uris"), tr("Authorized Redirect URIs"), redirectUris(),
         tr("Enter both addresses (Zoho's + button adds a second line). Optiply's integration partner, hotglue, "
            "receives Zoho's answers at the first; the second lets this assistant sign in once, on this "
            "computer, to prove that the credentials work. Both must match exactly.")},
    };
}

QList<OnboardingGuide::Step> OnboardingGuide::steps()
{
    return {
        {1, StepAction::OpenConsole, tr("Open the Zoho API Console"),
         tr("The API Console is where Zoho keeps the connections you allow. Open it and sign in with the "
            "Zoho account your company uses for Zoho Inventory or Zoho Books."),
         QStringLiteral(":/illustrations/step1-open-console.svg")},
        {2, StepAction::None, tr("Add a server-based client"),
         tr("Click <b>Add Client</b> (or <b>Get Started</b> if you have never added one). Zoho asks which kind "
            "of client: under <b>Server-based Applications</b>, click <b>Create Now</b>."),
         QStringLiteral(":/illustrations/step2-add-client.svg")},
        {3, StepAction::CopyFormValues, tr("Fill in the details"),
         tr("Zoho shows a form with three fields. Copy each value below and paste it into the field of the "
            "same name. Pasting avoids typing mistakes."),
         QStringLiteral(":/illustrations/step3-fill-details.svg")},
        {4, StepAction::None, tr("Create the client"),
         tr("Check the three fields once more, then click <b>Create</b>. Zoho now shows your new client."),
         QStringLiteral(":/illustrations/step4-create.svg")},
        {5, StepAction::GuardSecret, tr("Copy the Client ID and Client Secret"),
         tr("Open the <b>Client Secret</b> tab. It shows the <b>Client ID</b> and the <b>Client Secret</b>. "
            "<b>Zoho shows the secret only this once</b>: keep the page open until this assistant has stored "
            "it. On the next page you paste both."),
         QStringLiteral(":/illustrations/step5-copy-credentials.svg")},
    };
}

QString OnboardingGuide::optiplyDestination()
{
    //: Menu path in the Optiply dashboard
    return tr("Settings → Integrations → add Zoho as a new data source");
}

QUrl OnboardingGuide::optiplyIntegrationsUrl()
{
    // To be confirmed by Optiply: the dashboard's integrations settings.
    return QUrl(QStringLiteral("https://app.optiply.com/settings/integrations"));
}
