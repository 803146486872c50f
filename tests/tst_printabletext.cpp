// Network text made safe to show, under both policies: Blank for what a customer reads (a verdict,
// an account), Escape for what support reads (the support report, `diagnose`). Each row gives the
// same input's result under both, so the two can never disagree about which characters are unsafe.

#include "printabletext.h"

#include <QTest>

using PrintableText::Unsafe;

class TestPrintableText : public QObject
{
    Q_OBJECT

private slots:
    void bothPolicies_data();
    void bothPolicies();
    void limits_data();
    void limits();
    void safeCharactersAgree();
};

void TestPrintableText::bothPolicies_data()
{
    QTest::addColumn<QString>("network");
    QTest::addColumn<QString>("blank");
    QTest::addColumn<QString>("escaped");

    QTest::newRow("plain") << QStringLiteral("invalid_client") << QStringLiteral("invalid_client")
                           << QStringLiteral("invalid_client");
    QTest::newRow("ESC title, bell and clear screen")
        << QStringLiteral("\x1b]0;pwned\x07\x1b[2Jx") << QStringLiteral("]0;pwned [2Jx")
        << QStringLiteral("\\x1b]0;pwned\\x07\\x1b[2Jx");
    QTest::newRow("escape sequence at the end") << QStringLiteral("evil\x1b[2J\x1b]0;title\x07")
                                                << QStringLiteral("evil [2J ]0;title")
                                                << QStringLiteral("evil\\x1b[2J\\x1b]0;title\\x07");
    QTest::newRow("line ends") << QStringLiteral("a\r\nb") << QStringLiteral("a b") << QStringLiteral("a\\x0d\\x0ab");
    QTest::newRow("tab") << QStringLiteral("a\tb") << QStringLiteral("a b") << QStringLiteral("a\\x09b");
    QTest::newRow("DEL") << QStringLiteral("a\x7f" "b") << QStringLiteral("a b") << QStringLiteral("a\\x7fb");
    QTest::newRow("C1 CSI") << QString(QStringLiteral("a") + QChar(0x9b) + QStringLiteral("2Jb"))
                            << QStringLiteral("a 2Jb") << QStringLiteral("a\\x9b2Jb");
    QTest::newRow("bidi override") << QString(QStringLiteral("abc") + QChar(0x202e) + QStringLiteral("def"))
                                   << QStringLiteral("abc def") << QStringLiteral("abc\\u{202e}def");
    QTest::newRow("bidi isolate") << QString(QStringLiteral("x") + QChar(0x2067) + QStringLiteral("y"))
                                  << QStringLiteral("x y") << QStringLiteral("x\\u{2067}y");
    QTest::newRow("zero-width space") << QString(QStringLiteral("pay") + QChar(0x200b) + QStringLiteral("pal"))
                                      << QStringLiteral("pay pal") << QStringLiteral("pay\\u{200b}pal");
    QTest::newRow("line separator") << QString(QStringLiteral("a") + QChar(0x2028) + QStringLiteral("b"))
                                    << QStringLiteral("a b") << QStringLiteral("a\\u{2028}b");
    QTest::newRow("unpaired surrogate") << QString(QStringLiteral("a") + QChar(0xd800) + QStringLiteral("b"))
                                        << QStringLiteral("a b") << QStringLiteral("a\\u{d800}b");
    QTest::newRow("Chinese stays") << QString::fromUtf8("\xe6\x8b\x92\xe7\xbb\x9d")
                                   << QString::fromUtf8("\xe6\x8b\x92\xe7\xbb\x9d") << QString::fromUtf8("\xe6\x8b\x92\xe7\xbb\x9d");
    QTest::newRow("emoji stays") << QString::fromUtf8("ok \xf0\x9f\x98\x80") << QString::fromUtf8("ok \xf0\x9f\x98\x80")
                                 << QString::fromUtf8("ok \xf0\x9f\x98\x80");
    QTest::newRow("accents and quotes stay") << QStringLiteral("Zürich “CA”") << QStringLiteral("Zürich “CA”")
                                             << QStringLiteral("Zürich “CA”");
    QTest::newRow("Blank trims, Escape keeps spaces") << QStringLiteral("  a   b ") << QStringLiteral("a b")
                                                      << QStringLiteral("  a   b ");
}

