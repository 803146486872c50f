// The wizard in another language. (a) A switch on the Welcome page's language menu repaints every
// page at once: every visible text, button (also Qt's own Back/Next/Cancel/Finish), tooltip,
// accessible name and the window title comes from the translators now installed, none is left in
// the previous language; and switching back brings English back everywhere. (b) A pseudo-language
// that makes every string about 40 % longer leaves nothing cut off on any page at the smallest
// window, and the pages are written as PNGs (screenshots/pseudo/) for people to look at.
// Run once per scale and screen size (tests/CMakeLists.txt), like tst_wizardfit.

#include "aboutdialog.h"
#include "keychainrefusal.h"
#include "languagesettings.h"
#include "loopbackaddress.h"
#include "secretstore.h"
#include "supportdetailsview.h"
#include "zohosignin.h"
#include "onboardingguide.h"
#include "offscreenscreen.h"
#include "onboardingwizard.h"
#include "copyfield.h"
#include "illustrationview.h"
#include "pages/assistantpage.h"
#include "pages/guidesteppage.h"
#include "pages/credentialspage.h"
#include "pages/statuspage.h"
#include "pages/verifypage.h"
#include "pages/welcomepage.h"
#include "sampleclient.h"
#include "wizarddriver.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include <functional>

namespace {
using SampleClient::clientId;
using SampleClient::secret;
// A client the emulator knows (the other one it does not): the sign-in and its failures.
const QString knownClientId = QStringLiteral("1000.KNOWNCLIENT0000000000000000000");
// One registered without any return address: the check itself is refused.
const QString noAddressClientId = QStringLiteral("1000.NOADDRESS00000000000000000000");
const QStringList shippedLanguages{QStringLiteral("en"), QStringLiteral("nl"), QStringLiteral("de"),
                                   QStringLiteral("fr"), QStringLiteral("es"), QStringLiteral("pt")};
const QString markOpen = QStringLiteral("⟦");
// The wizards' keychain entry here (openWizard): not the customer's, which another test or program
// may have stored.
const QString keychainService = QStringLiteral("zoho-onboarding-languagetest");
// What the program makes of the keychain's refusal (KeychainRefusal) on this system.
const SecretStore::ErrorKind refusedKind = KeychainRefusal::errorKind();

struct Options
{
    QByteArray scale = "1";
    QSize screen{1920, 1080};
};
Options options;

// Marks every text it is asked for: a text without the mark did not come through a translator.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *, const char *source, const char *, int) const override
    {
        const QString text = QString::fromUtf8(source);
        return text.trimmed().isEmpty() ? QString() : markOpen + text + QStringLiteral("⟧");
    }
    bool isEmpty() const override { return false; }
};

// Every text about 40 % longer, with accents, in brackets: what German or French do to a layout.
// Placeholders (%1…%9, %n, %L1), & mnemonics, rich-text tags and entities are kept as they are.
class PseudoTranslator : public QTranslator
{
public:
    QString translate(const char *, const char *source, const char *, int) const override
    {
        const QString text = QString::fromUtf8(source);
        return text.trimmed().isEmpty() ? QString() : stretch(text);
    }
    bool isEmpty() const override { return false; }

    static QString stretch(const QString &text)
    {
        static const QString plain = QStringLiteral("aeiouAEIOUcnyCN");
        static const QString accented = QStringLiteral("áéíóúÁÉÍÓÚçñýÇÑ");
        QString out;
        int visible = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c == QLatin1Char('<')) { // a tag, kept whole
                const qsizetype end = text.indexOf(QLatin1Char('>'), i);
                if (end > i) {
                    out += text.mid(i, end - i + 1);
                    i = end;
                    continue;
                }
            }
            if (c == QLatin1Char('&')) { // an entity or a mnemonic, kept
                static const QRegularExpression entity(QStringLiteral("^&[a-zA-Z#0-9]+;"));
                const QRegularExpressionMatch m = entity.match(QStringView(text).mid(i));
                if (m.hasMatch()) {
                    out += m.captured();
                    i += m.capturedLength() - 1;
                    ++visible;
                    continue;
                }
                out += c;
                continue;
            }
            if (c == QLatin1Char('%') && i + 1 < text.size()) { // %1…%9, %n, %L1
                const qsizetype len = text.at(i + 1) == QLatin1Char('L') ? 3 : 2;
                const QString placeholder = text.mid(i, len);
                static const QRegularExpression arg(QStringLiteral("^%L?[1-9n]$"));
                if (arg.match(placeholder).hasMatch()) {
                    out += placeholder;
                    i += len - 1;
                    visible += 4;
                    continue;
                }
            }
            const qsizetype at = plain.indexOf(c);
            out += at >= 0 ? accented.at(at) : c;
            if (!c.isSpace())
                ++visible;
        }
        // The growth, as words that can wrap like real ones.
        const int grow = qMax(1, qRound(visible * 0.4) - 2);
        QString filler;
        for (int i = 0; i < grow; ++i)
            filler += (i % 6 == 5) ? QLatin1Char(' ') : QChar(u'ẍ');
        return QLatin1Char('[') + out + QLatin1Char(' ') + filler.trimmed() + QLatin1Char(']');
    }
};

QString describe(const QWidget *widget)
{
    const QWidget *parent = widget->parentWidget();
    return QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char(' ')
        + (widget->objectName().isEmpty() ? QStringLiteral("(unnamed)") : widget->objectName())
        + (parent ? QStringLiteral(" in ") + QString::fromLatin1(parent->metaObject()->className()) : QString());
}

bool showsText(const QLabel *label)
{
    return !label->text().trimmed().isEmpty() && label->pixmap().isNull();
}

// The Alt shortcut a text gives its control ("&Next >": N), upper-cased; empty without one.
QString shortcutLetter(QString text)
{
    static const QRegularExpression entity(QStringLiteral("&[a-zA-Z]+;|&#[0-9]+;"));
    text.remove(entity); // rich text: "&amp;" is no shortcut
    const QKeySequence key = QKeySequence::mnemonic(text);
    if (key.isEmpty())
        return {};
    return QKeySequence(key[0].key()).toString().toUpper();
}

