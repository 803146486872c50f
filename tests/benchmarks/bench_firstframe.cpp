// bench_firstframe: how long zoho-onboarding takes from launch to its first painted page, and its
// peak memory by then, each as a ratio to a bare Qt Widgets QWizard (bench_firstframe_baseline)
// built by the same build. Issue 13, item 4 wants <= 1.2x the time and <= +8 MiB.
// A measurement, not a test: it exits 0 whenever it ran, goal met or not; 1 if a program failed.
//
// Both programs are started alternately (which one goes first alternates too), so machine noise
// hits both alike; each prints, through FirstFrameProbe, the monotonic time of its first frame and
// its VmHWM, and quits. Launch-to-frame = that time minus the time just before the start.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <optional>

namespace {

struct Sample
{
    double milliseconds = 0;
    double peakMib = 0;
};

struct Program
{
    QString name;
    QString path;
    QList<Sample> samples;
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    if (n == 0)
        return 0;
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

QList<double> times(const Program &program)
{
    QList<double> result;
    for (const Sample &sample : program.samples)
        result.append(sample.milliseconds);
    return result;
}

QList<double> peaks(const Program &program)
{
    QList<double> result;
    for (const Sample &sample : program.samples)
        result.append(sample.peakMib);
    return result;
}

std::optional<Sample> runOnce(const QString &path, const QProcessEnvironment &environment, QString *error)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    const auto started = std::chrono::steady_clock::now().time_since_epoch();
    process.start(path, {});
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        process.kill();
        *error = QStringLiteral("%1 failed: %2").arg(path, QString::fromLocal8Bit(process.readAllStandardError()));
        return std::nullopt;
    }
    static const QRegularExpression line(QStringLiteral("first-frame monotonic_ns=(\\d+) vmhwm_kib=(-?\\d+)"));
    const QRegularExpressionMatch match = line.match(QString::fromLocal8Bit(process.readAllStandardOutput()));
    if (!match.hasMatch()) {
        *error = QStringLiteral("%1 printed no first-frame line (is the hook there?)").arg(path);
        return std::nullopt;
    }
    const qint64 startedNs = std::chrono::duration_cast<std::chrono::nanoseconds>(started).count();
    Sample sample;
    sample.milliseconds = double(match.captured(1).toLongLong() - startedNs) / 1e6;
    sample.peakMib = double(match.captured(2).toLongLong()) / 1024;
    return sample;
}

