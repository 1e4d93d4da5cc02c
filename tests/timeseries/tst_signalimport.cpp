// Signal import (annotators/timeseries): CSV/TSV files and sound files into the binary signal
// cache, the cache writer and the memory-mapped reader. Sound files are written here with
// libsndfile itself.
#include "timeseries/csvimporter.h"
#include "timeseries/signalcachebuilder.h"
#include "timeseries/signalcachewriter.h"
#include "timeseries/signaldata.h"
#include "timeseries/signalprobe.h"
#include "timeseries/soundimporter.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <limits>
#include <vector>

#include <sndfile.h>

using namespace rwb::timeseries;

Q_DECLARE_METATYPE(CsvImporter::TimeKind)

namespace {

constexpr double Nan = std::numeric_limits<double>::quiet_NaN();

/// ns since the epoch of a UTC date and time.
qint64 utc(int y, int mo, int d, int h, int mi, int s, qint64 fractionNs = 0)
{
    // Through the Julian day rather than QDateTime: no time zone API differences between Qt versions.
    const qint64 days = QDate(y, mo, d).toJulianDay() - QDate(1970, 1, 1).toJulianDay();
    return ((days * 24 + h) * 60 + mi) * 60 * 1000000000LL + s * 1000000000LL + fractionNs;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(content);
    return path;
}

/// Everything in \a dir but \a keep: leftovers (.part, temporary columns, a cache).
QStringList leftovers(const QTemporaryDir &dir, const QString &keep)
{
    QStringList files = QDir(dir.path()).entryList(QDir::Files);
    files.removeAll(keep);
    return files;
}

bool sameFloat(float actual, double expected)
{
    return std::isnan(expected) ? std::isnan(actual) : actual == float(expected);
}

/// A 16-bit or float sound file, 2 channels, a sine and a ramp; returns the written samples.
std::vector<float> writeSound(const QString &path, int format, int rate, sf_count_t frames)
{
    SF_INFO info {};
    info.channels = 2;
    info.samplerate = rate;
    info.format = format;
    SNDFILE *f = sf_open(QFile::encodeName(path).constData(), SFM_WRITE, &info);
    if (!f)
        qFatal("sf_open: %s", sf_strerror(nullptr));
    std::vector<float> samples(size_t(frames * 2));
    for (sf_count_t i = 0; i < frames; ++i) {
        samples[size_t(2 * i)] = float(0.5 * std::sin(double(i) * 0.01));
        samples[size_t(2 * i + 1)] = float(i % 200) / 200.0f - 0.5f;
    }
    sf_writef_float(f, samples.data(), frames);
    sf_close(f);
    return samples;
}

} // namespace

class TestSignalImport : public QObject
{
    Q_OBJECT

private slots:
    void goodCsv_data();
    void goodCsv();
    void badCsv_data();
    void badCsv();
    void rejectsBadRate();
    void chunkedMatchesSingle();
    void errorsAcrossChunks_data();
    void errorsAcrossChunks();
    void cancelWritesNothing();
    void progressReachesTotal();
    void isoTimes_data();
    void isoTimes();
    void soundRoundTrip_data();
    void soundRoundTrip();
    void builderRefusesUnknownSuffix();
    void detectDelimiter_data();
    void detectDelimiter();
    void writerSpillsAndCleansUp();
    void writerAbandonedLeavesNothing();
    void writerReplacesExistingCache();
    void refusesDamagedCache_data();
    void refusesDamagedCache();
    void indexAtOrAfterWithStamps_data();
    void indexAtOrAfterWithStamps();
    void indexAtOrAfterWithRate();
};