// Every Alt shortcut a person can press in `window` now: buttons, check boxes, labels with a
// buddy, menus; the wizard's own buttons are buttons too. Returns the letters used twice.
QStringList shortcutClashes(QWidget *window)
{
    QMultiMap<QString, QString> byLetter;
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisible() || widget->window() != window)
            continue;
        QString text;
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            text = button->text();
        else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            text = label->text();
        if (const QString letter = shortcutLetter(text); !letter.isEmpty())
            byLetter.insert(letter, QStringLiteral("\"%1\"").arg(text));
        if (auto *menuBar = qobject_cast<QMenuBar *>(widget)) {
            for (QAction *action : menuBar->actions()) {
                if (const QString letter = shortcutLetter(action->text()); action->isVisible() && !letter.isEmpty())
                    byLetter.insert(letter, QStringLiteral("menu \"%1\"").arg(action->text()));
            }
        }
    }
    QStringList clashes;
    for (const QString &letter : byLetter.uniqueKeys()) {
        const QStringList users = byLetter.values(letter);
        if (users.size() > 1)
            clashes.append(QStringLiteral("Alt+%1: %2").arg(letter, users.join(QStringLiteral(", "))));
    }
    return clashes;
}
// Opens `wizard` as WizardDriver::open does, on this test's keychain service: it reads the keychain
// as it shows, and what another program or test stored for the customer must not change its pages.
bool openWizard(OnboardingWizard &wizard, const QString &dataCenter = QStringLiteral("eu"))
{
    wizard.setKeychainService(keychainService);
    return WizardDriver::open(wizard, dataCenter);
}

// Chooses a language as a keyboard user does: arrows to it in the closed box, then Enter.
void chooseLanguage(QComboBox *box, const QString &code)
{
    box->setFocus();
    const int wanted = box->findData(code);
    while (box->currentIndex() != wanted)
        QTest::keyClick(box, box->currentIndex() < wanted ? Qt::Key_Down : Qt::Key_Up);
    QTest::keyClick(box, Qt::Key_Return);
}
} // namespace

class TestWizardLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void switchOnTheWelcomePageRepaintsEverything();
    void pseudoLanguageLeavesNothingCutOff();
    void everyLanguageFitsAndIsShownForReview_data();
    void everyLanguageFitsAndIsShownForReview();
    void noTwoShortcutsShareALetter_data();
    void noTwoShortcutsShareALetter();
    void stateTextsFollowALiveSwitch();
    void languageSwitchesWhenChosenNotWhileBrowsing();
    void textsNameButtonsByTheirLabels_data();
    void textsNameButtonsByTheirLabels();
    void portugueseButtonsArePortugals();
    void supportDetailsSayTheyAreEnglish_data();
    void supportDetailsSayTheyAreEnglish();

private:
    // The verify page's other states, each with what it shows: throttled, signing in with the
    // address to paste (a wrong one pasted), not saved (the keychain refuses), the return address missing.
    void walkVerifyStates(OnboardingWizard &wizard, const std::function<void(const QString &)> &atState);
    // Goes through every page (the check failing, its fix, Done and the returning customer's page),
    // calling `atPage` on each with a name for it.
    void walk(OnboardingWizard &wizard, const std::function<void(const QString &)> &atPage);
    // Every visible text of `root` (labels, buttons, tooltips, accessible names, the window title)
    // carries the mark, or (marked false) none does. Returns what does not.
    static QStringList checkMarks(QWidget *root, bool marked);
    // Nothing of the page is cut off; returns what is.
    static QStringList cutOff(QWidget *root);

    QTemporaryDir m_home;
    WizardDriver m_driver;
    QNetworkAccessManager m_browser;
};

void TestWizardLanguage::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.path()));
    QCoreApplication::setOrganizationName(QStringLiteral("Optiply"));
    QCoreApplication::setApplicationName(QStringLiteral("zoho-onboarding-languagetest"));
#if defined(Q_OS_WIN)
    // Windows keeps settings in the registry, beside the customer's own: this test's go to a file
    // in its home instead.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_home.path());
#endif
    QVERIFY2(QSettings().fileName().startsWith(m_home.path()), qPrintable(QSettings().fileName()));
    LanguageSettings::apply(QStringLiteral("en"));
    // The sample client is one Zoho does not know: the check fails, and the page offers its fix.
    QVERIFY2(m_driver.startZohoKnowingNoClient({QStringLiteral("eu")}), qPrintable(m_driver.errorString()));
    ZohoAccountsEmulator &zoho = m_driver.zoho();
    // Registered without the assistant's return address, and this Zoho only refuses it at the
    // code exchange: the sign-in fails in a way the page can see.
    zoho.addClient({knownClientId, secret, QStringLiteral("eu"), {OnboardingGuide::integrationRedirectUri().toString()}, false});
    zoho.setConsentChecksRedirectUri(false);
    zoho.addClient({noAddressClientId, secret, QStringLiteral("eu"), {}, false});
    // The built translations, Qt's own beside them (LanguageSettings::apply() finds both).
    LanguageSettings::setTranslationsDirectory(QStringLiteral(ZOHO_QM_DIR));
}

void TestWizardLanguage::walk(OnboardingWizard &wizard, const std::function<void(const QString &)> &atPage)
{
    wizard.startOver(OnboardingWizard::WelcomePageId);
    WizardDriver::walkGuide(wizard, atPage);
    if (QTest::currentTestFailed())
        return;
    // A paste the parser has something to say about: its message must follow the language too.
    auto *credentials = qobject_cast<CredentialsPage *>(wizard.currentPage());
    QVERIFY(credentials);
    credentials->clientIdEdit()->setText(secret);
    atPage(QStringLiteral("07-credentials-secret-in-id-field"));
    if (QTest::currentTestFailed())
        return;
    QVERIFY(WizardDriver::paste(wizard, clientId, secret));
    atPage(QStringLiteral("07-credentials-filled"));
    if (QTest::currentTestFailed())
        return;
    WizardDriver::walkFailedCheck(wizard, atPage);
    if (QTest::currentTestFailed())
        return;
    WizardDriver::walkStoredPages(wizard, atPage);
}

