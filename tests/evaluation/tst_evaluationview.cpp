// The evaluation dashboard on a fixture project: the numbers it shows, rows that open assets,
// queues (build, assign, apply to the asset browser), report export and cancelling its job.

#include "fixture.h"

#include "evaluation/evaluationmigrations.h"
#include "evaluation/evaluationstore.h"
#include "evaluation/view/confusionheatmap.h"
#include "evaluation/view/evaluationdashboard.h"
#include "evaluation/view/reporttablemodel.h"
#include "knowledge/knowledgemigrations.h"
#include "project/jobs/jobmanager.h"
#include "project/models/assetlistmodel.h"
#include "project/ui/assetbrowser.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLineSeries>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

#include <poppler-qt6.h>

#include <algorithm>

using namespace rwb::evaluation;
using rwb::project::AnnotationSource;
using rwb::project::AnnotationState;
using rwb::project::Job;

class TestEvaluationView : public QObject
{
    Q_OBJECT

    // Two classes on three images of different splits; det-v1 finds the scratch, calls the dent
    // a scratch, and proposes on an unlabelled image; "teacher" proposals a person accepted are
    // ground truth for det-v1.
    struct Scene
    {
        test::Fixture f;
        qint64 scratch = 0, dent = 0, i1 = 0, i2 = 0, unlabeled = 0, tiny = 0;
        Scene()
        {
            scratch = f.addClass(QStringLiteral("scratch"));
            dent = f.addClass(QStringLiteral("dent"));
            i1 = f.addAsset(rwb::project::AssetKind::Image, rwb::project::Split::Train);
            i2 = f.addAsset(rwb::project::AssetKind::Image, rwb::project::Split::Val);
            unlabeled = f.addAsset(rwb::project::AssetKind::Image, rwb::project::Split::Train);
            tiny = f.addAsset(rwb::project::AssetKind::Image, rwb::project::Split::Train);
            f.truthBox(i1, scratch, 10, 10, 100, 100);
            f.add(i2, dent, QStringLiteral("box"), f.box(50, 50, 60, 60), AnnotationSource::Model,
                QStringLiteral("teacher"), 0.9, AnnotationState::Accepted);
            f.truthBox(tiny, dent, 5, 5, 8, 8);
            f.modelBox(i1, scratch, 10, 10, 100, 100, 0.9);
            f.modelBox(i2, scratch, 50, 50, 60, 60, 0.85); // wrong class, confident: a suspected label error
            f.modelBox(unlabeled, scratch, 0, 0, 30, 30, 0.3);
        }
    };

    static bool waitForJob(EvaluationDashboard &d)
    {
        QSignalSpy ended(&d, &EvaluationDashboard::jobEnded);
        if (!d.isBusy() && d.currentJob() == nullptr)
            return false;
        return ended.wait(10000);
    }

private slots:
    void initTestCase()
    {
        rwb::knowledge::registerMigrations();
        rwb::evaluation::registerMigrations();
    }

