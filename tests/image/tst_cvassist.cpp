#include "image/cvadapter.h"
#include "image/cvassist.h"

#include <QRandomGenerator>
#include <QTest>

#include <opencv2/core.hpp>

using rwb::image::CvAdapter;
using rwb::image::CvAssist;
using rwb::image::RleMask;

namespace {

const QRect defect(40, 30, 60, 40);

/// A bright rectangle (values 180…220) on dark noise (10…40), in 8-bit units, as \a format;
/// 16-bit formats get the same picture scaled to 0…65535.
QImage syntheticImage(QImage::Format format)
{
    QRandomGenerator random(42);
    QImage gray(160, 120, QImage::Format_Grayscale16);
    for (int y = 0; y < gray.height(); ++y) {
        auto *line = reinterpret_cast<quint16 *>(gray.scanLine(y));
        for (int x = 0; x < gray.width(); ++x) {
            const int value = defect.contains(x, y) ? random.bounded(180, 221) : random.bounded(10, 41);
            line[x] = quint16(value * 257);
        }
    }
    return gray.convertToFormat(format);
}

double iou(const RleMask &a, const RleMask &b)
{
    const qint64 both = a.intersected(b).area();
    const qint64 either = a.united(b).area();
    return either > 0 ? double(both) / double(either) : 0.0;
}

/// Random pixels; padding channels (RGB32's alpha, RGBX64's X) are opaque as the format requires.
QImage randomImage(QImage::Format format)
{
    QRandomGenerator random(7);
    QImage image(13, 7, format); // odd width: rows are padded
    for (int y = 0; y < image.height(); ++y) {
        uchar *line = image.scanLine(y);
        const qsizetype used = qsizetype(image.width()) * image.depth() / 8;
        for (qsizetype i = 0; i < used; ++i)
            line[i] = uchar(random.bounded(256));
    }
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (format == QImage::Format_RGB32)
                reinterpret_cast<QRgb *>(image.scanLine(y))[x] |= 0xff000000;
            else if (format == QImage::Format_RGBX64)
                reinterpret_cast<quint16 *>(image.scanLine(y))[4 * x + 3] = 0xffff;
        }
    }
    return image;
}

} // namespace

class TestCvAssist : public QObject
{
    Q_OBJECT

private slots:
    void adapterRoundTrip_data();
    void adapterRoundTrip();
    void adapterChannelOrder();
    void adapterSharing();
    void adapterWindow();
    void magicWand_data();
    void magicWand();
    void magicWandLimit();
    void grabCut_data();
    void grabCut();
    void grabCutLargeBoxIsDownscaled();
    void maskToPolygons();
    void maskToPolygonShapesKeepsHoles();
    void snapToEdge_data();
    void snapToEdge();
    void snapOnFlatImageStays();
    void snapPolygon();
};

void TestCvAssist::adapterRoundTrip_data()
{
    QTest::addColumn<QImage::Format>("format");
    QTest::addColumn<int>("matType");
    QTest::newRow("Grayscale8") << QImage::Format_Grayscale8 << CV_8UC1;
    QTest::newRow("Grayscale16") << QImage::Format_Grayscale16 << CV_16UC1;
    QTest::newRow("RGB888") << QImage::Format_RGB888 << CV_8UC3;
    QTest::newRow("RGBA8888") << QImage::Format_RGBA8888 << CV_8UC4;
    QTest::newRow("RGB32") << QImage::Format_RGB32 << CV_8UC4;
    QTest::newRow("ARGB32") << QImage::Format_ARGB32 << CV_8UC4;
    QTest::newRow("RGBX64") << QImage::Format_RGBX64 << CV_16UC3;
    QTest::newRow("RGBA64") << QImage::Format_RGBA64 << CV_16UC4;
}

