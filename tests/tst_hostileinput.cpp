// Text the assistant did not write, met where it could do harm: a keychain item that another
// program of the user's wrote (secret-tool, into a real gnome-keyring: tests/keyring-session.sh)
// read by `status`, by `store` and by the wizard; an accounts-server setting shown on the Welcome
// page; a command line's own arguments echoed in a usage error. None may steer a terminal, render
// as markup, or be taken as credentials.

#include "accountsservermap.h"
#include "environmentfornow.h"
#include "onboardingwizard.h"
#include "outsideview.h"
#include "pages/welcomepage.h"
#include "secretstore.h"

#include <QApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

namespace {

const QString clientId = QStringLiteral("1000.GMB0YULZHJK411248S8I5GZ4CHUEX0");
const QString secret = QStringLiteral("0123456789abcdef0123456789abcdef0123456789");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QString all() const { return out + err; }
};

// The first character a terminal would act on (C0 but line feed, DEL, C1, bidi controls), or null.
QChar firstControl(const QString &text)
{
    for (const QChar c : text) {
        if (c == QLatin1Char('\n'))
            continue;
        if (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() < 0xa0) || c.category() == QChar::Other_Format)
            return c;
    }
    return {};
}

QByteArray itemWith(const QString &id, const QString &itemSecret = secret)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("version"), 1},
                                     {QStringLiteral("client_id"), id},
                                     {QStringLiteral("client_secret"), itemSecret},
                                     {QStringLiteral("data_center"), QStringLiteral("eu")},
                                     {QStringLiteral("stored_at"), QStringLiteral("2026-11-28T12:00:05Z")}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void keychainItemOfAnotherProgram_data();
    void keychainItemOfAnotherProgram();
    void wizardReportsADamagedItem();
    void welcomeWarningQuotesTheSettingAsWritten_data();
    void welcomeWarningQuotesTheSettingAsWritten();
    void usageErrorsEchoNoControlCharacters();
    void settingsOfAnotherProgramReachNoReport();

private:
    Run run(const QStringList &arguments, const QByteArray &input = QByteArray(),
            const QString &accountsServers = QString()) const;

    QString m_binary;
};

void TestHostileInput::initTestCase()
{
    m_binary = qEnvironmentVariable("ZOHO_ONBOARDING_BINARY");
    QVERIFY2(QFileInfo(m_binary).isExecutable(), "ZOHO_ONBOARDING_BINARY must name the built zoho-onboarding");
    QVERIFY2(qEnvironmentVariableIsSet("ZOHO_TEST_SANDBOX") && OutsideView::keychainIsPrivate(),
             "run through tests/keyring-session.sh: this test writes the keychain's real item");
}

void TestHostileInput::init()
{
    OutsideView::clearKeychain(SecretStore::defaultService());
}

Run TestHostileInput::run(const QStringList &arguments, const QByteArray &input, const QString &accountsServers) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Nothing here may reach the real Zoho: every data center on a port nobody listens on.
    environment.insert(QString::fromLatin1(AccountsServerMap::environmentVariable),
                       accountsServers.isNull() ? QStringLiteral("eu=http://127.0.0.1:9") : accountsServers);
    process.setProcessEnvironment(environment);
    process.start(m_binary, arguments);
    Run result;
    if (!process.waitForStarted(5000))
        return result;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(15000)) {
        process.kill();
        process.waitForFinished(2000);
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    // Windows ends the lines of standard output and error with CR LF.
    result.out = QString::fromUtf8(process.readAllStandardOutput()).replace(QLatin1String("\r\n"), QLatin1String("\n"));
    result.err = QString::fromUtf8(process.readAllStandardError()).replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return result;
}

void TestHostileInput::keychainItemOfAnotherProgram_data()
{
    QTest::addColumn<QByteArray>("item");
    QTest::addColumn<QString>("marker"); // a piece of the hostile text that must not be shown
    QTest::newRow("ID that retitles and clears the terminal")
        << itemWith(QStringLiteral("\x1b]0;PWNED\x07\x1b[2J") + clientId) << QStringLiteral("PWNED");
    QTest::newRow("ID as a heading") << itemWith(QStringLiteral("<h1>PWNED</h1>") + clientId.mid(5))
                                     << QStringLiteral("PWNED");
    QTest::newRow("secret that recolours the fingerprint")
        << itemWith(clientId, secret + QStringLiteral("\x1b[31mPWNED")) << QStringLiteral("PWNED");
    QTest::newRow("not JSON") << QByteArray("PWNED \x1b[2J") << QStringLiteral("PWNED");
}