// Instructions executed from the program's start to its first frame (valgrind's callgrind): unlike time, the same
// on a busy machine as on an idle one. 0 when valgrind is missing or the run failed.
qint64 instructionsOnce(const QString &path, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("valgrind"), {QStringLiteral("--tool=callgrind"),
                                               QStringLiteral("--callgrind-out-file=/dev/null"), path});
    if (!process.waitForFinished(300000) || process.exitCode() != 0)
        return 0;
    static const QRegularExpression refs(QStringLiteral("I\\s+refs:\\s+([\\d,]+)"));
    const QRegularExpressionMatch match = refs.match(QString::fromLocal8Bit(process.readAllStandardError()));
    return match.hasMatch() ? match.captured(1).remove(u',').toLongLong() : 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Launch to first painted page: zoho-onboarding vs a bare QWizard."));
    parser.addHelpOption();
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Runs of each program (default 15)."),
                                          QStringLiteral("n"), QStringLiteral("15"));
    const QCommandLineOption platformOption(QStringLiteral("platform"),
                                            QStringLiteral("Qt platform plugin (default offscreen; xcb with a display)."),
                                            QStringLiteral("name"), QStringLiteral("offscreen"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("One JSON line on stdout; the table goes to stderr."));
    const QCommandLineOption instructionsOption(QStringLiteral("instructions"),
                                                QStringLiteral("Also count instructions to the first frame (valgrind)."));
    parser.addOptions({roundsOption, platformOption, jsonOption, instructionsOption});
    parser.process(app);
    const int rounds = std::max(1, parser.value(roundsOption).toInt());
    const bool json = parser.isSet(jsonOption);
    QTextStream out(json ? stderr : stdout);

    Program assistant{QStringLiteral("zoho-onboarding"), QStringLiteral(ZOHO_ONBOARDING_BINARY), {}};
    Program baseline{QStringLiteral("bare QWizard"),
                     QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("bench_firstframe_baseline")), {}};

    // A fresh home and no accounts-server overrides: what a customer's first start sees, and
    // nothing from the developer's own settings or keychain.
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("ZOHO_ONBOARDING_FIRST_FRAME"), QStringLiteral("1"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), parser.value(platformOption));
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    environment.remove(QStringLiteral("ZOHO_ONBOARDING_ACCOUNTS_SERVERS"));
    environment.remove(QStringLiteral("QT_LOGGING_RULES"));

    QString error;
    // Warm-up: the first start of each loads the libraries from disk; that is not what is compared.
    for (Program *program : {&assistant, &baseline}) {
        if (!runOnce(program->path, environment, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
    for (int round = 0; round < rounds; ++round) {
        const bool assistantFirst = round % 2 == 0;
        Program *const order[] = {assistantFirst ? &assistant : &baseline, assistantFirst ? &baseline : &assistant};
        for (Program *program : order) {
            const std::optional<Sample> sample = runOnce(program->path, environment, &error);
            if (!sample) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
            program->samples.append(*sample);
        }
    }

    const double timeRatio = median(times(assistant)) / median(times(baseline));
    const double extraMib = median(peaks(assistant)) - median(peaks(baseline));
    out << QStringLiteral("First frame, %1 runs each, platform %2 (medians; min-max)\n")
               .arg(rounds)
               .arg(parser.value(platformOption));
    for (const Program *program : {&assistant, &baseline}) {
        const QList<double> t = times(*program);
        const QList<double> m = peaks(*program);
        out << QStringLiteral("  %1 %2 ms (%3-%4)   peak %5 MiB (%6-%7)\n")
                   .arg(program->name, -16)
                   .arg(median(t), 7, 'f', 1)
                   .arg(*std::min_element(t.cbegin(), t.cend()), 0, 'f', 1)
                   .arg(*std::max_element(t.cbegin(), t.cend()), 0, 'f', 1)
                   .arg(median(m), 6, 'f', 1)
                   .arg(*std::min_element(m.cbegin(), m.cend()), 0, 'f', 1)
                   .arg(*std::max_element(m.cbegin(), m.cend()), 0, 'f', 1);
    }
    out << QStringLiteral("  time ratio %1 (goal <= 1.20)   extra peak memory %2 MiB (goal <= +8)\n")
               .arg(timeRatio, 0, 'f', 2)
               .arg(extraMib, 0, 'f', 1);
    qint64 assistantInstructions = 0;
    qint64 baselineInstructions = 0;
    if (parser.isSet(instructionsOption)) {
        assistantInstructions = instructionsOnce(assistant.path, environment);
        baselineInstructions = instructionsOnce(baseline.path, environment);
        if (assistantInstructions > 0 && baselineInstructions > 0) {
            out << QStringLiteral("  instructions to the first frame: %1 M vs %2 M, ratio %3\n")
                       .arg(double(assistantInstructions) / 1e6, 0, 'f', 1)
                       .arg(double(baselineInstructions) / 1e6, 0, 'f', 1)
                       .arg(double(assistantInstructions) / double(baselineInstructions), 0, 'f', 2);
        } else {
            out << QStringLiteral("  instructions: valgrind missing or failed\n");
        }
    }
    out.flush();
    if (json) {
        const QJsonObject result{{QStringLiteral("rounds"), rounds},
                                 {QStringLiteral("platform"), parser.value(platformOption)},
                                 {QStringLiteral("assistant_median_ms"), median(times(assistant))},
                                 {QStringLiteral("baseline_median_ms"), median(times(baseline))},
                                 {QStringLiteral("time_ratio"), timeRatio},
                                 {QStringLiteral("assistant_peak_mib"), median(peaks(assistant))},
                                 {QStringLiteral("baseline_peak_mib"), median(peaks(baseline))},
                                 {QStringLiteral("extra_peak_mib"), extraMib},
                                 {QStringLiteral("assistant_instructions"), assistantInstructions},
                                 {QStringLiteral("baseline_instructions"), baselineInstructions}};
        std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    }
    return 0;
}
