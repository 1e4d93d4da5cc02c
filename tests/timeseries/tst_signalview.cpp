// The time-series annotator as a user drives it: a signal opened from its cache, ranges drawn by
// dragging, edges moved, events clicked, labels deleted and undone, rules proposing labels,
// and the plot drawn from min/max pyramids.
#include "project/annotationstore.h"
#include "project/project.h"
#include "timeseries/minmaxpyramid.h"
#include "timeseries/signalcachewriter.h"
#include "timeseries/signaldata.h"
#include "timeseries/signalgroup.h"
#include "timeseries/signallabel.h"
#include "timeseries/view/signalannotatorwidget.h"
#include "timeseries/view/signalgroupdialog.h"
#include "timeseries/view/signalview.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QUndoStack>

#include <cmath>
#include <memory>

using namespace rwb;
using timeseries::SignalAnnotatorWidget;
using timeseries::SignalGroup;
using timeseries::SignalGroupDialog;
using timeseries::SignalLabel;
using timeseries::SignalView;

namespace {
constexpr qint64 Samples = 200000;
constexpr qint64 SpikeAt = 123457;
} // namespace

class TestSignalView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_run = 0;
    std::unique_ptr<project::Project> m_project;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<SignalAnnotatorWidget> m_widget;
    qint64 m_assetId = 0;
    qint64 m_classId = 0;

    SignalView *view() const { return m_widget->view(); }
    static void settle()
    {
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
    }
    QList<project::Annotation> annotations() const { return m_project->annotations().forAsset(m_assetId); }
    QPoint at(qint64 sample, int lane = 0) const
    {
        return QPointF(view()->xOfSample(double(sample)), view()->laneRect(lane).center().y()).toPoint();
    }