QStringList TestWizardLanguage::checkMarks(QWidget *root, bool marked)
{
    QStringList wrong;
    // Zoho's own field labels are quoted exactly as Zoho's form shows them, in every language.
    QStringList zohoLabels;
    for (const OnboardingGuide::FormValue &value : OnboardingGuide::formValues())
        zohoLabels << value.label << value.label + QLatin1Char(':');
    const auto check = [&](const QString &text, const QString &what) {
        if (marked && zohoLabels.contains(text))
            return;
        if (!text.trimmed().isEmpty() && text.contains(markOpen) != marked)
            wrong.append(what + QStringLiteral(": ") + text);
    };
    if (root->isWindow())
        check(root->windowTitle(), QStringLiteral("window title"));
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : widgets) {
        if (!widget->isVisible())
            continue;
        // Not translated on purpose: what Zoho's server said, for support, as it said it.
        if (widget->objectName() == QLatin1String("details"))
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget); label && showsText(label))
            check(label->text(), describe(widget));
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            check(button->text(), describe(widget));
        check(widget->toolTip(), describe(widget) + QStringLiteral(" tooltip"));
        check(widget->accessibleName(), describe(widget) + QStringLiteral(" accessible name"));
    }
    return wrong;
}

QStringList TestWizardLanguage::cutOff(QWidget *root)
{
    QStringList cut;
    // A page wider than its window hides its right edge behind a scroll bar nobody looks for.
    for (QScrollArea *area : root->findChildren<QScrollArea *>()) {
        if (area->isVisible() && area->horizontalScrollBar()->maximum() > 0)
            cut.append(QStringLiteral("the page is %1 px wider than the window").arg(area->horizontalScrollBar()->maximum()));
    }
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!widget->isVisible())
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            // A field's own clear button has no text and is sized by the field.
            if (button->text().isEmpty() && qobject_cast<QLineEdit *>(button->parentWidget()))
                continue;
            if (button->width() < button->sizeHint().width())
                cut.append(QStringLiteral("%1 \"%2\": %3 wide, needs %4")
                               .arg(describe(button), button->text())
                               .arg(button->width())
                               .arg(button->sizeHint().width()));
        }
        if (auto *label = qobject_cast<QLabel *>(widget); label && showsText(label)) {
            if (label->wordWrap()) {
                if (label->heightForWidth(label->width()) > label->height())
                    cut.append(QStringLiteral("%1 \"%2\": %3 high, needs %4")
                                   .arg(describe(label), label->text().left(60))
                                   .arg(label->height())
                                   .arg(label->heightForWidth(label->width())));
            } else if (label->sizeHint().width() > label->width()) {
                cut.append(QStringLiteral("%1 \"%2\": %3 wide, needs %4")
                               .arg(describe(label), label->text().left(60))
                               .arg(label->width())
                               .arg(label->sizeHint().width()));
            }
        }
    }
    return cut;
}

void TestWizardLanguage::switchOnTheWelcomePageRepaintsEverything()
{
    OnboardingWizard wizard;
    QVERIFY(openWizard(wizard));
    auto *welcome = qobject_cast<WelcomePage *>(wizard.currentPage());
    QVERIFY(welcome);
    QComboBox *languages = welcome->languageBox();
    QCOMPARE(languages->count(), 7);
    QCOMPARE(languages->itemText(0), QStringLiteral("System language"));
    QCOMPARE(languages->itemText(2), QStringLiteral("Nederlands"));

    // Walked once in English first: every page has state (a failed check, stored credentials)
    // that the switch must word again.
    walk(wizard, [](const QString &) {});
    if (QTest::currentTestFailed())
        return;
    wizard.startOver(OnboardingWizard::WelcomePageId);
    QCOMPARE(wizard.button(QWizard::NextButton)->text(), QStringLiteral("&Next >"));

    // German, chosen as a customer does: Qt's own texts come from qtbase's German translation.
    chooseLanguage(languages, QStringLiteral("de"));
    QCOMPARE(LanguageSettings::storedChoice(), QStringLiteral("de"));
    QCOMPARE(QLocale().language(), QLocale::German);
    QApplication::processEvents();
    QCOMPARE(wizard.button(QWizard::NextButton)->text(), QStringLiteral("&Weiter >"));
    QCOMPARE(wizard.button(QWizard::CancelButton)->text(), QStringLiteral("Abbrechen"));
    QCOMPARE(wizard.button(QWizard::NextButton)->accessibleName(), QStringLiteral("Weiter"));

    // Every text of every page marked: each one asked the translators again. Installed while the
    // pages hold their state, so nothing is built anew.
    MarkingTranslator marking;
    QCoreApplication::installTranslator(&marking);
    QApplication::processEvents();
    QStringList unmarked = checkMarks(&wizard, true);
    QVERIFY2(unmarked.isEmpty(), qPrintable(QStringLiteral("left untranslated on the Welcome page:\n") + unmarked.join('\n')));
    walk(wizard, [&wizard, &marking](const QString &name) {
        QStringList wrong = checkMarks(&wizard, true);
        QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("left untranslated on %1:\n").arg(name) + wrong.join('\n')));
        // Switched live while the page holds its state (a check's result, the parser's message):
        // worded again, not left in the language it was first shown in.
        QCoreApplication::removeTranslator(&marking);
        QApplication::processEvents();
        wrong = checkMarks(&wizard, false);
        QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("left in the previous language on %1:\n").arg(name) + wrong.join('\n')));
        QCoreApplication::installTranslator(&marking);
        QApplication::processEvents();
        wrong = checkMarks(&wizard, true);
        QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("left in the previous language on %1:\n").arg(name) + wrong.join('\n')));
    });
    if (QTest::currentTestFailed())
        return;
    {
        AboutDialog about(&wizard);
        about.show();
        QVERIFY(QTest::qWaitForWindowExposed(&about));
        const QStringList wrong = checkMarks(&about, true);
        QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("left untranslated in the About box:\n") + wrong.join('\n')));
    }

    // And back to English, from the Welcome page: nothing marked is left anywhere.
    wizard.startOver(OnboardingWizard::WelcomePageId);
    QCoreApplication::removeTranslator(&marking);
    chooseLanguage(languages, QStringLiteral("en"));
    QCOMPARE(LanguageSettings::storedChoice(), QStringLiteral("en"));
    QApplication::processEvents();
    QCOMPARE(wizard.button(QWizard::NextButton)->text(), QStringLiteral("&Next >"));
    QCOMPARE(wizard.windowTitle(), QStringLiteral("Connect Zoho to Optiply"));
    walk(wizard, [&wizard](const QString &name) {
        const QStringList wrong = checkMarks(&wizard, false);
        QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("left in the previous language on %1:\n").arg(name) + wrong.join('\n')));
    });
    LanguageSettings::choose(QString());
}

