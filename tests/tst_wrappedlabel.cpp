#include "wrappedlabel.h"

#include "onboardingwizard.h"
#include "pages/welcomepage.h"

#include <QApplication>
#include <QFontMetrics>
#include <QLabel>
#include <QScrollArea>
#include <QTest>
#include <QVBoxLayout>

// WrappedLabel answers a layout's questions as QLabel does, to the pixel, only cheaper: the same
// height for every width and the same minimum size, before and after its text, font or margins
// change, so a page built with it looks exactly as with QLabel.
class TestWrappedLabel : public QObject
{
    Q_OBJECT

private slots:
    void measuresAsQLabel_data();
    void measuresAsQLabel();
    void followsChanges();
    void framedLabel();
    void plainTextIsQLabels();
    void welcomePageTextsMeasureAsQLabel();
    void shownInALayoutItGetsQLabelsHeight();
    void paintsAsQLabel_data();
    void paintsAsQLabel();

private:
    // The same text, font and margins on a plain QLabel.
    static void copyInto(const QLabel &from, QLabel *to);
    // Every question a layout asks, compared; returns the first difference.
    static QString compare(const WrappedLabel &ours, const QLabel &theirs);
};

namespace {
const QList<int> widths{0, 1, 17, 40, 120, 200, 333, 480, 559, 560, 561, 700, 761, 1200, 4000, QWIDGETSIZE_MAX};

const QString intro = QStringLiteral(
    "Optiply reads your stock and orders from Zoho through a private key that you create in Zoho: a <b>Client ID</b> and a "
    "<b>Client Secret</b>. This assistant shows you each click in Zoho, gives you the exact values to paste, checks the key "
    "with Zoho, and keeps it safe in this computer's keychain.");
} // namespace

void TestWrappedLabel::copyInto(const QLabel &from, QLabel *to)
{
    to->setTextFormat(from.textFormat());
    to->setWordWrap(from.wordWrap());
    to->setFont(from.font());
    to->setContentsMargins(from.contentsMargins());
    to->setMargin(from.margin());
    to->setIndent(from.indent());
    to->setAlignment(from.alignment());
    to->setText(from.text());
}

QString TestWrappedLabel::compare(const WrappedLabel &ours, const QLabel &theirs)
{
    for (int width : widths) {
        if (ours.heightForWidth(width) != theirs.heightForWidth(width))
            return QStringLiteral("height for %1: %2, QLabel %3").arg(width).arg(ours.heightForWidth(width)).arg(theirs.heightForWidth(width));
    }
    if (ours.minimumSizeHint() != theirs.minimumSizeHint())
        return QStringLiteral("minimum size %1x%2, QLabel %3x%4")
            .arg(ours.minimumSizeHint().width())
            .arg(ours.minimumSizeHint().height())
            .arg(theirs.minimumSizeHint().width())
            .arg(theirs.minimumSizeHint().height());
    // Asked again, in another order: the remembered answers are the same.
    for (qsizetype i = widths.size() - 1; i >= 0; --i) {
        if (ours.heightForWidth(widths.at(i)) != theirs.heightForWidth(widths.at(i)))
            return QStringLiteral("height for %1, asked again").arg(widths.at(i));
    }
    // Its preferred size: lines of at most 80 "x", and the height for that width.
    const QSize hint = ours.sizeHint();
    const QMargins contents = ours.contentsMargins();
    const int longest = 80 * ours.fontMetrics().horizontalAdvance(QLatin1Char('x')) + 2 * ours.margin() + contents.left() + contents.right();
    if (hint.width() > longest || hint.width() < ours.minimumSizeHint().width())
        return QStringLiteral("preferred width %1 outside %2..%3").arg(hint.width()).arg(ours.minimumSizeHint().width()).arg(longest);
    if (hint.height() != theirs.heightForWidth(hint.width()))
        return QStringLiteral("preferred height %1, QLabel %2 for width %3").arg(hint.height()).arg(theirs.heightForWidth(hint.width())).arg(hint.width());
    return QString();
}