private slots:
    void init()
    {
        m_project = project::Project::create(m_dir.filePath(QStringLiteral("sig%1.rwb").arg(m_run++)),
            QStringLiteral("signals"), QStringLiteral("tester"));
        project::LabelClass chatter;
        chatter.name = QStringLiteral("chatter");
        chatter.color = QStringLiteral("#e6194b");
        m_classId = m_project->labels().addClass(chatter);

        // A CSV source and its cache: two channels, a sine and a ramp with a one-sample spike.
        const QString csv = m_dir.filePath(QStringLiteral("mill%1.csv").arg(m_run));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("speed,force\n1,2\n");
        }
        project::Asset asset;
        asset.kind = project::AssetKind::TimeSeries;
        asset.uri = m_project->uriFor(csv);
        asset.sha256 = QStringLiteral("sig%1").arg(m_run);
        m_assetId = m_project->assets().add(asset);
        const QString cache = SignalAnnotatorWidget::cachePathFor(*m_project, asset.sha256);
        QVERIFY(QDir().mkpath(QFileInfo(cache).absolutePath()));
        timeseries::SignalCacheWriter writer(cache, { QStringLiteral("speed"), QStringLiteral("force") });
        writer.setRate(1'700'000'000'000'000'000LL, 1000.0);
        std::vector<float> a(Samples), b(Samples);
        for (qint64 i = 0; i < Samples; ++i) {
            a[size_t(i)] = float(std::sin(double(i) / 300.0));
            b[size_t(i)] = float(i) / Samples;
        }
        b[size_t(SpikeAt)] = 50.0f;
        const float *channels[] = { a.data(), b.data() };
        QVERIFY(writer.appendBlock(nullptr, channels, Samples));
        QString error;
        QVERIFY2(writer.finish(&error), qPrintable(error));

        m_undo = std::make_unique<QUndoStack>();
        m_widget = std::make_unique<SignalAnnotatorWidget>();
        m_widget->resize(1200, 700);
        QVERIFY(m_widget->open(*m_project, m_assetId, m_undo.get()));
        m_widget->setCurrentClass(m_classId);
        m_widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
        QTRY_VERIFY(!m_widget->isLoading());
        settle();
        QVERIFY(view()->data());
        QCOMPARE(view()->data()->sampleCount(), Samples);
        view()->setFocus();
    }

    void cleanup()
    {
        m_widget.reset();
        m_undo.reset();
        m_project.reset();
    }

    void rangeByDragUndoRedo()
    {
        QTest::keyClick(view(), Qt::Key_R);
        QCOMPARE(view()->tool(), SignalView::Tool::Range);
        const qint64 from = Samples / 10;
        const qint64 to = Samples / 5;
        QTest::mousePress(view(), Qt::LeftButton, {}, at(from));
        QTest::mouseMove(view(), at((from + to) / 2));
        QTest::mouseMove(view(), at(to));
        QTest::mouseRelease(view(), Qt::LeftButton, {}, at(to));
        settle();
        QCOMPARE(annotations().size(), 1);
        const auto label = SignalLabel::fromAnnotation(annotations().first());
        QVERIFY(label);
        QCOMPARE(label->kind, SignalLabel::Kind::Range);
        // Snapped to samples, within a pixel's worth of them.
        const double perPixel = Samples / view()->plotRect().width();
        QVERIFY(std::abs(double(label->start - from)) <= perPixel + 1);
        QVERIFY(std::abs(double(label->end - to)) <= perPixel + 1);
        QVERIFY(label->channels.isEmpty());
        QCOMPARE(annotations().first().classId, std::optional<qint64>(m_classId));
        QCOMPARE(m_widget->labelList()->count(), 1);
        m_undo->undo();
        settle();
        QVERIFY(annotations().isEmpty());
        m_undo->redo();
        settle();
        QCOMPARE(annotations().size(), 1);
    }

    void ctrlDragLabelsOneChannelAndEdgeDrag()
    {
        QTest::keyClick(view(), Qt::Key_R);
        QTest::mousePress(view(), Qt::LeftButton, Qt::ControlModifier, at(40000, 1));
        QTest::mouseMove(view(), at(60000, 1), Qt::ControlModifier);
        QTest::mouseRelease(view(), Qt::LeftButton, Qt::ControlModifier, at(60000, 1));
        settle();
        QCOMPARE(annotations().size(), 1);
        const qint64 id = annotations().first().id;
        QCOMPARE(SignalLabel::fromAnnotation(annotations().first())->channels, QStringList { QStringLiteral("force") });

        // Select tool: drag the end edge to the right.
        QTest::keyClick(view(), Qt::Key_V);
        const qint64 end = SignalLabel::fromAnnotation(annotations().first())->end;
        QTest::mousePress(view(), Qt::LeftButton, {}, at(end, 1));
        QTest::mouseMove(view(), at(80000, 1));
        QTest::mouseRelease(view(), Qt::LeftButton, {}, at(80000, 1));
        settle();
        const auto moved = SignalLabel::fromAnnotation(*m_project->annotations().byId(id));
        QVERIFY2(moved->end > 75000, qPrintable(QString::number(moved->end)));
        QCOMPARE(m_undo->count(), 2);
        m_undo->undo();
        settle();
        QCOMPARE(SignalLabel::fromAnnotation(*m_project->annotations().byId(id))->end, end);
    }

    void eventClickSelectDelete()
    {
        QTest::keyClick(view(), Qt::Key_E);
        QTest::mouseClick(view(), Qt::LeftButton, {}, at(100000));
        settle();
        QCOMPARE(annotations().size(), 1);
        QCOMPARE(annotations().first().kind, QStringLiteral("event"));
        QTest::keyClick(view(), Qt::Key_V);
        QTest::mouseClick(view(), Qt::LeftButton, {}, at(100000));
        settle();
        QCOMPARE(view()->selection().size(), 1);
        QTest::keyClick(view(), Qt::Key_Delete);
        settle();
        QVERIFY(annotations().isEmpty());
        m_undo->undo();
        settle();
        QCOMPARE(annotations().size(), 1);
    }

    void zoomKeepsSpikeVisible()
    {
        // Whole signal on screen: the one-sample spike of "force" reaches the top of its lane.
        view()->fitAll();
        QImage frame(view()->size(), QImage::Format_ARGB32);
        {
            QPainter p(&frame);
            view()->render(p);
        }
        const QRectF lane = view()->laneRect(1);
        const int x = int(view()->xOfSample(double(SpikeAt)));
        bool reachedTop = false;
        for (int dx = -1; dx <= 1 && !reachedTop; ++dx) {
            for (int y = int(lane.top()) + 1; y < int(lane.top() + lane.height() * 0.1); ++y) {
                const QRgb c = frame.pixel(x + dx, y);
                if (qBlue(c) > qRed(c) + 40) // the trace colour
                    reachedTop = true;
            }
        }
        QVERIFY(reachedTop);
        // Zoom about a point keeps that sample under it.
        const double before = view()->sampleAt(500);
        view()->zoomBy(4.0, 500);
        QVERIFY(std::abs(view()->sampleAt(500) - before) < 2);
        QVERIFY(view()->viewEnd() - view()->viewStart() < Samples / 3.9);
        QTest::keyClick(view(), Qt::Key_Home);
        QCOMPARE(view()->viewStart(), 0.0);
        QCOMPARE(view()->viewEnd(), double(Samples));
    }

    void readoutShowsEveryChannel()
    {
        QTest::mouseMove(view(), at(SpikeAt));
        settle();
        const QString text = view()->readout();
        QVERIFY2(text.contains(QStringLiteral("force")) && text.contains(QStringLiteral("speed")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("2023-11-14")), qPrintable(text)); // real time stamps
    }

    void thresholdRuleProposes()
    {
        m_widget->channelList()->setCurrentRow(1);
        m_widget->runThreshold(-1.0, 10.0);
        settle();
        QCOMPARE(annotations().size(), 1);
        const project::Annotation a = annotations().first();
        QVERIFY(a.state == project::AnnotationState::Proposed);
        QVERIFY(a.source == project::AnnotationSource::Rule);
        QCOMPARE(SignalLabel::fromAnnotation(a)->start, SpikeAt);
        QCOMPARE(SignalLabel::fromAnnotation(a)->end, SpikeAt + 1);
        m_undo->undo();
        settle();
        QVERIFY(annotations().isEmpty());
    }

    void hiddenChannelLeavesItsLane()
    {
        QCOMPARE(m_widget->channelList()->count(), 2);
        const double before = view()->laneRect(0).height();
        m_widget->channelList()->item(0)->setCheckState(Qt::Unchecked);
        settle();
        QVERIFY(!view()->isChannelVisible(0));
        QVERIFY(view()->laneRect(0).height() > before * 1.8);
        QVERIFY(view()->laneRect(1).isEmpty());
    }

    void boxZoomAndChannelScale()
    {
        view()->fitAll();
        QTest::mousePress(view(), Qt::LeftButton, Qt::ShiftModifier, at(50000));
        QTest::mouseMove(view(), at(60000), Qt::ShiftModifier);
        QTest::mouseRelease(view(), Qt::LeftButton, Qt::ShiftModifier, at(60000));
        settle();
        QVERIFY(annotations().isEmpty()); // a zoom, not a label
        QVERIFY(std::abs(view()->viewStart() - 50000) < 400);
        QVERIFY(std::abs(view()->viewEnd() - 60000) < 400);

        m_widget->channelList()->setCurrentRow(1);
        m_widget->gainBox()->setValue(2.5);
        m_widget->offsetBox()->setValue(-0.3);
        QCOMPARE(view()->channelGain(1), 2.5);
        QCOMPARE(view()->channelOffset(1), -0.3);
        QCOMPARE(view()->channelGain(0), 1.0);
        m_widget->channelList()->setCurrentRow(0);
        QCOMPARE(m_widget->gainBox()->value(), 1.0);
        QVERIFY(annotations().isEmpty()); // display only
    }

    void overlapRuleFromTheSchema()
    {
        project::LabelClass c = *m_project->labels().classById(m_classId);
        c.allowOverlap = false;
        m_project->labels().updateClass(c);
        QString message;
        connect(m_widget.get(), &SignalAnnotatorWidget::statusMessage, this, [&](const QString &t) { message = t; });
        QTest::keyClick(view(), Qt::Key_R);
        auto dragRange = [&](qint64 a, qint64 b) {
            QTest::mousePress(view(), Qt::LeftButton, {}, at(a));
            QTest::mouseMove(view(), at(b));
            QTest::mouseRelease(view(), Qt::LeftButton, {}, at(b));
            settle();
        };
        dragRange(20000, 40000);
        QCOMPARE(annotations().size(), 1);
        dragRange(30000, 60000); // overlaps the first: refused, with the reason
        QCOMPARE(annotations().size(), 1);
        QVERIFY2(message.contains(QStringLiteral("chatter")), qPrintable(message));
        dragRange(50000, 60000); // beside it: fine
        QCOMPARE(annotations().size(), 2);
        // A class that allows overlaps takes both.
        c.allowOverlap = true;
        m_project->labels().updateClass(c);
        dragRange(30000, 55000);
        QCOMPARE(annotations().size(), 3);
    }

    void missingSourceAndCacheIsNamed()
    {
        project::Asset asset;
        asset.kind = project::AssetKind::TimeSeries;
        asset.uri = QStringLiteral("gone/away.csv");
        asset.sha256 = QStringLiteral("gone");
        const qint64 id = m_project->assets().add(asset);
        QVERIFY(!m_widget->open(*m_project, id, m_undo.get()));
        QVERIFY(m_widget->message().contains(QStringLiteral("away.csv")));
    }

    /// The aligned-import dialog writes the group file into the project folder, and refuses
    /// wrong fields with the reason instead of closing.
    void groupDialogWritesGroup()
    {
        QTemporaryDir folder;
        auto write = [&](const QString &name, const QByteArray &text) {
            QFile f(folder.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        };
        write(QStringLiteral("mill.csv"), "time,speed\n2026-03-02T06:00:00Z,1\n2026-03-02T06:00:01Z,2\n");
        write(QStringLiteral("probe.csv"), "amp\n1\n2\n3\n");
        SignalGroupDialog dialog(folder.path());
        dialog.addFiles({ folder.filePath(QStringLiteral("mill.csv")) });
        QVERIFY(dialog.write().isEmpty());
        QVERIFY(dialog.errorText().contains(QStringLiteral("two files")));
        dialog.addFiles({ folder.filePath(QStringLiteral("probe.csv")) });
        QCOMPARE(dialog.table()->rowCount(), 2);
        QCOMPARE(dialog.referenceBox()->count(), 3); // finest + each file
        dialog.table()->item(1, SignalGroupDialog::StartColumn)->setText(QStringLiteral("yesterday"));
        dialog.accept();
        QVERIFY(!dialog.result());
        QVERIFY(dialog.errorText().contains(QStringLiteral("probe.csv")));
        dialog.table()->item(1, SignalGroupDialog::StartColumn)->setText(QStringLiteral("2026-03-02T06:00:00Z"));
        dialog.table()->item(1, SignalGroupDialog::RateColumn)->setText(QStringLiteral("2"));
        dialog.table()->item(0, SignalGroupDialog::OffsetColumn)->setText(QStringLiteral("0.5"));
        dialog.referenceBox()->setCurrentIndex(2);
        dialog.fillBox()->setCurrentIndex(1);
        dialog.spanBox()->setCurrentIndex(1);
        dialog.nameEdit()->setText(QStringLiteral("stand1"));
        const QString written = dialog.write();
        QCOMPARE(written, folder.filePath(QStringLiteral("stand1.rwbsig")));
        QString error;
        const auto g = SignalGroup::read(written, &error);
        QVERIFY2(g, qPrintable(error));
        QCOMPARE(g->members.size(), 2);
        QCOMPARE(g->members[0].path, QStringLiteral("mill.csv"));
        QCOMPARE(g->members[0].offsetNs, qint64(500000000));
        QCOMPARE(g->members[1].rateHz, std::optional<double>(2.0));
        QVERIFY(g->members[1].startNs.has_value());
        QCOMPARE(g->reference, 1);
        QCOMPARE(g->fill, SignalGroup::Fill::Linear);
        QCOMPARE(g->span, SignalGroup::Span::Overlap);
        // The name is taken now.
        QVERIFY(dialog.write().isEmpty());
        QVERIFY(dialog.errorText().contains(QStringLiteral("exists already")));
    }
};

QTEST_MAIN(TestSignalView)
#include "tst_signalview.moc"