void TestWizardLanguage::pseudoLanguageLeavesNothingCutOff()
{
    QCOMPARE(PseudoTranslator::stretch(QStringLiteral("&Next >")).count(QLatin1Char('&')), 1);
    QVERIFY(PseudoTranslator::stretch(QStringLiteral("Step %1 of %2: %3")).contains(QStringLiteral("%1 óf %2: %3")));
    QVERIFY(PseudoTranslator::stretch(QStringLiteral("<b>Client ID</b>")).startsWith(QStringLiteral("[<b>Çlíéñt ÍD</b>")));

    LanguageSettings::apply(QStringLiteral("en"));
    PseudoTranslator pseudo;
    QCoreApplication::installTranslator(&pseudo);
    const QString dir = qEnvironmentVariable("ZOHO_SCREENSHOT_DIR", QDir::currentPath() + QStringLiteral("/screenshots"))
        + QStringLiteral("/pseudo/%1_%2x%3").arg(QString::fromLatin1(options.scale)).arg(options.screen.width()).arg(options.screen.height());
    QVERIFY(QDir().mkpath(dir));

    OnboardingWizard wizard;
    QVERIFY(openWizard(wizard));
    const QRect available = wizard.screen()->availableGeometry();
    const auto atPage = [&](const QString &name) {
        QApplication::processEvents();
        QApplication::processEvents(); // the header's height follows the page's texts
        auto *page = qobject_cast<AssistantPage *>(wizard.currentPage());
        QVERIFY(page);
        QVERIFY2(available.contains(wizard.frameGeometry()), qPrintable(name + QStringLiteral(": the window is off screen")));
        page->scrollArea()->verticalScrollBar()->setValue(0);
        QApplication::processEvents();
        QVERIFY(wizard.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
        const QStringList cut = cutOff(&wizard);
        QVERIFY2(cut.isEmpty(), qPrintable(QStringLiteral("cut off on %1 (%2 at %3x%4):\n")
                                               .arg(name, QString::fromLatin1(options.scale))
                                               .arg(options.screen.width())
                                               .arg(options.screen.height())
                                           + cut.join('\n')));
    };
    walk(wizard, atPage);
    if (!QTest::currentTestFailed())
        walkVerifyStates(wizard, atPage);
    QCoreApplication::removeTranslator(&pseudo);
}

void TestWizardLanguage::everyLanguageFitsAndIsShownForReview_data()
{
    QTest::addColumn<QString>("language");
    for (const char *language : {"nl", "de", "fr", "es", "pt"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

void TestWizardLanguage::everyLanguageFitsAndIsShownForReview()
{
    // The real translations, page by page: written out for a native speaker to review, and held to
    // the same fit as the pseudo-language.
    QFETCH(QString, language);
    LanguageSettings::apply(language);
    QTranslator own;
    QVERIFY(own.load(QStringLiteral("zoho-onboarding_") + language, QStringLiteral(ZOHO_QM_DIR)));
    QCoreApplication::installTranslator(&own);
    const QString dir = qEnvironmentVariable("ZOHO_SCREENSHOT_DIR", QDir::currentPath() + QStringLiteral("/screenshots"))
        + QStringLiteral("/languages/%1/%2_%3x%4").arg(language, QString::fromLatin1(options.scale)).arg(options.screen.width()).arg(options.screen.height());
    QVERIFY(QDir().mkpath(dir));

    OnboardingWizard wizard;
    QVERIFY(openWizard(wizard));
    // Qt's own button and ours both speak the language.
    QVERIFY(wizard.button(QWizard::NextButton)->text() != QStringLiteral("&Next >"));
    QVERIFY(wizard.windowTitle() != QStringLiteral("Connect Zoho to Optiply"));
    const auto atPage = [&](const QString &name) {
        QApplication::processEvents();
        QApplication::processEvents();
        auto *page = qobject_cast<AssistantPage *>(wizard.currentPage());
        QVERIFY(page);
        page->scrollArea()->verticalScrollBar()->setValue(0);
        QApplication::processEvents();
        QVERIFY(wizard.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
        const QStringList cut = cutOff(&wizard);
        QVERIFY2(cut.isEmpty(), qPrintable(QStringLiteral("cut off on %1 in %2:\n").arg(name, language) + cut.join('\n')));
    };
    walk(wizard, atPage);
    if (!QTest::currentTestFailed())
        walkVerifyStates(wizard, atPage);
    QCoreApplication::removeTranslator(&own);
    LanguageSettings::apply(QStringLiteral("en"));
}

void TestWizardLanguage::walkVerifyStates(OnboardingWizard &wizard, const std::function<void(const QString &)> &atState)
{
    // A free port for the sign-in's listener, held by another program at first.
    QTcpServer inTheWay;
    QVERIFY(inTheWay.listen(QHostAddress::LocalHost));
    qputenv(LoopbackAddress::portVariable, QByteArray::number(inTheWay.serverPort()));
    wizard.setUrlOpener([](const QUrl &) { return true; }); // the browser shows Zoho's page, and waits

    wizard.startOver(OnboardingWizard::CredentialsPageId);
    QVERIFY(WizardDriver::paste(wizard, knownClientId, secret));

    // This Zoho judges the check's impossible code first, so the check cannot tell that the
    // assistant's address is missing: the walk reaches the sign-in and its failures.
    m_driver.zoho().setCodeCheckedFirst(true);
    m_driver.zoho().setFault(QStringLiteral("eu"), ZohoAccountsEmulator::Fault::Throttle);
    wizard.next();
    auto *verify = qobject_cast<VerifyPage *>(wizard.currentPage());
    QVERIFY(verify);
    QTRY_COMPARE_WITH_TIMEOUT(verify->state(), VerifyPage::State::CheckFailed, 15000);
    QCOMPARE(verify->fix(), VerifyPage::Fix::WaitAndRetry);
    m_driver.zoho().setFault(QStringLiteral("eu"), ZohoAccountsEmulator::Fault::None);
    atState(QStringLiteral("12-verify-throttled"));
    if (QTest::currentTestFailed())
        return;

    wizard.back();
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(verify->pasteBox()->isVisible(), 15000);
    QCOMPARE(verify->state(), VerifyPage::State::SigningIn);
    verify->pastedAddressEdit()->setText(QStringLiteral("https://example.com/not-zoho"));
    verify->submitAddressButton()->click();
    QVERIFY(verify->findChild<QLabel *>(QStringLiteral("pasteError"))->isVisible());
    atState(QStringLiteral("13-verify-paste-address"));
    if (QTest::currentTestFailed())
        return;

    {
        // Saved without the sign-in, and the keychain refuses: not saved.
        const KeychainRefusal refusal;
        QVERIFY2(refusal.isInPlace(), qPrintable(refusal.errorString()));
        verify->skipSignInButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(verify->state(), VerifyPage::State::StoreFailed, 15000);
        atState(QStringLiteral("14-verify-not-saved"));
        if (QTest::currentTestFailed())
            return;
    }

    // Nothing in the way now, and a browser that follows Zoho's redirect back to the assistant.
    wizard.back();
    inTheWay.close();
    wizard.setUrlOpener([this](const QUrl &url) {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
        QNetworkReply *reply = m_browser.get(request);
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        return true;
    });
    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(verify->state(), VerifyPage::State::SignInFailed, 15000);
    QCOMPARE(verify->fix(), VerifyPage::Fix::AddRedirectAddress);
    verify->fixButton()->click();
    atState(QStringLiteral("15-verify-add-redirect-address"));
    if (QTest::currentTestFailed())
        return;

    // Zoho throttles the sign-in's code exchange: wait, beside Sign In Again and Save Without.
    wizard.back();
    m_driver.zoho().setFault(QStringLiteral("eu"), ZohoAccountsEmulator::Fault::Throttle, ZohoAccountsEmulator::Endpoint::CodeExchange);
    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(verify->state(), VerifyPage::State::SignInFailed, 15000);
    m_driver.zoho().setFault(QStringLiteral("eu"), ZohoAccountsEmulator::Fault::None, ZohoAccountsEmulator::Endpoint::CodeExchange);
    QCOMPARE(verify->fix(), VerifyPage::Fix::WaitAndRetry);
    QVERIFY(verify->skipSignInButton()->isVisible());
    atState(QStringLiteral("16-verify-sign-in-throttled"));
    if (QTest::currentTestFailed())
        return;

    // Optiply's address missing: the check is refused, and the fix shows that address.
    wizard.back();
    m_driver.zoho().setCodeCheckedFirst(false);
    QVERIFY(WizardDriver::paste(wizard, noAddressClientId, secret));
    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(verify->state(), VerifyPage::State::CheckFailed, 15000);
    QCOMPARE(verify->fix(), VerifyPage::Fix::AddRedirectAddress);
    verify->fixButton()->click();
    atState(QStringLiteral("17-verify-add-integration-address"));
    wizard.setUrlOpener([](const QUrl &) { return true; });
}

void TestWizardLanguage::noTwoShortcutsShareALetter_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : shippedLanguages)
        QTest::newRow(qPrintable(language)) << language;
}

void TestWizardLanguage::noTwoShortcutsShareALetter()
{
    // Alt plus a letter presses one thing: on every page, in every state walked, in the About box,
    // in every language shipped (Qt's translated Back/Next/Cancel/Finish included).
    if (options.scale != "1")
        QSKIP("the letters do not depend on the scale: checked at 1 only");
    QFETCH(QString, language);
    QVERIFY(LanguageSettings::apply(language) || language == QLatin1String("en"));
    OnboardingWizard wizard;
    QVERIFY(openWizard(wizard));
    if (language != QLatin1String("en"))
        QVERIFY(wizard.button(QWizard::NextButton)->text() != QStringLiteral("&Next >"));

    QStringList clashes;
    int checked = 0;
    const auto check = [&](QWidget *window, const QString &where) {
        QApplication::processEvents();
        ++checked;
        for (const QString &clash : shortcutClashes(window)) {
            clashes.append(where + QStringLiteral(": ") + clash);
            qWarning().noquote() << language << clashes.constLast();
        }
    };
    walk(wizard, [&](const QString &name) { check(&wizard, name); });
    walkVerifyStates(wizard, [&](const QString &name) { check(&wizard, name); });
    {
        AboutDialog about(&wizard);
        about.show();
        QVERIFY(QTest::qWaitForWindowExposed(&about));
        check(&about, QStringLiteral("About box"));
    }
    LanguageSettings::apply(QStringLiteral("en"));
    QCOMPARE(checked, 20);
    QVERIFY2(clashes.isEmpty(), qPrintable(QStringLiteral("%1 times one Alt shortcut for two controls in %2 (listed above)")
                                               .arg(clashes.size())
                                               .arg(language)));
}

void TestWizardLanguage::stateTextsFollowALiveSwitch()
{
    // Texts that come from a state rather than from the page's build, each put on screen in English,
    // the language then switched: each is worded again, as a window built in that language words it.
    LanguageSettings::apply(QStringLiteral("en"));

    // The accounts-server setting the wizard ignored (Welcome page).
    const QByteArray servers = qgetenv("ZOHO_ONBOARDING_ACCOUNTS_SERVERS");
    qputenv("ZOHO_ONBOARDING_ACCOUNTS_SERVERS", "not-a-setting");
    QString warningBefore;
    QString warningAfter;
    QString warningFresh;
    {
        OnboardingWizard wizard;
        wizard.setKeychainService(keychainService);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto *warning = wizard.currentPage()->findChild<QLabel *>(QStringLiteral("configurationWarning"));
        QVERIFY(warning && warning->isVisible());
        warningBefore = warning->text();
        QVERIFY(LanguageSettings::apply(QStringLiteral("de")));
        QApplication::processEvents();
        warningAfter = warning->text();
        OnboardingWizard fresh;
        fresh.setKeychainService(keychainService);
        fresh.restart();
        warningFresh = fresh.currentPage()->findChild<QLabel *>(QStringLiteral("configurationWarning"))->text();
        LanguageSettings::apply(QStringLiteral("en"));
    }
    qputenv("ZOHO_ONBOARDING_ACCOUNTS_SERVERS", servers);
    QVERIFY2(warningBefore.startsWith(QLatin1String("The accounts-server setting was ignored")), qPrintable(warningBefore));
    QVERIFY2(warningBefore.contains(QLatin1String("is not CODE=URL")), qPrintable(warningBefore));
    QCOMPARE(warningAfter, warningFresh);
    QVERIFY2(!warningAfter.contains(QLatin1String("is not CODE=URL")), qPrintable(warningAfter));

    // The pasted address that is not Zoho's answer, and the keychain's failure (verify page).
    OnboardingWizard wizard;
    QVERIFY(openWizard(wizard));
    const QString pasteEnglish = ZohoSignIn::describe(ZohoSignIn::AddressProblem::NotZohosAnswer);
    const QString keychainEnglish = SecretStore::messageFor(refusedKind, SecretStore::Operation::Save);
    QStringList seen;
    walkVerifyStates(wizard, [&](const QString &name) {
        auto *verify = qobject_cast<VerifyPage *>(wizard.currentPage());
        QLabel *shown = nullptr;
        QString english;
        QString worded;
        if (name == QLatin1String("13-verify-paste-address")) {
            shown = verify->findChild<QLabel *>(QStringLiteral("pasteError"));
            english = pasteEnglish;
        } else if (name == QLatin1String("14-verify-not-saved")) {
            shown = verify->adviceLabel();
            english = keychainEnglish;
        } else {
            return;
        }
        seen.append(name);
        QCOMPARE(shown->text(), english);
        for (const QString &language : {QStringLiteral("fr"), QStringLiteral("en")}) {
            QVERIFY(LanguageSettings::apply(language));
            QApplication::processEvents();
            worded = name.startsWith(QLatin1String("13")) ? ZohoSignIn::describe(ZohoSignIn::AddressProblem::NotZohosAnswer)
                                                          : SecretStore::messageFor(refusedKind, SecretStore::Operation::Save);
            QCOMPARE(shown->text(), worded);
            QVERIFY(shown->isVisible());
            QCOMPARE(worded == english, language == QLatin1String("en"));
        }
    });
    QCOMPARE(seen.size(), 2);

    // The keychain's failure to forget (status page): the keychain refuses, so forgetting fails.
    {
        const KeychainRefusal refusal;
        QVERIFY2(refusal.isInPlace(), qPrintable(refusal.errorString()));
        Credentials stored{clientId, secret, QStringLiteral("eu"), QDateTime::currentDateTimeUtc()};
        wizard.setStoredCredentials(stored);
        wizard.startOver(OnboardingWizard::StatusPageId);
        auto *status = qobject_cast<StatusPage *>(wizard.currentPage());
        QVERIFY(status);
        bool answered = false;
        QTimer::singleShot(0, this, [&answered] {
            // The person at the question "Forget the stored credentials?" clicks Forget Them.
            for (QWidget *top : QApplication::topLevelWidgets()) {
                auto *box = qobject_cast<QMessageBox *>(top);
                if (!box || box->objectName() != QLatin1String("confirmForgetBox"))
                    continue;
                for (QAbstractButton *button : box->buttons()) {
                    if (box->buttonRole(button) == QMessageBox::DestructiveRole) {
                        answered = true;
                        button->click();
                    }
                }
            }
        });
        status->forgetButton()->click();
        QVERIFY(answered);
        auto *message = status->findChild<QLabel *>(QStringLiteral("statusMessage"));
        QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 10000);
        const QString forgetEnglish = SecretStore::messageFor(refusedKind, SecretStore::Operation::Remove);
        QCOMPARE(message->text(), forgetEnglish);
        QVERIFY(LanguageSettings::apply(QStringLiteral("es")));
        QApplication::processEvents();
        QVERIFY(message->text() != forgetEnglish);
        QCOMPARE(message->text(), SecretStore::messageFor(refusedKind, SecretStore::Operation::Remove));
    }
    LanguageSettings::apply(QStringLiteral("en"));

    // The About box, open while the language changes.
    AboutDialog about(&wizard);
    about.show();
    QVERIFY(QTest::qWaitForWindowExposed(&about));
    auto *copy = about.findChild<QPushButton *>(QStringLiteral("copyDetailsButton"));
    copy->click(); // its "Copied" note is worded again too
    const auto texts = [](QWidget *box) {
        QStringList all{box->windowTitle()};
        for (QLabel *label : box->findChildren<QLabel *>())
            all.append(label->text());
        for (QAbstractButton *button : box->findChildren<QAbstractButton *>())
            all.append(button->text() + QLatin1Char('|') + button->accessibleName());
        return all;
    };
    const QStringList english = texts(&about);
    QVERIFY(LanguageSettings::apply(QStringLiteral("nl")));
    QApplication::processEvents();
    AboutDialog fresh(&wizard);
    fresh.findChild<QPushButton *>(QStringLiteral("copyDetailsButton"))->click();
    const QStringList dutch = texts(&about);
    QCOMPARE(dutch, texts(&fresh));
    QVERIFY(dutch.contains(QStringLiteral("Sluiten|Sluiten"))); // Qt's own Close, and its name
    QVERIFY(!dutch.contains(QStringLiteral("Close|Close")));
    int changed = 0;
    for (qsizetype i = 0; i < english.size(); ++i)
        changed += english.at(i) != dutch.at(i) ? 1 : 0;
    QVERIFY2(changed >= 7, qPrintable(dutch.join(QLatin1Char('\n'))));
    LanguageSettings::apply(QStringLiteral("en"));
}

// Arrowing through the closed Language box says each language's name and switches nothing: the
// window changes language when one is chosen (Enter, a pick from the open list, or leaving the box).
void TestWizardLanguage::languageSwitchesWhenChosenNotWhileBrowsing()
{
    LanguageSettings::choose(QStringLiteral("en"));
    OnboardingWizard wizard;
    QVERIFY(openWizard(wizard, QString()));
    auto *welcome = qobject_cast<WelcomePage *>(wizard.currentPage());
    QVERIFY(welcome);
    QComboBox *languages = welcome->languageBox();
    languages->setFocus();
    QTRY_VERIFY(languages->hasFocus());
    const QString english = wizard.button(QWizard::NextButton)->text();
    QCOMPARE(english, QStringLiteral("&Next >"));

    // Down through Nederlands, Deutsch, Français: shown, not applied.
    for (int i = 0; i < 3; ++i) {
        QTest::keyClick(languages, Qt::Key_Down);
        QApplication::processEvents();
        QCOMPARE(wizard.button(QWizard::NextButton)->text(), english);
        QCOMPARE(LanguageSettings::storedChoice(), QStringLiteral("en"));
    }
    QCOMPARE(languages->currentData().toString(), QStringLiteral("fr"));
    // Enter takes it: French everywhere, and the page stays (Enter was the box's, not Next's).
    QTest::keyClick(languages, Qt::Key_Return);
    QApplication::processEvents();
    QCOMPARE(LanguageSettings::storedChoice(), QStringLiteral("fr"));
    QCOMPARE(wizard.currentId(), int(OnboardingWizard::WelcomePageId));
    QCOMPARE(wizard.button(QWizard::NextButton)->text(), QStringLiteral("&Suivant >"));

    // Up to Deutsch, then Tab away: leaving the box takes what it shows.
    QTest::keyClick(languages, Qt::Key_Up);
    QApplication::processEvents();
    QCOMPARE(LanguageSettings::storedChoice(), QStringLiteral("fr"));
    QTest::keyClick(languages, Qt::Key_Tab);
    QApplication::processEvents();
    QCOMPARE(LanguageSettings::storedChoice(), QStringLiteral("de"));
    QCOMPARE(wizard.button(QWizard::NextButton)->text(), QStringLiteral("&Weiter >"));

    // Enter on the language already in use is Next, as everywhere else on the page.
    languages->setFocus();
    QTest::keyClick(languages, Qt::Key_Return);
    QTRY_COMPARE(wizard.currentId(), int(OnboardingWizard::OpenConsolePageId));
    LanguageSettings::choose(QString());
    LanguageSettings::apply(QStringLiteral("en"));
}

void TestWizardLanguage::textsNameButtonsByTheirLabels_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : shippedLanguages)
        QTest::newRow(qPrintable(language)) << language;
}