void TestSignalImport::goodCsv_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<double>("rate");
    QTest::addColumn<QStringList>("channels");
    QTest::addColumn<QStringList>("units");
    QTest::addColumn<CsvImporter::TimeKind>("kind");
    QTest::addColumn<bool>("header");
    QTest::addColumn<QList<qint64>>("times"); // empty: regular sampling at `rate` from 0
    QTest::addColumn<QList<double>>("values"); // row by row

    using K = CsvImporter::TimeKind;
    QTest::newRow("comma, header, ISO Z")
        << "a.csv"
        << QByteArray("time,a,b\n"
                      "2024-05-01T08:00:00Z,1.5,-2\n"
                      "2024-05-01T08:00:00.250Z,2.5,3e2\n")
        << 1.0 << QStringList { "a", "b" } << QStringList { "", "" } << K::Iso8601 << true
        << QList<qint64> { utc(2024, 5, 1, 8, 0, 0), utc(2024, 5, 1, 8, 0, 0, 250000000) }
        << QList<double> { 1.5, -2, 2.5, 300 };
    QTest::newRow("semicolon, decimal comma, units, no zone")
        << "b.csv"
        << QByteArray("Zeit;Temp [°C];Druck [bar]\n"
                      "2024-05-01 08:00:00;1,5;2,25\n"
                      "2024-05-01 08:00:01;-0,5;3\n")
        << 1.0 << QStringList { "Temp", "Druck" } << QStringList { "°C", "bar" } << K::Iso8601 << true
        << QList<qint64> { utc(2024, 5, 1, 8, 0, 0), utc(2024, 5, 1, 8, 0, 1) } << QList<double> { 1.5, 2.25, -0.5, 3 };
    QTest::newRow("tab, epoch seconds (fractions)")
        << "c.tsv" << QByteArray("t\tx\n0\t1\n0.5\t2\n1\t3\n") << 1.0 << QStringList { "x" } << QStringList { "" }
        << K::EpochSeconds << true << QList<qint64> { 0, 500000000, 1000000000 } << QList<double> { 1, 2, 3 };
    QTest::newRow("ISO with offsets to UTC")
        << "d.csv"
        << QByteArray("timestamp,v\n"
                      "2024-05-01T10:00:00+02:00,1\n"
                      "2024-05-01T08:30:00.5-00:30,2\n"
                      "2024-05-01T09:00:01+0000,3\n")
        << 1.0 << QStringList { "v" } << QStringList { "" } << K::Iso8601 << true
        << QList<qint64> { utc(2024, 5, 1, 8, 0, 0), utc(2024, 5, 1, 9, 0, 0, 500000000), utc(2024, 5, 1, 9, 0, 1) }
        << QList<double> { 1, 2, 3 };
    QTest::newRow("epoch seconds, exact nanoseconds")
        << "e.csv" << QByteArray("time,v\n1714550400.123456789,1\n1714550401,2\n") << 1.0 << QStringList { "v" }
        << QStringList { "" } << K::EpochSeconds << true
        << QList<qint64> { 1714550400123456789LL, 1714550401000000000LL } << QList<double> { 1, 2 };
    QTest::newRow("epoch ms") << "f.csv" << QByteArray("time,v\n1714550400000,1\n1714550400001,2\n") << 1.0
                              << QStringList { "v" } << QStringList { "" } << K::EpochMilliseconds << true
                              << QList<qint64> { 1714550400000000000LL, 1714550400001000000LL }
                              << QList<double> { 1, 2 };
    QTest::newRow("epoch us") << "g.csv" << QByteArray("time,v\n1714550400000000,1\n1714550400000500,2\n") << 1.0
                              << QStringList { "v" } << QStringList { "" } << K::EpochMicroseconds << true
                              << QList<qint64> { 1714550400000000000LL, 1714550400000500000LL }
                              << QList<double> { 1, 2 };
    QTest::newRow("no time column, rate")
        << "h.csv" << QByteArray("a,b\n1,2\n3,4\n5,6\n") << 10.0 << QStringList { "a", "b" } << QStringList { "", "" }
        << K::SampleIndex << true << QList<qint64> {} << QList<double> { 1, 2, 3, 4, 5, 6 };
    QTest::newRow("no header, no time") << "i.csv" << QByteArray("1;2\n3;4\n") << 1.0 << QStringList { "ch1", "ch2" }
                                        << QStringList { "", "" } << K::SampleIndex << false << QList<qint64> {}
                                        << QList<double> { 1, 2, 3, 4 };
    QTest::newRow("no header, ISO time") << "j.csv"
                                         << QByteArray("2024-05-01T08:00:00Z,1\n"
                                                       "2024-05-01T08:00:01Z,2\n")
                                         << 1.0 << QStringList { "ch1" } << QStringList { "" } << K::Iso8601 << false
                                         << QList<qint64> { utc(2024, 5, 1, 8, 0, 0), utc(2024, 5, 1, 8, 0, 1) }
                                         << QList<double> { 1, 2 };
    QTest::newRow("gaps are NaN, not zero")
        << "k.csv"
        << QByteArray("time,a,b\n"
                      "2024-05-01T08:00:00Z,,1\n"
                      "2024-05-01T08:00:01Z,2,\n"
                      "2024-05-01T08:00:02Z,NA, 0 \n")
        << 1.0 << QStringList { "a", "b" } << QStringList { "", "" } << K::Iso8601 << true
        << QList<qint64> { utc(2024, 5, 1, 8, 0, 0), utc(2024, 5, 1, 8, 0, 1), utc(2024, 5, 1, 8, 0, 2) }
        << QList<double> { Nan, 1, 2, Nan, Nan, 0 };
    QTest::newRow("BOM, CRLF, blank lines, quotes")
        << "l.csv"
        << QByteArray("\xEF\xBB\xBF\"time\",\"a, b\"\r\n"
                      "2024-05-01T08:00:00Z,\"1.25\"\r\n"
                      "\r\n"
                      "2024-05-01T08:00:01Z,2\r\n")
        << 1.0 << QStringList { "a, b" } << QStringList { "" } << K::Iso8601 << true
        << QList<qint64> { utc(2024, 5, 1, 8, 0, 0), utc(2024, 5, 1, 8, 0, 1) } << QList<double> { 1.25, 2 };
    QTest::newRow("pipe, 时间 epoch") << "m.txt" << QByteArray("时间|v\n100|1\n200|2\n") << 1.0 << QStringList { "v" }
                                      << QStringList { "" } << K::EpochSeconds << true
                                      << QList<qint64> { 100000000000LL, 200000000000LL } << QList<double> { 1, 2 };
    QTest::newRow("tab, decimal comma, no header")
        << "n.tsv" << QByteArray("0,5\t1\n2,5\t3\n") << 2.0 << QStringList { "ch1", "ch2" } << QStringList { "", "" }
        << K::SampleIndex << false << QList<qint64> {} << QList<double> { 0.5, 1, 2.5, 3 };
}

