// Where the credentials are kept, named as each system names it, in each language: the phrase the
// customer reads in every sentence about the stored credentials (KeychainName::where()).

#include "keychainname.h"

#include <QCoreApplication>
#include <QSysInfo>
#include <QTest>
#include <QTranslator>

using System = KeychainName::System;

class TestKeychainName : public QObject
{
    Q_OBJECT

private slots:
    void eachSystemInEachLanguage_data();
    void eachSystemInEachLanguage();
    void thisBuildNamesItsOwnSystem();
};

void TestKeychainName::eachSystemInEachLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("windows");
    QTest::addColumn<QString>("mac");  // the app that shows the keychain, as macOS names it there
    QTest::addColumn<QString>("other");

    QTest::newRow("en") << "" << "in Windows Credential Manager" << "Keychain Access" << "in this computer's keychain";
    QTest::newRow("nl") << "nl" << "in Windows Referentiebeheer" << "Sleutelhangertoegang"
                        << "in de sleutelhanger van deze computer";
    QTest::newRow("de") << "de" << "in der Windows-Anmeldeinformationsverwaltung" << "Schlüsselbundverwaltung"
                        << "im Schlüsselbund dieses Computers";
    QTest::newRow("fr") << "fr" << "dans le Gestionnaire d'identification Windows" << "Trousseau d'accès"
                        << "dans le trousseau de cet ordinateur";
    QTest::newRow("es") << "es" << "en el Administrador de credenciales de Windows" << "Acceso a Llaveros"
                        << "en el llavero de este equipo";
    QTest::newRow("pt") << "pt" << "no Gestor de Credenciais do Windows" << "Acesso a Porta-chaves"
                        << "no porta-chaves deste computador";
}

void TestKeychainName::eachSystemInEachLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, windows);
    QFETCH(QString, mac);
    QFETCH(QString, other);
    QTranslator translator;
    if (!language.isEmpty()) {
        QVERIFY(translator.load(QStringLiteral("zoho-onboarding_") + language, QStringLiteral(ZOHO_QM_DIR)));
        QCoreApplication::installTranslator(&translator);
    }
    QCOMPARE(KeychainName::where(System::Windows), windows);
    QVERIFY2(KeychainName::where(System::MacOS).contains(mac), qPrintable(KeychainName::where(System::MacOS)));
    QCOMPARE(KeychainName::where(System::Other), other);
    QCoreApplication::removeTranslator(&translator);
}

void TestKeychainName::thisBuildNamesItsOwnSystem()
{
    // The system it runs on, as Qt reports it at run time.
    const QString product = QSysInfo::productType();
    const System expected = product == QLatin1String("windows")                                  ? System::Windows
                            : (product == QLatin1String("macos") || product == QLatin1String("osx")) ? System::MacOS
                                                                                                     : System::Other;
    QCOMPARE(KeychainName::current(), expected);
    QCOMPARE(KeychainName::where(), KeychainName::where(expected));
}

QTEST_GUILESS_MAIN(TestKeychainName)
#include "tst_keychainname.moc"
