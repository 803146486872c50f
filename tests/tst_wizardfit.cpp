// The wizard on small screens and at large scales: the window opens inside the screen's available
// area, every button of the wizard is on screen, and every control of every page can be scrolled
// into view. Run once per scale and screen size (tests/CMakeLists.txt): the offscreen platform
// gets a screen of that size, and QT_SCALE_FACTOR is set before the application starts. Writes
// PNGs of every page when asked to (at 200 %, and in a dark theme).

#include "copyfield.h"
#include "offscreenscreen.h"
#include "onboardingwizard.h"
#include "pages/assistantpage.h"
#include "pages/verifypage.h"
#include "sampleclient.h"
#include "wizarddriver.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QPalette>
#include <QScreen>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

namespace {
using SampleClient::clientId;
using SampleClient::secret;

struct Options
{
    QByteArray scale = "1";
    QSize screen{1920, 1080};
    bool dark = false;
    QString screenshots; // a name for this run's PNGs; none when empty
};
Options options;

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ToolTipText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::PlaceholderText, QColor(0xaa, 0xaa, 0xaa));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x88, 0x88, 0x88));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x88, 0x88, 0x88));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x88, 0x88, 0x88));
    return p;
}
} // namespace

class TestWizardFit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyPageFitsTheScreen();

private:
    void checkPage(const QString &name);

    OnboardingWizard *m_wizard = nullptr;
    QRect m_available;
    QString m_screenshotDir;
};

void TestWizardFit::initTestCase()
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    QVERIFY(screen);
    m_available = screen->availableGeometry();
    // The screen is what this run asked for, in device pixels.
    const qreal dpr = screen->devicePixelRatio();
    QVERIFY(qAbs(qRound(m_available.width() * dpr) - options.screen.width()) <= 2);
    QCOMPARE(qRound(dpr * 100), qRound(options.scale.toDouble() * 100));
    if (!options.screenshots.isEmpty()) {
        m_screenshotDir = qEnvironmentVariable("ZOHO_SCREENSHOT_DIR", QDir::currentPath() + QStringLiteral("/screenshots"))
            + QLatin1Char('/') + options.screenshots;
        QVERIFY(QDir().mkpath(m_screenshotDir));
    }
}

