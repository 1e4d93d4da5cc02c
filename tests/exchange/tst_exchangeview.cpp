// The dataset dialogs (rwb_exchange_view): the export dialog filled programmatically writes what
// resonance-cli writes for the same options, the import dialog's class mapping, the publish
// dialog refusing a version already published with the publisher's message.

#include "projectfixture.h"

#include "exchange/exchangemigrations.h"
#include "exchange/exportjob.h"
#include "exchange/packagebuilder.h"
#include "exchange/publishedversion.h"
#include "exchange/publisher.h"
#include "exchange/view/exchangeactions.h"
#include "exchange/view/exportdatasetdialog.h"
#include "exchange/view/importdatasetdialog.h"
#include "exchange/view/publishdialog.h"
#include "project/jobs/jobmanager.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>

using namespace exchangetest;
using namespace rwb::exchange;
using rwb::project::Job;

namespace {

QMap<QString, QByteArray> tree(const QString &folder)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            files.insert(QDir(folder).relativeFilePath(path), f.readAll());
    }
    return files;
}

QString cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(RWB_CLI), args);
    p.waitForFinished(120000);
    return p.exitCode() == 0 ? QString()
                             : QString::fromLocal8Bit(p.readAllStandardError()) + QStringLiteral(" (failed)");
}