void TestPrintableText::bothPolicies()
{
    QFETCH(QString, network);
    QFETCH(QString, blank);
    QFETCH(QString, escaped);
    QCOMPARE(PrintableText::fromNetwork(network, Unsafe::Blank), blank);
    QCOMPARE(PrintableText::fromNetwork(network, Unsafe::Escape, 0), escaped);
    // Safe text stays as it is: a second pass changes nothing.
    QCOMPARE(PrintableText::fromNetwork(blank, Unsafe::Blank), blank);
    QCOMPARE(PrintableText::fromNetwork(escaped, Unsafe::Escape, 0), escaped);
}

void TestPrintableText::limits_data()
{
    QTest::addColumn<QString>("network");
    QTest::addColumn<int>("unsafe");
    QTest::addColumn<int>("maxLength");
    QTest::addColumn<QString>("expected");

    const QString ellipsis(QChar(0x2026));
    const QString emoji = QString::fromUtf8("\xf0\x9f\x98\x80");
    QTest::newRow("Blank default limit") << QString(1000, QLatin1Char('a')) << int(Unsafe::Blank)
                                         << int(PrintableText::defaultMaxLength) << QString(199, QLatin1Char('a')) + ellipsis;
    QTest::newRow("Blank exactly the limit") << QStringLiteral("abcde") << int(Unsafe::Blank) << 5 << QStringLiteral("abcde");
    QTest::newRow("Blank counts after collapsing blanks")
        << QStringLiteral("a \x1b\x1b\x1b b") << int(Unsafe::Blank) << 3 << QStringLiteral("a b");
    QTest::newRow("Blank never ends in a space before the ellipsis")
        << QStringLiteral("abc defgh") << int(Unsafe::Blank) << 5 << QString(QStringLiteral("abc") + ellipsis);
    QTest::newRow("Blank never splits a surrogate pair")
        << QString(QStringLiteral("abc") + emoji + QStringLiteral("defg")) << int(Unsafe::Blank) << 5
        << QString(QStringLiteral("abc") + ellipsis);
    QTest::newRow("Blank: a huge run of controls") << QString(100000, QChar(0x1b)) + QStringLiteral("x") << int(Unsafe::Blank)
                                                   << 20 << ellipsis;
    QTest::newRow("Escape never splits an escape")
        << QStringLiteral("ab\x1b" "cdef") << int(Unsafe::Escape) << 5 << QString(QStringLiteral("ab") + ellipsis);
    QTest::newRow("Escape never splits a surrogate pair")
        << QString(QStringLiteral("abc") + emoji + QStringLiteral("d")) << int(Unsafe::Escape) << 5
        << QString(QStringLiteral("abc") + ellipsis);
    QTest::newRow("Escape without a limit") << QString(500, QChar(0x7)) << int(Unsafe::Escape) << 0
                                            << QStringLiteral("\\x07").repeated(500);
    QTest::newRow("Escape exactly the limit") << QStringLiteral("a\x07") << int(Unsafe::Escape) << 5 << QStringLiteral("a\\x07");
}

void TestPrintableText::limits()
{
    QFETCH(QString, network);
    QFETCH(int, unsafe);
    QFETCH(int, maxLength);
    QFETCH(QString, expected);
    const QString shown = PrintableText::fromNetwork(network, Unsafe(unsafe), maxLength);
    QCOMPARE(shown, expected);
    if (maxLength > 0)
        QVERIFY(shown.size() <= maxLength);
}

void TestPrintableText::safeCharactersAgree()
{
    // Over the whole Basic Multilingual Plane: a character Blank keeps, Escape keeps, and a character
    // Blank blanks, Escape escapes. Neither lets an unsafe one through.
    for (char32_t c = 1; c < 0x10000; ++c) {
        // One code unit, as it came (QString::fromUcs4() would drop a byte-order mark).
        const QString text{QChar(char16_t(c))};
        const QString wrapped = QStringLiteral("x") + text + QStringLiteral("y");
        const QString blank = PrintableText::fromNetwork(wrapped, Unsafe::Blank);
        const QString escaped = PrintableText::fromNetwork(wrapped, Unsafe::Escape, 0);
        const bool safe = PrintableText::isSafe(c);
        if (safe && !QChar::isSpace(c)) {
            QCOMPARE(blank, wrapped);
            QCOMPARE(escaped, wrapped);
        } else if (!safe) {
            QVERIFY2(blank == QStringLiteral("x y"), qPrintable(QString::number(uint(c), 16) + blank));
            QVERIFY2(escaped.startsWith(QStringLiteral("x\\")), qPrintable(QString::number(uint(c), 16)));
        }
        QVERIFY(!safe || (c >= 0x20 && c != 0x7f && !(c >= 0x80 && c < 0xa0)));
    }
}

QTEST_GUILESS_MAIN(TestPrintableText)
#include "tst_printabletext.moc"
