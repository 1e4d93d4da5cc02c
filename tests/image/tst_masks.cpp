#include "image/rlemask.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cmath>

using rwb::image::RleMask;

namespace {

/// A mask image from rows of '#' (set) and '.' (unset), rows separated by '/'.
QImage pattern(const QString &rows)
{
    const QStringList lines = rows.split(QLatin1Char('/'));
    QImage image(int(lines.value(0).size()), int(lines.size()), QImage::Format_Grayscale8);
    image.fill(0);
    for (int y = 0; y < lines.size(); ++y) {
        for (int x = 0; x < lines[y].size(); ++x)
            image.scanLine(y)[x] = lines[y][x] == QLatin1Char('#') ? 255 : 0;
    }
    return image;
}

double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF d = b - a;
    const double l2 = QPointF::dotProduct(d, d);
    const double t = l2 > 0 ? std::clamp(QPointF::dotProduct(p - a, d) / l2, 0.0, 1.0) : 0.0;
    const QPointF q = a + t * d - p;
    return std::hypot(q.x(), q.y());
}

QList<quint32> runsOf(const QJsonArray &array)
{
    QList<quint32> out;
    for (const QJsonValue &v : array)
        out.append(quint32(v.toInteger()));
    return out;
}

} // namespace

class TestMasks : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void convention_data();
    void convention();
    void looseJsonIsNormalised();
    void malformedJsonRejected_data();
    void malformedJsonRejected();
    void cocoRle_data();
    void cocoRle();
    void cocoRleRejectsWrongTotal();
    void brushCircle();
    void brushClipsToImage();
    void brushStrokeIsCapsule();
    void thinStrokeHasNoGaps();
    void eraser();
    void booleanOperations();
    void jsonIsCompact();
};

void TestMasks::roundTrip_data()
{
    QTest::addColumn<QString>("rows");
    QTest::addColumn<QPoint>("origin");
    QTest::newRow("empty") << QStringLiteral("..../....") << QPoint(0, 0);
    QTest::newRow("single pixel") << QStringLiteral("#") << QPoint(7, 3);
    QTest::newRow("full") << QStringLiteral("####/####/####") << QPoint(0, 0);
    QTest::newRow("first pixel set") << QStringLiteral("#./.#") << QPoint(-2, -5);
    QTest::newRow("last pixel unset") << QStringLiteral(".#/#.") << QPoint(100, 0);
    QTest::newRow("checkerboard") << QStringLiteral("#.#./.#.#/#.#./.#.#") << QPoint(1, 1);
    QTest::newRow("run across rows") << QStringLiteral("..##/####/##..") << QPoint(5, 5);
    QTest::newRow("loose box") << QStringLiteral("..../.##./....") << QPoint(0, 0);
    QTest::newRow("empty rows inside") << QStringLiteral("#.../..../...#") << QPoint(3, 9);
}

void TestMasks::roundTrip()
{
    QFETCH(QString, rows);
    QFETCH(QPoint, origin);
    const QImage image = pattern(rows);
    const RleMask mask = RleMask::fromImage(image, origin);

    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const bool set = image.constScanLine(y)[x] != 0;
            count += set;
            QCOMPARE(mask.contains(origin + QPoint(x, y)), set);
        }
    }
    QCOMPARE(mask.area(), count);
    QCOMPARE(mask.isEmpty(), count == 0);
    QVERIFY(!mask.contains(origin - QPoint(1, 1)));

    // Decoding gives the same pixels, in the tight box.
    const RleMask again = RleMask::fromImage(mask.toImage(), mask.boundingRect().topLeft());
    QCOMPARE(again, mask);
    if (count > 0) {
        const QRect box = mask.boundingRect();
        QCOMPARE(image.copy(box.translated(-origin)), mask.toImage());
    }

    QString error;
    const std::optional<RleMask> parsed = RleMask::fromJson(mask.toJson(), &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(*parsed, mask);

    quint64 sum = 0;
    for (qsizetype i = 0; i < mask.runs().size(); ++i) {
        if (i > 0)
            QVERIFY(mask.runs()[i] > 0);
        sum += mask.runs()[i];
    }
    QCOMPARE(sum, quint64(mask.boundingRect().width()) * quint64(mask.boundingRect().height()));
}

void TestMasks::convention_data()
{
    QTest::addColumn<QString>("rows");
    QTest::addColumn<QString>("json");
    QTest::newRow("starts unset") << QStringLiteral(".###/..#./#...")
                                  << QStringLiteral(R"({"x":10,"y":20,"w":4,"h":3,"rle":[1,3,2,1,1,1,3]})");
    QTest::newRow("starts set") << QStringLiteral("#./.#")
                                << QStringLiteral(R"({"x":10,"y":20,"w":2,"h":2,"rle":[0,1,2,1]})");
    QTest::newRow("empty") << QStringLiteral("..") << QStringLiteral(R"({"x":0,"y":0,"w":0,"h":0,"rle":[]})");
}

