// The guide's content as a customer meets it: each step's picture numbers exactly the clicks its
// text names, in the same order, with Zoho's labels in both; the pictures render with QtSvg and
// stay readable on a dark and on a light window; the words are plain. Core and QtSvg only: the
// pictures are read from the resources the program ships.

#include "onboardingguide.h"
#include "loopbackaddress.h"

#include <QColor>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>

namespace {

// What a hand-written illustration holds, read as XML: for every element with an id, the text it
// shows (its own and its descendants') and its <title>.
struct Illustration
{
    QStringList ids;
    QHash<QString, QString> shownText;
    QHash<QString, QString> title;
    QString error;
};

Illustration readIllustration(const QString &path)
{
    Illustration result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = file.errorString();
        return result;
    }
    QXmlStreamReader xml(&file);
    QStringList openIds; // the id of every open element, "" for none
    bool inTitle = false;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement: {
            if (xml.name() == QLatin1String("title")) {
                inTitle = true;
                openIds.append(QString());
                break;
            }
            const QString id = xml.attributes().value(QLatin1String("id")).toString();
            if (!id.isEmpty())
                result.ids.append(id);
            openIds.append(id);
            break;
        }
        case QXmlStreamReader::EndElement:
            if (xml.name() == QLatin1String("title"))
                inTitle = false;
            openIds.removeLast();
            break;
        case QXmlStreamReader::Characters:
            if (xml.isWhitespace())
                break;
            if (inTitle) {
                // The title belongs to the element that holds it.
                const QString owner = openIds.size() >= 2 ? openIds.at(openIds.size() - 2) : QString();
                if (!owner.isEmpty())
                    result.title[owner] += xml.text().toString();
                break;
            }
            for (const QString &id : std::as_const(openIds)) {
                if (!id.isEmpty())
                    result.shownText[id] += xml.text().toString();
            }
            break;
        default:
            break;
        }
    }
    if (xml.hasError())
        result.error = xml.errorString();
    return result;
}

QStringList listItems(const QString &html)
{
    static const QRegularExpression item(QStringLiteral("<li>(.*?)</li>"),
                                         QRegularExpression::DotMatchesEverythingOption);
    QStringList items;
    for (QRegularExpressionMatchIterator it = item.globalMatch(html); it.hasNext();)
        items.append(it.next().captured(1));
    return items;
}

// The first label a click quotes in bold, unescaped; empty when it quotes none.
QString firstBold(const QString &html)
{
    static const QRegularExpression bold(QStringLiteral("<b>(.*?)</b>"));
    const QRegularExpressionMatch match = bold.match(html);
    if (!match.hasMatch())
        return {};
    QString text = match.captured(1);
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

QString plainText(QString html)
{
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    return html.remove(tag);
}

// WCAG 2 contrast ratio of two opaque colours.
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The steps, then the fixes that are numbered like a step (the two missing return addresses).
QList<OnboardingGuide::Step> numberedGuides()
{
    QList<OnboardingGuide::Step> guides = OnboardingGuide::steps();
    guides.append(OnboardingGuide::missingAddressFix(OnboardingGuide::integrationRedirectUri(), QStringLiteral("&Check Again")));
    guides.append(OnboardingGuide::missingAddressFix(OnboardingGuide::signInRedirectUri(), QStringLiteral("&Sign In Again")));
    return guides;
}

QStringList allIllustrations()
{
    QStringList paths{QStringLiteral(":/illustrations/welcome.svg")};
    for (const OnboardingGuide::Step &step : numberedGuides()) {
        if (!paths.contains(step.illustration))
            paths.append(step.illustration);
    }
    return paths;
}

} // namespace

class TestGuide : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pictureNumbersTheClicks_data();
    void pictureNumbersTheClicks();
    void pictureShowsEveryRedirectLine_data();
    void pictureShowsEveryRedirectLine();
    void pictureRendersOnDarkAndLight_data();
    void pictureRendersOnDarkAndLight();
    void wordsArePlain_data();
    void wordsArePlain();
    void valuesStayExact();
    void formLabelsMatchThePicture();
    void picturesCarryNoWordsOfOurs();
    void textsNameButtonsByTheirLabels();
    void missingAddressFixAddsALine();