void TestSignalImport::goodCsv()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(double, rate);
    QFETCH(QStringList, channels);
    QFETCH(QStringList, units);
    QFETCH(CsvImporter::TimeKind, kind);
    QFETCH(bool, header);
    QFETCH(QList<qint64>, times);
    QFETCH(QList<double>, values);

    QTemporaryDir dir;
    const QString source = writeFile(dir, name, content);
    const QString cache = dir.filePath(QStringLiteral("out.rwbsig"));
    CsvImporter::Options options;
    options.rateHz = rate;
    const CsvImporter::Result r = CsvImporter(options).import(source, cache);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.channels, channels);
    QCOMPARE(r.units, units);
    QCOMPARE(r.timeKind, kind);
    QCOMPARE(r.header, header);
    const qint64 rows = values.size() / channels.size();
    QCOMPARE(r.samples, rows);

    QString error;
    const auto data = SignalData::open(cache, &error);
    QVERIFY2(data, qPrintable(error));
    QCOMPARE(data->channelNames(), channels);
    QCOMPARE(data->channelUnits(), units);
    QCOMPARE(data->sampleCount(), rows);
    QCOMPARE(data->hasTimestamps(), !times.isEmpty());
    for (qint64 i = 0; i < rows; ++i) {
        const qint64 expected = times.isEmpty() ? qint64(std::llround(double(i) * 1e9 / rate)) : times[i];
        QCOMPARE(data->timeAt(i), expected);
        for (int c = 0; c < channels.size(); ++c) {
            const float v = data->channel(c)[i];
            QVERIFY2(sameFloat(v, values[i * channels.size() + c]),
                qPrintable(QStringLiteral("row %1 channel %2: %3").arg(i).arg(c).arg(v)));
        }
    }
    QCOMPARE(leftovers(dir, name), QStringList { QStringLiteral("out.rwbsig") });
}

