// bench_detection: how much longer finding the customer's data center takes (the probe asks all
// nine in parallel) than asking one data center, against the loopback emulator with the same
// latency injected into every data center. Issue 3, item 7 wants median(all) / median(one) <= 1.3.
// A measurement, not a test: it exits 0 whenever it ran, goal met or not.

#include "clientprober.h"
#include "datacenter.h"
#include "zohoaccountsemulator.h"
#include "zohodoor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace {

const QString clientId = QStringLiteral("1000.BENCHMARK0000000000000000000000");
const QString clientSecret = QStringLiteral("0123456789abcdef0123456789abcdef0123456789");
const QString homeDataCenter = QStringLiteral("eu"); // where the client is registered
constexpr double goalRatio = 1.3;
constexpr auto probeTimeout = std::chrono::seconds(10);

enum class Kind { One, All };

QString kindKey(Kind kind)
{
    return kind == Kind::One ? QStringLiteral("one") : QStringLiteral("all");
}

// The emulator on a thread of its own. A real Zoho is another machine: its parsing and answering
// must not queue behind the client's work in one event loop, or detection, with nine servers to
// play, would be billed for the emulator's time as well as its own.
class EmulatorThread
{
public:
    ~EmulatorThread()
    {
        if (m_emulator)
            QMetaObject::invokeMethod(m_emulator, [this] { delete m_emulator; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    bool start(const QStringList &dataCenters, QString *error)
    {
        m_thread.setObjectName(QStringLiteral("emulator"));
        m_thread.start();
        m_emulator = new ZohoAccountsEmulator;
        m_emulator->moveToThread(&m_thread);
        bool ok = false;
        QMetaObject::invokeMethod(m_emulator, [&] {
            ok = m_emulator->start(dataCenters);
            *error = m_emulator->errorString();
            m_emulator->addClient({clientId, clientSecret, homeDataCenter,
                                   {QStringLiteral("https://hotglue.xyz/callback")}, false});
            m_spec = m_emulator->overridesSpec();
        }, Qt::BlockingQueuedConnection);
        return ok;
    }

    void setLatency(int milliseconds)
    {
        QMetaObject::invokeMethod(m_emulator, [this, milliseconds] {
            for (const QString &code : m_emulator->dataCenters())
                m_emulator->setDelay(code, milliseconds);
        }, Qt::BlockingQueuedConnection);
    }

    // The emulator records every request; a benchmark has no use for the record.
    void forgetRequests()
    {
        QMetaObject::invokeMethod(m_emulator, [this] { m_emulator->clearRequests(); }, Qt::BlockingQueuedConnection);
    }

    QString overridesSpec() const { return m_spec; }

private:
    QThread m_thread;
    ZohoAccountsEmulator *m_emulator = nullptr;
    QString m_spec;
};

struct ProbeRun
{
    qint64 nanoseconds = 0;
    QString problem; // empty when the report is the one expected
};

// One probe as the wizard runs it: a fresh ClientProber on the long-lived network manager, timed
// from probe() to finished().
ProbeRun runProbe(ZohoDoor *network, const AccountsServerMap &servers, Kind kind)
{
    const QStringList dataCenters = kind == Kind::One ? QStringList{homeDataCenter} : DataCenters::codes();
    ClientProber prober(network);
    prober.setAccountsServers(servers);
    prober.setTimeout(probeTimeout);

    QEventLoop loop;
    ProbeRun run;
    std::optional<ProbeReport> report;
    QElapsedTimer clock;
    QObject::connect(&prober, &ClientProber::finished, &loop, [&](const ProbeReport &finished) {
        run.nanoseconds = clock.nsecsElapsed();
        report = finished;
        loop.quit();
    });
    clock.start();
    prober.probe({clientId, clientSecret, {}, {}}, dataCenters);
    if (!report)
        loop.exec();

    // A fast wrong answer is no result: check that the probe found the client where it lives.
    if (!report->isOk() || report->dataCenter != homeDataCenter
        || report->recognisedIn != QStringList{homeDataCenter} || report->answers.size() != dataCenters.size()) {
        QStringList seen;
        for (const ProbeReport::Answer &answer : std::as_const(report->answers))
            seen.append(answer.dataCenter + QLatin1Char('=') + ProbeStatusText::key(answer.status)
                        + (answer.detail.isEmpty() ? QString() : QLatin1String(" (") + answer.detail + QLatin1Char(')')));
        run.problem = QStringLiteral("%1 probe: %2 in \"%3\"; answers: %4")
                          .arg(kindKey(kind), ProbeStatusText::key(report->status), report->dataCenter,
                               seen.join(QStringLiteral(", ")));
    }
    return run;
}

// Lets the finished probe's replies be deleted, and whatever else it left queued run, before the
// clock starts for the next one: otherwise detection's nine deferred deletions would be timed as
// part of whichever probe follows it.
void settle()
{
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

struct Summary
{
    double medianMs = 0;
    double p90Ms = 0;
    double minMs = 0;
};

Summary summarize(QList<qint64> nanoseconds)
{
    std::sort(nanoseconds.begin(), nanoseconds.end());
    const qsizetype n = nanoseconds.size();
    const auto ms = [](double ns) { return ns / 1e6; };
    Summary summary;
    summary.medianMs = ms(n % 2 ? double(nanoseconds.at(n / 2))
                                : (double(nanoseconds.at(n / 2 - 1)) + double(nanoseconds.at(n / 2))) / 2);
    // Nearest rank: the smallest value with at least 90 % of the rounds at or below it.
    summary.p90Ms = ms(double(nanoseconds.at(qsizetype(std::ceil(0.9 * double(n))) - 1)));
    summary.minMs = ms(double(nanoseconds.first()));
    return summary;
}

QJsonObject toJson(const Summary &summary)
{
    const auto round3 = [](double value) { return std::round(value * 1000) / 1000; };
    return {{QStringLiteral("median_ms"), round3(summary.medianMs)},
            {QStringLiteral("p90_ms"), round3(summary.p90Ms)},
            {QStringLiteral("min_ms"), round3(summary.minMs)}};
}

struct LatencyRow
{
    int latencyMs = 0;
    Summary one;
    Summary all;
    double ratio() const { return all.medianMs / one.medianMs; }
};

// Both kinds in one loop, alternating which goes first, so that drift and noise on a busy machine
// fall on both alike. One untimed probe of each kind first pays for connection-cache and
// first-use setup.
std::optional<LatencyRow> measureLatency(EmulatorThread *emulator, ZohoDoor *network,
                                         const AccountsServerMap &servers, int latencyMs, int rounds,
                                         QString *problem)
{
    emulator->setLatency(latencyMs);
    QList<qint64> one;
    QList<qint64> all;
    for (int round = -1; round < rounds; ++round) {
        const std::array<Kind, 2> order = round % 2 ? std::array{Kind::All, Kind::One} : std::array{Kind::One, Kind::All};
        for (const Kind kind : order) {
            const ProbeRun run = runProbe(network, servers, kind);
            settle();
            if (!run.problem.isEmpty()) {
                *problem = run.problem;
                return std::nullopt;
            }
            if (round >= 0)
                (kind == Kind::One ? one : all).append(run.nanoseconds);
        }
        emulator->forgetRequests();
    }
    return LatencyRow{latencyMs, summarize(one), summarize(all)};
}

// --- memory ------------------------------------------------------------------------------------

// VmHWM: the process's peak resident set so far, in kB (Linux).
qint64 peakResidentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Bytes malloc has handed out and not yet been given back, in all arenas (glibc): what the code
// holds, whatever the allocator does with pages.
qint64 heapInUse()
{
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks) + qint64(info.hblkhd);
#else
    return -1;
#endif
}

// The child side: `rounds` probes of one kind in a process of their own, against the parent's
// emulator, so that the peak belongs to that kind alone and holds no server-side memory.
int runMemoryChild(Kind kind, const QString &serversSpec, int rounds)
{
    AccountsServerMap servers;
    QString error;
    if (!servers.addSpec(serversSpec, &error)) {
        QTextStream(stderr) << "bench_detection: " << error << Qt::endl;
        return 2;
    }
    ZohoDoor network;

    const qint64 residentBefore = peakResidentKb();
    const qint64 heapBefore = heapInUse();
    qint64 heapPeak = heapBefore;
    // Sampled: every request is in flight for the whole injected latency, so a 2 ms period sees it.
    QTimer sampler;
    sampler.setTimerType(Qt::PreciseTimer);
    QObject::connect(&sampler, &QTimer::timeout, [&heapPeak] { heapPeak = std::max(heapPeak, heapInUse()); });
    sampler.start(2);

    for (int round = 0; round < rounds; ++round) {
        const ProbeRun run = runProbe(&network, servers, kind);
        settle();
        if (!run.problem.isEmpty()) {
            QTextStream(stderr) << "bench_detection: " << run.problem << Qt::endl;
            return 1;
        }
        heapPeak = std::max(heapPeak, heapInUse());
    }
    sampler.stop();
    heapPeak = std::max(heapPeak, heapInUse());

    const QJsonObject result{
        {QStringLiteral("peak_rss_before_kb"), residentBefore},
        {QStringLiteral("peak_rss_after_kb"), peakResidentKb()},
        {QStringLiteral("heap_before_bytes"), heapBefore},
        {QStringLiteral("heap_peak_bytes"), heapPeak},
        {QStringLiteral("heap_after_bytes"), heapInUse()},
    };
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
    return 0;
}

struct MemoryUse
{
    qint64 peakRssGrowthKb = 0;  // VmHWM after the probes minus before
    qint64 peakHeapGrowth = -1;  // sampled peak of malloc'd bytes minus before; -1 if unknown
    qint64 heapRetained = -1;    // malloc'd bytes after minus before
    qint64 peakRssKb = 0;
};

std::optional<MemoryUse> measureMemory(Kind kind, const QString &serversSpec, int rounds, QString *problem)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--memory-child"), kindKey(kind), QStringLiteral("--servers"), serversSpec,
                 QStringLiteral("--rounds"), QString::number(rounds)});
    const int limit = int(rounds * (std::chrono::milliseconds(probeTimeout).count() + 1000));
    if (!child.waitForFinished(limit) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
        *problem = QStringLiteral("the %1 memory child process failed (%2)").arg(kindKey(kind), child.errorString());
        child.kill();
        child.waitForFinished();
        return std::nullopt;
    }
    const QJsonObject result = QJsonDocument::fromJson(child.readAllStandardOutput()).object();
    const auto value = [&result](const char *key) { return result.value(QLatin1String(key)).toInteger(-1); };
    MemoryUse use;
    use.peakRssKb = value("peak_rss_after_kb");
    use.peakRssGrowthKb = use.peakRssKb - value("peak_rss_before_kb");
    if (value("heap_before_bytes") >= 0) {
        use.peakHeapGrowth = value("heap_peak_bytes") - value("heap_before_bytes");
        use.heapRetained = value("heap_after_bytes") - value("heap_before_bytes");
    }
    return use;
}

