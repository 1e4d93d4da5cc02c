// Export hooks of signal labels against golden files (tests/data/timeseries/*.ref). After an
// intended change of a format, regenerate them with tests/timeseries/update-golden.sh.
#include "project/annotation.h"
#include "timeseries/signalcachewriter.h"
#include "timeseries/signaldata.h"
#include "timeseries/signallabel.h"
#include "timeseries/signallabelexport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace rwb;
using timeseries::SignalLabel;
using timeseries::SignalLabelExport;

namespace {
QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Compares \a actual with the golden file \a name, or rewrites it when RWB_UPDATE_GOLDEN is set.
void compareGolden(const QString &name, const QByteArray &actual)
{
    const QString path = QStringLiteral(RWB_TEST_DATA "/timeseries/") + name;
    if (qEnvironmentVariableIsSet("RWB_UPDATE_GOLDEN")) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(actual);
        return;
    }
    const QByteArray expected = readFile(path);
    QVERIFY2(!expected.isEmpty(), qPrintable(QStringLiteral("missing golden file %1").arg(path)));
    QCOMPARE(QString::fromUtf8(actual), QString::fromUtf8(expected));
}
} // namespace

class TestSignalExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<timeseries::SignalData> m_data;
    QList<project::Annotation> m_annotations;
    QHash<qint64, QString> m_classes { { 1, QStringLiteral("roll_chatter") }, { 2, QStringLiteral("温降") } };

private slots:
    void initTestCase()
    {
        const QString cache = m_dir.filePath(QStringLiteral("s.rws"));
        timeseries::SignalCacheWriter writer(cache, { QStringLiteral("force"), QStringLiteral("temp") });
        writer.setRate(1'772'431'200'000'000'000LL, 100.0); // 2026-03-02T06:00:00Z, 100 Hz
        std::vector<float> a(1000, 1.0f), b(1000, 2.0f);
        const float *channels[] = { a.data(), b.data() };
        QVERIFY(writer.appendBlock(nullptr, channels, 1000));
        QVERIFY(writer.finish());
        m_data = timeseries::SignalData::open(cache);
        QVERIFY(m_data);

        auto add = [&](qint64 id, std::optional<qint64> cls, const SignalLabel &l, project::AnnotationState state,
                       project::AnnotationSource source, std::optional<double> confidence, const QJsonObject &attrs) {
            project::Annotation x;
            x.id = id;
            x.classId = cls;
            l.applyTo(x, m_data->channelNames());
            x.state = state;
            x.source = source;
            x.confidence = confidence;
            x.attributes = attrs;
            m_annotations.append(x);
        };
        add(7, 1, SignalLabel::range(100, 250), project::AnnotationState::Accepted, project::AnnotationSource::Manual,
            std::nullopt, { { QStringLiteral("severity"), QStringLiteral("major") } });
        add(3, 2, SignalLabel::range(600, 900, { QStringLiteral("temp") }), project::AnnotationState::Proposed,
            project::AnnotationSource::Rule, 0.75,
            { { QStringLiteral("note"), QStringLiteral("a, \"quoted\" note") } });
        add(9, std::nullopt, SignalLabel::event(420), project::AnnotationState::Accepted,
            project::AnnotationSource::Manual, std::nullopt, {});
        add(5, 1, SignalLabel::range(0, 50), project::AnnotationState::Rejected, project::AnnotationSource::Model, 0.2,
            {});
    }

    void labelsCsv()
    {
        compareGolden(
            QStringLiteral("labels.csv.ref"), SignalLabelExport::labelsCsv(*m_data, m_annotations, m_classes));
    }

    void labelsJson()
    {
        const QJsonArray json = SignalLabelExport::labelsJson(*m_data, m_annotations, m_classes);
        QCOMPARE(json.size(), 3); // the rejected proposal is left out
        compareGolden(QStringLiteral("labels.json.ref"), QJsonDocument(json).toJson(QJsonDocument::Indented));
    }

    void windows()
    {
        const auto windows = SignalLabelExport::windows(*m_data, m_annotations, m_classes, 200, 100, 0.1);
        QCOMPARE(windows.size(), 9); // 0–200 … 800–1000
        QCOMPARE(windows[1].classes, QStringList { QStringLiteral("roll_chatter") }); // 100–300 holds 100–250
        QVERIFY(windows[3].classes.isEmpty()); // only the event at 420, which has no class
        QVERIFY(windows[0].classes.contains(QStringLiteral("roll_chatter"))); // 100–200 of 0–200: half
        QCOMPARE(windows[8].classes, QStringList { QStringLiteral("温降") });
        compareGolden(QStringLiteral("windows.csv.ref"), SignalLabelExport::windowsCsv(*m_data, windows));
        QVERIFY(SignalLabelExport::windows(*m_data, m_annotations, m_classes, 0, 100).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSignalExport)
#include "tst_signalexport.moc"