    void dashboardShowsTheNumbers()
    {
        Scene s;
        rwb::project::JobManager jobs;
        EvaluationDashboard d;
        QAbstractItemModelTester classTester(d.classModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester diagTester(
            d.diagnosticsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        d.setProject(s.f.project.get(), &jobs);
        QCOMPARE(d.modelRuns(), QStringList({ QStringLiteral("det-v1"), QStringLiteral("teacher") }));
        QVERIFY(d.selectRun(QStringLiteral("det-v1")));
        QVERIFY(d.evaluate());
        QVERIFY(d.isBusy());
        QVERIFY(!d.evaluate()); // one job at a time
        QVERIFY(waitForJob(d));
        QVERIFY(d.result() && d.result()->evaluation);

        // truth: scratch on i1, the accepted teacher dent on i2, the tiny dent; det-v1's boxes
        // are predictions only. scratch AP 1, dent never predicted: AP 0; mAP 0.5.
        const ModelEvaluation &ev = *d.result()->evaluation;
        QCOMPARE(ev.truths, qint64(3));
        QCOMPARE(ev.predictions, qint64(3));
        QVERIFY(d.summaryText().contains(QLatin1String("AP 0.500")));
        QVERIFY(d.summaryText().contains(QLatin1String("AP50 0.500")));
        QVERIFY2(
            d.summaryText().contains(QStringLiteral("precision 0.500 · recall 0.333")), qPrintable(d.summaryText()));

        ReportTableModel *m = d.classModel();
        QCOMPARE(m->rowCount(), 2);
        QHash<QString, int> rowOf;
        for (int r = 0; r < m->rowCount(); ++r)
            rowOf.insert(m->text(r, 0), r);
        QCOMPARE(m->text(rowOf.value(QStringLiteral("scratch")), 3), QStringLiteral("1.000"));
        QCOMPARE(m->text(rowOf.value(QStringLiteral("dent")), 3), QStringLiteral("0.000"));
        QCOMPARE(m->text(rowOf.value(QStringLiteral("dent")), 1), QStringLiteral("2")); // ground truth
        QCOMPARE(m->text(rowOf.value(QStringLiteral("dent")), 7), QStringLiteral("0.000")); // recall

        // PR curve per class with a detection, AP bars per class
        int lines = 0;
        for (QAbstractSeries *series : d.prChart()->series())
            lines += qobject_cast<QLineSeries *>(series) ? 1 : 0;
        QCOMPARE(lines, 2);
        auto *bars = qobject_cast<QAbstractBarSeries *>(d.apChart()->series().value(0));
        QVERIFY(bars);
        QCOMPARE(bars->barSets().first()->count(), 2);

        // confusion: the dent was called a scratch
        ConfusionHeatMap *h = d.heatMap();
        const int dent = int(h->labels().indexOf(QStringLiteral("dent")));
        const int scratch = int(h->labels().indexOf(QStringLiteral("scratch")));
        QVERIFY(dent >= 0 && scratch >= 0);
        QCOMPARE(h->count(dent, scratch), qint64(1));
        QCOMPARE(h->count(scratch, scratch), qint64(1));

        // the result was stored for the dataset card
        QVERIFY(EvaluationStore(s.f.project->connection())
                    .latestResult(QStringLiteral("evaluation"), QStringLiteral("det-v1")));
    }

    void diagnosticsRowOpensItsAsset()
    {
        Scene s;
        rwb::project::JobManager jobs;
        EvaluationDashboard d;
        d.resize(1000, 700);
        d.show();
        d.setProject(s.f.project.get(), &jobs);
        QVERIFY(d.selectRun(QStringLiteral("det-v1")));
        d.evaluate();
        QVERIFY(waitForJob(d));

        d.showDiagnostics(EvaluationDashboard::DiagnosticsTable::LabelErrors);
        QCOMPARE(d.diagnosticsModel()->rowCount(), 1);
        QCOMPARE(d.diagnosticsModel()->rows()[0][0].assetId, std::optional<qint64>(s.i2));

        d.showDiagnostics(EvaluationDashboard::DiagnosticsTable::TinyObjects);
        QCOMPARE(d.diagnosticsModel()->rowCount(), 1);

        d.showDiagnostics(EvaluationDashboard::DiagnosticsTable::WithoutLabels);
        QCOMPARE(d.diagnosticsModel()->rowCount(), 0); // the unlabeled image has a proposal

        d.showDiagnostics(EvaluationDashboard::DiagnosticsTable::ClassBalance);
        QCOMPARE(d.diagnosticsModel()->headers(),
            QStringList(
                { QStringLiteral("Class"), QStringLiteral("train"), QStringLiteral("val"), QStringLiteral("Total") }));

        d.showDiagnostics(EvaluationDashboard::DiagnosticsTable::LabelErrors);
        QSignalSpy open(&d, &EvaluationDashboard::openAssetRequested);
        QTableView *view = d.diagnosticsView();
        QTest::qWait(50);
        const QRect cell = view->visualRect(view->model()->index(0, 0));
        QVERIFY(cell.isValid());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().first().toLongLong(), s.i2);
    }

    void queueBuildAssignApply()
    {
        Scene s;
        rwb::project::JobManager jobs;
        EvaluationDashboard d;
        QAbstractItemModelTester tester(d.queueModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 ann = rwb::project::UserStore(s.f.project->connection()).ensure(QStringLiteral("ann"));
        rwb::project::AssetBrowser browser;
        connect(&d, &EvaluationDashboard::queuesChanged, &browser, &rwb::project::AssetBrowser::setLabelingQueues);
        browser.setProject(s.f.project.get());
        d.setProject(s.f.project.get(), &jobs);
        QVERIFY(d.selectRun(QStringLiteral("det-v1")));
        QSignalSpy changed(&d, &EvaluationDashboard::queuesChanged);
        QVERIFY(d.buildQueue(LabelingQueue::Strategy::LeastConfidence, 10));
        QVERIFY(waitForJob(d));
        QVERIFY(changed.count() >= 1);
        const auto queue = d.currentQueue();
        QVERIFY(queue);
        // proposals of det-v1 on assets still to do: least confidence ranks the 0.3 box first
        QVERIFY(d.queueModel()->rowCount() >= 1);
        QCOMPARE(d.queueModel()->rows()[0][1].assetId, std::optional<qint64>(s.unlabeled));
        QCOMPARE(d.queueModel()->text(0, 0), QStringLiteral("1"));

        const int assigned = d.assignQueue(ann);
        QCOMPARE(assigned, d.queueModel()->rowCount());
        QCOMPARE(s.f.project->assets().byId(s.unlabeled)->assignee, std::optional<qint64>(ann));

        // the browser lists the queue and, applied, shows only its assets in rank order
        auto *combo = browser.findChild<QComboBox *>(QStringLiteral("queueFilter"));
        QVERIFY(combo);
        QVERIFY(combo->findData(*queue) > 0);
        QSignalSpy apply(&d, &EvaluationDashboard::applyQueueRequested);
        d.applyQueue();
        QCOMPARE(apply.count(), 1);
        QCOMPARE(apply.first().first().toLongLong(), *queue);
        combo->setCurrentIndex(combo->findData(*queue));
        QCOMPARE(browser.filter().labelingQueue, queue);
        QCOMPARE(browser.filter().sort, rwb::project::AssetFilter::Sort::QueueRank);
        QCOMPARE(browser.model()->rowCount(), d.queueModel()->rowCount());
        combo->setCurrentIndex(0);
        QCOMPARE(browser.filter().labelingQueue, std::nullopt);
        QCOMPARE(browser.filter().sort, rwb::project::AssetFilter::Sort::Id);
    }

    void agreementAndComparison()
    {
        Scene s;
        rwb::project::JobManager jobs;
        EvaluationDashboard d;
        QAbstractItemModelTester tester(d.comparisonModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        rwb::project::UserStore users(s.f.project->connection());
        const qint64 a = users.ensure(QStringLiteral("alice")), b = users.ensure(QStringLiteral("bob"));
        const qint64 img = s.f.addAsset();
        s.f.add(img, s.scratch, QStringLiteral("box"), s.f.box(0, 0, 50, 50), AnnotationSource::Manual, {}, {},
            AnnotationState::Accepted, a);
        s.f.add(img, s.scratch, QStringLiteral("box"), s.f.box(0, 0, 50, 50), AnnotationSource::Manual, {}, {},
            AnnotationState::Accepted, b);
        d.setProject(s.f.project.get(), &jobs);
        QVERIFY(d.compareUsers(a, b));
        QVERIFY(waitForJob(d));
        QVERIFY(d.agreementText().contains(QLatin1String("F1 1.000")));

        QVERIFY(d.selectRun(QStringLiteral("det-v1")));
        d.evaluate();
        QVERIFY(waitForJob(d));
        QVERIFY(d.compareRun(QStringLiteral("teacher")));
        QVERIFY(waitForJob(d));
        QVERIFY(d.comparisonModel()->rowCount() >= 2);
        const double apA = d.result()->evaluation->detection->stats()[0];
        const double apB = d.comparison()->evaluation->detection->stats()[0];
        QCOMPARE(d.comparisonModel()->text(0, 1), QString::number(apA, 'f', 3));
        QCOMPARE(d.comparisonModel()->text(0, 2), QString::number(apB, 'f', 3));
        QCOMPARE(d.comparisonModel()->rows()[0][3].value.toDouble(), apB - apA);
    }

    /// Classes appear under their titles in the UI language, as in the rest of the window.
    void classTitlesInTheUiLanguage()
    {
        Scene s;
        rwb::project::LabelClass scratch = *s.f.project->labels().classById(s.scratch);
        scratch.titleZh = QStringLiteral("划痕");
        scratch.titleEn = QStringLiteral("Scratch");
        s.f.project->labels().updateClass(scratch);
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        rwb::project::JobManager jobs;
        EvaluationDashboard d;
        d.setProject(s.f.project.get(), &jobs);
        QVERIFY(d.selectRun(QStringLiteral("det-v1")));
        QVERIFY(d.evaluate());
        QVERIFY(waitForJob(d));
        QStringList names;
        for (int r = 0; r < d.classModel()->rowCount(); ++r)
            names << d.classModel()->text(r, 0);
        QLocale::setDefault(before);
        QVERIFY2(names.contains(QStringLiteral("划痕")), qPrintable(names.join(QLatin1Char(','))));
        QVERIFY(names.contains(QStringLiteral("dent"))); // no titles: the name
    }

    void reportContainsTheFigures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("html") << QStringLiteral("report.html");
        QTest::newRow("markdown") << QStringLiteral("report.md");
    }

    void reportContainsTheFigures()
    {
        QFETCH(QString, file);
        Scene s;
        rwb::project::JobManager jobs;
        EvaluationDashboard d;
        d.setProject(s.f.project.get(), &jobs);
        QVERIFY(d.selectRun(QStringLiteral("det-v1")));
        d.evaluate();
        QVERIFY(waitForJob(d));
        const QString path = s.f.dir.filePath(file);
        QString error;
        QVERIFY2(d.exportReport(path, &error), qPrintable(error));
        QFile in(path);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(in.readAll());
        QVERIFY(text.contains(QLatin1String("Evaluation of det-v1")));
        QVERIFY(text.contains(QLatin1String("AP 0.500")));
        QVERIFY(text.contains(QLatin1String("Suspected label errors")));
        QVERIFY(text.contains(QLatin1String("scratch")));
        // charts embedded: PR curves, AP bars, confusion, class balance
        QCOMPARE(text.count(QLatin1String("data:image/png;base64,")), 4);
        // an embedded figure decodes to a real image
        const qsizetype at = text.indexOf(QLatin1String("base64,")) + 7;
        const qsizetype end = text.indexOf(QRegularExpression(QStringLiteral("[\")]")), at);
        const QImage image = QImage::fromData(QByteArray::fromBase64(text.mid(at, end - at).toLatin1()), "PNG");
        QVERIFY(!image.isNull());
        QVERIFY2(image.width() >= 320, qPrintable(QString::number(image.width())));
        // rows link back to their assets
        QVERIFY(text.contains(QLatin1String("file://")));
        QVERIFY(text.contains(QLatin1String("asset2.png")));
        // and so does every figure: a list of the assets it counts right after it
        QCOMPARE(text.count(QLatin1String("Assets behind this figure:")), 4);
        const qsizetype firstList = text.indexOf(QLatin1String("Assets behind this figure:"));
        const qsizetype nextFigure = text.indexOf(QLatin1String("base64,"), firstList);
        const QString list = text.mid(firstList, nextFigure - firstList);
        QVERIFY2(list.contains(QLatin1String("asset2.png")) && list.contains(QLatin1String("file://")),
            qPrintable(list.left(300)));
    }

    void reportAsPdf()
    {
        Scene s;
        rwb::project::JobManager jobs;
        EvaluationDashboard d;
        d.setProject(s.f.project.get(), &jobs);
        QVERIFY(d.selectRun(QStringLiteral("det-v1")));
        d.evaluate();
        QVERIFY(waitForJob(d));
        const QString path = s.f.dir.filePath(QStringLiteral("report.pdf"));
        QCOMPARE(EvaluationReport::formatFor(path), EvaluationReport::Format::Pdf);
        int pages = 0;
        QString error;
        QVERIFY2(d.report().writePdf(path, &error, &pages), qPrintable(error));
        QVERIFY2(pages >= 2, qPrintable(QString::number(pages))); // four figures do not fit on one A4 page
        QFile in(path);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QVERIFY(in.read(5) == "%PDF-");
        in.close();

        std::unique_ptr<Poppler::Document> pdf = Poppler::Document::load(path);
        QVERIFY(pdf && !pdf->isLocked());
        QCOMPARE(pdf->numPages(), pages);
        QCOMPARE(pdf->info(QStringLiteral("Title")), QStringLiteral("Evaluation of det-v1"));
        QString text;
        QStringList links;
        for (int i = 0; i < pdf->numPages(); ++i) {
            std::unique_ptr<Poppler::Page> page = pdf->page(i);
            QVERIFY(page);
            text += page->text(QRectF()) + QLatin1Char('\n');
            for (const std::unique_ptr<Poppler::Link> &l : page->links())
                if (l->linkType() == Poppler::Link::Browse)
                    links << static_cast<const Poppler::LinkBrowse *>(l.get())->url();
        }
        text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
        QVERIFY2(text.contains(QLatin1String("Evaluation of det-v1")), qPrintable(text.left(300)));
        QVERIFY2(text.contains(QLatin1String("AP 0.500")), qPrintable(text.left(600)));
        QVERIFY(text.contains(QLatin1String("Suspected label errors")));
        QVERIFY(text.contains(QLatin1String("scratch")));
        // the rows still link back to their assets
        QVERIFY2(std::any_of(links.cbegin(), links.cend(),
                     [](const QString &u) {
                         return u.startsWith(QLatin1String("file://")) && u.contains(QLatin1String("asset2.png"));
                     }),
            qPrintable(links.join(QLatin1Char(' '))));

        // an unwritable target: a clear message, no file
        const QString bad = s.f.dir.filePath(QStringLiteral("missing/dir/report.pdf"));
        QVERIFY(!d.exportReport(bad, &error));
        QVERIFY2(error.contains(bad), qPrintable(error));
        QVERIFY(!QFile::exists(bad));
    }

    void jobCancelsCleanly()
    {
        Scene s;
        // Many images to hash (files that do not exist are quick to fail, so give real ones).
        QImage img(64, 64, QImage::Format_RGB32);
        for (int i = 0; i < 400; ++i) {
            img.fill(QColor::fromHsv(i % 360, 200, 200));
            const QString name = QStringLiteral("img%1.png").arg(i);
            img.save(s.f.dir.filePath(name));
            rwb::project::Asset a;
            a.kind = rwb::project::AssetKind::Image;
            a.uri = name;
            a.sha256 = QStringLiteral("%1").arg(1000 + i, 64, 10, QLatin1Char('0'));
            a.width = 64;
            a.height = 64;
            s.f.project->assets().add(a);
        }
        rwb::project::JobManager jobs;
        EvaluationDashboard d;
        d.setProject(s.f.project.get(), &jobs);
        QVERIFY(d.selectRun(QStringLiteral("det-v1")));
        Job *job = d.evaluate();
        QVERIFY(job);
        QSignalSpy ended(&d, &EvaluationDashboard::jobEnded);
        d.cancel();
        QVERIFY(ended.wait(10000));
        QCOMPARE(job->state(), Job::State::Cancelled);
        QVERIFY(!d.isBusy());
        QVERIFY(!d.result()); // nothing shown from a cancelled run
        // nothing half-written: no stored result
        QVERIFY(!EvaluationStore(s.f.project->connection()).latestResult(QStringLiteral("evaluation")));
        // and the dashboard can run again to the end
        QVERIFY(d.evaluate());
        QVERIFY(waitForJob(d));
        QVERIFY(d.result());
        QCOMPARE(d.result()->diagnostics->imagesHashed, qint64(400));
    }

    void reportTableModel()
    {
        ReportTableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setTable({ QStringLiteral("a"), QStringLiteral("b") },
            { { ReportTableModel::Cell { QStringLiteral("x"), 7 }, ReportTableModel::ratio(std::nullopt) },
                { ReportTableModel::Cell { 2.5 } } });
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(m.text(0, 1), QStringLiteral("n/a"));
        QCOMPARE(m.text(1, 0), QStringLiteral("2.500"));
        QCOMPARE(m.data(m.index(0, 1), ReportTableModel::AssetIdRole).toLongLong(), qint64(7));
        QVERIFY(!m.data(m.index(1, 0), ReportTableModel::AssetIdRole).isValid());
        m.clear();
        QCOMPARE(m.rowCount(), 0);
    }
};

QTEST_MAIN(TestEvaluationView)
#include "tst_evaluationview.moc"