void TestSignalImport::badCsv_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("ragged row, too few") << QByteArray("time,a,b\n"
                                                       "2024-05-01T08:00:00Z,1,2\n"
                                                       "2024-05-01T08:00:01Z,1,2\n"
                                                       "2024-05-01T08:00:02Z,3,4\n"
                                                       "2024-05-01T08:00:03Z,5\n")
                                         << QStringList { "line 5", "2 fields, expected 3" };
    QTest::newRow("ragged row, too many") << QByteArray("a,b\n1,2\n3,4,5\n") << QStringList { "line 3", "3 fields" };
    QTest::newRow("ragged first row") << QByteArray("a,b\n1\n") << QStringList { "line 2", "1 fields" };
    QTest::newRow("non-numeric cell") << QByteArray("time,a,b\n"
                                                    "2024-05-01T08:00:00Z,1,2\n"
                                                    "2024-05-01T08:00:01Z,1,x1\n")
                                      << QStringList { "line 3", "\"b\"", "x1", "not a number" };
    QTest::newRow("non-numeric, no header") << QByteArray("1,2\n3,4\n5,abc\n") << QStringList { "line 3", "#2", "abc" };
    QTest::newRow("unsorted") << QByteArray("time,a\n"
                                            "2024-05-01T08:00:00Z,1\n"
                                            "2024-05-01T08:00:02Z,1\n"
                                            "2024-05-01T08:00:01Z,1\n")
                              << QStringList { "line 4", "not sorted" };
    QTest::newRow("duplicate stamp") << QByteArray("time,a\n"
                                                   "2024-05-01T08:00:00Z,1\n"
                                                   "2024-05-01T08:00:00Z,2\n")
                                     << QStringList { "line 3", "duplicated" };
    QTest::newRow("duplicate epoch") << QByteArray("t,a\n5,1\n6,1\n6,2\n") << QStringList { "line 4", "duplicated" };
    QTest::newRow("mixed time zones") << QByteArray("time,a\n"
                                                    "2024-05-01T08:00:00Z,1\n"
                                                    "2024-05-01T08:00:01Z,1\n"
                                                    "2024-05-01T08:00:02,2\n")
                                      << QStringList { "line 4", "mixed time zones" };
    QTest::newRow("mixed time zones, naive first") << QByteArray("time,a\n"
                                                                 "2024-05-01 08:00:00,1\n"
                                                                 "2024-05-01 08:00:01+01:00,2\n")
                                                   << QStringList { "line 3", "mixed time zones" };
    QTest::newRow("bad time stamp") << QByteArray("time,a\n2024-05-01T08:00:00Z,1\n2024-13-01T08:00:00Z,2\n")
                                    << QStringList { "line 3", "not a time stamp" };
    QTest::newRow("named time column, text")
        << QByteArray("time,a\nyesterday,1\n") << QStringList { "line 2", "not a time stamp" };
    QTest::newRow("empty file") << QByteArray() << QStringList { "empty" };
    QTest::newRow("blank lines only") << QByteArray("\n \r\n\n") << QStringList { "empty" };
    QTest::newRow("header only") << QByteArray("time,a,b\n") << QStringList { "no data rows" };
    QTest::newRow("no numeric column") << QByteArray("time\n2024-05-01T08:00:00Z\n")
                                       << QStringList { "no numeric column" };
}

void TestSignalImport::badCsv()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, expected);

    QTemporaryDir dir;
    const QString source = writeFile(dir, QStringLiteral("bad-input.csv"), content);
    const QString cache = dir.filePath(QStringLiteral("out.rwbsig"));
    const CsvImporter::Result r = CsvImporter().import(source, cache);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("bad-input.csv")), qPrintable(r.error));
    for (const QString &e : expected)
        QVERIFY2(r.error.contains(e), qPrintable(r.error));
    QVERIFY(!QFile::exists(cache));
    QCOMPARE(leftovers(dir, QStringLiteral("bad-input.csv")), QStringList());
}

namespace {

/// A CSV of \a rows rows (ISO stamps at 1 kHz, 3 channels), large enough for many 64 KB chunks.
QByteArray generatedCsv(int rows)
{
    QByteArray out = "time,a,b,c\n";
    for (int i = 0; i < rows; ++i) {
        char stamp[32];
        std::snprintf(stamp, sizeof stamp, "2024-05-01T00:%02d:%02d.%03dZ", i / 60000, i / 1000 % 60, i % 1000);
        out += stamp;
        out += ',' + QByteArray::number(i) + ',' + QByteArray::number(i * 0.25, 'f', 2) + ','
            + (i % 7 == 0 ? QByteArray() : QByteArray::number(-i)) + '\n';
    }
    return out;
}

} // namespace

void TestSignalImport::rejectsBadRate()
{
    QTemporaryDir dir;
    const QString source = writeFile(dir, QStringLiteral("r.csv"), "a\n1\n2\n");
    CsvImporter::Options options;
    options.rateHz = 0;
    const CsvImporter::Result r = CsvImporter(options).import(source, dir.filePath(QStringLiteral("r.sig")));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("sample rate")), qPrintable(r.error));
    QCOMPARE(leftovers(dir, QStringLiteral("r.csv")), QStringList());
}

void TestSignalImport::chunkedMatchesSingle()
{
    QTemporaryDir dir;
    const int rows = 30000;
    const QString source = writeFile(dir, QStringLiteral("big.csv"), generatedCsv(rows));
    CsvImporter::Options options;
    options.chunkBytes = 64 * 1024;
    options.threads = 3;
    const CsvImporter::Result r = CsvImporter(options).import(source, dir.filePath(QStringLiteral("a.sig")));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.samples, qint64(rows));
    const auto data = SignalData::open(dir.filePath(QStringLiteral("a.sig")));
    QVERIFY(data);
    const qint64 t0 = utc(2024, 5, 1, 0, 0, 0);
    for (qint64 i = 0; i < rows; ++i) {
        QCOMPARE(data->timeAt(i), t0 + i * 1000000);
        QCOMPARE(data->channel(0)[i], float(i));
        QCOMPARE(data->channel(1)[i], float(i * 0.25));
        if (i % 7 == 0)
            QVERIFY(std::isnan(data->channel(2)[i]));
        else
            QCOMPARE(data->channel(2)[i], float(-i));
    }
}

