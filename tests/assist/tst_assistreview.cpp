// Review of model proposals in the image annotator: the panel lists them best first; accept,
// reject, accept above a threshold and accept the rest are undo steps that keep the
// provenance; key I runs the chosen model on the image, Shift+I on the selected region; the
// asset browser filters images with open proposals.
#include "assist/assistschema.h"
#include "assist/proposalreview.h"

#include "image/imageprobe.h"
#include "image/view/imageannotatorwidget.h"
#include "image/view/imagecanvas.h"
#include "image/view/proposalpanel.h"
#include "project/models/assetlistmodel.h"
#include "project/project.h"
#include "project/ui/assetbrowser.h"
#include "sample/sampleproject.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace rwb;
using namespace rwb::project;

namespace {
AssetFilter imagesOnly()
{
    AssetFilter f;
    f.kind = AssetKind::Image;
    return f;
}
} // namespace

class TestAssistReview : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        assist::AssistSchema::registerMigrations();
        QVERIFY(m_dir.isValid());
        m_path = sample::SampleProject::create(m_dir.filePath(QStringLiteral("s")), { true, 77 });
        m_project = Project::open(m_path);
        m_image = m_project->assets().list(imagesOnly()).first().id;
        // Three proposals of a model with known confidences.
        const qint64 cls = m_project->labels().classByName(QStringLiteral("patches"))->id;
        for (double c : { 0.3, 0.9, 0.6 }) {
            Annotation a;
            a.assetId = m_image;
            a.classId = cls;
            a.kind = QStringLiteral("box");
            a.geometry = { { QStringLiteral("x"), 10 * c }, { QStringLiteral("y"), 5 }, { QStringLiteral("w"), 20 },
                { QStringLiteral("h"), 10 } };
            a.extent = QRectF(10 * c, 5, 20, 10);
            a.source = AnnotationSource::Model;
            a.sourceRef = QStringLiteral("test-model");
            a.confidence = c;
            a.state = AnnotationState::Proposed;
            m_project->annotations().add(a);
            m_ids.append(a.id);
        }
    }
    void listsBestFirst()
    {
        image::ImageAnnotatorWidget w;
        QUndoStack undo;
        QVERIFY(w.open(*m_project, m_image, &undo));
        image::ProposalPanel *panel = w.proposalPanel();
        QVERIFY(panel);
        QCOMPARE(panel->list()->count(), 3);
        QCOMPARE(panel->list()->item(0)->data(Qt::UserRole).toLongLong(), m_ids[1]);
        QVERIFY(panel->list()->item(0)->text().contains(QStringLiteral("90 %")));
        // The models that came with the sample are offered.
        QVERIFY(panel->modelChooser()->count() >= 3);
        QVERIFY(panel->modelChooser()->findText(QStringLiteral("Steel strip defects — boxes")) >= 0);
    }
    void acceptRejectUndo()
    {
        image::ImageAnnotatorWidget w;
        QUndoStack undo;
        QVERIFY(w.open(*m_project, m_image, &undo));
        image::ProposalPanel *panel = w.proposalPanel();
        // Accept the best one, chosen in the list.
        panel->list()->item(0)->setSelected(true);
        // Selecting a row selects it on the canvas.
        QCOMPARE(w.canvas()->selection(), QSet<qint64>({ m_ids[1] }));
        panel->findChild<QPushButton *>(QStringLiteral("acceptProposal"))->click();
        Annotation best = *m_project->annotations().byId(m_ids[1]);
        QVERIFY(best.state == AnnotationState::Accepted);
        QVERIFY(best.source == AnnotationSource::Model);
        QCOMPARE(best.sourceRef, QStringLiteral("test-model"));
        QCOMPARE(*best.confidence, 0.9);
        QCOMPARE(panel->list()->count(), 2);
        // Reject the weakest.
        panel->list()->clearSelection();
        panel->list()->item(1)->setSelected(true);
        panel->findChild<QPushButton *>(QStringLiteral("rejectProposal"))->click();
        QVERIFY(m_project->annotations().byId(m_ids[0])->state == AnnotationState::Rejected);
        QCOMPARE(panel->list()->count(), 1);
        // Each was one undo step.
        QCOMPARE(undo.count(), 2);
        undo.undo();
        undo.undo();
        QVERIFY(m_project->annotations().byId(m_ids[0])->state == AnnotationState::Proposed);
        QVERIFY(m_project->annotations().byId(m_ids[1])->state == AnnotationState::Proposed);
        QTRY_COMPARE(panel->list()->count(), 3);
    }
    void acceptAboveAndRest()
    {
        image::ImageAnnotatorWidget w;
        QUndoStack undo;
        QVERIFY(w.open(*m_project, m_image, &undo));
        image::ProposalPanel *panel = w.proposalPanel();
        panel->thresholdBox()->setValue(0.5);
        panel->findChild<QPushButton *>(QStringLiteral("acceptAbove"))->click();
        QVERIFY(m_project->annotations().byId(m_ids[1])->state == AnnotationState::Accepted);
        QVERIFY(m_project->annotations().byId(m_ids[2])->state == AnnotationState::Accepted);
        QVERIFY(m_project->annotations().byId(m_ids[0])->state == AnnotationState::Proposed);
        panel->findChild<QPushButton *>(QStringLiteral("acceptRest"))->click();
        QVERIFY(m_project->annotations().byId(m_ids[0])->state == AnnotationState::Accepted);
        QCOMPARE(panel->list()->count(), 0);
        QCOMPARE(undo.count(), 2);
        undo.undo();
        undo.undo();
        QCOMPARE(assist::ProposalReview::open(*m_project, m_image).size(), 3);
    }
    void keyIRunsTheModel()
    {
        image::ImageAnnotatorWidget w;
        QUndoStack undo;
        w.resize(900, 600);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.open(*m_project, m_image, &undo));
        QTRY_VERIFY(!w.isLoading());
        image::ProposalPanel *panel = w.proposalPanel();
        panel->modelChooser()->setCurrentIndex(
            panel->modelChooser()->findText(QStringLiteral("Steel strip defects — boxes")));
        QCOMPARE(panel->runAction()->shortcut(), QKeySequence(Qt::Key_I));
        QVERIFY(w.keyActions().contains(panel->runAction()));
        QSignalSpy status(&w, &image::ImageAnnotatorWidget::statusMessage);
        const int before = int(m_project->annotations().forAsset(m_image).size());
        w.canvas()->setFocus();
        QTest::keyClick(w.canvas(), Qt::Key_I);
        QTRY_COMPARE(status.count(), 1);
        const QString message = status.first().first().toString();
        QVERIFY2(message.contains(QStringLiteral("Steel strip defects — boxes")), qPrintable(message));
        int fromModel = 0;
        for (const Annotation &a : m_project->annotations().forAsset(m_image))
            fromModel += a.sourceRef == QStringLiteral("rwb-steel-det-1") && a.state == AnnotationState::Proposed;
        QCOMPARE(int(m_project->annotations().forAsset(m_image).size()), before + fromModel);
        QVERIFY(fromModel > 0);
        QTRY_COMPARE(panel->list()->count(), 3 + fromModel);
        // One undo step takes the whole run back.
        undo.undo();
        QCOMPARE(int(m_project->annotations().forAsset(m_image).size()), before);

        // Shift+I: on the region of the selected shape only.
        w.canvas()->setSelection({ m_ids[1] });
        status.clear();
        QTest::keyClick(w.canvas(), Qt::Key_I, Qt::ShiftModifier);
        QTRY_COMPARE(status.count(), 1);
        const QRectF region = m_project->annotations().byId(m_ids[1])->extent.toAlignedRect();
        for (const Annotation &a : m_project->annotations().forAsset(m_image))
            if (a.sourceRef == QStringLiteral("rwb-steel-det-1"))
                QVERIFY(region.adjusted(-1, -1, 1, 1).contains(a.extent));
    }
    void browserFiltersOpenProposals()
    {
        AssetBrowser browser;
        browser.setProject(m_project.get());
        auto *box = browser.findChild<QCheckBox *>(QStringLiteral("openProposalsFilter"));
        QVERIFY(box);
        box->setChecked(true);
        QVERIFY(browser.filter().withOpenProposals);
        // Only the image with the proposals of this test (the others have none).
        QTRY_COMPARE(browser.model()->totalCount(), 1);
        box->setChecked(false);
        QTRY_VERIFY(browser.model()->totalCount() > 1);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Project> m_project;
    qint64 m_image = 0;
    QList<qint64> m_ids;
};

QTEST_MAIN(TestAssistReview)
#include "tst_assistreview.moc"
