// Several signal files as one asset on one time axis: the group file, resampling onto the
// reference grid or the union of stamps, gaps, shifts, refusals, and import into a project.
#include "project/assetstore.h"
#include "project/jobs/importjob.h"
#include "project/project.h"
#include "timeseries/signalaligner.h"
#include "timeseries/signalcachebuilder.h"
#include "timeseries/signaldata.h"
#include "timeseries/signalgroup.h"
#include "timeseries/signalprobe.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sndfile.h>

#include <cmath>

using namespace rwb;
using namespace rwb::timeseries;

namespace {

constexpr qint64 Second = 1000000000;
constexpr qint64 T0 = 1700000000LL * Second; // 2023-11-14T22:13:20Z

void writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

/// One channel of 16-bit PCM: sample i is (i % 100) / 1000.
void writeWav(const QString &path, int rate, int frames)
{
    SF_INFO info {};
    info.channels = 1;
    info.samplerate = rate;
    info.format = SF_FORMAT_WAV | SF_FORMAT_FLOAT;
    SNDFILE *f = sf_open(QFile::encodeName(path).constData(), SFM_WRITE, &info);
    QVERIFY(f);
    std::vector<float> s(static_cast<size_t>(frames));
    for (int i = 0; i < frames; ++i)
        s[size_t(i)] = float(i % 100) / 1000.0f;
    sf_writef_float(f, s.data(), frames);
    sf_close(f);
}

/// Epoch-second stamps from T0 every \a step seconds, channel \a name = 10 × row.
QByteArray csv(const QString &name, double step, int rows, double firstOffset = 0, int skipRow = -1)
{
    QByteArray out = "time," + name.toUtf8() + "\n";
    for (int i = 0; i < rows; ++i) {
        if (i == skipRow)
            continue;
        out += QByteArray::number(double(T0 / Second) + firstOffset + step * i, 'f', 3) + ","
            + QByteArray::number(10 * i) + "\n";
    }
    return out;
}

bool isNan(float v)
{
    return std::isnan(v);
}

} // namespace

