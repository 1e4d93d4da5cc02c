// resonance-cli evaluate | diagnose | queue | agreement on a small project, JSON and text.

#include "fixture.h"

#include "app/cli/exitcode.h"
#include "evaluation/evaluationmigrations.h"
#include "evaluation/evaluationstore.h"
#include "knowledge/knowledgemigrations.h"

#include <QImage>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using namespace rwb::project;

class TestEvalCli : public QObject
{
    Q_OBJECT
    std::unique_ptr<rwb::evaluation::test::Fixture> m_f;
    QString m_path;
    qint64 m_assets[3] {};

    struct Run
    {
        int code;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };
    Run cli(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(RWB_CLI), args);
        p.waitForFinished(60000);
        return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
    }

private slots:
    void initTestCase()
    {
        rwb::knowledge::registerMigrations();
        rwb::evaluation::registerMigrations();
        m_f = std::make_unique<rwb::evaluation::test::Fixture>();
        auto &f = *m_f;
        const qint64 c = f.addClass(QStringLiteral("scratch"));
        f.project->users().ensure(QStringLiteral("ann"));
        for (int i = 0; i < 3; ++i)
            m_assets[i] = f.addAsset(AssetKind::Image, i == 2 ? Split::Val : Split::Train);
        f.truthBox(m_assets[0], c, 10, 10, 100, 100);
        f.modelBox(m_assets[0], c, 10, 10, 100, 100, 0.9);
        f.modelBox(m_assets[1], c, 0, 0, 20, 20, 0.55);
        f.modelBox(m_assets[2], c, 0, 0, 20, 20, 0.7);
        QImage img(80, 60, QImage::Format_RGB32);
        for (int y = 0; y < 60; ++y)
            for (int x = 0; x < 80; ++x)
                img.setPixel(x, y, qRgb(x * 3, y * 4, (x * y) % 256));
        // asset 1 and 3 are the same picture, in train and val: a leak
        QVERIFY(img.save(f.dir.filePath(QStringLiteral("asset1.png"))));
        QVERIFY(img.save(f.dir.filePath(QStringLiteral("asset3.png"))));
        QVERIFY(img.mirrored(true, false).save(f.dir.filePath(QStringLiteral("asset2.png"))));
        m_path = f.project->path();
        f.project.reset(); // the CLI opens the file itself
    }

    void evaluateJson()
    {
        const Run r = cli({ QStringLiteral("--json"), QStringLiteral("evaluate"), m_path, QStringLiteral("--model"),
            QStringLiteral("det-v1"), QStringLiteral("--save") });
        QCOMPARE(r.code, int(rwb::cli::Ok));
        const QJsonObject stats = r.json()[QStringLiteral("detection")][QStringLiteral("stats")].toObject();
        QCOMPARE(stats[QStringLiteral("AP")].toDouble(), 1.0);
        QCOMPARE(r.json()[QStringLiteral("detection")][QStringLiteral("images")].toInt(), 1);
        auto p = Project::open(m_path);
        QVERIFY(rwb::evaluation::EvaluationStore(p->connection())
                    .latestResult(QStringLiteral("evaluation"), QStringLiteral("det-v1")));
    }

    void evaluateText()
    {
        const Run r = cli({ QStringLiteral("evaluate"), m_path, QStringLiteral("--model=det-v1"),
            QStringLiteral("--iou"), QStringLiteral("0.75") });
        QCOMPARE(r.code, int(rwb::cli::Ok));
        QVERIFY(r.out.contains("mAP@[.5:.95] 1.0000"));
    }

    void evaluateBadInput()
    {
        Run r = cli({ QStringLiteral("evaluate"), m_path, QStringLiteral("--model"), QStringLiteral("nope") });
        QCOMPARE(r.code, int(rwb::cli::NotFound));
        QVERIFY(r.err.contains("det-v1")); // names the runs there are
        r = cli({ QStringLiteral("evaluate"), m_path });
        QCOMPARE(r.code, int(rwb::cli::Usage));
        r = cli({ QStringLiteral("evaluate"), m_path, QStringLiteral("--model"), QStringLiteral("det-v1"),
            QStringLiteral("--iou"), QStringLiteral("2") });
        QCOMPARE(r.code, int(rwb::cli::Usage));
        r = cli({ QStringLiteral("evaluate"), QStringLiteral("/no/such.rwb"), QStringLiteral("--model"),
            QStringLiteral("x") });
        QCOMPARE(r.code, int(rwb::cli::NotFound)); // a missing project file, as the other commands report it
    }

    void diagnose()
    {
        const Run r = cli({ QStringLiteral("--json"), QStringLiteral("diagnose"), m_path, QStringLiteral("--model"),
            QStringLiteral("det-v1") });
        QCOMPARE(r.code, int(rwb::cli::Ok));
        const QJsonObject j = r.json();
        QCOMPARE(j[QStringLiteral("images_hashed")].toInt(), 3);
        const QJsonArray leaks = j[QStringLiteral("split_leaks")].toArray();
        QCOMPARE(leaks.size(), 1);
        QCOMPARE(leaks[0][QStringLiteral("a")].toInteger(), m_assets[0]);
        QCOMPARE(leaks[0][QStringLiteral("b")].toInteger(), m_assets[2]);
        const Run text = cli({ QStringLiteral("diagnose"), m_path });
        QVERIFY(text.out.contains("leak"));
    }

    void queueAndAssign()
    {
        const Run r = cli({ QStringLiteral("--json"), QStringLiteral("queue"), m_path, QStringLiteral("--strategy"),
            QStringLiteral("least-confidence"), QStringLiteral("--assign"), QStringLiteral("ann") });
        QCOMPARE(r.code, int(rwb::cli::Ok));
        const QJsonArray items = r.json()[QStringLiteral("items")].toArray();
        QCOMPARE(items.size(), 3);
        QCOMPARE(items[0][QStringLiteral("asset")].toInteger(), m_assets[1]); // 0.55: the least confident
        QCOMPARE(r.json()[QStringLiteral("assigned")].toInt(), 3);
        auto p = Project::open(m_path);
        QVERIFY(p->assets().byId(m_assets[1])->assignee);
        p.reset();
        QCOMPARE(cli({ QStringLiteral("queue"), m_path, QStringLiteral("--strategy"), QStringLiteral("bogus") }).code,
            int(rwb::cli::Usage));
        QCOMPARE(cli({ QStringLiteral("queue"), m_path, QStringLiteral("--assign"), QStringLiteral("nobody") }).code,
            int(rwb::cli::NotFound));
        const Run div = cli({ QStringLiteral("queue"), m_path, QStringLiteral("--strategy"),
            QStringLiteral("diversity"), QStringLiteral("--limit"), QStringLiteral("2") });
        QCOMPARE(div.code, int(rwb::cli::Ok));
        QVERIFY(div.out.contains("2 asset"));
    }

    void agreementNeedsUsers()
    {
        QCOMPARE(cli({ QStringLiteral("agreement"), m_path, QStringLiteral("ann") }).code, int(rwb::cli::Usage));
        const Run r = cli({ QStringLiteral("agreement"), m_path, QStringLiteral("ann"), QStringLiteral("tester") });
        QCOMPARE(r.code, int(rwb::cli::Ok));
        QVERIFY(r.out.contains("no labelled asset in common"));
    }
};

QTEST_GUILESS_MAIN(TestEvalCli)
#include "tst_evalcli.moc"