void TestCvAssist::adapterRoundTrip()
{
    QFETCH(QImage::Format, format);
    QFETCH(int, matType);
    const QImage image = randomImage(format);
    for (const auto sharing : { CvAdapter::Sharing::Copy, CvAdapter::Sharing::ShareWhenPossible }) {
        const cv::Mat mat = CvAdapter::toMat(image, sharing);
        QCOMPARE(mat.type(), matType);
        QCOMPARE(mat.cols, image.width());
        QCOMPARE(mat.rows, image.height());
        const QImage back = CvAdapter::toImage(mat);
        QVERIFY(!back.isNull());
        // Exact, 16-bit values included.
        QCOMPARE(back.convertToFormat(format), image);
    }
    QCOMPARE(CvAdapter::is16Bit(image), CV_MAT_DEPTH(matType) == CV_16U);
}

void TestCvAssist::adapterChannelOrder()
{
    QImage rgb(1, 1, QImage::Format_RGB888);
    rgb.setPixelColor(0, 0, QColor(10, 20, 30));
    QCOMPARE(CvAdapter::toMat(rgb).at<cv::Vec3b>(0, 0), cv::Vec3b(30, 20, 10));

    QImage rgba64(1, 1, QImage::Format_RGBA64);
    rgba64.setPixelColor(0, 0, QColor::fromRgba64(1000, 2000, 3000, 4000));
    QCOMPARE(CvAdapter::toMat(rgba64).at<cv::Vec4w>(0, 0), cv::Vec4w(3000, 2000, 1000, 4000));

    cv::Mat bgr(1, 1, CV_16UC3, cv::Scalar(300, 200, 100));
    const QImage fromBgr = CvAdapter::toImage(bgr);
    QCOMPARE(fromBgr.format(), QImage::Format_RGBX64);
    QCOMPARE(fromBgr.pixelColor(0, 0).rgba64(), QRgba64::fromRgba64(100, 200, 300, 65535));
    QVERIFY(CvAdapter::toImage(cv::Mat(2, 2, CV_32FC2)).isNull());
}

void TestCvAssist::adapterSharing()
{
    QImage gray(8, 8, QImage::Format_Grayscale8);
    gray.fill(7);
    QVERIFY(CvAdapter::toMat(gray, CvAdapter::Sharing::ShareWhenPossible).data == gray.constBits());
    QVERIFY(CvAdapter::toMat(gray).data != gray.constBits());

    // The image keeps the Mat's buffer alive and writing to the image leaves the Mat alone.
    cv::Mat mat(4, 4, CV_8UC1, cv::Scalar(5));
    QImage image = CvAdapter::toImage(mat);
    QVERIFY(image.constBits() == mat.data);
    mat.release();
    QCOMPARE(image.pixelColor(3, 3).red(), 5);
    cv::Mat other(4, 4, CV_8UC1, cv::Scalar(9));
    QImage shared = CvAdapter::toImage(other);
    shared.setPixelColor(0, 0, QColor(1, 1, 1));
    QCOMPARE(other.at<uchar>(0, 0), uchar(9));

    // A Mat over foreign memory is copied.
    uchar pixels[4] = { 1, 2, 3, 4 };
    const QImage copied = CvAdapter::toImage(cv::Mat(2, 2, CV_8UC1, pixels));
    QVERIFY(copied.constBits() != pixels);
    QCOMPARE(copied.pixelColor(1, 1).red(), 4);
}

void TestCvAssist::adapterWindow()
{
    QImage image(3, 1, QImage::Format_Grayscale16);
    auto *line = reinterpret_cast<quint16 *>(image.scanLine(0));
    line[0] = 500;
    line[1] = 1500;
    line[2] = 2500;
    const QImage eight = CvAdapter::windowTo8Bit(image, 1000, 2020);
    QCOMPARE(eight.format(), QImage::Format_Grayscale8);
    QCOMPARE(eight.constScanLine(0)[0], uchar(0));
    QCOMPARE(eight.constScanLine(0)[1], uchar(125)); // 500 × 255 / 1020
    QCOMPARE(eight.constScanLine(0)[2], uchar(255));
}

void TestCvAssist::magicWand_data()
{
    QTest::addColumn<QImage::Format>("format");
    QTest::newRow("Grayscale8") << QImage::Format_Grayscale8;
    QTest::newRow("Grayscale16") << QImage::Format_Grayscale16;
    QTest::newRow("RGB888") << QImage::Format_RGB888;
    QTest::newRow("ARGB32") << QImage::Format_ARGB32;
    QTest::newRow("RGBX64") << QImage::Format_RGBX64;
}

