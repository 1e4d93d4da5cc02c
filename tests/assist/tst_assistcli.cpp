// resonance-cli preannotate end to end on the small sample project and its bundled models.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestAssistCli : public QObject
{
    Q_OBJECT

    struct Result
    {
        int code;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };

    Result cli(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(RWB_CLI), args);
        if (!p.waitForFinished(300000))
            return { -1, {}, "timeout" };
        return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const Result r = cli({ QStringLiteral("--json"), QStringLiteral("sample"), m_dir.filePath(QStringLiteral("s")),
            QStringLiteral("--small") });
        QVERIFY2(r.code == 0, r.err.constData());
        m_project = r.json().value(QStringLiteral("project")).toString();
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("s/models/steel_det.onnx"))));
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("s/models/steel_det.json"))));
    }
    void preannotatesAndResumes()
    {
        const Result list = cli({ QStringLiteral("--json"), QStringLiteral("list"), m_project, QStringLiteral("--kind"),
            QStringLiteral("image") });
        QStringList ids;
        for (const QJsonValue &a : QJsonDocument::fromJson(list.out).array())
            ids << QString::number(a.toObject().value(QStringLiteral("id")).toInteger());
        QCOMPARE(ids.size(), 6);
        // A bare name is a model of the project's models/ folder.
        const Result r = cli({ QStringLiteral("--json"), QStringLiteral("preannotate"), m_project,
            QStringLiteral("--model"), QStringLiteral("steel_det"), QStringLiteral("--threads"), QStringLiteral("2"),
            QStringLiteral("--ids"), ids.mid(0, 3).join(QLatin1Char(',')) });
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject s = r.json();
        QCOMPARE(s.value(QStringLiteral("processed")).toInt(), 3);
        QCOMPARE(s.value(QStringLiteral("backend")).toString(), QStringLiteral("OpenCV / CPU"));
        // Text output: the summary line; the rest of the images only.
        const Result rest
            = cli({ QStringLiteral("preannotate"), m_project, QStringLiteral("--model"), QStringLiteral("steel_det") });
        QVERIFY2(rest.code == 0, rest.err.constData());
        QVERIFY2(rest.out.contains("6 images: 3 run, 3 already done by this model, 0 failed"), rest.out.constData());
        QVERIFY(rest.out.contains("on OpenCV / CPU"));
    }
    void missingBackendFallsBack()
    {
        const Result r = cli({ QStringLiteral("--json"), QStringLiteral("preannotate"), m_project,
            QStringLiteral("--model"), QStringLiteral("steel_seg"), QStringLiteral("--backend"),
            QStringLiteral("cuda/cuda_fp16"), QStringLiteral("--uri"), QStringLiteral("strip_0001") });
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json().value(QStringLiteral("backend")).toString(), QStringLiteral("OpenCV / CPU"));
        if (!r.err.contains("CUDA"))
            QVERIFY2(r.err.contains("running on the CPU"), r.err.constData());
    }
    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("no model") << QStringList() << 2 << "needs a project and --model";
        QTest::newRow("bad threads") << QStringList { "--model", "steel_det", "--threads", "0" } << 2 << "bad value";
        QTest::newRow("unknown option") << QStringList { "--model", "steel_det", "--frobnicate", "1" } << 2
                                        << "unknown option";
        QTest::newRow("missing model") << QStringList { "--model", "nope.json" } << 1 << "does not exist";
        QTest::newRow("time series model") << QStringList { "--model", "signal_anomaly" } << 1 << "time-series model";
    }
    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const Result r = cli(QStringList { QStringLiteral("preannotate"), m_project } + args);
        QCOMPARE(r.code, code);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    }

private:
    QTemporaryDir m_dir;
    QString m_project;
};

QTEST_GUILESS_MAIN(TestAssistCli)
#include "tst_assistcli.moc"
