// Every translation is finished and keeps what its source needs: placeholders, plural forms, the
// keyboard shortcut and the markup. Reads the .ts files the build compiles, so a string added to the
// sources without its translations fails here the day it is added (the files are refreshed from the
// sources by the update_translations target).

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString translationType; // "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
    QStringList translations; // one, or one per plural form
};

QList<Message> readTs(const QString &path, QString *language)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        // A plural message is complete once its translation element closes.
        if (xml.isEndElement() && current.numerus && xml.name() == QLatin1String("translation")) {
            messages.append(current);
            current = Message{};
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{};
            current.context = context;
            current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.translationType = xml.attributes().value(QLatin1String("type")).toString();
            if (!current.numerus) {
                current.translations.append(xml.readElementText());
                messages.append(current);
            }
        } else if (name == QLatin1String("numerusform")) {
            current.translations.append(xml.readElementText());
        }
    }
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:L?[1-9]|n)"));
    QSet<QString> found;
    for (const auto &match : pattern.globalMatch(text))
        found.insert(match.captured(0) == QLatin1String("%Ln") ? QStringLiteral("%n") : match.captured(0));
    return found;
}

// "&Next" has a shortcut; "&&" and "& " (a plain ampersand) do not.
bool hasMnemonic(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("(?<!&)&(?![& ])"));
    return pattern.match(text).hasMatch();
}

QStringList tags(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("</?([a-zA-Z][a-zA-Z0-9]*)[^>]*>"));
    QStringList found;
    for (const auto &match : pattern.globalMatch(text))
        found.append(match.captured(0).startsWith(QLatin1String("</")) ? QLatin1Char('/') + match.captured(1).toLower()
                                                                       : match.captured(1).toLower());
    found.sort();
    return found;
}

QString where(const QString &language, const Message &message)
{
    return QStringLiteral("[%1] %2: \"%3\"").arg(language, message.context, message.source.left(80));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyMessage_data();
    void everyMessage();
};

void TestTranslations::everyMessage_data()
{
    QTest::addColumn<QString>("file");
    // The suite points this at a copy refreshed from today's sources (translations-current.sh).
    const QString overridden = qEnvironmentVariable("ZOHO_TRANSLATIONS_DIR");
    const QDir dir(overridden.isEmpty() ? QStringLiteral(ZOHO_TRANSLATIONS_DIR) : overridden);
    const auto files = dir.entryList({QStringLiteral("*.ts")}, QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 5, "expected the .ts files of nl, de, fr, es and pt");
    for (const auto &file : files)
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
}

void TestTranslations::everyMessage()
{
    QFETCH(QString, file);
    QString language;
    const auto messages = readTs(file, &language);
    QVERIFY2(!messages.isEmpty(), qPrintable(file));

    QStringList problems;
    for (const auto &message : messages) {
        const auto at = where(language, message);
        if (!message.translationType.isEmpty()) {
            problems << QStringLiteral("%1 is %2").arg(at, message.translationType);
            continue;
        }
        for (const auto &translation : message.translations) {
            if (translation.trimmed().isEmpty()) {
                problems << QStringLiteral("%1 has an empty translation").arg(at);
                continue;
            }
            auto expected = placeholders(message.source);
            auto got = placeholders(translation);
            // A singular form may say "one minute" without %n; every %1…%9 must stay.
            if (message.numerus) {
                expected.remove(QStringLiteral("%n"));
                got.remove(QStringLiteral("%n"));
            }
            if (expected != got)
                problems << QStringLiteral("%1: placeholders %2 in the source, %3 in \"%4\"")
                                .arg(at, QStringList(expected.begin(), expected.end()).join(u' '),
                                     QStringList(got.begin(), got.end()).join(u' '), translation);
            if (hasMnemonic(message.source) && !hasMnemonic(translation))
                problems << QStringLiteral("%1: the keyboard shortcut (&) is missing in \"%2\"").arg(at, translation);
            if (tags(message.source) != tags(translation))
                problems << QStringLiteral("%1: the markup differs in \"%2\"").arg(at, translation);
        }
        if (message.numerus) {
            const bool anyCount = std::any_of(message.translations.cbegin(), message.translations.cend(),
                                              [](const QString &form) { return form.contains(QLatin1String("%n"))
                                                                             || form.contains(QLatin1String("%Ln")); });
            if (!anyCount)
                problems << QStringLiteral("%1: no plural form shows the number (%n)").arg(at);
        }
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 of %2 messages need work:\n  ").arg(problems.size()).arg(messages.size())
                        + problems.mid(0, 40).join(QStringLiteral("\n  "))));
}

QTEST_APPLESS_MAIN(TestTranslations)
#include "tst_translations.moc"
