// resonance-cli end to end: exit codes, JSON, import report, labels, sample project.
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;

    struct Result
    {
        int code;
        QByteArray out;
        QByteArray err;
        QJsonDocument json() const { return QJsonDocument::fromJson(out); }
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
        m_project = m_dir.filePath(QStringLiteral("p.rwb"));
        const Result r = cli({ QStringLiteral("--json"), QStringLiteral("init"), m_project, QStringLiteral("--name"),
            QStringLiteral("热轧带钢") });
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().object().value(QStringLiteral("name")).toString(), QStringLiteral("热轧带钢"));
    }

    void usageErrors()
    {
        QCOMPARE(cli({}).code, 2);
        QCOMPARE(cli({ QStringLiteral("frobnicate") }).code, 2);
        QCOMPARE(
            cli({ QStringLiteral("list"), m_project, QStringLiteral("--status"), QStringLiteral("bogus") }).code, 2);
        QCOMPARE(cli({ QStringLiteral("--help") }).code, 0);
    }

    /// --lang (or RWB_LANG, else the system locale) picks the language of help and messages.
    void languageOption()
    {
        const Result zh = cli({ QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--help") });
        QCOMPARE(zh.code, 0);
        QVERIFY2(QString::fromUtf8(zh.out).contains(QStringLiteral("创建项目")), zh.out.left(200).constData());
        const Result en = cli({ QStringLiteral("--lang=en"), QStringLiteral("--help") });
        QVERIFY(QString::fromUtf8(en.out).contains(QStringLiteral("create a project")));
        // The option is taken out before the command sees its arguments.
        const Result list = cli({ QStringLiteral("--json"), QStringLiteral("list"), m_project, QStringLiteral("--lang"),
            QStringLiteral("zh_CN") });
        QCOMPARE(list.code, 0);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("RWB_LANG"), QStringLiteral("zh_CN"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(RWB_CLI), { QStringLiteral("frobnicate") });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("用法")));
    }

    void refusedProjects()
    {
        const QString junk = m_dir.filePath(QStringLiteral("junk.rwb"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a database at all, just some text that is long enough");
        f.close();
        Result r = cli({ QStringLiteral("info"), junk });
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains("junk.rwb"));
        QVERIFY(r.err.contains("not an SQLite database"));
        r = cli({ QStringLiteral("info"), m_dir.filePath(QStringLiteral("absent.rwb")) });
        QCOMPARE(r.code, 5);
        QVERIFY(r.err.contains("absent.rwb"));
    }

    void importReportsDuplicatesAndFailures()
    {
        QDir(m_dir.path()).mkpath(QStringLiteral("imgs"));
        for (int i = 0; i < 3; ++i) {
            QImage img(64 + i, 32, QImage::Format_Grayscale8);
            img.fill(i * 40);
            QVERIFY(img.save(m_dir.filePath(QStringLiteral("imgs/%1.png").arg(i))));
        }
        QFile::copy(m_dir.filePath(QStringLiteral("imgs/0.png")), m_dir.filePath(QStringLiteral("imgs/copy.png")));
        QFile bad(m_dir.filePath(QStringLiteral("imgs/bad.png")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("not a png");
        bad.close();
        const Result r = cli(
            { QStringLiteral("--json"), QStringLiteral("import"), m_project, m_dir.filePath(QStringLiteral("imgs")) });
        QCOMPARE(r.code, 4); // partly done
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(QStringLiteral("imported")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("duplicates")).toArray().size(), 1);
        QCOMPARE(o.value(QStringLiteral("failed")).toArray().size(), 1);
        QVERIFY(o.value(QStringLiteral("failed"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QStringLiteral("file"))
                    .toString()
                    .endsWith(QStringLiteral("bad.png")));

        const Result list = cli({ QStringLiteral("--json"), QStringLiteral("list"), m_project, QStringLiteral("--kind"),
            QStringLiteral("image") });
        QCOMPARE(list.code, 0);
        const QJsonArray assets = list.json().array();
        QCOMPARE(assets.size(), 3);
        QCOMPARE(assets.first().toObject().value(QStringLiteral("width")).toInt(), 64);
        QVERIFY(assets.first().toObject().value(QStringLiteral("uri")).toString().startsWith(QStringLiteral("imgs/")));
    }

    void relocateMovedFolder()
    {
        const QString project = m_dir.filePath(QStringLiteral("reloc/r.rwb"));
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("reloc/before")));
        for (int i = 0; i < 2; ++i) {
            QImage img(40, 30 + i, QImage::Format_Grayscale8);
            img.fill(90 + i * 50);
            QVERIFY(img.save(m_dir.filePath(QStringLiteral("reloc/before/m%1.png").arg(i))));
        }
        QCOMPARE(cli({ QStringLiteral("init"), project }).code, 0);
        QCOMPARE(cli({ QStringLiteral("import"), project, m_dir.filePath(QStringLiteral("reloc/before")) }).code, 0);
        QVERIFY(
            QDir(m_dir.filePath(QStringLiteral("reloc"))).rename(QStringLiteral("before"), QStringLiteral("after")));
        QVERIFY(QFile::remove(m_dir.filePath(QStringLiteral("reloc/after/m1.png"))));
        const Result r = cli({ QStringLiteral("--json"), QStringLiteral("relocate"), project,
            m_dir.filePath(QStringLiteral("reloc/after")) });
        QCOMPARE(r.code, 4); // one found, one still missing
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(QStringLiteral("missing")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("relocated")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("stillMissing")).toArray().first().toString(), QStringLiteral("before/m1.png"));
        const Result list = cli({ QStringLiteral("--json"), QStringLiteral("list"), project });
        QCOMPARE(list.json().array().first().toObject().value(QStringLiteral("uri")).toString(),
            QStringLiteral("after/m0.png"));
        QCOMPARE(cli({ QStringLiteral("relocate"), project, m_dir.filePath(QStringLiteral("nowhere")) }).code, 5);
        QCOMPARE(cli({ QStringLiteral("relocate"), project }).code, 2);
    }

    void labelsRoundTrip()
    {
        QCOMPARE(cli({ QStringLiteral("labels"), m_project, QStringLiteral("add"), QStringLiteral("scratch"),
                         QStringLiteral("--title-zh"), QStringLiteral("划痕"), QStringLiteral("--color"),
                         QStringLiteral("#ff0000"), QStringLiteral("--shapes"), QStringLiteral("polyline,box") })
                     .code,
            0);
        QCOMPARE(
            cli({ QStringLiteral("labels"), m_project, QStringLiteral("add"), QStringLiteral("scratch") }).code, 1);
        QCOMPARE(cli({ QStringLiteral("labels"), m_project, QStringLiteral("add"), QStringLiteral("x"),
                         QStringLiteral("--color"), QStringLiteral("nocolour") })
                     .code,
            2);
        QCOMPARE(cli({ QStringLiteral("labels"), m_project, QStringLiteral("attr-add"), QStringLiteral("severity"),
                         QStringLiteral("--type"), QStringLiteral("enum"), QStringLiteral("--options"),
                         QStringLiteral("轻微,一般,严重"), QStringLiteral("--default"), QStringLiteral("一般"),
                         QStringLiteral("--class"), QStringLiteral("scratch") })
                     .code,
            0);
        QCOMPARE(
            cli({ QStringLiteral("labels"), m_project, QStringLiteral("edit"), QStringLiteral("nothere") }).code, 5);
        const QString schema = m_dir.filePath(QStringLiteral("schema.json"));
        QCOMPARE(cli({ QStringLiteral("labels"), m_project, QStringLiteral("export"), schema }).code, 0);
        const QString other = m_dir.filePath(QStringLiteral("other.rwb"));
        QCOMPARE(cli({ QStringLiteral("init"), other }).code, 0);
        const Result imported
            = cli({ QStringLiteral("--json"), QStringLiteral("labels"), other, QStringLiteral("import"), schema });
        QCOMPARE(imported.code, 0);
        QCOMPARE(imported.json().object().value(QStringLiteral("classes_added")).toInt(), 1);
        const Result listed
            = cli({ QStringLiteral("--json"), QStringLiteral("labels"), other, QStringLiteral("list") });
        const QJsonObject o = listed.json().object();
        QCOMPARE(o.value(QStringLiteral("classes"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("title_zh"))
                     .toString(),
            QStringLiteral("划痕"));
        QCOMPARE(o.value(QStringLiteral("attributes"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("options"))
                     .toArray()
                     .size(),
            3);
        QFile broken(m_dir.filePath(QStringLiteral("broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\n \"classes\": [\n  {\"name\": }\n]}");
        broken.close();
        const Result bad = cli({ QStringLiteral("labels"), other, QStringLiteral("import"), broken.fileName() });
        QCOMPARE(bad.code, 2);
        QVERIFY2(bad.err.contains("broken.json, line 3"), bad.err.constData());
    }

    void signalImportReadsWholeFile()
    {
        const QString project = m_dir.filePath(QStringLiteral("signals/s.rwb"));
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("signals/in")));
        auto write = [&](const QString &name, const QByteArray &text) {
            QFile f(m_dir.filePath(QStringLiteral("signals/in/") + name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        };
        write(QStringLiteral("good.csv"), "time,p,t\n2026-03-02T06:00:00Z,1.5,20\n2026-03-02T06:00:01Z,,21\n");
        // Fine in its first lines (the probe's sample), ragged further down.
        QByteArray ragged = "time,p,t\n";
        for (int i = 0; i < 300; ++i)
            ragged += QStringLiteral("%1,1,2\n").arg(i).toLatin1();
        ragged += "300,1\n";
        write(QStringLiteral("ragged.csv"), ragged);
        QCOMPARE(cli({ QStringLiteral("init"), project }).code, 0);
        const Result r = cli({ QStringLiteral("--json"), QStringLiteral("import"), project,
            m_dir.filePath(QStringLiteral("signals/in")) });
        QCOMPARE(r.code, 4);
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(QStringLiteral("imported")).toInt(), 1);
        const QJsonObject failed = o.value(QStringLiteral("failed")).toArray().first().toObject();
        QVERIFY(failed.value(QStringLiteral("file")).toString().endsWith(QStringLiteral("ragged.csv")));
        QVERIFY2(failed.value(QStringLiteral("error")).toString().contains(QStringLiteral("302")),
            qPrintable(failed.value(QStringLiteral("error")).toString()));
        // The good file's cache is there, the ragged one left nothing behind.
        const QStringList caches
            = QDir(m_dir.filePath(QStringLiteral("signals/.rwb-cache/signals"))).entryList(QDir::Files);
        QCOMPARE(caches.size(), 1);
        QVERIFY(caches.first().endsWith(QStringLiteral(".rws")));
    }

    void alignImportsOneAsset()
    {
        const QString project = m_dir.filePath(QStringLiteral("aligned/a.rwb"));
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("aligned")));
        auto write = [&](const QString &name, const QByteArray &text) {
            QFile f(m_dir.filePath(QStringLiteral("aligned/") + name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        };
        write(QStringLiteral("mill.csv"), "time,speed\n2026-03-02T06:00:00Z,1\n2026-03-02T06:00:01Z,2\n");
        write(QStringLiteral("probe.csv"), "amp\n1\n2\n3\n4\n5\n");
        QCOMPARE(cli({ QStringLiteral("init"), project }).code, 0);
        const QString group = m_dir.filePath(QStringLiteral("aligned/stand1.rwbsig"));
        // A wrong per-file option names the problem and writes nothing.
        Result r = cli({ QStringLiteral("align"), project, group, m_dir.filePath(QStringLiteral("aligned/mill.csv")),
            m_dir.filePath(QStringLiteral("aligned/probe.csv")), QStringLiteral("--rate"),
            QStringLiteral("nofile=4") });
        QCOMPARE(r.code, 2);
        QVERIFY(!QFile::exists(group));
        r = cli({ QStringLiteral("--json"), QStringLiteral("align"), project, group,
            m_dir.filePath(QStringLiteral("aligned/mill.csv")), m_dir.filePath(QStringLiteral("aligned/probe.csv")),
            QStringLiteral("--rate"), QStringLiteral("probe.csv=4"), QStringLiteral("--start"),
            QStringLiteral("probe.csv=2026-03-02T06:00:00Z"), QStringLiteral("--fill"), QStringLiteral("linear") });
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().object().value(QStringLiteral("imported")).toInt(), 1);
        QVERIFY(QFile::exists(group));
        r = cli({ QStringLiteral("--json"), QStringLiteral("list"), project });
        QCOMPARE(r.code, 0);
        const QJsonArray assets = r.json().array();
        QCOMPARE(assets.size(), 1);
        QCOMPARE(assets.first().toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("timeseries"));
        QCOMPARE(assets.first().toObject().value(QStringLiteral("channels")).toInt(), 2);
        // Without its rate and start the probe's file lies in 1970, decades from the mill's:
        // refused with the reason, and the group file is not left behind.
        write(QStringLiteral("mill.csv"), "time,speed\n2026-03-02T06:00:00Z,1\n2026-03-02T06:00:02Z,2\n");
        QFile::remove(group);
        r = cli({ QStringLiteral("align"), project, group, m_dir.filePath(QStringLiteral("aligned/mill.csv")),
            m_dir.filePath(QStringLiteral("aligned/probe.csv")) });
        QCOMPARE(r.code, 4); // probe.csv has no time column and no rate: 1 Hz from 1970, far apart
        QVERIFY2(r.err.contains("far apart"), r.err.constData());
        QVERIFY(!QFile::exists(group));
    }

    void labelsOverlapFlag()
    {
        QCOMPARE(cli({ QStringLiteral("labels"), m_project, QStringLiteral("add"), QStringLiteral("hanging_charge"),
                         QStringLiteral("--no-overlap"), QStringLiteral("--kinds"), QStringLiteral("timeseries") })
                     .code,
            0);
        const QString file = m_dir.filePath(QStringLiteral("overlap.json"));
        QCOMPARE(cli({ QStringLiteral("labels"), m_project, QStringLiteral("export"), file }).code, 0);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        bool found = false;
        for (const QJsonValue &v :
            QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("classes")).toArray()) {
            if (v.toObject().value(QStringLiteral("name")).toString() == QLatin1String("hanging_charge")) {
                found = true;
                QCOMPARE(v.toObject().value(QStringLiteral("overlap")).toBool(true), false);
            }
        }
        QVERIFY(found);
        QCOMPARE(cli({ QStringLiteral("labels"), m_project, QStringLiteral("edit"), QStringLiteral("hanging_charge"),
                         QStringLiteral("--overlap") })
                     .code,
            0);
    }

    void sampleProject()
    {
        const QString dir = m_dir.filePath(QStringLiteral("sample"));
        const Result r = cli({ QStringLiteral("--json"), QStringLiteral("sample"), dir, QStringLiteral("--small") });
        QVERIFY2(r.code == 0, r.err.constData());
        const QString project = r.json().object().value(QStringLiteral("project")).toString();
        const Result stats = cli({ QStringLiteral("--json"), QStringLiteral("stats"), project });
        QCOMPARE(stats.code, 0);
        const QJsonObject s = stats.json().object();
        QCOMPARE(s.value(QStringLiteral("assets_by_kind")).toObject().value(QStringLiteral("image")).toInt(), 6);
        // The mill log, the stand's vibration recording, and both aligned as one asset.
        QCOMPARE(s.value(QStringLiteral("assets_by_kind")).toObject().value(QStringLiteral("timeseries")).toInt(), 3);
        const Result chatter = cli({ QStringLiteral("--json"), QStringLiteral("list"), project,
            QStringLiteral("--class"), QStringLiteral("roll_chatter") });
        bool group = false;
        for (const QJsonValue &a : chatter.json().array())
            group = group || a.toObject().value(QStringLiteral("uri")).toString().endsWith(QStringLiteral(".rwbsig"));
        QVERIFY2(group, chatter.out.constData()); // the group carries the recording's chatter label
        QCOMPARE(s.value(QStringLiteral("assets_by_kind")).toObject().value(QStringLiteral("document")).toInt(), 2);
        QVERIFY(s.value(QStringLiteral("annotations")).toInt() > 6);
        const Result info = cli({ QStringLiteral("--json"), QStringLiteral("info"), project });
        QVERIFY(info.json()
                    .object()
                    .value(QStringLiteral("dnn_backends"))
                    .toArray()
                    .contains(QStringLiteral("OpenCV / CPU")));
        QCOMPARE(cli({ QStringLiteral("check"), project }).code, 0);
        // A second run refuses to overwrite.
        QCOMPARE(cli({ QStringLiteral("sample"), dir, QStringLiteral("--small") }).code, 1);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