// --- report ------------------------------------------------------------------------------------

double ratioOf(qint64 numerator, qint64 denominator)
{
    return denominator > 0 ? double(numerator) / double(denominator) : std::nan("");
}

QString formatRatio(double ratio)
{
    return std::isnan(ratio) ? QStringLiteral("n/a") : QString::number(ratio, 'f', 2);
}

QJsonValue jsonRatio(double ratio)
{
    return std::isnan(ratio) ? QJsonValue() : QJsonValue(std::round(ratio * 1000) / 1000);
}

QJsonObject toJson(const MemoryUse &use)
{
    return {{QStringLiteral("peak_rss_kb"), use.peakRssKb},
            {QStringLiteral("peak_rss_growth_kb"), use.peakRssGrowthKb},
            {QStringLiteral("peak_heap_growth_bytes"), use.peakHeapGrowth < 0 ? QJsonValue() : QJsonValue(use.peakHeapGrowth)},
            {QStringLiteral("heap_retained_bytes"), use.heapRetained < 0 ? QJsonValue() : QJsonValue(use.heapRetained)}};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_detection"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Times data-center detection (a probe of all nine data centers in parallel) against a probe of one,\n"
        "interleaved in one run against the loopback emulator, and compares their memory use."));
    parser.addHelpOption();
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Timed rounds per latency (default 15)."),
                                          QStringLiteral("N"), QStringLiteral("15"));
    const QCommandLineOption latencyOption(QStringLiteral("latency"),
                                           QStringLiteral("Latency injected into every data center, ms (default 200)."),
                                           QStringLiteral("MS"), QStringLiteral("200"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Print one JSON line on stdout; the table goes to stderr."));
    const QCommandLineOption noMemoryOption(QStringLiteral("no-memory"), QStringLiteral("Skip the memory comparison."));
    QCommandLineOption childOption(QStringLiteral("memory-child"), QStringLiteral("Internal."), QStringLiteral("one|all"));
    QCommandLineOption serversOption(QStringLiteral("servers"), QStringLiteral("Internal."), QStringLiteral("spec"));
    childOption.setFlags(QCommandLineOption::HiddenFromHelp);
    serversOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({roundsOption, latencyOption, jsonOption, noMemoryOption, childOption, serversOption});
    parser.process(app);

    QTextStream err(stderr);
    bool roundsOk = false;
    bool latencyOk = false;
    const int rounds = parser.value(roundsOption).toInt(&roundsOk);
    const int latencyMs = parser.value(latencyOption).toInt(&latencyOk);
    if (!roundsOk || rounds < 1 || !latencyOk || latencyMs < 0 || latencyMs > 5000) {
        err << "bench_detection: --rounds must be at least 1 and --latency between 0 and 5000." << Qt::endl;
        return 2;
    }

    if (parser.isSet(childOption)) {
        const QString kind = parser.value(childOption);
        if (kind != kindKey(Kind::One) && kind != kindKey(Kind::All))
            return 2;
        return runMemoryChild(kind == kindKey(Kind::One) ? Kind::One : Kind::All, parser.value(serversOption), rounds);
    }

    const bool json = parser.isSet(jsonOption);
    QTextStream out(json ? stderr : stdout);

    EmulatorThread emulator;
    QString problem;
    if (!emulator.start(DataCenters::codes(), &problem)) {
        err << "bench_detection: the emulator cannot start: " << problem << Qt::endl;
        return 2;
    }
    AccountsServerMap servers;
    servers.addSpec(emulator.overridesSpec(), nullptr);
    ZohoDoor network;

    const qsizetype dataCenterCount = DataCenters::codes().size();
    out << "Data-center detection: " << dataCenterCount << " data centers asked in parallel vs. one (\""
        << homeDataCenter << "\", where the client is registered)\n"
        << rounds << " interleaved rounds per row, same latency injected into every emulated data center\n\n";
    out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
               .arg(QStringLiteral("latency"), 8)
               .arg(QStringLiteral("probe"), -22)
               .arg(QStringLiteral("median"), 10)
               .arg(QStringLiteral("p90"), 10)
               .arg(QStringLiteral("min"), 10)
               .arg(QStringLiteral("ratio (median)"));
    out.flush();

    QList<LatencyRow> rows;
    const QList<int> latencies = latencyMs == 0 ? QList<int>{0} : QList<int>{0, latencyMs};
    for (const int latency : latencies) {
        const std::optional<LatencyRow> row = measureLatency(&emulator, &network, servers, latency, rounds, &problem);
        if (!row) {
            err << "bench_detection: the probe went wrong, so there is nothing to measure: " << problem << Qt::endl;
            return 1;
        }
        rows.append(*row);
        const auto ms = [](double value) { return QStringLiteral("%1 ms").arg(value, 0, 'f', 1); };
        out << QStringLiteral("%1  %2  %3  %4  %5\n")
                   .arg(QStringLiteral("%1 ms").arg(latency), 8)
                   .arg(QStringLiteral("one data center"), -22)
                   .arg(ms(row->one.medianMs), 10).arg(ms(row->one.p90Ms), 10).arg(ms(row->one.minMs), 10);
        out << QStringLiteral("%1  %2  %3  %4  %5  %6 (+%7)\n")
                   .arg(QString(), 8)
                   .arg(QStringLiteral("all %1 (detection)").arg(dataCenterCount), -22)
                   .arg(ms(row->all.medianMs), 10).arg(ms(row->all.p90Ms), 10).arg(ms(row->all.minMs), 10)
                   .arg(formatRatio(row->ratio()), ms(row->all.medianMs - row->one.medianMs));
        out.flush();
    }

    std::optional<MemoryUse> memoryOne;
    std::optional<MemoryUse> memoryAll;
    if (!parser.isSet(noMemoryOption)) {
        emulator.setLatency(latencyMs);
        memoryOne = measureMemory(Kind::One, emulator.overridesSpec(), rounds, &problem);
        if (memoryOne)
            memoryAll = measureMemory(Kind::All, emulator.overridesSpec(), rounds, &problem);
        if (!memoryAll) {
            err << "bench_detection: " << problem << Qt::endl;
            return 1;
        }
        const auto kb = [](qint64 bytes) {
            return bytes < 0 ? QStringLiteral("n/a") : QStringLiteral("%1 kB").arg(double(bytes) / 1024, 0, 'f', 1);
        };
        out << "\nMemory: " << rounds << " probes of each kind at " << latencyMs
            << " ms, each kind in a child process of its own (the emulator stays in this one)\n";
        out << QStringLiteral("%1  %2  %3  %4  %5\n")
                   .arg(QString(), 22)
                   .arg(QStringLiteral("peak RSS"), 10)
                   .arg(QStringLiteral("RSS growth"), 11)
                   .arg(QStringLiteral("heap peak growth"), 17)
                   .arg(QStringLiteral("heap retained"), 14);
        for (const auto &[label, use] : {std::pair{QStringLiteral("one data center"), *memoryOne},
                                         std::pair{QStringLiteral("all %1 (detection)").arg(dataCenterCount), *memoryAll}}) {
            out << QStringLiteral("%1  %2  %3  %4  %5\n")
                       .arg(label, -22)
                       .arg(kb(use.peakRssKb * 1024), 10)
                       .arg(kb(use.peakRssGrowthKb * 1024), 11)
                       .arg(kb(use.peakHeapGrowth), 17)
                       .arg(kb(use.heapRetained), 14);
        }
        out << QStringLiteral("%1  %2  %3  %4\n")
                   .arg(QStringLiteral("ratio all / one"), -22)
                   .arg(QString(), 10)
                   .arg(formatRatio(ratioOf(memoryAll->peakRssGrowthKb, memoryOne->peakRssGrowthKb)), 11)
                   .arg(formatRatio(ratioOf(memoryAll->peakHeapGrowth, memoryOne->peakHeapGrowth)), 17);
    }

    // The goal is about hiding the extra work behind the network's latency; without latency
    // there is nothing to hide it behind, and the 0 ms row only shows that work.
    const LatencyRow &goalRow = rows.last();
    const bool judged = goalRow.latencyMs > 0;
    const bool goalMet = goalRow.ratio() <= goalRatio;
    if (judged) {
        out << "\nGoal (issue 3, item 7): detection within " << goalRatio << "x a one-data-center probe at "
            << goalRow.latencyMs << " ms: " << (goalMet ? "met" : "NOT met") << " (" << formatRatio(goalRow.ratio())
            << "x)\n";
    } else {
        out << "\nGoal (issue 3, item 7) not judged: it needs a latency above 0 ms.\n";
    }
    out.flush();

    if (json) {
        QJsonArray rowsJson;
        for (const LatencyRow &row : std::as_const(rows)) {
            rowsJson.append(QJsonObject{{QStringLiteral("latency_ms"), row.latencyMs},
                                        {QStringLiteral("one"), toJson(row.one)},
                                        {QStringLiteral("all"), toJson(row.all)},
                                        {QStringLiteral("ratio"), jsonRatio(row.ratio())}});
        }
        QJsonObject result{
            {QStringLiteral("benchmark"), QStringLiteral("bench_detection")},
            {QStringLiteral("data_centers"), dataCenterCount},
            {QStringLiteral("rounds"), rounds},
            {QStringLiteral("rows"), rowsJson},
            {QStringLiteral("goal_ratio"), goalRatio},
            {QStringLiteral("goal_latency_ms"), goalRow.latencyMs},
            {QStringLiteral("goal_met"), judged ? QJsonValue(goalMet) : QJsonValue()},
        };
        if (memoryOne && memoryAll) {
            result.insert(QStringLiteral("memory"),
                          QJsonObject{{QStringLiteral("latency_ms"), latencyMs},
                                      {QStringLiteral("one"), toJson(*memoryOne)},
                                      {QStringLiteral("all"), toJson(*memoryAll)},
                                      {QStringLiteral("peak_rss_growth_ratio"),
                                       jsonRatio(ratioOf(memoryAll->peakRssGrowthKb, memoryOne->peakRssGrowthKb))},
                                      {QStringLiteral("peak_heap_growth_ratio"),
                                       jsonRatio(ratioOf(memoryAll->peakHeapGrowth, memoryOne->peakHeapGrowth))}});
        }
        QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
    }
    return 0;
}