void TestHostileInput::keychainItemOfAnotherProgram()
{
    QFETCH(QByteArray, item);
    QFETCH(QString, marker);
    QVERIFY(OutsideView::writeKeychainItem(SecretStore::defaultService(), item));

    // The core: reported as damaged, never loaded.
    {
        SecretStore store;
        QSignalSpy loaded(&store, &SecretStore::loaded);
        QSignalSpy failed(&store, &SecretStore::failed);
        store.load();
        QVERIFY(failed.wait(10000));
        QCOMPARE(loaded.size(), 0);
        QCOMPARE(failed.first().first().value<SecretStore::Error>().kind, SecretStore::ErrorKind::Corrupt);
    }

    // status: damaged, with the way out, and nothing of the item on the terminal.
    const Run status = run({QStringLiteral("status")});
    QVERIFY2(status.exitCode == 3, qPrintable(status.all()));
    QVERIFY2(status.err.contains(QLatin1String("zoho-onboarding forget")), qPrintable(status.all()));
    QVERIFY2(firstControl(status.all()).isNull(), qPrintable(status.all()));
    QVERIFY2(!status.all().contains(marker), qPrintable(status.all()));
    const Run json = run({QStringLiteral("status"), QStringLiteral("--json")});
    const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(object.value(QStringLiteral("stored")), QJsonValue(false));
    QCOMPARE(object.value(QStringLiteral("error")).toString(), QStringLiteral("corrupt"));
    QVERIFY2(!json.out.contains(marker), qPrintable(json.out));

    // store: no "already stored" question about it; the damaged item is replaced, and it says so.
    const Run store = run({QStringLiteral("store"), QStringLiteral("--no-check"), QStringLiteral("--data-center"),
                           QStringLiteral("eu")},
                          (clientId + QLatin1Char('\n') + secret + QLatin1Char('\n')).toUtf8());
    QVERIFY2(store.exitCode == 0, qPrintable(store.all()));
    QVERIFY2(store.err.contains(QLatin1String("damaged")), qPrintable(store.all()));
    QVERIFY2(firstControl(store.all()).isNull(), qPrintable(store.all()));
    QVERIFY2(!store.all().contains(marker), qPrintable(store.all()));
    const QJsonObject stored = QJsonDocument::fromJson(OutsideView::keychainItem(SecretStore::defaultService())).object();
    QCOMPARE(stored.value(QStringLiteral("client_id")).toString(), clientId);
    QCOMPARE(stored.value(QStringLiteral("client_secret")).toString(), secret);

    // And status now reads the item the assistant wrote.
    const Run after = run({QStringLiteral("status")});
    QVERIFY2(after.exitCode == 0 && after.out.contains(QStringLiteral("1000.GMB0…UEX0")), qPrintable(after.all()));
}

void TestHostileInput::wizardReportsADamagedItem()
{
    const QString service = QStringLiteral("zoho-onboarding-hostile-test");
    OutsideView::clearKeychain(service);
    QVERIFY(OutsideView::writeKeychainItem(service, itemWith(QStringLiteral("<h1>PWNED</h1>") + clientId.mid(5))));

    OnboardingWizard wizard;
    wizard.setKeychainService(service);
    QSignalSpy checked(&wizard, &OnboardingWizard::storedCredentialsCheckFinished);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(checked.wait(15000));
    QCOMPARE(checked.first().first().toBool(), false);
    QVERIFY(wizard.storedCredentialsDamaged());
    // Still the Welcome page (no status page for credentials that are not there), which says why.
    QCOMPARE(wizard.currentId(), int(OnboardingWizard::WelcomePageId));
    auto *warning = wizard.currentPage()->findChild<QLabel *>(QStringLiteral("damagedItemWarning"));
    QVERIFY(warning);
    QTRY_VERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(QLatin1String("replaces it")), qPrintable(warning->text()));
    // Nothing of the item is on screen, in any label.
    for (const QLabel *label : wizard.findChildren<QLabel *>())
        QVERIFY2(!label->text().contains(QLatin1String("PWNED")), qPrintable(label->objectName()));
    OutsideView::clearKeychain(service);
}