void TestWrappedLabel::measuresAsQLabel_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("pointSize");
    QTest::addColumn<bool>("bold");
    QTest::addColumn<int>("margin");
    QTest::addColumn<QMargins>("contents");

    QTest::newRow("welcome intro") << intro << 0 << false << 0 << QMargins();
    QTest::newRow("welcome intro, large bold") << intro << 17 << true << 0 << QMargins();
    QTest::newRow("welcome intro, margins") << intro << 0 << false << 3 << QMargins(5, 2, 7, 4);
    QTest::newRow("hint") << QStringLiteral("Look at the address bar when you use Zoho: <b>zoho.eu</b> means Europe, "
                                            "<b>zoho.com</b> means United States, <b>zoho.in</b> India, and so on.")
                          << 0 << false << 0 << QMargins();
    QTest::newRow("one short line") << QStringLiteral("<b>Done</b>") << 0 << false << 0 << QMargins();
    QTest::newRow("unbreakable address") << QStringLiteral("Paste <tt>https://accounts.zoho.eu/oauth/v2/auth?client_id=1000.ABCDEFGHIJKLMNOPQRSTUVWXYZ</tt> here.")
                                         << 0 << false << 0 << QMargins();
    QTest::newRow("paragraphs and a list")
        << QStringLiteral("<p>First paragraph, long enough to wrap at the narrower widths of the test.</p>"
                          "<ol><li>Click <b>ADD CLIENT</b>.</li><li>Choose <b>Server-based Applications</b>.</li></ol>"
                          "<p>Then come back.</p>")
        << 11 << false << 0 << QMargins();
    QTest::newRow("longer words (German)")
        << QStringLiteral("Optiply liest Ihren Lagerbestand und Ihre Bestellungen über einen privaten Schlüssel aus Zoho: "
                          "eine <b>Client-ID</b> und ein <b>Client-Secret</b>. Zugangsdatenverwaltungseinstellungen.")
        << 0 << false << 0 << QMargins();
}

