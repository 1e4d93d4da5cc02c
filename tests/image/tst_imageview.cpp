// The image annotator as a user drives it: keys choose tools, the mouse draws and edits shapes
// on the canvas, and every change lands in the project through the undo stack.
#include "image/raster/imagesource.h"
#include "image/shape.h"
#include "image/view/imageannotatorwidget.h"
#include "image/view/imagecanvas.h"
#include "image/view/toolcontroller.h"

#include "project/commands/editannotationcommand.h"
#include "project/jobs/importjob.h"
#include "project/project.h"
#include "project/ui/attributeeditor.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QSlider>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QWheelEvent>

#include <cmath>
#include <memory>
#include <tiffio.h>
#include <vector>

using namespace rwb;
using image::ImageAnnotatorWidget;
using image::ImageCanvas;
using image::Shape;
using project::Annotation;

namespace {

/// The bright rectangle drawn into the test image (what the magic wand should find).
const QRect BrightRect(400, 300, 120, 80);

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

/// Mean and standard deviation of the grey values of \a image inside \a rect.
std::pair<double, double> meanAndSpread(const QImage &image, const QRect &rect)
{
    double sum = 0;
    double sum2 = 0;
    qint64 n = 0;
    const QRect r = rect.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x) {
            const double v = qGray(image.pixel(x, y));
            sum += v;
            sum2 += v * v;
            ++n;
        }
    }
    if (n == 0)
        return { 0, 0 };
    const double mean = sum / double(n);
    return { mean, std::sqrt(std::max(0.0, sum2 / double(n) - mean * mean)) };
}

bool near(QPointF a, QPointF b, double eps)
{
    return std::abs(a.x() - b.x()) <= eps && std::abs(a.y() - b.y()) <= eps;
}

bool nearRect(const QRectF &a, const QRectF &b, double eps)
{
    return near(a.topLeft(), b.topLeft(), eps) && near(a.bottomRight(), b.bottomRight(), eps);
}

/// A two-page 8-bit grey TIFF (page 1 dark, page 2 bright), written with libtiff.
bool writeTwoPageTiff(const QString &path)
{
    TIFF *tiff = TIFFOpen(QFile::encodeName(path).constData(), "w");
    if (!tiff)
        return false;
    for (int page = 0; page < 2; ++page) {
        const int w = 320;
        const int h = 200;
        TIFFSetField(tiff, TIFFTAG_IMAGEWIDTH, uint32_t(w));
        TIFFSetField(tiff, TIFFTAG_IMAGELENGTH, uint32_t(h));
        TIFFSetField(tiff, TIFFTAG_BITSPERSAMPLE, uint16_t(8));
        TIFFSetField(tiff, TIFFTAG_SAMPLESPERPIXEL, uint16_t(1));
        TIFFSetField(tiff, TIFFTAG_PLANARCONFIG, PLANARCONFIG_CONTIG);
        TIFFSetField(tiff, TIFFTAG_PHOTOMETRIC, PHOTOMETRIC_MINISBLACK);
        TIFFSetField(tiff, TIFFTAG_ROWSPERSTRIP, uint32_t(16));
        TIFFSetField(tiff, TIFFTAG_SUBFILETYPE, FILETYPE_PAGE);
        TIFFSetField(tiff, TIFFTAG_PAGENUMBER, uint16_t(page), uint16_t(2));
        std::vector<uint8_t> row(size_t(w), uint8_t(page == 0 ? 40 : 210));
        for (int y = 0; y < h; ++y) {
            if (TIFFWriteScanline(tiff, row.data(), uint32_t(y), 0) < 0) {
                TIFFClose(tiff);
                return false;
            }
        }
        if (!TIFFWriteDirectory(tiff)) {
            TIFFClose(tiff);
            return false;
        }
    }
    TIFFClose(tiff);
    return true;
}

} // namespace