void TestHostileInput::welcomeWarningQuotesTheSettingAsWritten_data()
{
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QString>("shown"); // what the warning must contain, character for character
    QTest::newRow("not CODE=URL") << QStringLiteral("xx") << QStringLiteral("\"xx\" is not CODE=URL");
    QTest::newRow("markup as a code") << QStringLiteral("<b>x</b>&amp;=https://a.example")
                                      << QStringLiteral("\"<b>x</b>&amp;\" is not a Zoho data center");
    QTest::newRow("escape sequence") << QStringLiteral("x\x1b[2Jy") << QStringLiteral("\"x [2Jy\" is not CODE=URL");
}

void TestHostileInput::welcomeWarningQuotesTheSettingAsWritten()
{
    QFETCH(QString, setting);
    QFETCH(QString, shown);
    const EnvironmentForNow environment({{AccountsServerMap::environmentVariable, setting.toUtf8()}});
    OnboardingWizard wizard;
    wizard.setKeychainService(QStringLiteral("zoho-onboarding-hostile-test"));
    auto *page = qobject_cast<WelcomePage *>(wizard.page(OnboardingWizard::WelcomePageId));
    QVERIFY(page);
    auto *warning = page->findChild<QLabel *>(QStringLiteral("configurationWarning"));
    QVERIFY(warning);
    // What a person reads: the setting as written, no entity, no tag rendered, no control character.
    QCOMPARE(warning->textFormat(), Qt::PlainText);
    QVERIFY2(warning->text().contains(shown), qPrintable(warning->text()));
    QVERIFY2(!warning->text().contains(QLatin1String("&quot;")), qPrintable(warning->text()));
    QVERIFY2(firstControl(warning->text()).isNull(), qPrintable(warning->text()));
}

void TestHostileInput::usageErrorsEchoNoControlCharacters()
{
    // A setting, an option value and an unknown option: each is echoed in the usage error.
    for (const auto &[arguments, servers] :
         {std::pair{QStringList{QStringLiteral("status")}, QStringLiteral("x\x1b]0;PWNED\x07=1")},
          std::pair{QStringList{QStringLiteral("check"), QStringLiteral("--data-center"), QStringLiteral("e\x1b[2Ju")},
                    QString()},
          std::pair{QStringList{QStringLiteral("--\x1b[31mred")}, QString()}}) {
        const Run result = run(arguments, QByteArray(), servers);
        QVERIFY2(result.exitCode == 2, qPrintable(result.all()));
        QVERIFY2(firstControl(result.all()).isNull(), qPrintable(result.all()));
    }
}

void TestHostileInput::settingsOfAnotherProgramReachNoReport()
{
    // The last verification, as any program could rewrite it in the settings file: read back by
    // diagnose (text and JSON) and the support report a customer pastes into a chat.
    QCoreApplication::setOrganizationName(QStringLiteral("Optiply"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("optiply.com"));
    QCoreApplication::setApplicationName(QStringLiteral("zoho-onboarding"));
    {
        QSettings settings;
        settings.beginGroup(QStringLiteral("lastVerification"));
        settings.setValue(QStringLiteral("stage"), QStringLiteral("check\x1b]0;PWNED\x07"));
        settings.setValue(QStringLiteral("status"), QStringLiteral("network_error"));
        settings.setValue(QStringLiteral("cause"), QStringLiteral("<b>PWNED</b>\u202eDENWP"));
        settings.setValue(QStringLiteral("zohoError"), QStringLiteral("x\x9b" "2JPWNED"));
        settings.setValue(QStringLiteral("dataCenter"), QStringLiteral("eu\nOK: PWNED"));
        settings.setValue(QStringLiteral("reference"), QStringLiteral("PWNED\x1b[2J"));
        settings.setValue(QStringLiteral("when"), QStringLiteral("2026-12-01T10:00:00Z"));
    }
    const QStringList diagnose{QStringLiteral("diagnose"), QStringLiteral("--data-center"), QStringLiteral("eu"),
                               QStringLiteral("--timeout"), QStringLiteral("2")};
    for (const QStringList &arguments : {diagnose, diagnose + QStringList{QStringLiteral("--json")}}) {
        const Run result = run(arguments);
        QVERIFY2(result.exitCode == 0 || result.exitCode == 1, qPrintable(result.all()));
        QVERIFY2(result.out.contains(QLatin1String("2026-12-01")), qPrintable(result.out)); // the record was read
        QVERIFY2(firstControl(result.all()).isNull(), qPrintable(result.all()));
        QVERIFY2(!result.all().contains(QLatin1String("PWNED")) && !result.all().contains(QLatin1String("DENWP")),
                 qPrintable(result.all()));
    }
    QSettings().remove(QStringLiteral("lastVerification"));
}

QTEST_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