void TestSignalImport::errorsAcrossChunks_data()
{
    QTest::addColumn<int>("row"); // 0-based data row that is broken (its line: row + 2)
    QTest::addColumn<QByteArray>("replacement");
    QTest::addColumn<QString>("message");

    QTest::newRow("ragged, late chunk") << 25000 << QByteArray("2024-05-01T00:00:25.000Z,1,2") << "fields";
    QTest::newRow("non-numeric, middle") << 12345 << QByteArray("2024-05-01T00:00:12.345Z,1,oops,3") << "oops";
    // Row 0's stamp again, far away: an unsorted stamp (possibly right at a chunk boundary).
    QTest::newRow("unsorted, late") << 20001 << QByteArray("2024-05-01T00:00:00.000Z,1,2,3") << "not sorted";
}

void TestSignalImport::errorsAcrossChunks()
{
    QFETCH(int, row);
    QFETCH(QByteArray, replacement);
    QFETCH(QString, message);

    QList<QByteArray> lines = generatedCsv(30000).split('\n');
    lines[row + 1] = replacement;
    QTemporaryDir dir;
    const QString source = writeFile(dir, QStringLiteral("broken.csv"), lines.join('\n'));
    for (const qint64 chunk : { qint64(64 * 1024), qint64(100 * 1024), qint64(8 << 20) }) {
        CsvImporter::Options options;
        options.chunkBytes = chunk;
        options.threads = 2;
        const QString cache = dir.filePath(QStringLiteral("x.sig"));
        const CsvImporter::Result r = CsvImporter(options).import(source, cache);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("line %1:").arg(row + 2)), qPrintable(r.error));
        QVERIFY2(r.error.contains(message), qPrintable(r.error));
        QCOMPARE(leftovers(dir, QStringLiteral("broken.csv")), QStringList());
    }
}

void TestSignalImport::cancelWritesNothing()
{
    QTemporaryDir dir;
    const QString source = writeFile(dir, QStringLiteral("big.csv"), generatedCsv(20000));
    std::atomic_bool cancel { false };
    CsvImporter::Options options;
    options.chunkBytes = 64 * 1024;
    CsvImporter importer(options);
    importer.setCancelFlag(&cancel);
    importer.setProgress([&](qint64, qint64) { cancel.store(true); });
    const CsvImporter::Result r = importer.import(source, dir.filePath(QStringLiteral("c.sig")));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("cancelled")), qPrintable(r.error));
    QCOMPARE(leftovers(dir, QStringLiteral("big.csv")), QStringList());
}

void TestSignalImport::progressReachesTotal()
{
    QTemporaryDir dir;
    const QByteArray content = generatedCsv(5000);
    const QString source = writeFile(dir, QStringLiteral("p.csv"), content);
    CsvImporter::Options options;
    options.chunkBytes = 64 * 1024;
    CsvImporter importer(options);
    qint64 last = -1;
    qint64 total = 0;
    int calls = 0;
    importer.setProgress([&](qint64 done, qint64 all) {
        QVERIFY(done > last);
        last = done;
        total = all;
        ++calls;
    });
    QVERIFY(importer.import(source, dir.filePath(QStringLiteral("p.sig"))).ok);
    QVERIFY(calls > 1);
    QCOMPARE(total, qint64(content.size()));
    QCOMPARE(last, total);
}