void TestWrappedLabel::measuresAsQLabel()
{
    QFETCH(QString, text);
    QFETCH(int, pointSize);
    QFETCH(bool, bold);
    QFETCH(int, margin);
    QFETCH(QMargins, contents);

    WrappedLabel ours;
    QFont font = ours.font();
    if (pointSize > 0)
        font.setPointSize(pointSize);
    font.setBold(bold);
    ours.setFont(font);
    ours.setTextFormat(Qt::RichText);
    ours.setMargin(margin);
    ours.setContentsMargins(contents);
    ours.setText(text);
    QLabel theirs;
    copyInto(ours, &theirs);
    const QString difference = compare(ours, theirs);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestWrappedLabel::followsChanges()
{
    WrappedLabel ours;
    ours.setTextFormat(Qt::RichText);
    ours.setText(intro);
    QLabel theirs;
    copyInto(ours, &theirs);
    QVERIFY(compare(ours, theirs).isEmpty());

    // Each change is seen: the remembered answers are not kept past it.
    ours.setText(intro.left(60));
    copyInto(ours, &theirs);
    QString difference = compare(ours, theirs);
    QVERIFY2(difference.isEmpty(), qPrintable(QStringLiteral("after setText: ") + difference));

    QFont larger = ours.font();
    larger.setPointSize(larger.pointSize() + 5);
    ours.setFont(larger);
    copyInto(ours, &theirs);
    difference = compare(ours, theirs);
    QVERIFY2(difference.isEmpty(), qPrintable(QStringLiteral("after setFont: ") + difference));

    ours.setContentsMargins(10, 10, 10, 10);
    copyInto(ours, &theirs);
    difference = compare(ours, theirs);
    QVERIFY2(difference.isEmpty(), qPrintable(QStringLiteral("after setContentsMargins: ") + difference));

    ours.setMargin(4);
    copyInto(ours, &theirs);
    difference = compare(ours, theirs);
    QVERIFY2(difference.isEmpty(), qPrintable(QStringLiteral("after setMargin: ") + difference));

    // A style sheet reaches the font without a setFont().
    const int before = ours.heightForWidth(300);
    ours.setStyleSheet(QStringLiteral("font-size: 30px"));
    theirs.setStyleSheet(QStringLiteral("font-size: 30px"));
    ours.ensurePolished();
    theirs.ensurePolished();
    QVERIFY(ours.heightForWidth(300) > before);
    difference = compare(ours, theirs);
    QVERIFY2(difference.isEmpty(), qPrintable(QStringLiteral("after a style sheet: ") + difference));
}

void TestWrappedLabel::framedLabel()
{
    // A frame, with no indent and with QLabel's default indent (half an "x" inside a frame).
    for (int indent : {0, -1}) {
        WrappedLabel ours;
        ours.setTextFormat(Qt::RichText);
        ours.setFrameStyle(QFrame::Box | QFrame::Plain);
        ours.setLineWidth(3);
        ours.setIndent(indent);
        ours.setText(intro);
        // Set up the same way, not copied: a frame's width shows in contentsMargins().
        QLabel theirs;
        theirs.setTextFormat(Qt::RichText);
        theirs.setWordWrap(true);
        theirs.setFrameStyle(QFrame::Box | QFrame::Plain);
        theirs.setLineWidth(3);
        theirs.setIndent(indent);
        theirs.setText(intro);
        for (int width : widths)
            QCOMPARE(ours.heightForWidth(width), theirs.heightForWidth(width));
        QCOMPARE(ours.minimumSizeHint(), theirs.minimumSizeHint());
        ours.resize(400, 160);
        theirs.resize(400, 160);
        QVERIFY2(ours.grab().toImage() == theirs.grab().toImage(), "paints other pixels than QLabel");
    }
}

void TestWrappedLabel::plainTextIsQLabels()
{
    // Plain text (QLabel measures it without a document) and a mnemonic for a buddy: QLabel's own
    // answers, sizeHint included.
    WrappedLabel ours;
    ours.setTextFormat(Qt::PlainText);
    ours.setText(QStringLiteral("A plain sentence that is long enough to be wrapped over a few lines at narrow widths."));
    QLabel theirs;
    copyInto(ours, &theirs);
    QCOMPARE(ours.sizeHint(), theirs.sizeHint());
    QCOMPARE(ours.minimumSizeHint(), theirs.minimumSizeHint());
    for (int width : widths)
        QCOMPARE(ours.heightForWidth(width), theirs.heightForWidth(width));

    QWidget buddy;
    ours.setTextFormat(Qt::RichText);
    ours.setText(QStringLiteral("&Where is your <b>Zoho</b> account? Long enough to wrap at narrow widths, too."));
    ours.setBuddy(&buddy);
    copyInto(ours, &theirs);
    theirs.setBuddy(&buddy);
    QCOMPARE(ours.sizeHint(), theirs.sizeHint());
    QCOMPARE(ours.minimumSizeHint(), theirs.minimumSizeHint());
    for (int width : widths)
        QCOMPARE(ours.heightForWidth(width), theirs.heightForWidth(width));
}

void TestWrappedLabel::welcomePageTextsMeasureAsQLabel()
{
    // The real page: every WrappedLabel on it measures its text as a QLabel would.
    OnboardingWizard wizard;
    const QList<WrappedLabel *> labels = wizard.page(OnboardingWizard::WelcomePageId)->findChildren<WrappedLabel *>();
    QVERIFY(labels.size() >= 2);
    for (WrappedLabel *label : labels) {
        QLabel theirs;
        copyInto(*label, &theirs);
        const QString difference = compare(*label, theirs);
        QVERIFY2(difference.isEmpty(), qPrintable(label->text().left(40) + QStringLiteral(": ") + difference));
    }
}

void TestWrappedLabel::shownInALayoutItGetsQLabelsHeight()
{
    // In a scrolling page, as the wizard's pages are: the label gets the height QLabel needs for
    // the width it was given, so no line is cut off and nothing is left over.
    QScrollArea area;
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    auto *ours = new WrappedLabel;
    ours->setTextFormat(Qt::RichText);
    ours->setText(intro);
    layout->addWidget(ours);
    layout->addStretch();
    area.setWidget(content);
    area.setWidgetResizable(true);
    for (int width : {260, 420, 760}) {
        area.resize(width, 300);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        QApplication::processEvents();
        QLabel theirs;
        copyInto(*ours, &theirs);
        QCOMPARE(ours->height(), theirs.heightForWidth(ours->width()));
    }
}

void TestWrappedLabel::paintsAsQLabel_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("alignment");
    QTest::addColumn<bool>("dark");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<int>("foreground");

    const int left = int(Qt::AlignLeft | Qt::AlignVCenter);
    QTest::newRow("welcome intro") << intro << QSize(700, 80) << left << false << true << int(QPalette::WindowText);
    QTest::newRow("narrow, cut by its height") << intro << QSize(180, 90) << left << false << true << int(QPalette::WindowText);
    QTest::newRow("taller than its text") << intro << QSize(500, 200) << left << false << true << int(QPalette::WindowText);
    QTest::newRow("top aligned") << intro << QSize(500, 200) << int(Qt::AlignLeft | Qt::AlignTop) << false << true
                                 << int(QPalette::WindowText);
    QTest::newRow("bottom, centred") << intro << QSize(500, 200) << int(Qt::AlignHCenter | Qt::AlignBottom) << false
                                     << true << int(QPalette::WindowText);
    QTest::newRow("dark") << intro << QSize(700, 80) << left << true << true << int(QPalette::WindowText);
    QTest::newRow("disabled") << intro << QSize(700, 80) << left << false << false << int(QPalette::WindowText);
    QTest::newRow("another foreground") << intro << QSize(700, 80) << left << true << true << int(QPalette::BrightText);
    QTest::newRow("list") << QStringLiteral("<ol><li>Click <b>ADD CLIENT</b>.</li><li>Choose <i>Server-based</i>.</li></ol>")
                          << QSize(300, 90) << left << false << true << int(QPalette::WindowText);
}