void TestCvAssist::magicWand()
{
    QFETCH(QImage::Format, format);
    const QImage image = syntheticImage(format);
    // Tolerance 60 around any seed value in 180…220 covers the defect and none of the noise.
    const RleMask mask = CvAssist::magicWand(image, QPoint(70, 50), 60);
    QCOMPARE(mask, RleMask::fromRect(defect));
    QVERIFY(CvAssist::magicWand(image, QPoint(500, 50), 60).isEmpty());
    // Zero tolerance takes only pixels equal to the seed.
    QVERIFY(CvAssist::magicWand(image, QPoint(70, 50), 0).area() < defect.width() * defect.height() / 4);
}

void TestCvAssist::magicWandLimit()
{
    const QImage image = syntheticImage(QImage::Format_Grayscale16);
    const QRect limit(30, 40, 30, 20);
    QCOMPARE(CvAssist::magicWand(image, QPoint(50, 50), 60, limit), RleMask::fromRect(limit.intersected(defect)));
    QVERIFY(CvAssist::magicWand(image, QPoint(10, 10), 60, limit).isEmpty()); // seed outside the limit
}

void TestCvAssist::grabCut_data()
{
    QTest::addColumn<QImage::Format>("format");
    QTest::newRow("Grayscale8") << QImage::Format_Grayscale8;
    QTest::newRow("Grayscale16") << QImage::Format_Grayscale16;
    QTest::newRow("RGB888") << QImage::Format_RGB888;
    QTest::newRow("RGBA64") << QImage::Format_RGBA64;
}

void TestCvAssist::grabCut()
{
    QFETCH(QImage::Format, format);
    const QImage image = syntheticImage(format);
    const RleMask mask = CvAssist::grabCut(image, QRectF(defect).adjusted(-8, -6, 8, 6), 5);
    const double overlap = iou(mask, RleMask::fromRect(defect));
    QVERIFY2(overlap >= 0.9, qPrintable(QString::number(overlap)));
    QVERIFY(CvAssist::grabCut(image, QRectF(500, 500, 10, 10), 5).isEmpty());
}

void TestCvAssist::grabCutLargeBoxIsDownscaled()
{
    // The crop around this box is larger than GrabCut's working size, so it runs scaled down
    // and the result is scaled back to image pixels.
    QRandomGenerator random(3);
    const QRect large(150, 100, 800, 600);
    QImage image(1100, 800, QImage::Format_Grayscale16);
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<quint16 *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x)
            line[x] = quint16((large.contains(x, y) ? random.bounded(180, 221) : random.bounded(10, 41)) * 257);
    }
    const RleMask mask = CvAssist::grabCut(image, QRectF(large).adjusted(-20, -20, 20, 20), 3);
    const double overlap = iou(mask, RleMask::fromRect(large));
    QVERIFY2(overlap >= 0.95, qPrintable(QString::number(overlap)));
}

void TestCvAssist::maskToPolygons()
{
    const QList<QPolygonF> polygons = CvAssist::maskToPolygons(RleMask::fromRect(QRect(10, 20, 30, 15)), 1.0, 4.0);
    QCOMPARE(polygons.size(), 1);
    QCOMPARE(polygons.first().size(), 4);
    // Vertices on the centres of the corner pixels.
    for (const QPointF &p : { QPointF(10.5, 20.5), QPointF(39.5, 20.5), QPointF(39.5, 34.5), QPointF(10.5, 34.5) })
        QVERIFY(polygons.first().contains(p));

    // Two parts; a part below minArea is dropped.
    const RleMask parts = RleMask::fromRect(QRect(0, 0, 10, 10))
                              .united(RleMask::fromRect(QRect(20, 0, 10, 10)))
                              .united(RleMask::fromRect(QRect(40, 0, 1, 2)));
    QCOMPARE(CvAssist::maskToPolygons(parts, 1.0, 4.0).size(), 2);
    QCOMPARE(CvAssist::maskToPolygons(parts, 1.0, 1.0).size(), 2); // a 1-pixel-wide sliver has no area
    QVERIFY(CvAssist::maskToPolygons(RleMask(), 1.0, 0).isEmpty());

    // A disk simplifies to a few vertices and keeps its area.
    RleMask disk;
    disk.paintCircle(QPointF(50, 50), 20, false, QRect(0, 0, 100, 100));
    const QList<QPolygonF> outline = CvAssist::maskToPolygons(disk, 1.0, 4.0);
    QCOMPARE(outline.size(), 1);
    QVERIFY(outline.first().size() < 40);
}