void TestSignalImport::isoTimes_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("ns");
    QTest::addColumn<bool>("zoned");

    QTest::newRow("T, Z") << QByteArray("2024-05-01T08:00:00Z") << true << utc(2024, 5, 1, 8, 0, 0) << true;
    QTest::newRow("space, naive") << QByteArray("2024-05-01 08:00:00") << true << utc(2024, 5, 1, 8, 0, 0) << false;
    QTest::newRow("nanoseconds") << QByteArray("2024-05-01T08:00:00.123456789Z") << true
                                 << utc(2024, 5, 1, 8, 0, 0, 123456789) << true;
    QTest::newRow("more digits than ns") << QByteArray("2024-05-01T08:00:00.1234567891Z") << true
                                         << utc(2024, 5, 1, 8, 0, 0, 123456789) << true;
    QTest::newRow("offset east") << QByteArray("2024-05-01T08:00:00+08:00") << true << utc(2024, 5, 1, 0, 0, 0) << true;
    QTest::newRow("offset west, day before")
        << QByteArray("2024-03-01T01:00:00-05:00") << true << utc(2024, 3, 1, 6, 0, 0) << true;
    QTest::newRow("no seconds") << QByteArray("2024-05-01T08:30") << true << utc(2024, 5, 1, 8, 30, 0) << false;
    QTest::newRow("date only") << QByteArray("1999-12-31") << true << utc(1999, 12, 31, 0, 0, 0) << false;
    QTest::newRow("before 1970") << QByteArray("1960-01-01T00:00:00Z") << true << utc(1960, 1, 1, 0, 0, 0) << true;
    QTest::newRow("slashes") << QByteArray("2024/05/01 08:00:00") << true << utc(2024, 5, 1, 8, 0, 0) << false;
    QTest::newRow("Feb 30") << QByteArray("2023-02-29T00:00:00Z") << false << qint64(0) << false;
    QTest::newRow("hour 25") << QByteArray("2024-05-01T25:00:00Z") << false << qint64(0) << false;
    QTest::newRow("trailing text") << QByteArray("2024-05-01T08:00:00Zx") << false << qint64(0) << false;
    QTest::newRow("number") << QByteArray("1714550400") << false << qint64(0) << false;
}

void TestSignalImport::isoTimes()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    QFETCH(qint64, ns);
    QFETCH(bool, zoned);
    qint64 t = 0;
    bool z = false;
    QCOMPARE(CsvImporter::parseIsoTime(text.constData(), text.constData() + text.size(), &t, &z), valid);
    if (valid) {
        QCOMPARE(t, ns);
        QCOMPARE(z, zoned);
    }
}

void TestSignalImport::soundRoundTrip_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("format");
    QTest::addColumn<double>("tolerance");

    QTest::newRow("wav float") << "rec.wav" << int(SF_FORMAT_WAV | SF_FORMAT_FLOAT) << 0.0;
    QTest::newRow("wav 16-bit") << "rec16.wav" << int(SF_FORMAT_WAV | SF_FORMAT_PCM_16) << 1.0 / 16384;
    QTest::newRow("flac 16-bit") << "rec.flac" << int(SF_FORMAT_FLAC | SF_FORMAT_PCM_16) << 1.0 / 16384;
}

void TestSignalImport::soundRoundTrip()
{
    QFETCH(QString, name);
    QFETCH(int, format);
    QFETCH(double, tolerance);

    QTemporaryDir dir;
    const QString source = dir.filePath(name);
    const sf_count_t frames = 150000; // more than one 64 k block
    const std::vector<float> written = writeSound(source, format, 8000, frames);
    const QString cache = dir.filePath(QStringLiteral("rec.sig"));
    QString error;
    qint64 lastDone = 0;
    QVERIFY2(SignalCacheBuilder::build(
                 source, cache, [&](qint64 done, qint64) { lastDone = done; }, nullptr, &error),
        qPrintable(error));
    QCOMPARE(lastDone, qint64(frames));
    const auto data = SignalData::open(cache, &error);
    QVERIFY2(data, qPrintable(error));
    QCOMPARE(data->channelNames(), (QStringList { "ch1", "ch2" }));
    QCOMPARE(data->sampleCount(), qint64(frames));
    QCOMPARE(data->rateHz(), 8000.0);
    QVERIFY(!data->hasTimestamps());
    QCOMPARE(data->startNs(), qint64(0));
    QCOMPARE(data->timeAt(8000), qint64(1000000000));
    double worst = 0;
    for (sf_count_t i = 0; i < frames; ++i) {
        for (int c = 0; c < 2; ++c)
            worst = std::max(worst, std::fabs(double(data->channel(c)[i]) - written[size_t(2 * i + c)]));
    }
    QVERIFY2(worst <= tolerance, qPrintable(QString::number(worst)));

    const rwb::project::ProbeResult probed = SignalProbe().probe(source);
    QVERIFY2(probed.error.isEmpty(), qPrintable(probed.error));
    QCOMPARE(probed.channels.value_or(0), qint64(2));
    QCOMPARE(probed.samples.value_or(0), qint64(frames));
}

