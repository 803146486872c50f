// What the customer gets although only the welcome page is built before the first frame: the
// same Next button on it, the other pages right after the frame (in the same order, reachable by
// Tab in the same order), and at once whenever something needs them earlier.

#include "onboardingwizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QSignalSpy>
#include <QTest>

class TestFirstFrame : public QObject
{
    Q_OBJECT

private slots:
    void onlyTheWelcomePageBeforeTheFirstFrame();
    void nextRightAfterShowReachesTheGuide();
    void aWindowNeverShownBuildsThemWhenAsked();
    void theFocusChainIsTheSameAsWithEveryPageBuiltAtOnce();

private:
    static QList<int> allPages();
    // The wizard's widgets that Tab stops at (when shown), in Tab order, by class and object name.
    static QStringList focusChain(QWidget *window);
};

QList<int> TestFirstFrame::allPages()
{
    return {OnboardingWizard::WelcomePageId,      OnboardingWizard::OpenConsolePageId,
            OnboardingWizard::AddClientPageId,    OnboardingWizard::FillDetailsPageId,
            OnboardingWizard::CreateClientPageId, OnboardingWizard::CopyCredentialsPageId,
            OnboardingWizard::CredentialsPageId,  OnboardingWizard::VerifyPageId,
            OnboardingWizard::DonePageId,         OnboardingWizard::StatusPageId};
}

QStringList TestFirstFrame::focusChain(QWidget *window)
{
    QStringList chain;
    QWidget *widget = window;
    do {
        // As Tab goes: a widget that passes its focus on (a page's arrival anchor) is no stop.
        if ((widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy())
            chain.append(QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char('/') + widget->objectName());
        widget = widget->nextInFocusChain();
    } while (widget && widget != window && chain.size() < 2000);
    return chain;
}

void TestFirstFrame::onlyTheWelcomePageBeforeTheFirstFrame()
{
    OnboardingWizard wizard;
    wizard.setUrlOpener([](const QUrl &) { return true; });
    QCOMPARE(wizard.pageIds(), QList<int>{OnboardingWizard::WelcomePageId});
    QSignalSpy shown(&wizard, &OnboardingWizard::firstFrameShown);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    // The first frame shows the welcome page with Next (not Finish: it is not the last page).
    QCOMPARE(wizard.currentId(), int(OnboardingWizard::WelcomePageId));
    QVERIFY(wizard.button(QWizard::NextButton)->isVisible());
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(!wizard.button(QWizard::FinishButton)->isVisible());
    // Right after it, every other page, in id order.
    QTRY_COMPARE(shown.count(), 1);
    QTRY_COMPARE(wizard.pageIds(), allPages());
    QVERIFY(wizard.button(QWizard::NextButton)->isVisible());
    QVERIFY(!wizard.button(QWizard::FinishButton)->isVisible());
}

void TestFirstFrame::nextRightAfterShowReachesTheGuide()
{
    // A customer (or a test) pressing Next before the pages were built: Next builds them.
    OnboardingWizard wizard;
    wizard.setUrlOpener([](const QUrl &) { return true; });
    wizard.show();
    QCOMPARE(wizard.pageIds().size(), 1);
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(OnboardingWizard::OpenConsolePageId));
    QCOMPARE(wizard.pageIds(), allPages());
    wizard.back();
    QCOMPARE(wizard.currentId(), int(OnboardingWizard::WelcomePageId));
}

void TestFirstFrame::aWindowNeverShownBuildsThemWhenAsked()
{
    OnboardingWizard wizard;
    QVERIFY(!wizard.page(OnboardingWizard::VerifyPageId));
    wizard.ensureAllPages();
    QCOMPARE(wizard.pageIds(), allPages());
    QVERIFY(wizard.page(OnboardingWizard::VerifyPageId));

    // Starting over on the returning customer's page builds them too.
    OnboardingWizard returning;
    returning.startOver(OnboardingWizard::StatusPageId);
    QCOMPARE(returning.pageIds(), allPages());
    QCOMPARE(returning.currentId(), int(OnboardingWizard::StatusPageId));
}

void TestFirstFrame::theFocusChainIsTheSameAsWithEveryPageBuiltAtOnce()
{
    // The keyboard walks the pages' controls in the same order whether the pages came after the
    // first frame or all before it.
    OnboardingWizard later;
    later.setUrlOpener([](const QUrl &) { return true; });
    later.show();
    QVERIFY(QTest::qWaitForWindowExposed(&later));
    QTRY_COMPARE(later.pageIds(), allPages());

    OnboardingWizard atOnce;
    atOnce.setUrlOpener([](const QUrl &) { return true; });
    atOnce.ensureAllPages();
    atOnce.show();
    QVERIFY(QTest::qWaitForWindowExposed(&atOnce));

    const QStringList chain = focusChain(&later);
    QVERIFY(chain.size() > 30);
    QCOMPARE(chain, focusChain(&atOnce));
}

QTEST_MAIN(TestFirstFrame)
#include "tst_firstframe.moc"
