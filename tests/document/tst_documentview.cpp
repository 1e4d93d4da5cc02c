// The document annotator driven headless: a mouse drag over a PDF page's text (English and
// Chinese, written by the test) becomes a span with the right code-point offsets, with undo;
// rectangles become page regions, drags between spans relations; the text view selects by
// code points too; search, links and accepting proposals.
#include "testdocuments.h"

#include "document/documentmigrations.h"
#include "document/documentspan.h"
#include "document/pageregion.h"
#include "document/view/documentannotator.h"
#include "document/view/documentannotatorwidget.h"
#include "document/view/pdfview.h"
#include "document/view/textview.h"

#include "document/preannotationjob.h"

#include "manualgenerator.h"
#include "project/jobs/jobmanager.h"
#include "project/project.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace rwb::document;
namespace project = rwb::project;

class TestDocumentView : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<project::Project> m_project;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<DocumentAnnotatorWidget> m_widget;
    QList<QList<test::DrawnLine>> m_drawn;
    qint64 m_pdfId = 0;
    qint64 m_textId = 0;
    qint64 m_classId = 0;
    const QStringList m_lines { QStringLiteral("Check the pump pressure daily."),
        QStringLiteral("主泵出口压力下降，检查机械密封。") };

    QList<project::Annotation> annotations(qint64 asset) const { return m_project->annotations().forAsset(asset); }
    QPoint at(int line, int cp, double fx) const
    {
        const QRectF r = m_drawn[0][line].charRects.at(cp);
        return m_widget->pdfView()->toViewport(0, QPointF(r.left() + r.width() * fx, r.center().y())).toPoint();
    }
    void drag(QWidget *target, QPoint from, QPoint to)
    {
        QTest::mousePress(target, Qt::LeftButton, {}, from);
        QTest::mouseMove(target, (from + to) / 2);
        QTest::mouseMove(target, to);
        QTest::mouseRelease(target, Qt::LeftButton, {}, to);
    }

