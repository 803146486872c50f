#include "onboardingguide.h"

#include "loopbackaddress.h"

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
    return LoopbackAddress::redirectUri();
}

QStringList OnboardingGuide::redirectUris()
{
    return {integrationRedirectUri().toString(), signInRedirectUri().toString()};
}

namespace {
// Labels exactly as Zoho's console shows them. They are Zoho's words, not ours: never translated,
// so the customer finds on the screen what the guide names. The pictures show the same labels.
const QString zohoSignIn = QStringLiteral("Sign in");
const QString zohoAddClient = QStringLiteral("ADD CLIENT");
const QString zohoGetStarted = QStringLiteral("GET STARTED");
const QString zohoServerBased = QStringLiteral("Server-based Applications");
const QString zohoCreateNow = QStringLiteral("CREATE NOW");
const QString zohoClientName = QStringLiteral("Client Name");
const QString zohoHomepageUrl = QStringLiteral("Homepage URL");
const QString zohoRedirectUris = QStringLiteral("Authorized Redirect URIs");
const QString zohoAddLine = QStringLiteral("+");
const QString zohoCreate = QStringLiteral("CREATE");
const QString zohoUpdate = QStringLiteral("UPDATE");
const QString zohoClientSecretTab = QStringLiteral("Client Secret");
const QString zohoClientId = QStringLiteral("Client ID");
const QString zohoClientSecret = QStringLiteral("Client Secret");

QString bold(const QString &label)
{
    return QStringLiteral("<b>%1</b>").arg(label.toHtmlEscaped());
}

// A lead-in, the clicks as a numbered list, and what follows them. A line break between the blocks
// keeps sentences apart where the markup is stripped (a screen reader's announcement).
QString instructions(const QString &lead, const QStringList &clicks, const QString &after = QString())
{
    QString html = QStringLiteral("<p>%1</p>\n<ol>").arg(lead);
    for (const QString &click : clicks)
        html += QStringLiteral("\n<li>%1</li>").arg(click);
    html += QStringLiteral("\n</ol>");
    if (!after.isEmpty())
        html += QStringLiteral("\n<p>%1</p>").arg(after);
    return html;
}
} // namespace

QList<OnboardingGuide::FormValue> OnboardingGuide::formValues()
{
    return {
        {QStringLiteral("client_name"), zohoClientName, {clientName()},
         tr("Any name works; this one tells you later what it is for.")},
        {QStringLiteral("homepage_url"), zohoHomepageUrl, {homepageUrl().toString()},
         tr("Zoho asks for a website; Optiply's is fine.")},
        {QStringLiteral("redirect_uris"), zohoRedirectUris, redirectUris(),
         //: %1 is the name of the field in Zoho's form, kept as Zoho shows it
         tr("%1 are the addresses Zoho sends you back to after you approve a connection. Optiply needs the "
            "first; the second stays on this computer and lets this assistant check once, now, that your "
            "Client ID and Client Secret work. Enter both, each on its own line (Zoho's + adds the second).")
             .arg(zohoRedirectUris)},
    };
}

QString OnboardingGuide::zohoUpdateLabel()
{
    return zohoUpdate;
}

QString OnboardingGuide::openConsoleButtonText()
{
    return tr("&Open the Zoho API Console");
}

QString OnboardingGuide::copyButtonText()
{
    //: The button beside each value to copy
    return tr("Copy");
}

QString OnboardingGuide::plainLabel(const QString &buttonText)
{
    QString label;
    label.reserve(buttonText.size());
    for (qsizetype i = 0; i < buttonText.size(); ++i) {
        // "&&" is a literal "&"; a single one marks the shortcut's letter.
        if (buttonText.at(i) == QLatin1Char('&')) {
            if (i + 1 < buttonText.size() && buttonText.at(i + 1) == QLatin1Char('&')) {
                label += QLatin1Char('&');
                ++i;
            }
            continue;
        }
        label += buttonText.at(i);
    }
    // Qt's wizard buttons carry arrows ("< &Back", "&Next >"), in every language.
    label = label.trimmed();
    if (label.startsWith(QLatin1Char('<')))
        label = label.mid(1).trimmed();
    if (label.endsWith(QLatin1Char('>')))
        label.chop(1);
    return label.trimmed();
}

OnboardingGuide::Step OnboardingGuide::missingAddressFix(const QUrl &missingAddress, const QString &againButton)
{
    // Numbered by its own picture, like a step: never by step 3's, whose numbers mean other clicks.
    const QStringList clicks{
        //: %1 is the client's name as entered in step 3 ("Optiply")
        tr("In Zoho's API Console, click your client, %1, to open it.").arg(bold(clientName())),
        //: %1 is Zoho's "+" button, %2 the name of the field in Zoho's form, kept as Zoho shows it
        tr("Click %1 beside %2: Zoho adds an empty line.").arg(bold(zohoAddLine), bold(zohoRedirectUris)),
        tr("Paste the address into the new, empty line. The lines above it stay as they are."),
        //: %1 is Zoho's button label, kept as Zoho shows it
        tr("Click %1.").arg(bold(zohoUpdate)),
    };
    return {0, StepAction::None, tr("Add the missing address in Zoho"),
            //: %1 is a web address
            instructions(tr("Zoho does not know %1 yet: add it as one more line.")
                             .arg(bold(missingAddress.toString())),
                         clicks,
                         //: %1 is the label of the assistant's button that checks again
                         tr("Then click %1 here.").arg(bold(plainLabel(againButton)))),
            clicks, QStringLiteral(":/illustrations/fix-missing-address.svg"), {}};
}