private:
    QString m_screenshotDir;
};

void TestGuide::initTestCase()
{
    m_screenshotDir = qEnvironmentVariable("ZOHO_SCREENSHOT_DIR", QDir::currentPath() + QStringLiteral("/screenshots"))
                      + QStringLiteral("/illustrations");
    QVERIFY(QDir().mkpath(m_screenshotDir));
    QCOMPARE(OnboardingGuide::steps().size(), 5);
}

void TestGuide::pictureNumbersTheClicks_data()
{
    QTest::addColumn<int>("index");
    const QList<OnboardingGuide::Step> guides = numberedGuides();
    for (int i = 0; i < guides.size(); ++i) {
        QTest::newRow(qPrintable(guides.at(i).number ? QStringLiteral("step %1").arg(guides.at(i).number)
                                                     : QStringLiteral("fix %1").arg(i)))
            << i;
    }
}

// Callout N of the picture marks click N of the text: as many callouts as clicks, numbered 1..N as
// the text numbers them, each beside what it marks, and the label click N quotes is the label the
// callout marks, shown in the picture.
void TestGuide::pictureNumbersTheClicks()
{
    QFETCH(int, index);
    const OnboardingGuide::Step step = numberedGuides().at(index);

    // The text the customer reads is a numbered list of exactly the step's clicks.
    const QStringList items = listItems(step.instructions);
    QCOMPARE(items, step.clicks);
    QCOMPARE(step.instructions.count(QLatin1String("<ol>")), 1);
    QVERIFY2(!step.clicks.isEmpty(), "a step names at least one click");
    // With the markup stripped (as for a screen reader's announcement) each click stays its own line.
    for (const QString &click : step.clicks)
        QVERIFY2(plainText(step.instructions).contains(QLatin1Char('\n') + plainText(click) + QLatin1Char('\n')),
                 qPrintable(click));

    const Illustration picture = readIllustration(step.illustration);
    QVERIFY2(picture.error.isEmpty(), qPrintable(picture.error));
    static const QRegularExpression calloutId(QStringLiteral("^callout-(\\d+)$"));
    QList<int> numbers;
    for (const QString &id : picture.ids) {
        const QRegularExpressionMatch match = calloutId.match(id);
        if (match.hasMatch())
            numbers.append(match.captured(1).toInt());
    }
    QList<int> expected;
    for (int i = 1; i <= step.clicks.size(); ++i)
        expected.append(i);
    // Numbered in the order the text names the clicks, none missing, none extra.
    QCOMPARE(numbers, expected);

    QSvgRenderer renderer(step.illustration);
    QVERIFY(renderer.isValid());
    const QRectF canvas = renderer.viewBoxF();
    QList<QRectF> calloutAreas;
    for (int i = 1; i <= step.clicks.size(); ++i) {
        const QString callout = QStringLiteral("callout-%1").arg(i);
        const QString target = QStringLiteral("target-%1").arg(i);
        const QString click = step.clicks.at(i - 1);

        // The number the customer sees is N.
        QCOMPARE(picture.shownText.value(callout).trimmed(), QString::number(i));

        QVERIFY2(renderer.elementExists(callout) && renderer.elementExists(target), qPrintable(target));
        const QRectF calloutArea = renderer.boundsOnElement(callout);
        const QRectF targetArea = renderer.boundsOnElement(target);
        QVERIFY2(canvas.contains(calloutArea), qPrintable(callout));
        // Beside (or on) what it marks: within a dozen pixels of it.
        QVERIFY2(calloutArea.adjusted(-12, -12, 12, 12).intersects(targetArea),
                 qPrintable(QStringLiteral("%1 is far from %2").arg(callout, target)));
        for (const QRectF &other : std::as_const(calloutAreas))
            QVERIFY2(!calloutArea.intersects(other), qPrintable(callout + QStringLiteral(" covers another callout")));
        calloutAreas.append(calloutArea);

        // The label click N quotes first is the callout's title, and the picture shows it where
        // the callout points. A click that quotes no label has a callout without one.
        const QString label = picture.title.value(callout).trimmed();
        QCOMPARE(firstBold(click), label);
        // Words of this assistant's own (its buttons) are drawn over an area of the target in the
        // language applied; Zoho's labels are in the drawing itself.
        QString drawnOver;
        for (auto it = step.pictureWords.cbegin(); it != step.pictureWords.cend(); ++it) {
            if (it.value() == label && renderer.elementExists(it.key())
                && renderer.boundsOnElement(target).contains(renderer.boundsOnElement(it.key())))
                drawnOver = it.key();
        }
        if (!label.isEmpty() && drawnOver.isEmpty()) {
            QVERIFY2(picture.shownText.value(target).contains(label),
                     qPrintable(QStringLiteral("%1 does not show \"%2\"").arg(target, label)));
        }
    }
}