void TestWizardFit::checkPage(const QString &name)
{
    QApplication::processEvents();
    const QString where = QStringLiteral(" (%1 at %2, screen %3x%4)")
                              .arg(name, QString::fromLatin1(options.scale))
                              .arg(options.screen.width())
                              .arg(options.screen.height());
    // The window, with its frame, inside the available area.
    QVERIFY2(m_available.contains(m_wizard->frameGeometry()),
             qPrintable(QStringLiteral("window %1,%2 %3x%4 is outside %5x%6")
                            .arg(m_wizard->frameGeometry().x())
                            .arg(m_wizard->frameGeometry().y())
                            .arg(m_wizard->frameGeometry().width())
                            .arg(m_wizard->frameGeometry().height())
                            .arg(m_available.width())
                            .arg(m_available.height())
                        + where));
    // Every visible button of the window (Back, Next, Cancel, Finish) on screen.
    for (QWizard::WizardButton which : {QWizard::HelpButton, QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton,
                                        QWizard::CancelButton}) {
        QAbstractButton *button = m_wizard->button(which);
        if (!button->isVisible())
            continue;
        const QRect global(button->mapToGlobal(QPoint(0, 0)), button->size());
        QVERIFY2(m_available.contains(global), qPrintable(button->text() + QStringLiteral(" is off screen") + where));
    }
    // Every control of the page comes into view, whole, when it gets the focus (as by Tab or
    // Shift+Tab from the wizard's buttons): inside the page's visible part and on screen.
    auto *page = qobject_cast<AssistantPage *>(m_wizard->currentPage());
    QVERIFY(page);
    QWidget *viewport = page->scrollArea()->viewport();
    const QRect visible(viewport->mapToGlobal(QPoint(0, 0)), viewport->size());
    QVERIFY2(m_available.contains(visible), qPrintable(QStringLiteral("the page's visible part is off screen") + where));
    QVERIFY2(visible.height() >= 60, qPrintable(QStringLiteral("the page has no room left") + where));
    for (QWidget *widget : page->findChildren<QWidget *>()) {
        if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus || !widget->isEnabled())
            continue;
        if (widget->parentWidget() && qobject_cast<QAbstractButton *>(widget->parentWidget()))
            continue;
        widget->setFocus(Qt::TabFocusReason);
        QApplication::processEvents();
        const QRect rect(widget->mapToGlobal(QPoint(0, 0)), widget->size());
        const QRect shown = rect.intersected(visible);
        QVERIFY2(shown.height() >= qMin(rect.height(), visible.height()) && shown.width() >= qMin(rect.width(), 40),
                 qPrintable(widget->objectName() + QLatin1Char(' ') + QString::fromLatin1(widget->metaObject()->className())
                            + QStringLiteral(" is not in view with the focus: it is at %1,%2 %3x%4, the page shows %5,%6 %7x%8")
                                  .arg(rect.x()).arg(rect.y()).arg(rect.width()).arg(rect.height())
                                  .arg(visible.x()).arg(visible.y()).arg(visible.width()).arg(visible.height())
                            + where));
    }
    // At 100 % in the window's own size, the five steps are read without scrolling: the picture
    // gives way to the words and the values to copy.
    if (options.scale == "1" && m_wizard->size() == QSize(760, 680) && name.contains(QLatin1String("-step"))) {
        QVERIFY2(page->scrollArea()->verticalScrollBar()->maximum() == 0,
                 qPrintable(QStringLiteral("the page scrolls by %1 px").arg(page->scrollArea()->verticalScrollBar()->maximum())
                            + where));
    }
    page->scrollArea()->verticalScrollBar()->setValue(0);
    if (!m_screenshotDir.isEmpty())
        QVERIFY(m_wizard->grab().save(m_screenshotDir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

void TestWizardFit::everyPageFitsTheScreen()
{
    // A client Zoho does not know: the check fails, and the page offers its fix.
    WizardDriver driver;
    QVERIFY2(driver.startZoho({QStringLiteral("eu")}, {}), qPrintable(driver.errorString()));

    OnboardingWizard wizard;
    m_wizard = &wizard;
    QVERIFY(WizardDriver::open(wizard));
    const auto atPage = [this](const QString &name) { checkPage(name); };
    WizardDriver::walkGuide(wizard, atPage);
    if (QTest::currentTestFailed())
        return;
    wizard.setCredentials({clientId, secret, {}, {}});
    QVERIFY(WizardDriver::paste(wizard, clientId, secret));
    WizardDriver::walkFailedCheck(wizard, atPage);
    if (QTest::currentTestFailed())
        return;
    // The Done page and the returning customer's page, with credentials as if stored.
    WizardDriver::walkStoredPages(wizard, atPage);
    m_wizard = nullptr;
}

int main(int argc, char *argv[])
{
    // Options of this test, read before the application exists: they decide its screen.
    QList<char *> rest;
    for (int i = 0; i < argc; ++i) {
        if (OffscreenScreen::readOption(argc, argv, &i, &options.scale, &options.screen))
            continue;
        const QByteArray arg(argv[i]);
        if (arg == "--dark") {
            options.dark = true;
        } else if (arg == "--screenshots" && i + 1 < argc) {
            options.screenshots = QString::fromLocal8Bit(argv[++i]);
        } else {
            rest.append(argv[i]);
        }
    }
    // In the working folder: on Windows the screen's file must be on its drive (see OffscreenScreen::use).
    QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/offscreen-screen-XXXXXX"));
    if (!OffscreenScreen::use(dir.path(), options.screen, options.scale))
        return 2;
    int restCount = int(rest.size());
    QApplication app(restCount, rest.data());
    if (options.dark) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    }
    TestWizardFit test;
    return QTest::qExec(&test, restCount, rest.data());
}

#include "tst_wizardfit.moc"