// A text that names a button names it as the button reads, in every language: the guide's own
// buttons (Open the Zoho API Console, Copy), Qt's (Back, Finish), and the picture of step 1 shows
// the button's words in that language too.
void TestWizardLanguage::textsNameButtonsByTheirLabels()
{
    QFETCH(QString, language);
    QVERIFY(LanguageSettings::apply(language) || language == QLatin1String("en"));
    OnboardingWizard wizard;
    QVERIFY(openWizard(wizard, QStringLiteral("auto")));
    wizard.ensureAllPages();
    const auto label = [](const QString &buttonText) { return OnboardingGuide::plainLabel(buttonText); };

    // On step 1, as the customer sees it (its picture at the size the window gives it).
    wizard.next();
    QApplication::processEvents();
    auto *step1 = qobject_cast<GuideStepPage *>(wizard.currentPage());
    QVERIFY(step1);
    QCOMPARE(wizard.currentId(), int(OnboardingWizard::OpenConsolePageId));
    const QString openConsole = label(step1->openConsoleButton()->text());
    const QString step1Text = step1->findChild<QLabel *>(QStringLiteral("instructions"))->text();
    QVERIFY2(step1Text.contains(QStringLiteral("<b>%1</b>").arg(openConsole.toHtmlEscaped())),
             qPrintable(openConsole + QStringLiteral(" not in: ") + step1Text));
    const auto *picture = step1->findChild<IllustrationView *>();
    QVERIFY(picture);
    QCOMPARE(picture->words().value(QStringLiteral("words-open-console")), openConsole);
    // Drawn on one line inside the button of the picture, at the size the window has now.
    const QRectF wordsArea = picture->wordsArea(QStringLiteral("words-open-console"));
    QVERIFY(!wordsArea.isEmpty());
    QVERIFY2(QFontMetricsF(picture->wordsFont(QStringLiteral("words-open-console"))).horizontalAdvance(openConsole)
                 <= wordsArea.width(),
             qPrintable(openConsole));
    if (language != QLatin1String("en"))
        QVERIFY2(openConsole != QStringLiteral("Open the Zoho API Console"), qPrintable(openConsole));
    // "Go back and choose your data center": the Back button by its label.
    const QString note = step1->findChild<QLabel *>(QStringLiteral("consoleNote"))->text();
    QVERIFY2(note.contains(wizard.buttonLabel(QWizard::BackButton)), qPrintable(note));
    QCOMPARE(wizard.buttonLabel(QWizard::BackButton), label(wizard.button(QWizard::BackButton)->text()));

    auto *step3 = qobject_cast<GuideStepPage *>(wizard.page(OnboardingWizard::FillDetailsPageId));
    QVERIFY(step3 && !step3->formFields().isEmpty());
    const QString copy = label(step3->formFields().constFirst()->copyButton()->text());
    const QString step3Text = step3->findChild<QLabel *>(QStringLiteral("instructions"))->text();
    QVERIFY2(step3Text.contains(QStringLiteral("<b>%1</b>").arg(copy.toHtmlEscaped())), qPrintable(step3Text));

    // The Done page's note about Finish names Qt's Finish button as it reads.
    QWidget *done = wizard.page(OnboardingWizard::DonePageId);
    const QString finish = label(wizard.button(QWizard::FinishButton)->text());
    const QString clipboardNote = done->findChild<QLabel *>(QStringLiteral("clipboardNote"))->text();
    QVERIFY2(clipboardNote.contains(finish), qPrintable(finish + QStringLiteral(" not in: ") + clipboardNote));
    LanguageSettings::apply(QStringLiteral("en"));
}

