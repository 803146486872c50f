// What a screen reader on Linux receives when the wizard announces something, read where Orca reads
// it: on the accessibility bus (AT-SPI), through Qt's own bridge, with no capture in between. Orca
// speaks an object of the Notification role the moment it becomes "showing" (its default script,
// on_showing_changed); Qt 6.4's bridge passes no QAccessible::Alert on. Run on a real X server with
// the accessibility bus (tests/screen-reader-session.sh inside tests/keyring-session.sh).

#include "copyfield.h"
#include "onboardingwizard.h"
#include "pages/assistantpage.h"
#include "pages/guidesteppage.h"
#include "screenreaderannouncer.h"
#include "wizarddriver.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QDBusConnection>
#include <QDBusInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QPushButton>
#include <QTest>

namespace {
struct Showing
{
    QString service;
    QString path;
};
} // namespace

class TestScreenReaderAnnouncements : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void pageArrivalAndResultsAreSpokenNotifications();
    void pageArrivalFocusesOnlyItsFirstAction();

    // The bus delivers the bridge's signals here (QtDBus connects by signature: a string slot).
    void heard(const QDBusMessage &message);

private:
    // Asks the bus, without blocking the bridge that answers (it lives in this same process).
    QVariant ask(const Showing &object, const QString &interface, const QString &method, const QVariantList &args = {});
    // The notifications shown since `from`: their accessible names, as the bus reports them.
    QStringList notificationsSince(qsizetype from);

    // The names of the objects said to be focused since `from`, in order.
    QStringList focusedSince(qsizetype from);

    QDBusConnection m_bus{QString()};
    QList<Showing> m_showing;
    QList<Showing> m_focused;
};

void TestScreenReaderAnnouncements::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS") && qEnvironmentVariableIsSet("DISPLAY"),
             "run through tests/keyring-session.sh and tests/screen-reader-session.sh");
    QTRY_VERIFY_WITH_TIMEOUT(QAccessible::isActive(), 10000);

    QDBusInterface launcher(QStringLiteral("org.a11y.Bus"), QStringLiteral("/org/a11y/bus"), QStringLiteral("org.a11y.Bus"));
    const QDBusMessage address = launcher.call(QStringLiteral("GetAddress"));
    QVERIFY2(address.type() == QDBusMessage::ReplyMessage, qPrintable(address.errorMessage()));
    m_bus = QDBusConnection::connectToBus(address.arguments().value(0).toString(), QStringLiteral("listener"));
    QVERIFY2(m_bus.isConnected(), qPrintable(m_bus.lastError().message()));

    // As a screen reader does: tell the registry what to hear, so that Qt's bridge sends it.
    QDBusInterface registry(QStringLiteral("org.a11y.atspi.Registry"), QStringLiteral("/org/a11y/atspi/registry"),
                            QStringLiteral("org.a11y.atspi.Registry"), m_bus);
    for (const QString &event : {QStringLiteral("object:state-changed:showing"), QStringLiteral("object:state-changed:focused"),
                                 QStringLiteral("focus:")}) {
        QDBusMessage reply = registry.call(QStringLiteral("RegisterEvent"), event);
        if (reply.type() == QDBusMessage::ErrorMessage) // at-spi2-core 2.48 and later take two more arguments
            reply = registry.call(QStringLiteral("RegisterEvent"), event, QStringList(), QString());
        QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(reply.errorMessage()));
    }
    QVERIFY(m_bus.connect(QString(), QString(), QStringLiteral("org.a11y.atspi.Event.Object"), QStringLiteral("StateChanged"),
                          this, SLOT(heard(QDBusMessage))));
}

void TestScreenReaderAnnouncements::cleanupTestCase()
{
    QDBusConnection::disconnectFromBus(QStringLiteral("listener"));
}

void TestScreenReaderAnnouncements::heard(const QDBusMessage &message)
{
    const QVariantList args = message.arguments();
    if (args.value(0).toString() == QLatin1String("showing") && args.value(1).toInt() == 1)
        m_showing.append({message.service(), message.path()});
    if (args.value(0).toString() == QLatin1String("focused") && args.value(1).toInt() == 1)
        m_focused.append({message.service(), message.path()});
}

QVariant TestScreenReaderAnnouncements::ask(const Showing &object, const QString &interface, const QString &method,
                                            const QVariantList &args)
{
    QDBusMessage call = QDBusMessage::createMethodCall(object.service, object.path, interface, method);
    call.setArguments(args);
    QDBusPendingCallWatcher watcher(m_bus.asyncCall(call));
    if (!QTest::qWaitFor([&watcher] { return watcher.isFinished(); }, 5000))
        return {};
    const QDBusMessage reply = watcher.reply();
    if (reply.type() != QDBusMessage::ReplyMessage)
        return {};
    QVariant value = reply.arguments().value(0);
    if (value.canConvert<QDBusVariant>())
        value = value.value<QDBusVariant>().variant();
    return value;
}

