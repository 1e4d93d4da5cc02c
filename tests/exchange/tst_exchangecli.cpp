// resonance-cli export | import-dataset | publish, run as a process on a small project.

#include "projectfixture.h"

#include "exchange/exchangemigrations.h"

#include <QProcess>
#include <QTemporaryDir>

using namespace exchangetest;

namespace {

struct Run
{
    int code;
    QString out;
    QString err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(RWB_CLI), args);
    p.waitForFinished(120000);
    return { p.exitCode(), QString::fromLocal8Bit(p.readAllStandardOutput()),
        QString::fromLocal8Bit(p.readAllStandardError()) };
}

} // namespace

class TestExchangeCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { rwb::exchange::registerMigrations(); }

    void exportImportPackagePublish()
    {
        QTemporaryDir dir;
        ProjectFixture source;
        source.create(dir.path());
        const QString project = source.project->path();

        Run r = cli({ QStringLiteral("export"), project, QStringLiteral("--format"), QStringLiteral("cvat"),
            dir.filePath(QStringLiteral("cvat")), QStringLiteral("--images"), QStringLiteral("copy") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("Exported 2 images with 4 labels")));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("cvat/annotations.xml"))));

        r = cli({ QStringLiteral("export"), project, QStringLiteral("--format"), QStringLiteral("cvat"),
            dir.filePath(QStringLiteral("cvat")) });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("exists already")), qPrintable(r.err));

        r = cli({ QStringLiteral("export"), project, QStringLiteral("--format"), QStringLiteral("tiff"),
            dir.filePath(QStringLiteral("x")) });
        QCOMPARE(r.code, 2);

        r = cli({ QStringLiteral("init"), dir.filePath(QStringLiteral("fresh.rwb")) });
        QCOMPARE(r.code, 0);
        r = cli({ QStringLiteral("import-dataset"), dir.filePath(QStringLiteral("fresh.rwb")),
            QStringLiteral("--format"), QStringLiteral("cvat"), dir.filePath(QStringLiteral("cvat")),
            QStringLiteral("--map"), QStringLiteral("dent=defect") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("Imported 2 images with 4 labels")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("defect")));

        r = cli({ QStringLiteral("export"), project, QStringLiteral("--format"), QStringLiteral("package"),
            dir.filePath(QStringLiteral("pkg")), QStringLiteral("--formats"), QStringLiteral("coco,voc"),
            QStringLiteral("--status"), QStringLiteral("accepted"), QStringLiteral("--version"), QStringLiteral("3") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("1 assets")), qPrintable(r.out));

        const QString share = QStringLiteral("folder:") + dir.filePath(QStringLiteral("share"));
        r = cli(
            { QStringLiteral("publish"), project, dir.filePath(QStringLiteral("pkg")), QStringLiteral("--to"), share });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("share/Strip defects/v3/manifest.json"))));
        r = cli(
            { QStringLiteral("publish"), project, dir.filePath(QStringLiteral("pkg")), QStringLiteral("--to"), share });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("never overwritten")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestExchangeCli)
#include "tst_exchangecli.moc"