void TestSignalImport::builderRefusesUnknownSuffix()
{
    QTemporaryDir dir;
    const QString source = writeFile(dir, QStringLiteral("x.bin"), "1,2\n");
    QString error;
    QVERIFY(!SignalCacheBuilder::build(source, dir.filePath(QStringLiteral("x.sig")), {}, nullptr, &error));
    QVERIFY2(error.contains(QLatin1String("x.bin")), qPrintable(error));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.sig"))));

    const QString broken = writeFile(dir, QStringLiteral("y.wav"), "RIFF....WAVEjunk");
    QVERIFY(!SignalCacheBuilder::build(broken, dir.filePath(QStringLiteral("y.sig")), {}, nullptr, &error));
    QVERIFY2(error.contains(QLatin1String("y.wav")), qPrintable(error));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("y.sig"))));
}

void TestSignalImport::detectDelimiter_data()
{
    QTest::addColumn<QByteArray>("sample");
    QTest::addColumn<char>("delimiter");
    QTest::newRow("comma") << QByteArray("a,b\n1,2\n3,4\n") << ',';
    QTest::newRow("semicolon, decimal commas") << QByteArray("1,5;2,5\n3,5;4,5\n") << ';';
    QTest::newRow("tab, commas in cells") << QByteArray("1,5\t2\n3,5\t4\n") << '\t';
    QTest::newRow("pipe") << QByteArray("a|b\n1|2\n") << '|';
    QTest::newRow("cut-off last line") << QByteArray("a;b\n1,5;2\n3,5;4\n5,") << ';';
}

void TestSignalImport::detectDelimiter()
{
    QFETCH(QByteArray, sample);
    QFETCH(char, delimiter);
    QCOMPARE(SignalProbe::detectDelimiter(sample), delimiter);
}

void TestSignalImport::writerSpillsAndCleansUp()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.sig"));
    const qint64 n = 100000;
    {
        SignalCacheWriter writer(path, { "a", "b", "c" }, { "V" });
        writer.setTimestamps();
        writer.setBufferBytes(4096);
        std::vector<qint64> t;
        std::vector<float> rows;
        for (qint64 i = 0; i < n; i += 777) {
            const qint64 m = std::min<qint64>(777, n - i);
            t.clear();
            rows.clear();
            for (qint64 k = i; k < i + m; ++k) {
                t.push_back(1000 + k * 3);
                rows.insert(rows.end(), { float(k), float(-k), float(k % 13) });
            }
            QVERIFY(writer.appendRows(t.data(), rows.data(), m));
        }
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).size() > 1); // the columns spilled
        QString error;
        QVERIFY2(writer.finish(&error), qPrintable(error));
    }
    QCOMPARE(leftovers(dir, QString()), QStringList { QStringLiteral("w.sig") });
    const auto data = SignalData::open(path);
    QVERIFY(data);
    QCOMPARE(data->sampleCount(), n);
    QCOMPARE(data->channelUnits(), (QStringList { "V", "", "" }));
    QCOMPARE(QFileInfo(path).size() % 64, qint64(0));
    for (qint64 k = 0; k < n; ++k) {
        QCOMPARE(data->timeAt(k), 1000 + k * 3);
        QCOMPARE(data->channel(0)[k], float(k));
        QCOMPARE(data->channel(1)[k], float(-k));
        QCOMPARE(data->channel(2)[k], float(k % 13));
    }
}

void TestSignalImport::writerAbandonedLeavesNothing()
{
    QTemporaryDir dir;
    {
        SignalCacheWriter writer(dir.filePath(QStringLiteral("w.sig")), { "a" });
        writer.setBufferBytes(256);
        std::vector<float> v(10000, 1.0f);
        const float *columns[] = { v.data() };
        QVERIFY(writer.appendBlock(nullptr, columns, qint64(v.size())));
        QVERIFY(!QDir(dir.path()).entryList(QDir::Files).isEmpty());
    }
    QCOMPARE(leftovers(dir, QString()), QStringList());
}

void TestSignalImport::writerReplacesExistingCache()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("w.sig"), "old contents");
    SignalCacheWriter writer(path, { "a" });
    writer.setRate(5, 2.0);
    const float values[] = { 1, 2, 3 };
    const float *columns[] = { values };
    QVERIFY(writer.appendBlock(nullptr, columns, 3));
    QVERIFY(writer.finish());
    const auto data = SignalData::open(path);
    QVERIFY(data);
    QCOMPARE(data->sampleCount(), qint64(3));
    QCOMPARE(data->timeAt(2), qint64(5 + 1000000000));
    QCOMPARE(leftovers(dir, QString()), QStringList { QStringLiteral("w.sig") });
}