// Qt has no European Portuguese of its own: the wizard's and the About box's buttons get
// Portugal's words from the assistant's translation, not English and not Brazil's.
void TestWizardLanguage::portugueseButtonsArePortugals()
{
    QVERIFY(LanguageSettings::apply(QStringLiteral("pt")));
    QCOMPARE(QLocale().territory(), QLocale::Portugal);
    OnboardingWizard wizard;
    QVERIFY(openWizard(wizard, QString()));
    QCOMPARE(wizard.button(QWizard::NextButton)->text(), QStringLiteral("&Seguinte >"));
    QCOMPARE(wizard.button(QWizard::BackButton)->text(), QStringLiteral("< &Voltar"));
    QCOMPARE(wizard.button(QWizard::FinishButton)->text(), QStringLiteral("&Concluir"));
    QCOMPARE(wizard.button(QWizard::CancelButton)->text(), QStringLiteral("Cancelar"));
    QCOMPARE(wizard.button(QWizard::NextButton)->accessibleName(), QStringLiteral("Seguinte"));
    {
        AboutDialog about(&wizard);
        QCOMPARE(about.findChild<QPushButton *>(QStringLiteral("closeButton"))->text(), QStringLiteral("Fechar"));
    }
    // Switched live to Dutch and back: Qt's own Dutch words, then Portugal's again.
    LanguageSettings::apply(QStringLiteral("nl"));
    QApplication::processEvents();
    QCOMPARE(wizard.button(QWizard::NextButton)->text(), QStringLiteral("&Volgende >"));
    LanguageSettings::apply(QStringLiteral("pt"));
    QApplication::processEvents();
    QCOMPARE(wizard.button(QWizard::NextButton)->text(), QStringLiteral("&Seguinte >"));
    LanguageSettings::apply(QStringLiteral("en"));
    QApplication::processEvents();
    QCOMPARE(wizard.button(QWizard::NextButton)->text(), QStringLiteral("&Next >"));
}