void TestGuide::pictureShowsEveryRedirectLine_data()
{
    QTest::addColumn<QString>("illustration");
    for (const OnboardingGuide::Step &step : OnboardingGuide::steps()) {
        if (step.number == 3 || step.number == 4)
            QTest::newRow(qPrintable(QStringLiteral("step %1").arg(step.number))) << step.illustration;
    }
}

// The form in steps 3 and 4 shows one line under Authorized Redirect URIs per address to enter.
void TestGuide::pictureShowsEveryRedirectLine()
{
    QFETCH(QString, illustration);
    const Illustration picture = readIllustration(illustration);
    QVERIFY2(picture.error.isEmpty(), qPrintable(picture.error));
    qsizetype lines = 0;
    for (const QString &id : picture.ids)
        lines += id.startsWith(QLatin1String("redirect-line-")) ? 1 : 0;
    QCOMPARE(lines, OnboardingGuide::redirectUris().size());
    QSvgRenderer renderer(illustration);
    for (qsizetype i = 1; i <= lines; ++i)
        QVERIFY(renderer.elementExists(QStringLiteral("redirect-line-%1").arg(i)));
}

void TestGuide::pictureRendersOnDarkAndLight_data()
{
    QTest::addColumn<QString>("illustration");
    for (const QString &path : allIllustrations())
        QTest::newRow(qPrintable(QFileInfo(path).baseName())) << path;
}

// Small, hand-written SVG Tiny that QtSvg renders without a warning, and whose outline stands out
// (3:1) on a dark and on a light window. The PNGs are written for people to look at.
void TestGuide::pictureRendersOnDarkAndLight()
{
    QFETCH(QString, illustration);

    QFile file(illustration);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray source = file.readAll();
    QVERIFY2(source.size() < qsizetype(10) * 1024, "hand-written and small");
    QVERIFY(source.contains("baseProfile=\"tiny\""));
    // No bitmaps or outside fonts, and nothing Qt 6.4's SVG Tiny renderer skips without a word.
    for (const char *unsupported : {"<image", "<style", "@font-face", "filter", "xlink:href", "<foreignObject",
                                    "<mask", "<clipPath", "<pattern", "<marker", "<textPath", "<symbol"})
        QVERIFY2(!source.contains(unsupported), unsupported);
    static const QRegularExpression family(QStringLiteral("font-family=\"([^\"]*)\""));
    for (QRegularExpressionMatchIterator it = family.globalMatch(QString::fromUtf8(source)); it.hasNext();)
        QCOMPARE(it.next().captured(1), QStringLiteral("sans-serif"));

    // QtSvg warns about anything of SVG 1.1 it ignores.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    QSvgRenderer renderer(illustration);
    QVERIFY(renderer.isValid());
    QCOMPARE(renderer.defaultSize(), QSize(640, 360));

    const struct
    {
        const char *name;
        QColor window;
    } themes[] = {{"dark", QColor(0x1e, 0x1f, 0x22)}, {"light", QColor(0xef, 0xef, 0xef)}};
    for (const auto &theme : themes) {
        QImage image(renderer.defaultSize(), QImage::Format_RGB32);
        image.fill(theme.window);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            renderer.render(&painter);
        }
        const QString png = QStringLiteral("%1/%2-%3.png").arg(m_screenshotDir, QFileInfo(illustration).baseName(),
                                                               QLatin1String(theme.name));
        QVERIFY2(image.save(png), qPrintable(png));

        // The middle of each edge: the border (1 px in) or the card just inside it must stand out.
        const QPoint edges[][2] = {{{1, 180}, {6, 180}}, {{638, 180}, {633, 180}},
                                   {{320, 1}, {320, 6}}, {{320, 358}, {320, 353}}};
        for (const auto &edge : edges) {
            const double best = std::max(contrast(image.pixelColor(edge[0]), theme.window),
                                         contrast(image.pixelColor(edge[1]), theme.window));
            QVERIFY2(best >= 3.0, qPrintable(QStringLiteral("%1 at (%2,%3): %4:1").arg(QLatin1String(theme.name))
                                                 .arg(edge[0].x()).arg(edge[0].y()).arg(best, 0, 'f', 1)));
        }
    }
}