template<typename T> T *child(QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1String(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

void check(QListWidget *list, const QStringList &texts)
{
    for (int i = 0; i < list->count(); ++i)
        list->item(i)->setCheckState(
            texts.contains(list->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
}

bool ended(const Job *job)
{
    return job->state() != Job::State::Pending && job->state() != Job::State::Running;
}

} // namespace

class TestExchangeView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        registerMigrations();
        qRegisterMetaType<rwb::project::Job *>();
    }

    void exportMatchesCli_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("reviewedOnly");
        QTest::addColumn<QStringList>("classes");
        QTest::addColumn<QStringList>("cliOptions");
        QTest::addColumn<bool>("expectWarnings");
        QTest::newRow("coco, all") << QStringLiteral("coco") << false << QStringList()
                                   << QStringList { QStringLiteral("--format"), QStringLiteral("coco") } << false;
        QTest::newRow("yolo, reviewed, two classes")
            << QStringLiteral("yolo") << true << QStringList { QStringLiteral("dent"), QStringLiteral("scratch") }
            << QStringList { QStringLiteral("--format"), QStringLiteral("yolo"), QStringLiteral("--status"),
                   QStringLiteral("accepted,done"), QStringLiteral("--classes"), QStringLiteral("dent,scratch") }
            << false;
        QTest::newRow("package") << ExportDatasetDialog::Package << true << QStringList()
                                 << QStringList { QStringLiteral("--format"), QStringLiteral("package"),
                                        QStringLiteral("--status"), QStringLiteral("accepted,done"),
                                        QStringLiteral("--formats"), QStringLiteral("coco,yolo-segment"),
                                        QStringLiteral("--name"), QStringLiteral("strip-set"),
                                        QStringLiteral("--version"), QStringLiteral("2"), QStringLiteral("--split"),
                                        QStringLiteral("0.5,0.25,0.25"), QStringLiteral("--seed"), QStringLiteral("7"),
                                        QStringLiteral("--group"), QStringLiteral("folder"),
                                        QStringLiteral("--resplit"), QStringLiteral("--licence"),
                                        QStringLiteral("CC-BY-4.0"), QStringLiteral("--purpose"),
                                        QStringLiteral("Training a strip defect detector.") }
                                 << true; // YOLO segmentation keeps no boxes
    }

    void exportMatchesCli()
    {
        QFETCH(QString, format);
        QFETCH(bool, reviewedOnly);
        QFETCH(QStringList, classes);
        QFETCH(QStringList, cliOptions);
        QFETCH(bool, expectWarnings);
        QTemporaryDir dir;
        ProjectFixture f;
        f.create(dir.path());

        QWidget window;
        rwb::project::JobManager jobs;
        ExchangeActions actions(jobs, &window);
        actions.setProject(f.project.get());
        QVERIFY(actions.exportAction()->isEnabled());
        ExportDatasetDialog dialog(*f.project, &window);
        dialog.setFormat(format);
        QCOMPARE(dialog.format(), format);
        const QString target = dir.filePath(QStringLiteral("gui"));
        dialog.setTarget(target);
        child<QCheckBox>(&dialog, "reviewedOnly")->setChecked(reviewedOnly);
        if (!classes.isEmpty())
            check(child<QListWidget>(&dialog, "classes"), classes);
        if (format == ExportDatasetDialog::Package) {
            check(child<QListWidget>(&dialog, "packageFormats"),
                { QStringLiteral("coco"), QStringLiteral("yolo-segment") });
            child<QLineEdit>(&dialog, "name")->setText(QStringLiteral("strip-set"));
            child<QSpinBox>(&dialog, "version")->setValue(2);
            child<QRadioButton>(&dialog, "resplit")->setChecked(true);
            child<QDoubleSpinBox>(&dialog, "train")->setValue(0.5);
            child<QDoubleSpinBox>(&dialog, "val")->setValue(0.25);
            child<QDoubleSpinBox>(&dialog, "test")->setValue(0.25);
            child<QSpinBox>(&dialog, "seed")->setValue(7);
            auto *grouping = child<QComboBox>(&dialog, "grouping");
            grouping->setCurrentIndex(grouping->findData(int(DatasetSplitter::Grouping::Folder)));
            child<QComboBox>(&dialog, "licence")->setCurrentText(QStringLiteral("CC-BY-4.0"));
            child<QPlainTextEdit>(&dialog, "purpose")
                ->setPlainText(QStringLiteral("Training a strip defect detector."));
            const PackageOptions o = dialog.packageOptions();
            QCOMPARE(o.formats, QStringList({ QStringLiteral("coco"), QStringLiteral("yolo-segment") }));
            QCOMPARE(o.splits.seed, quint64(7));
            QVERIFY(o.splits.resplit);
        }
        QCOMPARE(dialog.selection().statuses.isEmpty(), !reviewedOnly);
        QCOMPARE(dialog.selection().classes, classes);

        QSignalSpy finished(&actions, &ExchangeActions::finished);
        Job *job = actions.startExport(dialog);
        QVERIFY(job);
        QCOMPARE(jobs.jobs().size(), 1); // in the job manager, so in the main window's job panel
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY2(job->state() == Job::State::Finished, qPrintable(job->failureMessage()));
        const QString report = finished.at(0).at(1).toString();
        const QString summary = ExportDatasetDialog::summary(job);
        QCOMPARE(!summary.isEmpty(), expectWarnings);
        QCOMPARE(finished.at(0).at(2).toBool(), expectWarnings);
        if (expectWarnings) {
            QVERIFY2(report.contains(summary), qPrintable(report));
            const auto *e = qobject_cast<ExportJob *>(job);
            const auto *p = qobject_cast<PackageBuilder *>(job);
            QVERIFY(e || p);
            const QStringList warnings = e ? e->warnings() : p->warnings();
            QVERIFY(!warnings.isEmpty());
            for (const QString &w : warnings)
                QVERIFY(report.contains(w));
        }

        const QString cliTarget = dir.filePath(QStringLiteral("cli"));
        const QString problem
            = cli(QStringList { QStringLiteral("export"), f.project->path() } + cliOptions + QStringList { cliTarget });
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const auto gui = tree(target);
        QVERIFY(!gui.isEmpty());
        if (format == ExportDatasetDialog::Package) {
            QVERIFY(gui.contains(QStringLiteral("manifest.json")));
            QVERIFY(gui.value(QStringLiteral("README.md")).contains("Training a strip defect detector."));
        }
        const auto fromCli = tree(cliTarget);
        QCOMPARE(gui.keys(), fromCli.keys());
        for (auto it = gui.cbegin(); it != gui.cend(); ++it)
            QVERIFY2(it.value() == fromCli.value(it.key()),
                qPrintable(it.key() + QLatin1Char('\n') + QString::fromUtf8(it.value()) + QLatin1Char('\n')
                    + QString::fromUtf8(fromCli.value(it.key()))));
    }

    void importMapsClasses()
    {
        QTemporaryDir dir;
        ProjectFixture source;
        source.create(dir.path());
        ExportJob exportJob(source.project->path(), QStringLiteral("cvat"), {}, dir.filePath(QStringLiteral("cvat")),
            DatasetWriter::Images::Copy);
        QCOMPARE(exportJob.execute(), Job::State::Finished);
        // One image gone: the import goes on and lists it.
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("cvat/images/strip_002.png"))));

        QTemporaryDir freshDir;
        auto fresh = rwb::project::Project::create(
            freshDir.filePath(QStringLiteral("fresh.rwb")), QStringLiteral("fresh"), QStringLiteral("bo"));
        rwb::project::LabelClass defect;
        defect.name = QStringLiteral("defect");
        fresh->labels().addClass(defect);
        rwb::project::LabelClass scratch;
        scratch.name = QStringLiteral("scratch");
        fresh->labels().addClass(scratch);

        QWidget window;
        rwb::project::JobManager jobs;
        ExchangeActions actions(jobs, &window);
        actions.setProject(fresh.get());
        ImportDatasetDialog dialog(*fresh, &window);
        dialog.setFormat(QStringLiteral("cvat"));
        dialog.setInput(dir.filePath(QStringLiteral("nothing-here.xml")));
        QVERIFY(!dialog.readClasses());
        QVERIFY2(dialog.errorText().contains(QLatin1String("nothing-here.xml")), qPrintable(dialog.errorText()));

        dialog.setInput(dir.filePath(QStringLiteral("cvat/annotations.xml")));
        QVERIFY2(dialog.readClasses(), qPrintable(dialog.errorText()));
        const QStringList read = dialog.datasetClasses();
        QCOMPARE(QSet<QString>(read.cbegin(), read.cend()),
            QSet<QString>({ QStringLiteral("scratch"), QStringLiteral("dent"), QStringLiteral("weld seam") }));
        // "scratch" is known and maps to itself; the others would be added.
        QVERIFY(dialog.options().mapping.isEmpty());
        QVERIFY(dialog.setMapping(QStringLiteral("dent"), QStringLiteral("defect")));
        QVERIFY(!dialog.setMapping(QStringLiteral("dent"), QStringLiteral("no such class")));
        QCOMPARE(dialog.options().mapping,
            (QHash<QString, QString> { { QStringLiteral("dent"), QStringLiteral("defect") } }));

        QSignalSpy finished(&actions, &ExchangeActions::finished);
        QSignalSpy imported(&actions, &ExchangeActions::assetsImported);
        Job *job = actions.startImport(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QCOMPARE(job->state(), Job::State::Finished);
        QCOMPARE(imported.count(), 1);
        QCOMPARE(imported.at(0).at(0).toInt(), 1);
        QCOMPARE(job->errors().size(), 1);
        const QString report = finished.at(0).at(1).toString();
        QVERIFY2(report.contains(QLatin1String("strip_002.png")), qPrintable(report));
        QVERIFY(finished.at(0).at(2).toBool());

        QStringList names;
        for (const auto &c : fresh->labels().classes())
            names.append(c.name);
        names.sort();
        QCOMPARE(names, QStringList({ QStringLiteral("defect"), QStringLiteral("scratch") }));
        QCOMPARE(fresh->assets().count(), qint64(1));
    }

    void publishRefusesExistingVersion()
    {
        QTemporaryDir dir;
        ProjectFixture f;
        f.create(dir.path());
        PackageOptions options;
        options.version = 4;
        const QString package = dir.filePath(QStringLiteral("pkg"));
        PackageBuilder builder(f.project->path(), options, package);
        QCOMPARE(builder.execute(), Job::State::Finished);
        const QString share = dir.filePath(QStringLiteral("share"));

        QWidget window;
        rwb::project::JobManager jobs;
        {
            PublishDialog dialog(*f.project, jobs, &window);
            dialog.setPackage(package);
            dialog.setTarget(share);
            QCOMPARE(dialog.target(), QStringLiteral("folder:") + share);
            QCOMPARE(dialog.versionCount(), 0);
            dialog.show();
            child<QPushButton>(&dialog, "publish")->click();
            QVERIFY(dialog.job());
            QTRY_VERIFY_WITH_TIMEOUT(dialog.result() == QDialog::Accepted, 60000);
            QVERIFY(dialog.errorText().isEmpty());
        }
        QVERIFY(QFileInfo::exists(share + QStringLiteral("/Strip defects/v4/manifest.json")));
        const auto published = PublishedVersion::list(f.project->connection());
        QCOMPARE(published.size(), 1);
        QCOMPARE(published.first().version, 4);

        PublishDialog again(*f.project, jobs, &window);
        again.setPackage(package);
        again.setTarget(QStringLiteral("folder:") + share);
        QCOMPARE(again.versionCount(), 2); // the project's table and the folder's index
        again.show();
        child<QPushButton>(&again, "publish")->click();
        QVERIFY(again.job());
        QTRY_VERIFY_WITH_TIMEOUT(ended(again.job()), 60000);
        QTRY_VERIFY(!again.errorText().isEmpty());
        QCOMPARE(again.job()->state(), Job::State::Failed);
        QVERIFY(again.isVisible());
        QCOMPARE(again.result(), int(QDialog::Rejected));
        const QString core = Publisher::publish(package, QStringLiteral("folder:") + share).error;
        QVERIFY(core.contains(QLatin1String("already published")));
        QCOMPARE(again.errorText(), core);
        QCOMPARE(PublishedVersion::list(f.project->connection()).size(), 1);
    }
};

QTEST_MAIN(TestExchangeView)
#include "tst_exchangeview.moc"