QStringList TestScreenReaderAnnouncements::notificationsSince(qsizetype from)
{
    QStringList names;
    for (qsizetype i = from; i < m_showing.size(); ++i) {
        const Showing object = m_showing.at(i);
        if (ask(object, QStringLiteral("org.a11y.atspi.Accessible"), QStringLiteral("GetRoleName")).toString()
            != QLatin1String("notification"))
            continue;
        names.append(ask(object, QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"),
                         {QStringLiteral("org.a11y.atspi.Accessible"), QStringLiteral("Name")})
                         .toString());
    }
    return names;
}

QStringList TestScreenReaderAnnouncements::focusedSince(qsizetype from)
{
    QStringList names;
    for (qsizetype i = from; i < m_focused.size(); ++i) {
        names.append(ask(m_focused.at(i), QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"),
                         {QStringLiteral("org.a11y.atspi.Accessible"), QStringLiteral("Name")})
                         .toString());
    }
    return names;
}

void TestScreenReaderAnnouncements::pageArrivalAndResultsAreSpokenNotifications()
{
    OnboardingWizard wizard;
    QVERIFY(WizardDriver::open(wizard));
    // The bridge sends what the registry asked for once it has heard of the listener: page changes
    // until one is heard prove the way is open before anything is counted.
    for (int i = 0; i < 100 && m_showing.isEmpty(); ++i) {
        wizard.next();
        QTest::qWait(50);
        wizard.back();
        QTest::qWait(50);
    }
    QVERIFY2(!m_showing.isEmpty(), "the bridge sent nothing to the accessibility bus");
    QCOMPARE(wizard.currentId(), int(OnboardingWizard::WelcomePageId));

    // A page arrives: its title and instructions, spoken as a notification, the focus left on the
    // page's first action.
    qsizetype from = m_showing.size();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(OnboardingWizard::OpenConsolePageId));
    const auto *step1 = qobject_cast<AssistantPage *>(wizard.currentPage());
    const QString arrival = step1->announcement();
    QVERIFY(arrival.startsWith(step1->title()));
    QTRY_VERIFY_WITH_TIMEOUT(notificationsSince(from).contains(arrival), 10000);
    QCOMPARE(ScreenReaderAnnouncer::of(&wizard)->lastAnnouncement(), arrival);
    QCOMPARE(wizard.focusWidget(), static_cast<const GuideStepPage *>(step1)->openConsoleButton());

    // A result: a value copied on step 3.
    wizard.next();
    wizard.next();
    auto *step3 = qobject_cast<GuideStepPage *>(wizard.currentPage());
    QVERIFY(step3 && !step3->formFields().isEmpty());
    from = m_showing.size();
    step3->formFields().constFirst()->copyButton()->click();
    const QString copied = QStringLiteral("%1 copied").arg(OnboardingGuide::formValues().constFirst().label);
    QTRY_VERIFY_WITH_TIMEOUT(notificationsSince(from).contains(copied), 10000);

    // The same words twice (copied again) are spoken twice: each time is a new "showing".
    from = m_showing.size();
    step3->formFields().constFirst()->copyButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(notificationsSince(from).contains(copied), 10000);

    // Nothing to see: the announcer is not a stop for Tab, and takes no clicks.
    const ScreenReaderAnnouncer *announcer = ScreenReaderAnnouncer::of(&wizard);
    QCOMPARE(announcer->focusPolicy(), Qt::NoFocus);
    QVERIFY(announcer->testAttribute(Qt::WA_TransparentForMouseEvents));
}

// Next pressed, and the next page is not complete yet, so QWizard disables Next: a screen reader
// hears the focus go to the page's first field, and only there (Qt's bridge says a focused control
// that gets disabled or hidden is focused once more).
void TestScreenReaderAnnouncements::pageArrivalFocusesOnlyItsFirstAction()
{
    OnboardingWizard wizard;
    QVERIFY(WizardDriver::open(wizard));
    wizard.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    while (wizard.currentId() != OnboardingWizard::CopyCredentialsPageId)
        wizard.next();
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    next->setFocus(Qt::TabFocusReason);
    // The bridge is heard once the focus is: from then on nothing is missed.
    QTRY_VERIFY_WITH_TIMEOUT(focusedSince(0).contains(next->text().remove(QLatin1Char('&')).remove(QLatin1String(" >"))), 10000);
    const qsizetype from = m_focused.size();
    QCOMPARE(wizard.focusWidget(), next);
    next->click();
    QCOMPARE(wizard.currentId(), int(OnboardingWizard::CredentialsPageId));
    QVERIFY(!next->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(focusedSince(from).contains(QLatin1String("Client ID")), 10000);
    QCOMPARE(focusedSince(from), QStringList{QStringLiteral("Client ID")});
}

QTEST_MAIN(TestScreenReaderAnnouncements)
#include "tst_screenreaderannouncements.moc"