private slots:
    void initTestCase()
    {
        DocumentMigrations::registerSet();
        m_project = project::Project::create(m_dir.filePath(QStringLiteral("p.rwb")), QStringLiteral("p"));
        project::LabelClass c;
        c.name = QStringLiteral("component");
        c.titleZh = QStringLiteral("部件");
        c.color = QStringLiteral("#3cb44b");
        m_classId = m_project->labels().addClass(c);
        // Relation types come from the schema: classes of shape "relation".
        for (const char *type : { "causes", "indicates" }) {
            project::LabelClass r;
            r.name = QString::fromLatin1(type);
            r.shapes = { QStringLiteral("relation") };
            r.assetKinds = { project::AssetKind::Document };
            m_project->labels().addClass(r);
        }
        const QString pdf = m_dir.filePath(QStringLiteral("manual.pdf"));
        // One font with both scripts, so that both lines come from the same font metrics.
        m_drawn = test::writeTextPdf(pdf, { m_lines }, QStringLiteral("WenQuanYi Micro Hei"), 14);
        project::Asset asset;
        asset.kind = project::AssetKind::Document;
        asset.uri = m_project->uriFor(pdf);
        asset.sha256 = QStringLiteral("pdf");
        m_pdfId = m_project->assets().add(asset);
        const QString log = m_dir.filePath(QStringLiteral("pump.log"));
        QFile f(log);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("10:00 pump start\n10:05 主泵压力下降 seal leak\n10:07 stop\n");
        f.close();
        asset.uri = m_project->uriFor(log);
        asset.sha256 = QStringLiteral("log");
        m_textId = m_project->assets().add(asset);
        m_undo = std::make_unique<QUndoStack>();
        m_widget = std::make_unique<DocumentAnnotatorWidget>();
        m_widget->resize(1200, 900);
        m_widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
    }

    void registersForDocuments()
    {
        DocumentAnnotator annotator;
        project::Asset a;
        a.kind = project::AssetKind::Document;
        QVERIFY(annotator.canOpen(a));
        a.kind = project::AssetKind::Image;
        QVERIFY(!annotator.canOpen(a));
        QCOMPARE(annotator.id(), QStringLiteral("document"));
    }

    void dragSelectsSpan_data()
    {
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("last");
        QTest::addColumn<QString>("text");
        QTest::newRow("english") << 0 << 15 << 22 << "pressure";
        QTest::newRow("chinese") << 1 << 11 << 14 << "机械密封";
        QTest::newRow("backwards chinese") << 1 << 4 << 7 << "压力下降";
    }
    void dragSelectsSpan()
    {
        QFETCH(int, line);
        QFETCH(int, first);
        QFETCH(int, last);
        QFETCH(QString, text);
        QVERIFY(m_widget->open(*m_project, m_pdfId, m_undo.get()));
        m_widget->setCurrentClass(m_classId);
        m_widget->pdfView()->setZoom(1.5);
        QCoreApplication::processEvents();
        const qint64 before = annotations(m_pdfId).size();
        const QPoint from = at(line, first, 0.2);
        const QPoint to = at(line, last, 0.8);
        if (QByteArray(QTest::currentDataTag()).startsWith("backwards"))
            drag(m_widget->pdfView()->viewport(), to, from);
        else
            drag(m_widget->pdfView()->viewport(), from, to);
        const QList<project::Annotation> after = annotations(m_pdfId);
        QCOMPARE(after.size(), before + 1);
        const auto span = DocumentSpan::fromAnnotation(after.last());
        QVERIFY(span);
        const qint64 lineStart = line == 0 ? 0 : m_lines.at(0).size() + 1;
        QCOMPARE(span->page, 0);
        QCOMPARE(span->start, lineStart + first);
        QCOMPARE(span->end, lineStart + last + 1);
        QCOMPARE(span->text, text);
        QCOMPARE(after.last().classId, std::optional<qint64>(m_classId));
        QCOMPARE(m_widget->selectedAnnotation(), std::optional<qint64>(after.last().id));
        // Undo takes it back, redo brings it again with the same id.
        m_undo->undo();
        QCOMPARE(annotations(m_pdfId).size(), before);
        m_undo->redo();
        QCOMPARE(annotations(m_pdfId).last().id, after.last().id);
    }

    void regionAndRelation()
    {
        QVERIFY(m_widget->open(*m_project, m_pdfId, m_undo.get()));
        m_widget->pdfView()->setZoom(1.5);
        QCoreApplication::processEvents();
        // Region tool: a rectangle around the first line.
        m_widget->pdfView()->setTool(PdfView::Tool::Region);
        const QPoint a = m_widget->pdfView()->toViewport(0, QPointF(60, 50)).toPoint();
        const QPoint b = m_widget->pdfView()->toViewport(0, QPointF(300, 90)).toPoint();
        drag(m_widget->pdfView()->viewport(), a, b);
        const auto region = PageRegion::fromAnnotation(annotations(m_pdfId).last());
        QVERIFY(region);
        QVERIFY(std::abs(region->rect.left() - 60) < 1 && std::abs(region->rect.bottom() - 90) < 1);
        // Relation tool: from the span "pressure" to the span "机械密封".
        qint64 pressure = 0, seal = 0;
        for (const project::Annotation &ann : annotations(m_pdfId)) {
            if (const auto s = DocumentSpan::fromAnnotation(ann)) {
                if (s->text == QLatin1String("pressure"))
                    pressure = ann.id;
                if (s->text == QStringLiteral("机械密封"))
                    seal = ann.id;
            }
        }
        QVERIFY(pressure && seal);
        m_widget->pdfView()->setTool(PdfView::Tool::Relation);
        drag(m_widget->pdfView()->viewport(), at(1, 12, 0.5), at(0, 17, 0.5));
        const QList<project::Relation> relations = m_project->relations().forAsset(m_pdfId);
        QCOMPARE(relations.size(), 1);
        QCOMPARE(relations.first().fromId, seal);
        QCOMPARE(relations.first().toId, pressure);
        QCOMPARE(relations.first().type, QStringLiteral("causes"));
        m_widget->pdfView()->setTool(PdfView::Tool::Text);
    }

    void relationTypesFromSchema()
    {
        QVERIFY(m_widget->open(*m_project, m_pdfId, m_undo.get()));
        QCOMPARE(m_widget->relationTypes(), (QStringList { QStringLiteral("causes"), QStringLiteral("indicates") }));
        // A class added to the schema (dialog or `labels add … --shapes relation`) shows at once.
        project::LabelClass measured;
        measured.name = QStringLiteral("measured_by");
        measured.titleEn = QStringLiteral("Measured by");
        measured.shapes = { QStringLiteral("relation") };
        m_project->labels().addClass(measured);
        QVERIFY(m_widget->relationTypes().contains(QStringLiteral("measured_by")));
        QVERIFY(!m_widget->relationTypes().contains(QStringLiteral("component")));
        qint64 pressure = 0, seal = 0;
        for (const project::Annotation &ann : annotations(m_pdfId)) {
            if (const auto s = DocumentSpan::fromAnnotation(ann)) {
                if (s->text == QLatin1String("pressure"))
                    pressure = ann.id;
                if (s->text == QStringLiteral("机械密封"))
                    seal = ann.id;
            }
        }
        QVERIFY(pressure && seal);
        m_widget->setRelationType(QStringLiteral("measured_by"));
        m_widget->relate(pressure, seal);
        const QList<project::Relation> relations = m_project->relations().forAsset(m_pdfId);
        QCOMPARE(relations.last().type, QStringLiteral("measured_by")); // the name, not the title
        m_undo->undo();
        QCOMPARE(m_project->relations().forAsset(m_pdfId).size(), relations.size() - 1);
    }

    void jobsRunInTheHostsJobManager()
    {
        // The main window hands its job manager to the annotators; their jobs show in its panel.
        project::JobManager jobs;
        DocumentAnnotator annotator;
        annotator.setJobManager(&jobs);
        QCOMPARE(annotator.jobManager(), &jobs);
        const std::optional<project::Asset> asset = m_project->assets().byId(m_textId);
        QVERIFY(asset);
        annotator.open(*m_project, *asset, m_undo.get());
        auto *preannotate = annotator.widget()->findChild<QAction *>(QStringLiteral("document.preannotate"));
        QVERIFY(preannotate);
        preannotate->trigger();
        QCOMPARE(jobs.jobs().size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!jobs.hasRunningJobs(), 20000);
        QCOMPARE(jobs.jobs().first()->state(), project::Job::State::Finished);
        // With a term list: a file that cannot be read starts nothing and says why.
        auto *widget = qobject_cast<DocumentAnnotatorWidget *>(annotator.widget());
        QVERIFY(widget);
        QVERIFY(!widget->preAnnotate(m_dir.filePath(QStringLiteral("no-terms.txt"))));
        QVERIFY(widget->message().contains(QStringLiteral("no-terms.txt")));
        QCOMPARE(jobs.jobs().size(), 1);
        QVERIFY(annotator.widget()->findChild<QAction *>(QStringLiteral("document.preannotate.terms")));
        annotator.close();
    }

    void linkWithCompletionAndProposalReview()
    {
        QVERIFY(m_widget->open(*m_project, m_pdfId, m_undo.get()));
        const qint64 id = annotations(m_pdfId).first().id;
        m_widget->selectAnnotation(id);
        // The Chinese title of the class is a link target name.
        QVERIFY(m_widget->linkSelected(QStringLiteral("部件")));
        auto span = DocumentSpan::fromAnnotation(*m_project->annotations().byId(id));
        QVERIFY(span && span->link);
        QCOMPARE(span->link->target, QStringLiteral("class:%1").arg(m_classId));
        QVERIFY(!m_widget->linkSelected(QStringLiteral("no such node")));
        // A proposal accepted through the inspector's action; undo restores the proposal.
        project::Annotation proposal = *m_project->annotations().byId(id);
        proposal.state = project::AnnotationState::Proposed;
        m_project->annotations().update(proposal);
        m_widget->selectAnnotation(id);
        QVERIFY(m_widget->setSelectedState(true));
        QVERIFY(m_project->annotations().byId(id)->state == project::AnnotationState::Accepted);
        m_undo->undo();
        QVERIFY(m_project->annotations().byId(id)->state == project::AnnotationState::Proposed);
    }

    void searchAndSpanList()
    {
        QVERIFY(m_widget->open(*m_project, m_pdfId, m_undo.get()));
        QCOMPARE(m_widget->search(QStringLiteral("压力")), 1);
        QCOMPARE(m_widget->search(QStringLiteral("PUMP")), 1); // case-insensitive
        QVERIFY(m_widget->spanList()->count() >= 3);
        m_widget->spanList()->setCurrentRow(0);
        QCOMPARE(m_widget->selectedAnnotation(),
            std::optional<qint64>(m_widget->spanList()->item(0)->data(Qt::UserRole).toLongLong()));
    }

    void textViewSelection()
    {
        QVERIFY(m_widget->open(*m_project, m_textId, m_undo.get()));
        QTRY_VERIFY(!m_widget->isLoading());
        m_widget->setCurrentClass(m_classId);
        TextView *view = m_widget->textView();
        // Code points 23..27 are "主泵压力" on the second line ("10:05 " is 6, line 1 is 17).
        const qint64 start = 17 + 6;
        const qint64 end = start + 4;
        const QPointF a = view->positionOf(start) + QPointF(1, view->lineHeight() / 2);
        const QPointF b = view->positionOf(end) + QPointF(1, view->lineHeight() / 2);
        drag(view->viewport(), a.toPoint(), b.toPoint());
        const QList<project::Annotation> list = annotations(m_textId);
        QCOMPARE(list.size(), 1);
        const auto span = DocumentSpan::fromAnnotation(list.first());
        QCOMPARE(span->page, -1);
        QCOMPARE(span->start, start);
        QCOMPARE(span->end, end);
        QCOMPARE(span->text, QStringLiteral("主泵压力"));
        QCOMPARE(m_widget->search(QStringLiteral("seal")), 1);
    }

    /// The sample manual, pre-annotated from a term list (proposals drawn dashed), as the user
    /// sees it. With RWB_SCREENSHOT_DIR set (e.g. under xvfb-run) the window
    /// is saved there as document-annotator.png.
    void annotatedSampleManual()
    {
        rwb::sample::ManualGenerator generator;
        const rwb::sample::GeneratedManual manual
            = generator.generate(m_dir.path(), QStringLiteral("sample-manual.pdf"));
        QVERIFY2(!manual.fileName.isEmpty(), qPrintable(generator.errorString()));
        project::Asset asset;
        asset.kind = project::AssetKind::Document;
        asset.uri = m_project->uriFor(m_dir.filePath(manual.fileName));
        asset.sha256 = QStringLiteral("manual");
        const qint64 id = m_project->assets().add(asset);
        QList<PreAnnotationJob::Term> terms;
        for (const char *t : { "工作辊", "work roll", "支撑辊", "backup roll", "活套", "looper", "导卫", "guide" })
            terms.append({ QString::fromUtf8(t), m_classId, {}, {} });
        PreAnnotationJob job(*m_project, nullptr, terms);
        QCOMPARE(job.execute(), project::Job::State::Finished);
        qint64 proposals = 0;
        for (const project::Annotation &a : annotations(id))
            proposals += a.state == project::AnnotationState::Proposed;
        QVERIFY2(proposals >= 4, qPrintable(QString::number(proposals)));
        QVERIFY(m_widget->open(*m_project, id, m_undo.get()));
        m_widget->pdfView()->setZoom(1.3);
        m_widget->pdfView()->goToPage(std::min(1, manual.pageCount - 1));
        QTRY_VERIFY_WITH_TIMEOUT(m_widget->pdfView()->isSettled(), 20000);
        QTest::qWait(100);
        const QImage shot = m_widget->grab().toImage();
        QVERIFY(!shot.isNull());
        if (qEnvironmentVariableIsSet("RWB_SCREENSHOT_DIR")) {
            const QString dir = qEnvironmentVariable("RWB_SCREENSHOT_DIR");
            QDir().mkpath(dir);
            QVERIFY(shot.save(QDir(dir).filePath(QStringLiteral("document-annotator.png"))));
        }
        // Single-page mode shows one page at a time; zoom scales the mapping to the screen.
        PdfView *view = m_widget->pdfView();
        view->setContinuous(false);
        view->goToPage(3);
        QCOMPARE(view->currentPage(), 3);
        QVERIFY(view->fromViewport(view->toViewport(3, QPointF(100, 100)))->first == 3);
        const QPointF a = view->toViewport(3, QPointF(0, 0));
        const QPointF b = view->toViewport(3, QPointF(100, 0));
        view->setZoom(view->zoom() * 2);
        const QPointF c = view->toViewport(3, QPointF(0, 0));
        const QPointF d = view->toViewport(3, QPointF(100, 0));
        QVERIFY(std::abs((d.x() - c.x()) - 2 * (b.x() - a.x())) < 0.5);
        QCOMPARE(view->currentPage(), 3);
        view->setContinuous(true);
        QCOMPARE(view->currentPage(), 3);
    }

    void badFileGivesMessage()
    {
        project::Asset asset;
        asset.kind = project::AssetKind::Document;
        asset.uri = QStringLiteral("missing/manual.pdf");
        asset.sha256 = QStringLiteral("gone");
        const qint64 id = m_project->assets().add(asset);
        QVERIFY(!m_widget->open(*m_project, id, m_undo.get()));
        QVERIFY2(m_widget->message().contains(QStringLiteral("manual.pdf")), qPrintable(m_widget->message()));
    }
};

QTEST_MAIN(TestDocumentView)
#include "tst_documentview.moc"