void TestMasks::convention()
{
    QFETCH(QString, rows);
    QFETCH(QString, json);
    const QJsonObject expected = QJsonDocument::fromJson(json.toUtf8()).object();
    const RleMask mask = RleMask::fromImage(pattern(rows), QPoint(10, 20));
    QCOMPARE(mask.toJson(), expected);
    QCOMPARE(RleMask::fromJson(expected).value(), mask);
}

void TestMasks::looseJsonIsNormalised()
{
    // One set pixel in the middle of a 3 × 3 box.
    const QJsonObject loose = QJsonDocument::fromJson(R"({"x":0,"y":0,"w":3,"h":3,"rle":[4,1,0,0,4]})").object();
    const std::optional<RleMask> mask = RleMask::fromJson(loose);
    QVERIFY(mask);
    QCOMPARE(mask->boundingRect(), QRect(1, 1, 1, 1));
    QCOMPARE(mask->runs(), QList<quint32>({ 0, 1 }));
}

void TestMasks::malformedJsonRejected_data()
{
    QTest::addColumn<QString>("json");
    QTest::newRow("negative width") << QStringLiteral(R"({"x":0,"y":0,"w":-2,"h":1,"rle":[2]})");
    QTest::newRow("runs too short") << QStringLiteral(R"({"x":0,"y":0,"w":2,"h":2,"rle":[1,2]})");
    QTest::newRow("runs too long") << QStringLiteral(R"({"x":0,"y":0,"w":2,"h":2,"rle":[1,2,3]})");
    QTest::newRow("negative run") << QStringLiteral(R"({"x":0,"y":0,"w":2,"h":1,"rle":[3,-1]})");
    QTest::newRow("fractional run") << QStringLiteral(R"({"x":0,"y":0,"w":2,"h":1,"rle":[1.5,0.5]})");
    QTest::newRow("fractional x") << QStringLiteral(R"({"x":0.5,"y":0,"w":1,"h":1,"rle":[0,1]})");
    QTest::newRow("missing rle") << QStringLiteral(R"({"x":0,"y":0,"w":1,"h":1})");
    QTest::newRow("text size") << QStringLiteral(R"({"x":0,"y":0,"w":"1","h":1,"rle":[0,1]})");
}

void TestMasks::malformedJsonRejected()
{
    QFETCH(QString, json);
    QString error;
    QVERIFY(!RleMask::fromJson(QJsonDocument::fromJson(json.toUtf8()).object(), &error));
    QVERIFY(!error.isEmpty());
}

void TestMasks::cocoRle_data()
{
    QTest::addColumn<QString>("rows");
    QTest::addColumn<QPoint>("origin");
    QTest::addColumn<QSize>("imageSize");
    QTest::addColumn<QList<quint32>>("counts");
    // Column-major over the 4 × 3 image: columns 001 100 110 100.
    QTest::newRow("hand computed") << QStringLiteral(".###/..#./#...") << QPoint(0, 0) << QSize(4, 3)
                                   << QList<quint32>({ 2, 2, 2, 2, 1, 1, 2 });
    QTest::newRow("starts set") << QStringLiteral("#") << QPoint(0, 0) << QSize(2, 2) << QList<quint32>({ 0, 1, 3 });
    QTest::newRow("offset") << QStringLiteral("##/##") << QPoint(1, 1) << QSize(3, 3) << QList<quint32>({ 4, 2, 1, 2 });
    QTest::newRow("empty") << QStringLiteral(".") << QPoint(0, 0) << QSize(3, 2) << QList<quint32>({ 6 });
}