void TestGuide::wordsArePlain_data()
{
    QTest::addColumn<QString>("text");
    for (const OnboardingGuide::Step &step : OnboardingGuide::steps()) {
        QTest::newRow(qPrintable(QStringLiteral("step %1 title").arg(step.number))) << step.title;
        QTest::newRow(qPrintable(QStringLiteral("step %1 text").arg(step.number))) << step.instructions;
    }
    for (const OnboardingGuide::FormValue &value : OnboardingGuide::formValues())
        QTest::newRow(qPrintable(value.key)) << value.explanation;
    QTest::newRow("where in Optiply") << OnboardingGuide::optiplyDestination();
}

// The customer reads no technical term: Zoho's own field names are quoted as Zoho shows them (and
// explained), but nothing else about addresses, ports, name lookups or tokens.
void TestGuide::wordsArePlain()
{
    QFETCH(QString, text);
    QString plain = plainText(text);
    QVERIFY(!plain.trimmed().isEmpty());
    // Zoho's field names are what the customer looks for on Zoho's page.
    for (const OnboardingGuide::FormValue &value : OnboardingGuide::formValues())
        plain.remove(value.label);
    const QString port = QString::number(LoopbackAddress::configuredPort());
    const QRegularExpression jargon(
        QStringLiteral("hotglue|loopback|localhost|127\\.0\\.0\\.1|\\bport\\b|\\b%1\\b|\\bDNS\\b|token|\\bURIs?\\b|"
                       "\\bURLs?\\b|OAuth|PKCE|callback|https?:|redirect|fingerprint|\\bcode\\b")
            .arg(port),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = jargon.match(plain);
    QVERIFY2(!match.hasMatch(), qPrintable(QStringLiteral("\"%1\" in: %2").arg(match.captured(), plain)));
}

// The values stay exact: they are pasted into Zoho, which compares them letter for letter. And the
// field that takes two of them says, in plain words, what they are and why there are two.
void TestGuide::valuesStayExact()
{
    const QList<OnboardingGuide::FormValue> values = OnboardingGuide::formValues();
    QCOMPARE(values.size(), 3);
    QCOMPARE(values.at(0).label, QStringLiteral("Client Name"));
    QCOMPARE(values.at(0).values, QStringList{OnboardingGuide::clientName()});
    QCOMPARE(values.at(1).label, QStringLiteral("Homepage URL"));
    QCOMPARE(values.at(1).values, QStringList{QStringLiteral("https://www.optiply.com")});
    QCOMPARE(values.at(2).label, QStringLiteral("Authorized Redirect URIs"));
    QCOMPARE(values.at(2).values,
             (QStringList{QStringLiteral("https://hotglue.xyz/callback"), OnboardingGuide::signInRedirectUri().toString()}));
    const QString why = values.at(2).explanation;
    QVERIFY2(why.contains(QLatin1String("Zoho sends you back to after you approve")), qPrintable(why));
    QVERIFY2(why.contains(QLatin1String("Optiply needs the first")) && why.contains(QLatin1String("the second")),
             qPrintable(why));
}

// The labels beside the Copy buttons are the fields the picture of step 3 numbers 1, 2, 3.
void TestGuide::formLabelsMatchThePicture()
{
    const OnboardingGuide::Step step = OnboardingGuide::steps().at(2);
    QCOMPARE(step.action, OnboardingGuide::StepAction::CopyFormValues);
    const Illustration picture = readIllustration(step.illustration);
    QVERIFY2(picture.error.isEmpty(), qPrintable(picture.error));
    const QList<OnboardingGuide::FormValue> values = OnboardingGuide::formValues();
    for (qsizetype i = 0; i < values.size(); ++i)
        QCOMPARE(picture.title.value(QStringLiteral("callout-%1").arg(i + 1)).trimmed(), values.at(i).label);
}

// A picture carries no words of this assistant: they would stay English in every language. Its
// buttons' words are drawn over the picture from the translations (Step::pictureWords).
void TestGuide::picturesCarryNoWordsOfOurs()
{
    const QStringList ours{OnboardingGuide::plainLabel(OnboardingGuide::openConsoleButtonText()),
                           OnboardingGuide::plainLabel(OnboardingGuide::copyButtonText())};
    static const QRegularExpression shownWords(QStringLiteral("<text[^>]*>([^<]*)</text>"));
    for (const QString &path : allIllustrations()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString source = QString::fromUtf8(file.readAll());
        qsizetype texts = 0;
        for (QRegularExpressionMatchIterator it = shownWords.globalMatch(source); it.hasNext(); ++texts) {
            const QString shown = it.next().captured(1);
            for (const QString &word : ours)
                QVERIFY2(!shown.contains(word), qPrintable(QStringLiteral("%1 shows \"%2\"").arg(path, word)));
        }
        // The check reads the words the drawings do show (all but the welcome picture show some).
        QVERIFY2(texts > 0 || path.endsWith(QLatin1String("welcome.svg")), qPrintable(path));
    }
    const OnboardingGuide::Step first = OnboardingGuide::steps().constFirst();
    QCOMPARE(first.pictureWords.value(QStringLiteral("words-open-console")), ours.constFirst());
    QVERIFY(QSvgRenderer(first.illustration).elementExists(QStringLiteral("words-open-console")));
}

// A text that names one of the assistant's buttons names it by the button's own label, shortcut
// and Qt's arrows left out.
void TestGuide::textsNameButtonsByTheirLabels()
{
    QCOMPARE(OnboardingGuide::plainLabel(QStringLiteral("&Open the Zoho API Console")), QStringLiteral("Open the Zoho API Console"));
    QCOMPARE(OnboardingGuide::plainLabel(QStringLiteral("< &Back")), QStringLiteral("Back"));
    QCOMPARE(OnboardingGuide::plainLabel(QStringLiteral("&Weiter >")), QStringLiteral("Weiter"));
    QCOMPARE(OnboardingGuide::plainLabel(QStringLiteral("Save && &Close")), QStringLiteral("Save & Close"));
    const QList<OnboardingGuide::Step> steps = OnboardingGuide::steps();
    QCOMPARE(firstBold(steps.at(0).clicks.at(0)), OnboardingGuide::plainLabel(OnboardingGuide::openConsoleButtonText()));
    QVERIFY(plainText(steps.at(2).instructions)
                .contains(QStringLiteral("with its %1 button").arg(OnboardingGuide::plainLabel(OnboardingGuide::copyButtonText()))));
}

// Zoho does not know one of the two addresses: the fix adds it as one more line. Pasting over the
// first line would replace the address already there (the sign-in's, or hotglue's).
void TestGuide::missingAddressFixAddsALine()
{
    for (const QUrl &address : {OnboardingGuide::integrationRedirectUri(), OnboardingGuide::signInRedirectUri()}) {
        const OnboardingGuide::Step fix = OnboardingGuide::missingAddressFix(address, QStringLiteral("&Check Again"));
        const QString text = plainText(fix.instructions);
        QVERIFY2(text.contains(address.toString()), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("first line"), Qt::CaseInsensitive), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("one more line")) && text.contains(QLatin1String("new, empty line")),
                 qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Then click Check Again here.")), qPrintable(text));
        // Its own picture, not step 3's: that one numbers other clicks.
        QVERIFY(fix.illustration != OnboardingGuide::steps().at(2).illustration);
        QCOMPARE(fix.clicks.size(), 4);
    }
}

QTEST_MAIN(TestGuide)
#include "tst_guide.moc"