class TestImageView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_png; ///< 640×480, 8-bit RGB
    QString m_png16; ///< 640×480, 16-bit grey
    int m_run = 0;
    std::unique_ptr<project::Project> m_project;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<ImageAnnotatorWidget> m_widget;
    qint64 m_assetId = 0;
    qint64 m_classId = 0;

    ImageCanvas *canvas() const { return m_widget->canvas(); }

    /// Lets the annotator re-read the store (it reloads on a zero timer).
    static void settle()
    {
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
    }

    QPoint at(QPointF imagePos) const { return canvas()->toWidget(imagePos).toPoint(); }

    void key(int k, Qt::KeyboardModifiers modifiers = {})
    {
        QTest::keyClick(canvas(), Qt::Key(k), modifiers);
        settle();
    }

    void click(QPointF imagePos, Qt::KeyboardModifiers modifiers = {})
    {
        QTest::mouseClick(canvas(), Qt::LeftButton, modifiers, at(imagePos));
        settle();
    }

    void doubleClick(QPointF imagePos)
    {
        // As Qt delivers it: press, release, press, double click, release.
        const QPoint p = at(imagePos);
        QTest::mousePress(canvas(), Qt::LeftButton, {}, p);
        QTest::mouseRelease(canvas(), Qt::LeftButton, {}, p);
        QTest::mousePress(canvas(), Qt::LeftButton, {}, p);
        QTest::mouseDClick(canvas(), Qt::LeftButton, {}, p);
        QTest::mouseRelease(canvas(), Qt::LeftButton, {}, p);
        settle();
    }

    void drag(QPointF from, QPointF to, Qt::KeyboardModifiers modifiers = {})
    {
        const QPoint a = at(from);
        const QPoint b = at(to);
        QTest::mousePress(canvas(), Qt::LeftButton, modifiers, a);
        constexpr int Steps = 6;
        for (int i = 1; i <= Steps; ++i)
            QTest::mouseMove(canvas(), a + (b - a) * i / Steps, modifiers);
        QTest::mouseRelease(canvas(), Qt::LeftButton, modifiers, b);
        settle();
    }

    QList<Annotation> annotations() const { return m_project->annotations().forAsset(m_assetId); }

    static Shape shapeOf(const Annotation &a)
    {
        const std::optional<Shape> s = Shape::fromAnnotation(a);
        return s ? *s : Shape();
    }

    /// Adds a box straight to the store (not through the undo stack).
    qint64 addBox(const QRectF &rect)
    {
        Annotation a;
        a.assetId = m_assetId;
        a.classId = m_classId;
        Shape::box(rect).applyTo(a);
        const qint64 id = m_project->annotations().add(a);
        settle();
        return id;
    }

    qint64 addPolygon(const QPolygonF &points)
    {
        Annotation a;
        a.assetId = m_assetId;
        a.classId = m_classId;
        Shape::polygon(points).applyTo(a);
        const qint64 id = m_project->annotations().add(a);
        settle();
        return id;
    }

    qint64 addAsset(const QString &file, const QString &sha, int bits, int channels)
    {
        project::Asset asset;
        asset.kind = project::AssetKind::Image;
        asset.uri = m_project->uriFor(file);
        asset.sha256 = sha;
        asset.mediaType = QStringLiteral("image/png");
        asset.width = 640;
        asset.height = 480;
        asset.bitDepth = bits;
        asset.channels = channels;
        return m_project->assets().add(asset);
    }

    /// The shape list's row for annotation \a id.
    QListWidgetItem *rowOf(qint64 id) const
    {
        QListWidget *list = m_widget->shapeList();
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->data(Qt::UserRole + 1).toLongLong() == id)
                return list->item(i);
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A grey horizontal gradient (60…200) with a bright solid rectangle on it.
        QImage rgb(640, 480, QImage::Format_RGB32);
        for (int y = 0; y < rgb.height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(rgb.scanLine(y));
            for (int x = 0; x < rgb.width(); ++x) {
                const int v = 60 + x * 140 / 640 + (y % 7);
                line[x] = qRgb(v, v + 5, v + 10);
            }
        }
        {
            QPainter p(&rgb);
            p.fillRect(BrightRect, QColor(235, 235, 235));
        }
        m_png = m_dir.filePath(QStringLiteral("strip.png"));
        QVERIFY(rgb.save(m_png, "PNG"));

        QImage gray(640, 480, QImage::Format_Grayscale16);
        for (int y = 0; y < gray.height(); ++y) {
            auto *line = reinterpret_cast<quint16 *>(gray.scanLine(y));
            for (int x = 0; x < gray.width(); ++x)
                line[x] = quint16(8000 + x * 60 + y * 20);
        }
        m_png16 = m_dir.filePath(QStringLiteral("gray16.png"));
        QVERIFY(gray.save(m_png16, "PNG"));
    }

    void init()
    {
        m_project = project::Project::create(m_dir.filePath(QStringLiteral("view%1.rwb").arg(m_run++)),
            QStringLiteral("view"), QStringLiteral("tester"));
        project::LabelClass scratch;
        scratch.name = QStringLiteral("scratch");
        scratch.color = QStringLiteral("#3cb44b");
        m_classId = m_project->labels().addClass(scratch);
        m_assetId = addAsset(m_png, QStringLiteral("aa01"), 8, 3);
        m_undo = std::make_unique<QUndoStack>();
        m_widget = std::make_unique<ImageAnnotatorWidget>();
        m_widget->resize(1000, 700);
        QVERIFY(m_widget->open(*m_project, m_assetId, m_undo.get()));
        m_widget->setCurrentClass(m_classId);
        m_widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
        m_widget->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_widget.get()));
        canvas()->setFocus();
        QTRY_VERIFY(!m_widget->isLoading());
        settle();
        QCOMPARE(canvas()->imageSize(), QSize(640, 480));
        QVERIFY(canvas()->scale() > 0.5);
    }

    void cleanup()
    {
        m_widget.reset();
        m_undo.reset();
        m_project.reset();
    }

    void boxDragUndoRedo()
    {
        key(Qt::Key_R);
        QCOMPARE(canvas()->tools()->tool(), image::ToolController::Tool::Box);
        drag(QPointF(100, 80), QPointF(300, 200));
        const double eps = 1.0 / canvas()->scale() + 0.01; // one screen pixel at the fitted zoom
        QCOMPARE(annotations().size(), 1);
        const Annotation a = annotations().first();
        QCOMPARE(a.kind, QStringLiteral("box"));
        QCOMPARE(a.classId, std::optional<qint64>(m_classId));
        QVERIFY2(nearRect(shapeOf(a).rect(), QRectF(100, 80, 200, 120), eps),
            qPrintable(QStringLiteral("box %1,%2 %3x%4")
                           .arg(shapeOf(a).rect().x())
                           .arg(shapeOf(a).rect().y())
                           .arg(shapeOf(a).rect().width())
                           .arg(shapeOf(a).rect().height())));
        QCOMPARE(canvas()->items().size(), 1);
        QCOMPARE(m_undo->count(), 1);

        m_undo->undo();
        settle();
        QVERIFY(annotations().isEmpty());
        QVERIFY(canvas()->items().isEmpty());
        m_undo->redo();
        settle();
        QCOMPARE(annotations().size(), 1);
        QCOMPARE(shapeOf(annotations().first()), shapeOf(a));
        QCOMPARE(canvas()->items().size(), 1);

        // A click without a drag draws nothing.
        click(QPointF(400, 100));
        QCOMPARE(annotations().size(), 1);
    }

    void polygonEnter()
    {
        key(Qt::Key_P);
        const QList<QPointF> pts { { 100, 100 }, { 250, 110 }, { 260, 240 }, { 90, 230 } };
        for (const QPointF &p : pts)
            click(p);
        QVERIFY(canvas()->tools()->isDrafting());
        QVERIFY(annotations().isEmpty());
        key(Qt::Key_Return);
        QVERIFY(!canvas()->tools()->isDrafting());
        QCOMPARE(annotations().size(), 1);
        const Shape s = shapeOf(annotations().first());
        QCOMPARE(s.kind(), Shape::Kind::Polygon);
        QCOMPARE(s.points().size(), 4);
        const double eps = 1.0 / canvas()->scale() + 0.01;
        for (int i = 0; i < 4; ++i)
            QVERIFY(near(s.points().at(i), pts.at(i), eps));
    }

    void polygonBackspaceEscapeAndClose()
    {
        key(Qt::Key_P);
        // Backspace drops the last vertex while drafting.
        for (const QPointF p :
            { QPointF(100, 100), QPointF(200, 100), QPointF(200, 200), QPointF(150, 260), QPointF(100, 200) })
            click(p);
        key(Qt::Key_Backspace);
        key(Qt::Key_Return);
        QCOMPARE(annotations().size(), 1);
        const Shape s = shapeOf(annotations().first());
        QCOMPARE(s.points().size(), 4);
        const double eps = 1.0 / canvas()->scale() + 0.01;
        QVERIFY(near(s.points().last(), QPointF(150, 260), eps));

        // Escape cancels: nothing is stored, and Enter afterwards finishes nothing.
        for (const QPointF p : { QPointF(300, 100), QPointF(400, 100), QPointF(400, 200) })
            click(p);
        QVERIFY(canvas()->tools()->isDrafting());
        key(Qt::Key_Escape);
        QVERIFY(!canvas()->tools()->isDrafting());
        key(Qt::Key_Return);
        QCOMPARE(annotations().size(), 1);
        QCOMPARE(m_undo->count(), 1);

        // A click on the first vertex closes the polygon.
        const QList<QPointF> pts { { 300, 300 }, { 420, 300 }, { 420, 400 }, { 300, 420 } };
        for (const QPointF &p : pts)
            click(p);
        click(pts.first());
        QVERIFY(!canvas()->tools()->isDrafting());
        QCOMPARE(annotations().size(), 2);
        const Shape closed = shapeOf(annotations().last());
        QCOMPARE(closed.kind(), Shape::Kind::Polygon);
        QCOMPARE(closed.points().size(), 4);
    }

    void polylinePointEllipseRotatedBox()
    {
        const double eps = 1.0 / canvas()->scale() + 0.01;
        key(Qt::Key_L);
        click(QPointF(50, 50));
        click(QPointF(150, 80));
        doubleClick(QPointF(250, 60));
        QVERIFY(!canvas()->tools()->isDrafting());
        QCOMPARE(annotations().size(), 1);
        Shape s = shapeOf(annotations().last());
        QCOMPARE(s.kind(), Shape::Kind::Polyline);
        QCOMPARE(s.points().size(), 3);
        QVERIFY(near(s.points().last(), QPointF(250, 60), eps));

        key(Qt::Key_K);
        click(QPointF(320, 240));
        QCOMPARE(annotations().size(), 2);
        s = shapeOf(annotations().last());
        QCOMPARE(s.kind(), Shape::Kind::Point);
        QVERIFY(near(s.points().first(), QPointF(320, 240), eps));

        key(Qt::Key_G);
        drag(QPointF(100, 300), QPointF(200, 360));
        QCOMPARE(annotations().size(), 3);
        s = shapeOf(annotations().last());
        QCOMPARE(s.kind(), Shape::Kind::Ellipse);
        QVERIFY(near(s.center(), QPointF(150, 330), eps));
        QVERIFY(std::abs(s.size().width() - 100) <= 2 * eps);
        QVERIFY(std::abs(s.size().height() - 60) <= 2 * eps);

        key(Qt::Key_O);
        drag(QPointF(400, 100), QPointF(520, 180));
        QCOMPARE(annotations().size(), 4);
        s = shapeOf(annotations().last());
        QCOMPARE(s.kind(), Shape::Kind::RotatedBox);
        QVERIFY(near(s.center(), QPointF(460, 140), eps));
        QVERIFY(std::abs(s.size().width() - 120) <= 2 * eps);
        QVERIFY(std::abs(s.size().height() - 80) <= 2 * eps);
        QCOMPARE(s.angle(), 0.0);
        QCOMPARE(m_undo->count(), 4);
    }

    void selectMoveIsOneCommand()
    {
        const qint64 id = addBox(QRectF(100, 100, 100, 60));
        key(Qt::Key_V);
        click(QPointF(150, 130));
        QCOMPARE(canvas()->selection(), QSet<qint64> { id });
        QCOMPARE(m_undo->count(), 0); // selecting is no edit

        drag(QPointF(150, 130), QPointF(190, 150));
        QCOMPARE(m_undo->count(), 1);
        const auto *edit = dynamic_cast<const project::EditAnnotationCommand *>(m_undo->command(0));
        QVERIFY(edit);
        QCOMPARE(edit->childCount(), 0);
        const double eps = 1.0 / canvas()->scale() + 0.01;
        const Shape moved = shapeOf(*m_project->annotations().byId(id));
        QVERIFY(nearRect(moved.rect(), QRectF(140, 120, 100, 60), eps));
        QCOMPARE(moved.rect().size(), QSizeF(100, 60));

        m_undo->undo();
        settle();
        QCOMPARE(shapeOf(*m_project->annotations().byId(id)).rect(), QRectF(100, 100, 100, 60));
    }

    void resizeHandleAndAspect()
    {
        const qint64 id = addBox(QRectF(100, 100, 100, 50));
        const double eps = 1.0 / canvas()->scale() + 0.01;
        key(Qt::Key_V);
        click(QPointF(150, 125));
        QCOMPARE(canvas()->selection(), QSet<qint64> { id });

        // The bottom-right corner handle resizes with the top-left fixed.
        drag(QPointF(200, 150), QPointF(240, 190));
        QCOMPARE(m_undo->count(), 1);
        QRectF r = shapeOf(*m_project->annotations().byId(id)).rect();
        QVERIFY2(nearRect(r, QRectF(100, 100, 140, 90), eps),
            qPrintable(QStringLiteral("%1 %2 %3 %4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height())));

        // With Shift the width:height ratio stays.
        m_undo->undo();
        settle();
        QCOMPARE(canvas()->selection(), QSet<qint64> { id });
        drag(QPointF(200, 150), QPointF(260, 160), Qt::ShiftModifier);
        QCOMPARE(m_undo->count(), 1);
        r = shapeOf(*m_project->annotations().byId(id)).rect();
        QVERIFY(r.width() > 110);
        QVERIFY2(std::abs(r.width() / r.height() - 2.0) < 0.02,
            qPrintable(QStringLiteral("%1 x %2").arg(r.width()).arg(r.height())));
        QVERIFY(near(r.topLeft(), QPointF(100, 100), 1e-6));
    }

    void rubberBandCtrlClickAndDelete()
    {
        const qint64 a = addBox(QRectF(100, 100, 50, 50));
        const qint64 b = addBox(QRectF(200, 100, 50, 50));
        const qint64 outside = addBox(QRectF(400, 300, 50, 50));
        key(Qt::Key_V);
        drag(QPointF(80, 80), QPointF(280, 180));
        QCOMPARE(canvas()->selection(), (QSet<qint64> { a, b }));

        // Ctrl+click toggles one shape in and out of the selection.
        click(QPointF(125, 125), Qt::ControlModifier);
        QCOMPARE(canvas()->selection(), QSet<qint64> { b });
        click(QPointF(425, 325), Qt::ControlModifier);
        QCOMPARE(canvas()->selection(), (QSet<qint64> { b, outside }));
        click(QPointF(425, 325), Qt::ControlModifier);
        click(QPointF(125, 125), Qt::ControlModifier);
        QCOMPARE(canvas()->selection(), (QSet<qint64> { a, b }));
        QCOMPARE(m_undo->count(), 0);

        // Delete removes both in one undo step.
        key(Qt::Key_Delete);
        QCOMPARE(annotations().size(), 1);
        QCOMPARE(annotations().first().id, outside);
        QCOMPARE(m_undo->count(), 1);
        QVERIFY(canvas()->selection().isEmpty());
        m_undo->undo();
        settle();
        QCOMPARE(annotations().size(), 3);
        QVERIFY(m_project->annotations().byId(a));
        QVERIFY(m_project->annotations().byId(b));
    }

    void insertAndRemoveVertex()
    {
        const qint64 id = addPolygon(QPolygonF({ { 100, 100 }, { 200, 100 }, { 200, 200 }, { 100, 200 } }));
        key(Qt::Key_V);
        click(QPointF(150, 150));
        QCOMPARE(canvas()->selection(), QSet<qint64> { id });

        // A double click on the top edge inserts a vertex there.
        doubleClick(QPointF(150, 100));
        Shape s = shapeOf(*m_project->annotations().byId(id));
        QCOMPARE(s.points().size(), 5);
        const double eps = 1.0 / canvas()->scale() + 0.01;
        QVERIFY(near(s.points().at(1), QPointF(150, 100), eps));
        QCOMPARE(m_undo->count(), 1);

        // Ctrl+click on a vertex removes it.
        click(QPointF(200, 200), Qt::ControlModifier);
        s = shapeOf(*m_project->annotations().byId(id));
        QCOMPARE(s.points().size(), 4);
        QVERIFY(!s.points().contains(QPointF(200, 200)));
        QCOMPARE(m_undo->count(), 2);
        QCOMPARE(canvas()->selection(), QSet<qint64> { id });
    }

    void brushAndEraser()
    {
        key(Qt::Key_B);
        drag(QPointF(100, 200), QPointF(250, 200));
        QCOMPARE(annotations().size(), 1);
        const qint64 id = annotations().first().id;
        const Shape painted = shapeOf(annotations().first());
        QCOMPARE(painted.kind(), Shape::Kind::Mask);
        const qint64 before = painted.maskData().area();
        // A stroke 150 px long and 2 × 8 px wide, with round ends.
        QVERIFY2(before > 150 * 14 && before < 170 * 18, qPrintable(QString::number(before)));

        key(Qt::Key_V);
        click(QPointF(175, 200));
        QCOMPARE(canvas()->selection(), QSet<qint64> { id });
        key(Qt::Key_E);
        drag(QPointF(175, 170), QPointF(175, 230));
        QCOMPARE(annotations().size(), 1);
        const qint64 after = shapeOf(*m_project->annotations().byId(id)).maskData().area();
        QVERIFY2(after < before - 150, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
        QCOMPARE(m_undo->count(), 2);
    }

    void magicWand()
    {
        key(Qt::Key_W);
        click(QPointF(BrightRect.center()));
        QCOMPARE(annotations().size(), 1);
        const Shape s = shapeOf(annotations().first());
        QCOMPARE(s.kind(), Shape::Kind::Mask);
        const double rectArea = BrightRect.width() * BrightRect.height();
        const double area = double(s.maskData().area());
        QVERIFY2(std::abs(area - rectArea) <= 0.05 * rectArea, qPrintable(QString::number(area)));
        QVERIFY(QRectF(BrightRect).adjusted(-2, -2, 2, 2).contains(QRectF(s.maskData().boundingRect())));
    }

    void hideAndUndo()
    {
        const qint64 id = addBox(QRectF(100, 100, 80, 80));
        QVERIFY(rowOf(id));
        QCOMPARE(rowOf(id)->checkState(), Qt::Checked);
        key(Qt::Key_V);
        click(QPointF(140, 140));
        QCOMPARE(canvas()->selection(), QSet<qint64> { id });
        key(Qt::Key_H);
        QCOMPARE(m_project->annotations().byId(id)->flags & Annotation::Hidden, int(Annotation::Hidden));
        QVERIFY(rowOf(id));
        QCOMPARE(rowOf(id)->checkState(), Qt::Unchecked);
        QVERIFY(canvas()->item(id)->flags & 1);
        // A hidden shape is not hit by a click.
        QCOMPARE(canvas()->itemAt(QPointF(140, 140), 1.0), 0);

        m_undo->undo();
        settle();
        QCOMPARE(m_project->annotations().byId(id)->flags & Annotation::Hidden, 0);
        QCOMPARE(rowOf(id)->checkState(), Qt::Checked);
    }

    void copyPasteDuplicate()
    {
        const qint64 id = addBox(QRectF(100, 100, 60, 40));
        key(Qt::Key_V);
        click(QPointF(130, 120));
        QCOMPARE(canvas()->selection(), QSet<qint64> { id });
        key(Qt::Key_C, Qt::ControlModifier);
        key(Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(annotations().size(), 2);
        QCOMPARE(shapeOf(annotations().last()).rect(), QRectF(110, 110, 60, 40));
        QCOMPARE(annotations().last().classId, std::optional<qint64>(m_classId));
        QCOMPARE(m_undo->count(), 1);

        key(Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(annotations().size(), 3);
        QCOMPARE(shapeOf(annotations().last()).rect(), QRectF(110, 110, 60, 40));
        QCOMPARE(m_undo->count(), 2);
    }

    void displayAdjustmentsChangeOnlyTheScreen()
    {
        const qint64 id = addBox(QRectF(300, 60, 50, 30));
        const Annotation before = *m_project->annotations().byId(id);
        const QByteArray bytes = readFile(m_png);
        QVERIFY(!bytes.isEmpty());
        const QList<QSlider *> sliders = m_widget->findChildren<QSlider *>();
        QCOMPARE(sliders.size(), 2); // brightness, contrast
        QSlider *brightness = sliders.at(0);
        QSlider *contrast = sliders.at(1);

        // Sample the gradient around mid-grey, away from the bright rectangle and the box.
        const QRect sample(at(QPointF(40, 120)), at(QPointF(360, 280)));
        const auto [mean0, spread0] = meanAndSpread(canvas()->grab().toImage(), sample);
        brightness->setValue(60);
        settle();
        const auto [mean1, spread1] = meanAndSpread(canvas()->grab().toImage(), sample);
        QVERIFY2(mean1 > mean0 + 20, qPrintable(QStringLiteral("%1 -> %2").arg(mean0).arg(mean1)));
        brightness->setValue(0);
        contrast->setValue(50);
        settle();
        const auto [mean2, spread2] = meanAndSpread(canvas()->grab().toImage(), sample);
        QVERIFY2(spread2 > spread0 * 1.5, qPrintable(QStringLiteral("%1 -> %2").arg(spread0).arg(spread2)));
        Q_UNUSED(mean2);
        Q_UNUSED(spread1);

        QCOMPARE(readFile(m_png), bytes);
        QCOMPARE(*m_project->annotations().byId(id), before);
        QCOMPARE(m_undo->count(), 0);
    }

    void sixteenBitGray()
    {
        const qint64 asset = addAsset(m_png16, QStringLiteral("bb02"), 16, 1);
        QVERIFY(m_widget->open(*m_project, asset, m_undo.get()));
        QTRY_VERIFY(!m_widget->isLoading());
        settle();
        QCOMPARE(canvas()->source()->info().bitsPerSample, 16);
        const QByteArray bytes = readFile(m_png16);
        const QRect sample(at(QPointF(20, 20)), at(QPointF(620, 460)));
        const auto [mean0, spread0] = meanAndSpread(canvas()->grab().toImage(), sample);
        QVERIFY(spread0 > 1);
        m_widget->findChildren<QSlider *>().at(1)->setValue(100);
        settle();
        const auto [mean1, spread1] = meanAndSpread(canvas()->grab().toImage(), sample);
        QVERIFY2(spread1 > spread0 * 1.5, qPrintable(QStringLiteral("%1 -> %2").arg(spread0).arg(spread1)));
        Q_UNUSED(mean0);
        Q_UNUSED(mean1);
        QCOMPARE(readFile(m_png16), bytes);

        // Drawing works the same on it.
        m_assetId = asset;
        key(Qt::Key_R);
        drag(QPointF(50, 50), QPointF(150, 120));
        QCOMPARE(annotations().size(), 1);
        QVERIFY(nearRect(shapeOf(annotations().first()).rect(), QRectF(50, 50, 100, 70), 1.0 / canvas()->scale()));
    }

    void wheelZoomKeepsPointAndFit()
    {
        const double fit = canvas()->scale();
        const QPoint cursor = at(QPointF(480, 120));
        const QPointF under = canvas()->toImage(cursor);
        for (int i = 0; i < 3; ++i) {
            QWheelEvent wheel(QPointF(cursor), QPointF(canvas()->mapToGlobal(cursor)), QPoint(), QPoint(0, 120),
                Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(canvas(), &wheel);
        }
        QVERIFY(std::abs(canvas()->scale() - fit * std::pow(1.25, 3)) < 1e-9);
        QVERIFY(near(canvas()->toWidget(under), QPointF(cursor), 1.0));
        QVERIFY(near(canvas()->toImage(cursor), under, 1.0));

        QWheelEvent out(QPointF(cursor), QPointF(canvas()->mapToGlobal(cursor)), QPoint(), QPoint(0, -120),
            Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(canvas(), &out);
        QVERIFY(std::abs(canvas()->scale() - fit * 1.25 * 1.25) < 1e-9);
        QVERIFY(near(canvas()->toWidget(under), QPointF(cursor), 1.0));

        key(Qt::Key_F);
        QCOMPARE(canvas()->scale(), fit);
        // Fitted: the whole image is visible.
        QVERIFY(QRectF(canvas()->rect())
                    .contains(QRectF(canvas()->toWidget(QPointF(0, 0)), canvas()->toWidget(QPointF(640, 480)))));
    }

    void missingImage()
    {
        const QString missing = m_dir.filePath(QStringLiteral("gone-away.png"));
        const qint64 asset = addAsset(missing, QStringLiteral("cc03"), 8, 3);
        const QJsonObject assetBefore = m_project->assets().byId(asset)->toJson();
        const qint64 annotationsBefore = m_project->annotations().count();
        QVERIFY(!m_widget->open(*m_project, asset, m_undo.get()));
        settle();
        QVERIFY(!canvas()->source());
        QVERIFY(canvas()->items().isEmpty());
        bool named = false;
        for (const QLabel *label : m_widget->findChildren<QLabel *>())
            named = named || (label->isVisible() && label->text().contains(QStringLiteral("gone-away.png")));
        QVERIFY(named);
        QCOMPARE(m_project->assets().byId(asset)->toJson(), assetBefore);
        QCOMPARE(m_project->annotations().count(), annotationsBefore);
        QCOMPARE(m_undo->count(), 0);
        QVERIFY(!QFile::exists(missing));

        // Tools do nothing without an image.
        key(Qt::Key_R);
        QTest::mousePress(canvas(), Qt::LeftButton, {}, QPoint(100, 100));
        QTest::mouseMove(canvas(), QPoint(200, 200));
        QTest::mouseRelease(canvas(), Qt::LeftButton, {}, QPoint(200, 200));
        settle();
        QCOMPARE(m_project->annotations().count(), annotationsBefore);
    }

    void keypointsTool()
    {
        key(Qt::Key_K, Qt::ShiftModifier);
        QCOMPARE(canvas()->tools()->tool(), image::ToolController::Tool::Keypoints);
        click(QPointF(100, 100));
        click(QPointF(150, 120));
        click(QPointF(200, 90));
        QVERIFY(annotations().isEmpty());
        key(Qt::Key_Return);
        QCOMPARE(annotations().size(), 1);
        const Shape s = shapeOf(annotations().first());
        QCOMPARE(s.kind(), Shape::Kind::Keypoints);
        const QList<Shape::Keypoint> points = s.keypointList();
        QCOMPARE(points.size(), 3);
        QVERIFY(near(points.at(1).pos, QPointF(150, 120), 1.5));
        QCOMPARE(points.at(1).visibility, 2);
        m_undo->undo();
        settle();
        QVERIFY(annotations().isEmpty());
    }

    void grabCutBoxMakesPolygonAroundObject()
    {
        key(Qt::Key_C);
        QCOMPARE(canvas()->tools()->tool(), image::ToolController::Tool::GrabCut);
        // A loose box around the bright rectangle: GrabCut tightens it to the object.
        drag(QPointF(BrightRect.topLeft()) - QPointF(25, 20), QPointF(BrightRect.bottomRight()) + QPointF(25, 20));
        QCOMPARE(annotations().size(), 1);
        const Shape s = shapeOf(annotations().first());
        QCOMPARE(s.kind(), Shape::Kind::Polygon);
        QVERIFY2(nearRect(s.extent(), QRectF(BrightRect), 6),
            qPrintable(QStringLiteral("%1 %2 %3 %4")
                           .arg(s.extent().x())
                           .arg(s.extent().y())
                           .arg(s.extent().width())
                           .arg(s.extent().height())));
        QCOMPARE(m_undo->count(), 1);
    }

    void splitToolCutsPolygonInTwo()
    {
        const qint64 id = addPolygon(QPolygonF({ { 100, 100 }, { 300, 100 }, { 300, 200 }, { 100, 200 } }));
        Annotation withAttribute = *m_project->annotations().byId(id);
        withAttribute.attributes.insert(QStringLiteral("severity"), QStringLiteral("major"));
        m_project->annotations().update(withAttribute);
        settle();
        key(Qt::Key_X);
        click(QPointF(200, 80));
        click(QPointF(200, 220));
        key(Qt::Key_Return);
        const QList<Annotation> parts = annotations();
        QCOMPARE(parts.size(), 2);
        double area = 0;
        for (const Annotation &a : parts) {
            QCOMPARE(a.classId, std::optional<qint64>(m_classId));
            QCOMPARE(a.attributes.value(QStringLiteral("severity")).toString(), QStringLiteral("major"));
            const QRectF e = shapeOf(a).extent();
            QVERIFY2(std::abs(e.width() - 100) < 2, qPrintable(QString::number(e.width())));
            area += e.width() * e.height();
        }
        QVERIFY(std::abs(area - 20000) < 600);
        QCOMPARE(m_undo->count(), 1);
        m_undo->undo();
        settle();
        QCOMPARE(annotations().size(), 1);
        QCOMPARE(annotations().first().id, id);

        // A cut that does not cross the polygon changes nothing.
        key(Qt::Key_X);
        click(QPointF(400, 400));
        click(QPointF(450, 450));
        key(Qt::Key_Return);
        QCOMPARE(annotations().size(), 1);
        QCOMPARE(m_undo->index(), 0);
    }

    void snapToEdgesMovesVerticesOntoTheRectangle()
    {
        // A polygon drawn 3 px inside the bright rectangle's corners.
        const QRectF r(BrightRect);
        const qint64 id = addPolygon(QPolygonF({ r.topLeft() + QPointF(3, 3), r.topRight() + QPointF(-3, 3),
            r.bottomRight() + QPointF(-3, -3), r.bottomLeft() + QPointF(3, -3) }));
        canvas()->setSelection({ id });
        key(Qt::Key_E, Qt::ControlModifier);
        const Shape snapped = shapeOf(*m_project->annotations().byId(id));
        QVERIFY2(nearRect(snapped.extent(), r, 2.0),
            qPrintable(QStringLiteral("%1 %2 %3 %4")
                           .arg(snapped.extent().x())
                           .arg(snapped.extent().y())
                           .arg(snapped.extent().width())
                           .arg(snapped.extent().height())));
        QCOMPARE(m_undo->count(), 1);
    }

    void attributeEditorEditsSelection()
    {
        project::LabelAttribute severity;
        severity.classId = m_classId;
        severity.name = QStringLiteral("severity");
        severity.type = project::AttributeType::Enum;
        severity.options = { QStringLiteral("minor"), QStringLiteral("major") };
        m_project->labels().addAttribute(severity);
        project::LabelAttribute length;
        length.name = QStringLiteral("length_mm");
        length.type = project::AttributeType::Float;
        m_project->labels().addAttribute(length);
        project::LabelClass other;
        other.name = QStringLiteral("inclusion");
        const qint64 otherClass = m_project->labels().addClass(other);
        settle();

        const qint64 a = addBox(QRectF(50, 50, 40, 40));
        const qint64 b = addBox(QRectF(150, 50, 40, 40));
        canvas()->setSelection({ a, b });
        settle();
        project::AttributeEditor *editor = m_widget->attributeEditor();
        QCOMPARE(editor->annotations().size(), 2);
        auto *combo = editor->findChild<QComboBox *>(QStringLiteral("attribute_severity"));
        QVERIFY(combo);
        QVERIFY(editor->findChild<QDoubleSpinBox *>(QStringLiteral("attribute_length_mm")));
        const int major = combo->findData(QStringLiteral("major"));
        QVERIFY(major > 0);
        combo->setCurrentIndex(major);
        emit combo->activated(major);
        settle();
        for (qint64 id : { a, b })
            QCOMPARE(m_project->annotations().byId(id)->attributes.value(QStringLiteral("severity")).toString(),
                QStringLiteral("major"));
        QCOMPARE(m_undo->count(), 1); // one macro for both

        // The class box relabels the selection.
        auto *classBox = editor->findChild<QComboBox *>(QStringLiteral("attributeEditorClass"));
        const int row = classBox->findData(QVariant(otherClass));
        QVERIFY(row >= 0);
        emit classBox->activated(row);
        settle();
        QCOMPARE(m_project->annotations().byId(a)->classId, std::optional<qint64>(otherClass));
        m_undo->undo();
        m_undo->undo();
        settle();
        QCOMPARE(m_project->annotations().byId(a)->classId, std::optional<qint64>(m_classId));
        QVERIFY(!m_project->annotations().byId(b)->attributes.contains(QStringLiteral("severity")));
    }

    void cursorReadOutShowsStoredValue()
    {
        QString message;
        connect(m_widget.get(), &ImageAnnotatorWidget::statusMessage, this, [&](const QString &t) { message = t; });
        QTest::mouseMove(canvas(), at(QPointF(450.5, 320.5)));
        settle();
        // Inside the bright rectangle: 235 235 235.
        QVERIFY2(message.contains(QStringLiteral("235 235 235")), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("450")));

        const qint64 gray = addAsset(m_png16, QStringLiteral("bb02"), 16, 1);
        QVERIFY(m_widget->open(*m_project, gray, m_undo.get()));
        QTRY_VERIFY(!m_widget->isLoading());
        settle();
        QTest::mouseMove(canvas(), at(QPointF(100.5, 10.5)));
        settle();
        // 16-bit values are shown as stored, not scaled to 8 bits.
        const int expected = 8000 + 100 * 60 + 10 * 20;
        QVERIFY2(message.contains(QString::number(expected)), qPrintable(message));
    }

    void prefetchedImageOpensWithoutDecoding()
    {
        const qint64 next = addAsset(m_png16, QStringLiteral("bb02"), 16, 1);
        m_widget->prefetch(*m_project, next);
        QCOMPARE(m_widget->prefetchedAssetId(), std::optional<qint64>(next));
        QTRY_VERIFY(m_widget->isPrefetchReady());
        // Remove the file: only the prefetched copy can show it now.
        const QString moved = m_png16 + QStringLiteral(".away");
        QVERIFY(QFile::rename(m_png16, moved));
        QFile::copy(moved, m_png16); // keep the name present (open() checks it exists)…
        QFile::remove(m_png16);
        QFile placeholder(m_png16);
        QVERIFY(placeholder.open(QIODevice::WriteOnly)); // …but with content that cannot decode
        placeholder.write("not a png");
        placeholder.close();
        const bool opened = m_widget->open(*m_project, next, m_undo.get());
        QFile::remove(m_png16);
        QVERIFY(QFile::rename(moved, m_png16));
        QVERIFY(opened);
        QCOMPARE(canvas()->imageSize(), QSize(640, 480));
        QVERIFY(!m_widget->prefetchedAssetId());
    }

    void changedOnDiskIsShownAndProjectUntouched()
    {
        // The asset of init() was added with a made-up hash: the background check finds it.
        QTRY_VERIFY(m_widget->bannerText().contains(QStringLiteral("strip.png")));
        QVERIFY(canvas()->source());

        // The right hash: no banner.
        const QString copy = m_dir.filePath(QStringLiteral("copy.png"));
        QFile::remove(copy);
        QVERIFY(QFile::copy(m_png, copy));
        project::Asset asset;
        asset.uri = m_project->uriFor(copy);
        asset.sha256 = project::ImportJob::sha256(copy);
        asset.byteSize = QFileInfo(copy).size();
        const qint64 good = m_project->assets().add(asset);
        QVERIFY(m_widget->open(*m_project, good, m_undo.get()));
        QTRY_VERIFY(!m_widget->isLoading());
        settle();
        QVERIFY2(m_widget->bannerText().isEmpty(), qPrintable(m_widget->bannerText()));

        // Same hash recorded, but the file grew: shown at once, nothing written.
        QFile f(copy);
        QVERIFY(f.open(QIODevice::Append));
        f.write("trailing bytes");
        f.close();
        const QJsonObject before = m_project->assets().byId(good)->toJson();
        QVERIFY(m_widget->open(*m_project, m_assetId, m_undo.get()));
        QVERIFY(m_widget->open(*m_project, good, m_undo.get()));
        QVERIFY(m_widget->bannerText().contains(QStringLiteral("copy.png")));
        QCOMPARE(m_project->assets().byId(good)->toJson(), before);
    }

    void keyActionsHaveStableNames()
    {
        QSet<QString> names;
        for (QAction *a : m_widget->keyActions()) {
            QVERIFY(!a->objectName().isEmpty());
            QVERIFY2(!names.contains(a->objectName()), qPrintable(a->objectName()));
            names.insert(a->objectName());
        }
        QVERIFY(names.contains(QStringLiteral("image.tool.polygon")));
        QVERIFY(names.contains(QStringLiteral("image.snap-edges")));
        // A remapped key works at once.
        QAction *polygon = m_widget->toolAction(image::ToolController::Tool::Polygon);
        polygon->setShortcut(QKeySequence(Qt::Key_J));
        key(Qt::Key_J);
        QCOMPARE(canvas()->tools()->tool(), image::ToolController::Tool::Polygon);
    }

    void multiPageTiffKeepsShapesPerPage()
    {
        const QString tiff = m_dir.filePath(QStringLiteral("pages.tif"));
        QVERIFY(writeTwoPageTiff(tiff));
        const qint64 asset = addAsset(tiff, QStringLiteral("dd04"), 8, 1);
        QVERIFY(m_widget->open(*m_project, asset, m_undo.get()));
        QTRY_VERIFY(!m_widget->isLoading());
        settle();
        auto *pageBox = m_widget->findChild<QSpinBox *>(QStringLiteral("imagePage"));
        QVERIFY(pageBox);
        QCOMPARE(pageBox->maximum(), 2);
        QCOMPARE(qGray(canvas()->rawPixels(QRect(10, 10, 1, 1)).pixel(0, 0)), 40);
        canvas()->setFocus();
        key(Qt::Key_R);
        drag(QPointF(20, 20), QPointF(80, 60));
        QCOMPARE(m_project->annotations().forAsset(asset).size(), 1);

        pageBox->setValue(2);
        QTRY_VERIFY(!m_widget->isLoading());
        settle();
        QCOMPARE(m_widget->page(), 1);
        QCOMPARE(qGray(canvas()->rawPixels(QRect(10, 10, 1, 1)).pixel(0, 0)), 210);
        QVERIFY(canvas()->items().isEmpty()); // page 1's box stays on page 1
        canvas()->setFocus();
        key(Qt::Key_R);
        drag(QPointF(100, 100), QPointF(150, 150));
        const QList<Annotation> all = m_project->annotations().forAsset(asset);
        QCOMPARE(all.size(), 2);
        int onSecond = 0;
        for (const Annotation &a : all)
            onSecond += a.geometry.value(QStringLiteral("page")).toInt() == 1 ? 1 : 0;
        QCOMPARE(onSecond, 1);
        QCOMPARE(canvas()->items().size(), 1);

        pageBox->setValue(1);
        QTRY_VERIFY(!m_widget->isLoading());
        settle();
        QCOMPARE(canvas()->items().size(), 1);
        QVERIFY(nearRect(canvas()->items().first().shape.extent(), QRectF(20, 20, 60, 40), 1.5));
    }

    void zoomDraftsSettleToTheExactFrame()
    {
        // Enough shapes for a zoom to show a draft first.
        QList<ImageCanvas::Item> items;
        for (int i = 0; i < 3000; ++i) {
            ImageCanvas::Item item;
            item.id = i + 1;
            const double x = (i * 37) % 600 + 5;
            const double y = (i * 53) % 440 + 5;
            item.shape
                = Shape::polygon(QPolygonF({ { x, y }, { x + 12, y + 2 }, { x + 9, y + 11 }, { x + 1, y + 8 } }));
            item.color = QColor::fromHsv((i * 29) % 360, 200, 230);
            items.append(item);
        }
        canvas()->setItems(items);
        canvas()->repaint();
        canvas()->zoomBy(1.3, QPointF(300, 200));
        canvas()->repaint();
        QVERIFY(canvas()->isLayerPending());
        QTRY_VERIFY(!canvas()->isLayerPending());
        canvas()->repaint();

        // The same view drawn at once by a fresh canvas, which has no earlier layer to scale.
        ImageCanvas fresh;
        fresh.resize(canvas()->size());
        fresh.setSource(canvas()->source());
        fresh.setItems(items);
        fresh.centerOn(
            canvas()->toImage(QPointF(canvas()->width() / 2.0, canvas()->height() / 2.0)), canvas()->scale());
        QCOMPARE(fresh.scale(), canvas()->scale());
        QImage a(canvas()->size(), QImage::Format_ARGB32_Premultiplied);
        QImage b(canvas()->size(), QImage::Format_ARGB32_Premultiplied);
        {
            QPainter pa(&a);
            canvas()->render(pa);
            QPainter pb(&b);
            fresh.render(pb);
        }
        QTRY_VERIFY(!fresh.isLayerPending());
        // Offsets may differ by a rounding of the centre: compare what differs, not bytes.
        int differing = 0;
        for (int y = 0; y < a.height(); y += 3) {
            for (int x = 0; x < a.width(); x += 3)
                differing += a.pixel(x, y) != b.pixel(x, y) ? 1 : 0;
        }
        const int total = (a.width() / 3) * (a.height() / 3);
        QVERIFY2(differing < total / 50, qPrintable(QStringLiteral("%1 of %2").arg(differing).arg(total)));
    }
};

QTEST_MAIN(TestImageView)
#include "tst_imageview.moc"
