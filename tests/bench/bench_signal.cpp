// Signal import benchmarks for the time-series issue. Run: build/tests/bench/bench_signal
// Generates an 8-channel CSV (ISO-8601 stamps at 1 kHz) of RWB_BENCH_CSV_MB megabytes (default
// 1024) in a temporary folder and reports CsvImporter's throughput (MB/s) with 1 and all
// threads, and, in one run on the same file, the ratio to pandas.read_csv (python3 -c …
// through QProcess, minus the time of a run that only imports pandas).
#include "timeseries/csvimporter.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <vector>

using namespace rwb::timeseries;

namespace {

QTemporaryDir &scratch()
{
    static QTemporaryDir dir;
    return dir;
}

qint64 csvBytes()
{
    const int mb = qEnvironmentVariableIntValue("RWB_BENCH_CSV_MB");
    return qint64(mb > 0 ? mb : 1024) * 1024 * 1024;
}

/// Appends \a v / 1000 with three decimals ("-12.345"): much faster than printf for 80 M cells.
char *putMilli(char *p, int v)
{
    if (v < 0) {
        *p++ = '-';
        v = -v;
    }
    char digits[12];
    int n = 0;
    int whole = v / 1000;
    do {
        digits[n++] = char('0' + whole % 10);
        whole /= 10;
    } while (whole > 0);
    while (n > 0)
        *p++ = digits[--n];
    const int frac = v % 1000;
    *p++ = '.';
    *p++ = char('0' + frac / 100);
    *p++ = char('0' + frac / 10 % 10);
    *p++ = char('0' + frac % 10);
    return p;
}

/// The test file, written once per run in 4 MB blocks: "time,ch1..ch8" and one row per ms.
QString csvFile()
{
    const QString path = scratch().filePath(QStringLiteral("signal-8ch.csv"));
    if (QFile::exists(path))
        return path;
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    const qint64 target = csvBytes();
    out.write("time,ch1,ch2,ch3,ch4,ch5,ch6,ch7,ch8\n");
    std::vector<char> block(4 << 20);
    quint32 noise = 12345;
    for (qint64 row = 0; out.size() < target;) {
        char *p = block.data();
        char *const limit = block.data() + block.size() - 256;
        for (; p < limit; ++row) {
            const qint64 ms = row % 1000;
            const qint64 s = row / 1000;
            const qint64 day = s / 86400;
            p += std::snprintf(
                p, 40, "2024-05-%02lldT%02lld:%02lld:%02lld.%03lldZ", 1 + day, s / 3600 % 24, s / 60 % 60, s % 60, ms);
            for (int c = 0; c < 8; ++c) {
                noise = noise * 1664525u + 1013904223u;
                *p++ = ',';
                p = putMilli(p, int((noise >> 8) % 200000) - 100000 + c * 1000);
            }
            *p++ = '\n';
        }
        out.write(block.data(), p - block.data());
    }
    return path;
}

/// Seconds of CsvImporter on the test file; -1 (and \a error) on failure.
double importSeconds(int threads, QString *error)
{
    const QString source = csvFile();
    const QString cache = scratch().filePath(QStringLiteral("signal-8ch.sig"));
    CsvImporter::Options options;
    options.threads = threads;
    QElapsedTimer timer;
    timer.start();
    const CsvImporter::Result r = CsvImporter(options).import(source, cache);
    const double seconds = timer.nsecsElapsed() / 1e9;
    QFile::remove(cache);
    if (!r.ok) {
        *error = r.error;
        return -1;
    }
    return seconds;
}

/// Seconds of `python3 -c script file`; -1 when it failed (pandas missing, …).
double pythonSeconds(const char *script, const QString &file, QString *output)
{
    QProcess python;
    python.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer timer;
    timer.start();
    python.start(QStringLiteral("/usr/bin/python3"), { QStringLiteral("-c"), QString::fromLatin1(script), file });
    if (!python.waitForFinished(-1) || python.exitStatus() != QProcess::NormalExit || python.exitCode() != 0) {
        *output = QString::fromLocal8Bit(python.readAll()).trimmed();
        if (output->isEmpty())
            *output = python.errorString();
        return -1;
    }
    return timer.nsecsElapsed() / 1e9;
}

void BM_CsvImport(benchmark::State &state)
{
    const double mb = QFileInfo(csvFile()).size() / 1e6;
    for (auto _ : state) {
        QString error;
        const double seconds = importSeconds(int(state.range(0)), &error);
        if (seconds < 0) {
            state.SkipWithError(qPrintable(error));
            return;
        }
        state.SetIterationTime(seconds);
        state.counters["MB"] = mb;
        state.counters["MB/s"] = mb / seconds;
    }
}
// threads: 0 = QThread::idealThreadCount().
BENCHMARK(BM_CsvImport)
    ->ArgName("threads")
    ->Arg(1)
    ->Arg(0)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->UseManualTime();

/// CsvImporter and pandas.read_csv on the same file in one run; "ratio" = pandas time / ours.
void BM_CsvVsPandas(benchmark::State &state)
{
    const QString file = csvFile();
    const double mb = QFileInfo(file).size() / 1e6;
    QString output;
    const double startup = pythonSeconds("import pandas, sys", file, &output);
    if (startup < 0) {
        state.SkipWithError(
            qPrintable(QStringLiteral("python3 with pandas is needed for the baseline (installer/setup-deps.sh "
                                      "--with-dev-tools installs python3-pandas): %1")
                           .arg(output)));
        return;
    }
    for (auto _ : state) {
        QString error;
        const double ours = importSeconds(0, &error);
        if (ours < 0) {
            state.SkipWithError(qPrintable(error));
            return;
        }
        const double pandasTotal = pythonSeconds("import pandas, sys; pandas.read_csv(sys.argv[1])", file, &output);
        if (pandasTotal < 0) {
            state.SkipWithError(qPrintable(QStringLiteral("pandas.read_csv failed: %1").arg(output)));
            return;
        }
        const double pandas = std::max(1e-6, pandasTotal - startup);
        state.SetIterationTime(ours);
        state.counters["MB"] = mb;
        state.counters["rwb_MB/s"] = mb / ours;
        state.counters["pandas_MB/s"] = mb / pandas;
        state.counters["pandas_startup_s"] = startup;
        state.counters["ratio"] = pandas / ours;
    }
}
BENCHMARK(BM_CsvVsPandas)->Unit(benchmark::kMillisecond)->Iterations(1)->UseManualTime();

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