void TestCvAssist::maskToPolygonShapesKeepsHoles()
{
    const RleMask frame = RleMask::fromRect(QRect(0, 0, 30, 30)).subtracted(RleMask::fromRect(QRect(10, 10, 10, 10)));
    const QList<rwb::image::Shape> shapes = CvAssist::maskToPolygonShapes(frame, 1.0, 4.0);
    QCOMPARE(shapes.size(), 1);
    QCOMPARE(shapes.first().points().size(), 4);
    QCOMPARE(shapes.first().holes().size(), 1);
    QCOMPARE(shapes.first().holes().first().size(), 4);
    // Rasterised again, the polygon keeps the hole.
    const RleMask back = shapes.first().toMask(QRect(0, 0, 100, 100)).value();
    QVERIFY(!back.contains(QPoint(15, 15)));
    QVERIFY(back.contains(QPoint(5, 15)));
}

void TestCvAssist::snapToEdge_data()
{
    QTest::addColumn<QImage::Format>("format");
    QTest::addColumn<QPointF>("start");
    QTest::newRow("Grayscale8 left of edge") << QImage::Format_Grayscale8 << QPointF(46.3, 30.2);
    QTest::newRow("Grayscale8 right of edge") << QImage::Format_Grayscale8 << QPointF(53.7, 12.5);
    QTest::newRow("Grayscale16") << QImage::Format_Grayscale16 << QPointF(46.3, 30.2);
    QTest::newRow("RGB888") << QImage::Format_RGB888 << QPointF(47, 30);
    QTest::newRow("RGBA64") << QImage::Format_RGBA64 << QPointF(52, 30);
}

void TestCvAssist::snapToEdge()
{
    QFETCH(QImage::Format, format);
    QFETCH(QPointF, start);
    // A vertical step edge at x = 50.
    QImage gray(100, 60, QImage::Format_Grayscale16);
    for (int y = 0; y < gray.height(); ++y) {
        auto *line = reinterpret_cast<quint16 *>(gray.scanLine(y));
        for (int x = 0; x < gray.width(); ++x)
            line[x] = x < 50 ? 20 * 257 : 200 * 257;
    }
    const QPointF snapped = CvAssist::snapToEdge(gray.convertToFormat(format), start, 6);
    QVERIFY2(std::abs(snapped.x() - 50) < 0.26, qPrintable(QString::number(snapped.x())));
    QVERIFY2(std::abs(snapped.y() - start.y()) <= 1, qPrintable(QString::number(snapped.y())));
}

void TestCvAssist::snapOnFlatImageStays()
{
    QImage flat(40, 40, QImage::Format_Grayscale8);
    flat.fill(100);
    QCOMPARE(CvAssist::snapToEdge(flat, QPointF(20.2, 20.7), 5), QPointF(20.2, 20.7));
    QCOMPARE(CvAssist::snapToEdge(QImage(), QPointF(1, 1), 5), QPointF(1, 1));
}

void TestCvAssist::snapPolygon()
{
    const QImage image = syntheticImage(QImage::Format_Grayscale8);
    // Vertices a few pixels off the defect's left and right sides.
    const QPolygonF polygon({ QPointF(37, 50), QPointF(103, 50) });
    const QPolygonF snapped = CvAssist::snapPolygon(image, polygon, 5);
    QCOMPARE(snapped.size(), 2);
    QVERIFY(std::abs(snapped[0].x() - defect.left()) <= 1);
    QVERIFY(std::abs(snapped[1].x() - (defect.right() + 1)) <= 1);
}

QTEST_GUILESS_MAIN(TestCvAssist)
#include "tst_cvassist.moc"