void TestSignalImport::refusesDamagedCache_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("message");
    QTest::newRow("truncated") << "truncate"
                               << "truncated";
    QTest::newRow("extended") << "append"
                              << "truncated or damaged";
    QTest::newRow("garbage") << "garbage"
                             << "wrong magic";
    QTest::newRow("shorter than a header") << "short"
                                           << "shorter than its header";
    QTest::newRow("newer version") << "version"
                                   << "version 7";
    QTest::newRow("missing") << "remove"
                             << "";
}

void TestSignalImport::refusesDamagedCache()
{
    QFETCH(QString, damage);
    QFETCH(QString, message);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.sig"));
    {
        SignalCacheWriter writer(path, { "a", "b" });
        writer.setTimestamps();
        std::vector<qint64> t(1000);
        std::vector<float> a(1000, 1.0f);
        for (size_t i = 0; i < t.size(); ++i)
            t[i] = qint64(i);
        const float *columns[] = { a.data(), a.data() };
        QVERIFY(writer.appendBlock(t.data(), columns, 1000));
        QVERIFY(writer.finish());
    }
    QVERIFY(SignalData::open(path));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QByteArray bytes = f.readAll();
    if (damage == QLatin1String("truncate"))
        bytes.chop(100);
    else if (damage == QLatin1String("append"))
        bytes.append(64, '\0');
    else if (damage == QLatin1String("garbage"))
        bytes.fill('x');
    else if (damage == QLatin1String("short"))
        bytes.truncate(100);
    else if (damage == QLatin1String("version"))
        bytes[SignalData::OffsetVersion] = 7;
    f.resize(0);
    f.write(bytes);
    f.close();
    if (damage == QLatin1String("remove"))
        QFile::remove(path);
    QString error;
    QVERIFY(!SignalData::open(path, &error));
    QVERIFY2(error.contains(QLatin1String("damaged.sig")), qPrintable(error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestSignalImport::indexAtOrAfterWithStamps_data()
{
    QTest::addColumn<qint64>("ns");
    QTest::addColumn<qint64>("index");
    // Stamps 10, 20, 30, 45.
    QTest::newRow("before") << qint64(-100) << qint64(0);
    QTest::newRow("first") << qint64(10) << qint64(0);
    QTest::newRow("between") << qint64(11) << qint64(1);
    QTest::newRow("exact") << qint64(30) << qint64(2);
    QTest::newRow("just before last") << qint64(44) << qint64(3);
    QTest::newRow("last") << qint64(45) << qint64(3);
    QTest::newRow("after") << qint64(46) << qint64(4);
}

void TestSignalImport::indexAtOrAfterWithStamps()
{
    QFETCH(qint64, ns);
    QFETCH(qint64, index);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.sig"));
    SignalCacheWriter writer(path, { "a" });
    writer.setTimestamps();
    const qint64 t[] = { 10, 20, 30, 45 };
    const float v[] = { 1, 2, 3, 4 };
    const float *columns[] = { v };
    QVERIFY(writer.appendBlock(t, columns, 4));
    QVERIFY(writer.finish());
    const auto data = SignalData::open(path);
    QVERIFY(data);
    QCOMPARE(data->indexAtOrAfter(ns), index);
    QCOMPARE(data->startNs(), qint64(10));
    QCOMPARE(data->endNs(), qint64(45));
}

void TestSignalImport::indexAtOrAfterWithRate()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.sig"));
    const qint64 n = 100000;
    SignalCacheWriter writer(path, { "a" });
    const qint64 start = 1714550400000000000LL;
    writer.setRate(start, 3.0); // a period of 333 333 333.3 ns: rounding matters
    std::vector<float> v(size_t(n), 0.0f);
    const float *columns[] = { v.data() };
    QVERIFY(writer.appendBlock(nullptr, columns, n));
    QVERIFY(writer.finish());
    const auto data = SignalData::open(path);
    QVERIFY(data);
    QCOMPARE(data->indexAtOrAfter(start - 1), qint64(0));
    QCOMPARE(data->indexAtOrAfter(start), qint64(0));
    QCOMPARE(data->indexAtOrAfter(data->endNs() + 1), n);
    QCOMPARE(data->indexAtOrAfter(std::numeric_limits<qint64>::max()), n);
    for (qint64 i = 0; i < n; i += 997) {
        QCOMPARE(data->indexAtOrAfter(data->timeAt(i)), i);
        QCOMPARE(data->indexAtOrAfter(data->timeAt(i) + 1), i + 1);
        QCOMPARE(data->indexAtOrAfter(data->timeAt(i) - 1), i);
    }
    QCOMPARE(data->timeAt(3), start + 1000000000);
}

QTEST_GUILESS_MAIN(TestSignalImport)
#include "tst_signalimport.moc"