class TestSignalAlign : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void groupRoundTrip()
    {
        writeFile(path("a.csv"), csv("a", 1, 3));
        SignalGroup g;
        g.members = { { path("a.csv"), {}, T0 + 5 * Second, 250000000, std::nullopt },
            { path("a.csv"), {}, std::nullopt, -Second, 8000.0 } };
        g.reference = 1;
        g.grid = SignalGroup::Grid::Union;
        g.fill = SignalGroup::Fill::Linear;
        g.span = SignalGroup::Span::Overlap;
        QString error;
        QVERIFY2(g.write(path("g.rwbsig"), &error), qPrintable(error));
        QCOMPARE(g.members[0].path, QStringLiteral("a.csv")); // relative to the group file
        QCOMPARE(g.members[0].sha256.size(), 64);

        const auto back = SignalGroup::read(path("g.rwbsig"), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->members.size(), 2);
        QCOMPARE(back->members[0].startNs, std::optional<qint64>(T0 + 5 * Second));
        QCOMPARE(back->members[0].offsetNs, 250000000);
        QCOMPARE(back->members[1].offsetNs, -Second);
        QCOMPARE(back->members[1].rateHz, std::optional<double>(8000.0));
        QCOMPARE(back->members[0].sha256, g.members[0].sha256);
        QCOMPARE(back->grid, SignalGroup::Grid::Union);
        QCOMPARE(back->fill, SignalGroup::Fill::Linear);
        QCOMPARE(back->span, SignalGroup::Span::Overlap);
        QCOMPARE(back->reference, 0); // both members name a.csv: the first match
        QCOMPARE(SignalGroup::formatTime(T0 + 1), QStringLiteral("2023-11-14T22:13:20.000000001Z"));
        QCOMPARE(
            SignalGroup::parseTime(QStringLiteral("2023-11-14T22:13:20.5Z")), std::optional<qint64>(T0 + Second / 2));
    }

    void badGroup_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << QByteArray("{ files: ") << "not valid JSON";
        QTest::newRow("other format") << QByteArray(R"({"format":"x","files":[{"path":"a.csv"}]})")
                                      << "not a signal group file";
        QTest::newRow("newer") << QByteArray(R"({"format":"rwb-signal-group","version":9,"files":[{"path":"a.csv"}]})")
                               << "newer version";
        QTest::newRow("no files") << QByteArray(R"({"format":"rwb-signal-group","version":1,"files":[]})")
                                  << "lists no files";
        QTest::newRow("bad start") << QByteArray(
            R"({"format":"rwb-signal-group","version":1,"files":[{"path":"a.csv","start":"yesterday"}]})")
                                   << "is not an ISO-8601 time";
        QTest::newRow("bad rate") << QByteArray(
            R"({"format":"rwb-signal-group","version":1,"files":[{"path":"a.csv","rate_hz":-1}]})")
                                  << "positive number";
        QTest::newRow("bad span") << QByteArray(
            R"({"format":"rwb-signal-group","version":1,"span":"most","files":[{"path":"a.csv"}]})")
                                  << "unknown span";
        QTest::newRow("bad grid") << QByteArray(
            R"({"format":"rwb-signal-group","version":1,"grid":"fine","files":[{"path":"a.csv"}]})")
                                  << "unknown grid";
        QTest::newRow("unknown reference")
            << QByteArray(R"({"format":"rwb-signal-group","version":1,"reference":"b.csv","files":[{"path":"a.csv"}]})")
            << "is not one of the group's files";
    }

    void badGroup()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        writeFile(path("bad.rwbsig"), json);
        QString error;
        QVERIFY(!SignalGroup::read(path("bad.rwbsig"), &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("bad.rwbsig")), qPrintable(error));
        // The builder refuses it as well and leaves no cache.
        QVERIFY(!SignalCacheBuilder::build(path("bad.rwbsig"), path("bad.rws"), {}, nullptr, &error));
        QVERIFY(!QFile::exists(path("bad.rws")));
    }

    /// A 1 Hz process log and a 10 Hz recording that starts 2 s later: the recording's grid is
    /// the finest and extends over both spans; the log's values are held, NaN outside its span.
    void referenceGridHold()
    {
        writeFile(path("log.csv"), csv("temp", 1, 6)); // T0 .. T0+5 s
        writeWav(path("vib.wav"), 10, 60); // 6 s, placed at T0 + 2 s → to T0 + 7.9 s
        SignalGroup g;
        g.members = { { path("log.csv"), {}, std::nullopt, 0, std::nullopt },
            { path("vib.wav"), {}, T0 + 2 * Second, 0, std::nullopt } };
        const auto data = align(g);
        QVERIFY(data);
        QCOMPARE(data->channelNames(), (QStringList { "temp", "vib.wav: ch1" }));
        QVERIFY(!data->hasTimestamps());
        QCOMPARE(data->rateHz(), 10.0);
        QCOMPARE(data->startNs(), T0);
        QCOMPARE(data->sampleCount(), 80); // T0 .. T0 + 7.9 s at 10 Hz
        const float *temp = data->channel(0);
        const float *vib = data->channel(1);
        QCOMPARE(temp[0], 0.0f);
        QCOMPARE(temp[15], 10.0f); // 1.5 s: held from 1 s
        QCOMPARE(temp[50], 50.0f); // the log's last sample
        QVERIFY(isNan(temp[51])); // after the log ends
        QVERIFY(isNan(vib[19])); // before the recording starts
        QCOMPARE(vib[20], 0.0f);
        QCOMPARE(vib[20 + 37], 0.037f);
        QCOMPARE(data->sourceFiles().size(), 2);
    }

    /// Only the time both files cover: the recording's 10 Hz grid from T0 + 2 s to the log's end.
    void overlapSpanOnly()
    {
        writeFile(path("log.csv"), csv("temp", 1, 6)); // T0 .. T0+5 s
        writeWav(path("vib.wav"), 10, 60); // T0 + 2 s .. T0 + 7.9 s
        SignalGroup g;
        g.members = { { path("log.csv"), {}, std::nullopt, 0, std::nullopt },
            { path("vib.wav"), {}, T0 + 2 * Second, 0, std::nullopt } };
        g.span = SignalGroup::Span::Overlap;
        auto data = align(g);
        QVERIFY(data);
        QCOMPARE(data->startNs(), T0 + 2 * Second);
        QCOMPARE(data->sampleCount(), 31); // 2.0 .. 5.0 s
        QCOMPARE(data->channel(0)[0], 20.0f);
        QCOMPARE(data->channel(0)[30], 50.0f);
        QCOMPARE(data->channel(1)[30], 0.030f);
        // The same on the union of stamps, and on a reference with stamps of its own.
        g.grid = SignalGroup::Grid::Union;
        data = align(g);
        QVERIFY(data);
        QCOMPARE(data->sampleCount(), 31);
        QCOMPARE(data->timeAt(0), T0 + 2 * Second);
        g.grid = SignalGroup::Grid::Reference;
        g.reference = 0;
        data = align(g);
        QVERIFY(data);
        QCOMPARE(data->sampleCount(), 4); // the log's rows at 2, 3, 4, 5 s
        QCOMPARE(data->timeAt(0), T0 + 2 * Second);
        QCOMPARE(data->channel(0)[3], 50.0f);
        // Files that never meet are refused.
        g.members[1].startNs = T0 + 60 * Second;
        QString error;
        QVERIFY(g.write(path("apart.rwbsig"), &error));
        const SignalAligner::Result r = SignalAligner().build(path("apart.rwbsig"), path("apart.rws"));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("no time in common")), qPrintable(r.error));
    }

    void linearFillAndGaps()
    {
        // Rows every 1 s with row 3 missing: 2 → 4 s is twice the median, still bridged;
        // row 6 and 7 missing: a 3 s gap is not.
        QByteArray log = "time,v\n";
        for (int i : { 0, 1, 2, 4, 5, 8, 9 })
            log += QByteArray::number(T0 / Second + i) + "," + QByteArray::number(10 * i) + "\n";
        writeFile(path("gappy.csv"), log);
        writeFile(path("fast.csv"), csv("f", 0.5, 19)); // 2 Hz, T0 .. T0 + 9 s
        SignalGroup g;
        g.members = { { path("gappy.csv"), {}, std::nullopt, 0, std::nullopt },
            { path("fast.csv"), {}, std::nullopt, 0, std::nullopt } };
        g.fill = SignalGroup::Fill::Linear;
        const auto data = align(g);
        QVERIFY(data);
        QVERIFY(data->hasTimestamps()); // the reference's own stamps
        QCOMPARE(data->sampleCount(), 19);
        const float *v = data->channel(0);
        QCOMPARE(v[1], 5.0f); // 0.5 s, between 0 and 10
        QCOMPARE(v[5], 25.0f); // 2.5 s, across the bridged 2 → 4 s interval
        QCOMPARE(v[8], 40.0f);
        QVERIFY(isNan(v[11])); // 5.5 s: inside the 5 → 8 s gap
        QVERIFY(isNan(v[14])); // 7 s
        QCOMPARE(v[16], 80.0f);
        QCOMPARE(v[17], 85.0f);
    }

    void unionGridWithOffset()
    {
        writeFile(path("a.csv"), csv("a", 1, 4)); // T0 + 0,1,2,3
        writeFile(path("b.csv"), csv("b", 1, 4, 0.5)); // T0 + 0.5 .. 3.5, shifted by +0.25 s below
        SignalGroup g;
        g.members = { { path("a.csv"), {}, std::nullopt, 0, std::nullopt },
            { path("b.csv"), {}, std::nullopt, Second / 4, std::nullopt } };
        g.grid = SignalGroup::Grid::Union;
        const auto data = align(g);
        QVERIFY(data);
        QCOMPARE(data->sampleCount(), 8);
        QCOMPARE(data->timeAt(1), T0 + Second * 3 / 4);
        QCOMPARE(data->timeAt(7), T0 + Second * 15 / 4);
        const float *a = data->channel(0);
        const float *b = data->channel(1);
        QCOMPARE(a[1], 0.0f); // held
        QCOMPARE(a[2], 10.0f);
        QVERIFY(isNan(a[7])); // a ended at 3 s
        QVERIFY(isNan(b[0]));
        QCOMPARE(b[1], 0.0f);
        QCOMPARE(b[7], 30.0f);
    }

    void sameChannelNamesGetFileNames()
    {
        writeFile(path("mill1.csv"), csv("speed", 1, 3));
        writeFile(path("mill2.csv"), csv("speed", 1, 3));
        SignalGroup g;
        g.members = { { path("mill1.csv"), {}, std::nullopt, 0, std::nullopt },
            { path("mill2.csv"), {}, std::nullopt, 0, std::nullopt } };
        const auto data = align(g);
        QVERIFY(data);
        QCOMPARE(data->channelNames(), (QStringList { "mill1.csv: speed", "mill2.csv: speed" }));
    }

    void sampleIndexMemberNeedsRate()
    {
        writeFile(path("plain.csv"), "v\n1\n2\n3\n4\n");
        writeFile(path("log.csv"), csv("temp", 1, 2));
        SignalGroup g;
        g.members = { { path("plain.csv"), {}, T0, 0, 4.0 }, { path("log.csv"), {}, std::nullopt, 0, std::nullopt } };
        const auto data = align(g);
        QVERIFY(data);
        QCOMPARE(data->rateHz(), 4.0);
        QCOMPARE(data->sampleCount(), 5); // T0 .. T0 + 1 s at 4 Hz
        QCOMPARE(data->channel(0)[3], 4.0f);
        QVERIFY(isNan(data->channel(0)[4]));
        QCOMPARE(data->channel(1)[4], 10.0f);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<QString>("message");
        QTest::newRow("far apart") << "far"
                                   << "lie far apart in time";
        QTest::newRow("changed member") << "changed"
                                        << "has changed since the signal group";
        QTest::newRow("missing member") << "missing"
                                        << "is missing";
        QTest::newRow("bad member") << "bad"
                                    << "line 3";
        QTest::newRow("rate on sound") << "soundrate"
                                       << "has its own sampling rate";
    }

    void refusals()
    {
        QFETCH(QString, which);
        QFETCH(QString, message);
        writeFile(path("log.csv"), csv("temp", 1, 3));
        writeWav(path("vib.wav"), 1000, 100);
        SignalGroup g;
        g.members = { { path("log.csv"), {}, std::nullopt, 0, std::nullopt },
            { path("vib.wav"), {}, T0 + 3600LL * 24 * 365 * Second, 0, std::nullopt } };
        if (which == QLatin1String("soundrate"))
            g.members[1].rateHz = 100;
        if (which == QLatin1String("bad"))
            writeFile(path("log.csv"), "time,temp\n1,2\n2,x\n");
        QString error;
        QVERIFY(g.write(path("g.rwbsig"), &error));
        if (which == QLatin1String("changed"))
            writeFile(path("log.csv"), csv("temp", 1, 4));
        if (which == QLatin1String("missing"))
            QFile::remove(path("vib.wav"));
        SignalAligner aligner;
        aligner.setSampleLimit(1000000);
        const SignalAligner::Result r = aligner.build(path("g.rwbsig"), path("g.rws"));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(message), qPrintable(r.error));
        QVERIFY(!QFile::exists(path("g.rws")));
        QCOMPARE(QDir(m_dir.path()).entryList({ "g.rws*" }, QDir::Files), QStringList());
    }

    void cancelLeavesNothing()
    {
        writeFile(path("log.csv"), csv("temp", 1, 3));
        writeWav(path("vib.wav"), 1000, 3000);
        SignalGroup g;
        g.members
            = { { path("log.csv"), {}, std::nullopt, 0, std::nullopt }, { path("vib.wav"), {}, T0, 0, std::nullopt } };
        QString error;
        QVERIFY(g.write(path("g.rwbsig"), &error));
        std::atomic_bool cancel { true };
        SignalAligner aligner;
        aligner.setCancelFlag(&cancel);
        QVERIFY(!aligner.build(path("g.rwbsig"), path("g.rws")).ok);
        QCOMPARE(QDir(m_dir.path()).entryList({ "g.rws*" }, QDir::Files), QStringList());
    }

    /// Imported as one asset: the group file is the asset, its cache holds every channel.
    void importsAsOneAsset()
    {
        project::AssetProbeRegistry::add(std::make_shared<SignalProbe>());
        auto p = project::Project::create(path("p.rwb"), QStringLiteral("align"));
        writeFile(path("log.csv"), csv("temp", 1, 6));
        writeWav(path("vib.wav"), 10, 60);
        SignalGroup g;
        g.members = { { path("log.csv"), {}, std::nullopt, 0, std::nullopt },
            { path("vib.wav"), {}, T0 + 2 * Second, 0, std::nullopt } };
        QString error;
        QVERIFY(g.write(path("mill.rwbsig"), &error));
        project::ImportJob job(*p, { path("mill.rwbsig") });
        QCOMPARE(job.execute(), project::Job::State::Finished);
        QCOMPARE(job.importedCount(), 1);
        const auto asset = p->assets().byId(job.importedIds().value(0));
        QVERIFY(asset);
        QVERIFY(asset->kind == project::AssetKind::TimeSeries);
        QCOMPARE(asset->channels, std::optional<qint64>(2));
        QCOMPARE(asset->samples, std::optional<qint64>(80)); // known once aligned
        const auto data = SignalData::open(SignalCacheBuilder::cachePath(m_dir.path(), asset->sha256), &error);
        QVERIFY2(data, qPrintable(error));
        QCOMPARE(data->sampleCount(), 80);
    }

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }

    std::shared_ptr<SignalData> align(SignalGroup g)
    {
        QString error;
        const QString group = path(QStringLiteral("g%1.rwbsig").arg(m_run));
        const QString cache = path(QStringLiteral("g%1.rws").arg(m_run++));
        if (!g.write(group, &error)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        SignalAligner aligner;
        const SignalAligner::Result r = aligner.build(group, cache);
        if (!r.ok) {
            qWarning("%s", qPrintable(r.error));
            return {};
        }
        return SignalData::open(cache, &error);
    }

    QTemporaryDir m_dir;
    int m_run = 0;
};

QTEST_GUILESS_MAIN(TestSignalAlign)
#include "tst_signalalign.moc"