void TestWrappedLabel::paintsAsQLabel()
{
    QFETCH(QString, text);
    QFETCH(QSize, size);
    QFETCH(int, alignment);
    QFETCH(bool, dark);
    QFETCH(bool, enabled);
    QFETCH(int, foreground);

    WrappedLabel ours;
    ours.setTextFormat(Qt::RichText);
    ours.setAlignment(Qt::Alignment(alignment));
    ours.setText(text);
    QLabel theirs;
    copyInto(ours, &theirs);
    for (QLabel *label : {static_cast<QLabel *>(&ours), &theirs}) {
        if (dark) {
            QPalette palette = label->palette();
            palette.setColor(QPalette::Window, QColor(0x20, 0x22, 0x26));
            palette.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
            palette.setColor(QPalette::BrightText, QColor(0xff, 0xc0, 0x40));
            label->setPalette(palette);
        }
        label->setEnabled(enabled);
        label->setForegroundRole(QPalette::ColorRole(foreground));
        label->resize(size);
    }
    // Asked a few sizes first, as a layout does: what it paints does not depend on that.
    ours.minimumSizeHint();
    ours.heightForWidth(size.width() / 2);
    const QImage painted = ours.grab().toImage();
    const QImage expected = theirs.grab().toImage();
    QCOMPARE(painted.size(), expected.size());
    QVERIFY2(painted == expected, "paints other pixels than QLabel");
}

QTEST_MAIN(TestWrappedLabel)
#include "tst_wrappedlabel.moc"