void TestWizardLanguage::supportDetailsSayTheyAreEnglish_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("english");
    QTest::newRow("nl") << QStringLiteral("nl") << QStringLiteral("Engels");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Englisch");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("anglais");
    QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("inglés");
    QTest::newRow("pt") << QStringLiteral("pt") << QStringLiteral("inglês");
}

// Zoho's error lines stay English (support reads them); the heading over them, in the customer's
// language, says so, and a screen reader hears heading and lines together.
void TestWizardLanguage::supportDetailsSayTheyAreEnglish()
{
    QFETCH(QString, language);
    QFETCH(QString, english);
    QVERIFY(LanguageSettings::apply(language));
    SupportDetailsView view;
    QVERIFY(view.isHidden());
    const QString line = QStringLiteral("access_denied: declined on Zoho's page");
    view.setDetails(line);
    QVERIFY(!view.isHidden());
    QVERIFY2(view.heading()->text().contains(english), qPrintable(view.heading()->text()));
    QCOMPARE(view.detailsLabel()->text(), line);
    QVERIFY(view.detailsLabel()->accessibleName().contains(view.heading()->text().chopped(1)));
    QVERIFY(view.detailsLabel()->accessibleName().endsWith(line));
    view.setDetails(QString());
    QVERIFY(view.isHidden());
    LanguageSettings::apply(QStringLiteral("en"));
}

int main(int argc, char *argv[])
{
    // Options of this test, read before the application exists: they decide its screen.
    QList<char *> rest;
    for (int i = 0; i < argc; ++i) {
        if (!OffscreenScreen::readOption(argc, argv, &i, &options.scale, &options.screen))
            rest.append(argv[i]);
    }
    // In the working folder: on Windows the screen's file must be on its drive (see OffscreenScreen::use).
    QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/offscreen-screen-XXXXXX"));
    if (!OffscreenScreen::use(dir.path(), options.screen, options.scale))
        return 2;
    int restCount = int(rest.size());
    QApplication app(restCount, rest.data());
    TestWizardLanguage test;
    return QTest::qExec(&test, restCount, rest.data());
}

#include "tst_wizardlanguage.moc"