QList<OnboardingGuide::Step> OnboardingGuide::steps()
{
    // Each list of clicks is numbered, in the same order, by its step's picture.
    const QStringList step1{
        //: %1 is the label of this assistant's button below
        tr("Click %1 below. Your browser opens Zoho's API Console.").arg(bold(plainLabel(openConsoleButtonText()))),
        //: %1 is Zoho's label "Sign in", kept as Zoho shows it
        tr("On Zoho's %1 page, sign in with the Zoho account your company uses for Zoho Inventory or Zoho Books.")
            .arg(bold(zohoSignIn)),
    };
    const QStringList step2{
        //: %1 and %2 are Zoho's button labels, kept as Zoho shows them
        tr("Click %1 at the top right. If you have never added one, Zoho shows %2 instead: click that.")
            .arg(bold(zohoAddClient), bold(zohoGetStarted)),
        //: %1 is Zoho's label, kept as Zoho shows it
        tr("Zoho lists kinds of clients. Point at %1.").arg(bold(zohoServerBased)),
        //: %1 is Zoho's button label, kept as Zoho shows it
        tr("Click %1 on it.").arg(bold(zohoCreateNow)),
    };
    const QStringList step3{
        //: %1 is the name of a field in Zoho's form, kept as Zoho shows it
        tr("%1: paste the name.").arg(bold(zohoClientName)),
        //: %1 is the name of a field in Zoho's form, kept as Zoho shows it
        tr("%1: paste the website.").arg(bold(zohoHomepageUrl)),
        //: %1 is the name of a field in Zoho's form, kept as Zoho shows it
        tr("%1: paste the first address.").arg(bold(zohoRedirectUris)),
        //: %1 is Zoho's "+" button
        tr("Click %1 beside it: Zoho adds a second, empty line.").arg(bold(zohoAddLine)),
        tr("Paste the second address into the new line."),
    };
    const QStringList step4{
        //: %1 is Zoho's button label, kept as Zoho shows it
        tr("Click %1.").arg(bold(zohoCreate)),
    };
    const QStringList step5{
        //: %1 is the name of a tab in Zoho's console, kept as Zoho shows it
        tr("Open the %1 tab.").arg(bold(zohoClientSecretTab)),
        //: %1 is Zoho's label, kept as Zoho shows it
        tr("Copy the %1 with the copy symbol at the end of its line.").arg(bold(zohoClientId)),
        //: %1 is Zoho's label, kept as Zoho shows it
        tr("Copy the %1 the same way.").arg(bold(zohoClientSecret)),
    };

    return {
        {1, StepAction::OpenConsole, tr("Open the Zoho API Console"),
         instructions(tr("Zoho's API Console is where you allow Optiply to connect to your Zoho."), step1,
                      tr("After you sign in, the console shows the connections you have allowed so far.")),
         step1, QStringLiteral(":/illustrations/step1-open-console.svg"),
         {{QStringLiteral("words-open-console"), plainLabel(openConsoleButtonText())}}},
        {2, StepAction::None, tr("Add a server-based client"),
         instructions(tr("In the API Console:"), step2), step2,
         QStringLiteral(":/illustrations/step2-add-client.svg"), {}},
        {3, StepAction::CopyFormValues, tr("Fill in the details"),
         //: %1 is the label of the button beside each value
         instructions(tr("Zoho shows a form. Copy each value below with its %1 button and paste it into "
                         "Zoho's field of the same name:").arg(bold(plainLabel(copyButtonText()))),
                      step3, tr("Pasting avoids typing mistakes.")),
         step3, QStringLiteral(":/illustrations/step3-fill-details.svg"), {}},
        {4, StepAction::None, tr("Create the client"),
         //: %1 is the name of a field in Zoho's form, kept as Zoho shows it
         instructions(tr("Check the form once more: both addresses under %1, each on its own line.")
                          .arg(bold(zohoRedirectUris)),
                      step4, tr("Zoho now shows your new client.")),
         step4, QStringLiteral(":/illustrations/step4-create.svg"), {}},
        {5, StepAction::GuardSecret, tr("Copy the Client ID and Client Secret"),
         instructions(tr("Zoho shows your new client's details."), step5,
                      tr("On the next page you paste them.")),
         step5, QStringLiteral(":/illustrations/step5-copy-credentials.svg"), {}},
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