void TestMasks::cocoRle()
{
    QFETCH(QString, rows);
    QFETCH(QPoint, origin);
    QFETCH(QSize, imageSize);
    QFETCH(QList<quint32>, counts);
    const RleMask mask = RleMask::fromImage(pattern(rows), origin);
    QCOMPARE(mask.toCocoRle(imageSize), counts);
    QString error;
    const std::optional<RleMask> back = RleMask::fromCocoRle(counts, imageSize, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(*back, mask);
}

void TestMasks::cocoRleRejectsWrongTotal()
{
    QString error;
    QVERIFY(!RleMask::fromCocoRle({ 2, 2 }, QSize(2, 3), &error));
    QVERIFY(!error.isEmpty());
    // Pixels outside the image are dropped on export.
    const RleMask outside = RleMask::fromRect(QRect(1, 1, 4, 4));
    QCOMPARE(outside.toCocoRle(QSize(2, 2)), QList<quint32>({ 3, 1 }));
}

void TestMasks::brushCircle()
{
    RleMask mask;
    const QPointF center(20.3, 15.7);
    const double radius = 4.2;
    mask.paintCircle(center, radius, false, QRect(0, 0, 100, 100));
    int count = 0;
    for (int y = 5; y < 30; ++y) {
        for (int x = 5; x < 35; ++x) {
            const bool expected = std::hypot(x + 0.5 - center.x(), y + 0.5 - center.y()) <= radius;
            count += expected;
            QCOMPARE(mask.contains(QPoint(x, y)), expected);
        }
    }
    QCOMPARE(mask.area(), count);

    // A tiny brush still paints the pixel under the cursor.
    RleMask dot;
    dot.paintCircle(QPointF(3.0, 4.0), 0.1, false, QRect(0, 0, 10, 10));
    QCOMPARE(dot, RleMask::fromRect(QRect(3, 4, 1, 1)));
}

void TestMasks::brushClipsToImage()
{
    RleMask mask;
    const QRect image(0, 0, 20, 10);
    mask.paintCircle(QPointF(1, 1), 5, false, image);
    QVERIFY(image.contains(mask.boundingRect()));
    QCOMPARE(mask.boundingRect().topLeft(), QPoint(0, 0));
    mask.paintCircle(QPointF(-50, -50), 5, false, image);
    mask.paintStroke(QPointF(19, 9), QPointF(40, 30), 3, false, image);
    QVERIFY(image.contains(mask.boundingRect()));
    QCOMPARE(mask.boundingRect().bottomRight(), QPoint(19, 9));
}

void TestMasks::brushStrokeIsCapsule()
{
    RleMask mask;
    const QPointF a(5, 5);
    const QPointF b(30, 17.5);
    mask.paintStroke(a, b, 2.5, false, QRect(0, 0, 64, 64));
    for (int y = 0; y < 30; ++y) {
        for (int x = 0; x < 40; ++x) {
            const bool expected = distanceToSegment(QPointF(x + 0.5, y + 0.5), a, b) <= 2.5;
            QVERIFY2(mask.contains(QPoint(x, y)) == expected, qPrintable(QStringLiteral("pixel %1,%2").arg(x).arg(y)));
        }
    }
}

void TestMasks::thinStrokeHasNoGaps()
{
    RleMask mask;
    mask.paintStroke(QPointF(0.2, 0.2), QPointF(10.2, 0.2), 0.1, false, QRect(0, 0, 20, 20));
    QCOMPARE(mask, RleMask::fromRect(QRect(0, 0, 11, 1)));
}

void TestMasks::eraser()
{
    const QRect image(0, 0, 50, 50);
    RleMask mask = RleMask::fromRect(QRect(10, 10, 20, 20));
    mask.paintCircle(QPointF(20, 20), 3, true, image);
    QVERIFY(!mask.contains(QPoint(20, 20)));
    QVERIFY(mask.contains(QPoint(10, 10)));
    QCOMPARE(mask.boundingRect(), QRect(10, 10, 20, 20));

    // Erasing a whole column shrinks the box.
    mask.paintStroke(QPointF(10.5, 0), QPointF(10.5, 49), 0.5, true, image);
    QCOMPARE(mask.boundingRect(), QRect(11, 10, 19, 20));

    mask.paintCircle(QPointF(20, 20), 40, true, image);
    QVERIFY(mask.isEmpty());
    QCOMPARE(mask, RleMask());
    QCOMPARE(mask.area(), 0);
}

void TestMasks::booleanOperations()
{
    const RleMask a = RleMask::fromRect(QRect(0, 0, 10, 10));
    const RleMask b = RleMask::fromRect(QRect(5, 0, 10, 10));
    QCOMPARE(a.united(b), RleMask::fromRect(QRect(0, 0, 15, 10)));
    QCOMPARE(a.intersected(b), RleMask::fromRect(QRect(5, 0, 5, 10)));
    QCOMPARE(a.subtracted(b), RleMask::fromRect(QRect(0, 0, 5, 10)));
    QCOMPARE(a.subtracted(a), RleMask());
    QCOMPARE(a.intersected(RleMask::fromRect(QRect(20, 20, 2, 2))), RleMask());
    QCOMPARE(a.united(RleMask()), a);
    QCOMPARE(a.cropped(QRect(-5, 8, 100, 100)), RleMask::fromRect(QRect(0, 8, 10, 2)));
    QCOMPARE(a.translated(QPoint(3, -2)), RleMask::fromRect(QRect(3, -2, 10, 10)));

    const RleMask disjoint = a.united(RleMask::fromRect(QRect(20, 20, 2, 2)));
    QCOMPARE(disjoint.area(), 104);
    QCOMPARE(disjoint.boundingRect(), QRect(0, 0, 22, 22));
}

void TestMasks::jsonIsCompact()
{
    const RleMask big = RleMask::fromRect(QRect(0, 0, 4000, 3000));
    QCOMPARE(big.runs().size(), 2);
    QVERIFY(QJsonDocument(big.toJson()).toJson(QJsonDocument::Compact).size() < 80);

    RleMask disk;
    disk.paintCircle(QPointF(1000, 1000), 500, false, QRect(0, 0, 2000, 2000));
    QVERIFY(disk.area() > 780000);
    // About two runs per row, whatever the area.
    QVERIFY(disk.runs().size() <= 2 * disk.boundingRect().height() + 1);
    QVERIFY(QJsonDocument(disk.toJson()).toJson(QJsonDocument::Compact).size() < 16000);
    QCOMPARE(runsOf(disk.toJson().value(QLatin1String("rle")).toArray()), disk.runs());
}

QTEST_GUILESS_MAIN(TestMasks)
#include "tst_masks.moc"
