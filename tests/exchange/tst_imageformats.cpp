// Image dataset formats: every writer against golden files (tests/data/exchange/<format>/…;
// regenerate with tests/exchange/update-golden.sh), and every reader reading back what the
// writer wrote (round trip), with what each format cannot express reported by name.

#include "exchangetestutil.h"

#include "exchange/cocoformat.h"
#include "exchange/datasetwriter.h"
#include "exchange/formatutil.h"
#include "exchange/imageformat.h"
#include "exchange/yoloformat.h"
#include "image/cvassist.h"

#include <QTemporaryDir>
#include <QTest>

using namespace rwb::exchange;
using namespace exchangetest;
using rwb::project::Split;

namespace {

/// The labels a format gives back after a round trip: what it cannot express dropped, the
/// rest converted the way the writer converts.
ImageDataset expectedAfter(const QString &format, ImageDataset d)
{
    for (DatasetImage &image : d.images) {
        QList<DatasetLabel> out;
        const bool keepsSplit = format.startsWith(QLatin1String("yolo")) || format == QLatin1String("voc");
        if (!keepsSplit)
            image.split = Split::None;
        for (DatasetLabel l : image.labels) {
            const Shape &s = l.shape;
            const auto kind = s.kind();
            auto add = [&](const Shape &shape) {
                l.shape = shape;
                out.append(l);
            };
            if (format == QLatin1String("coco")) {
                if (kind == Shape::Kind::Box || kind == Shape::Kind::Mask || kind == Shape::Kind::Keypoints)
                    add(s);
                else if (kind == Shape::Kind::Polygon || kind == Shape::Kind::RotatedBox
                    || kind == Shape::Kind::Ellipse)
                    add(*s.toPolygon());
            } else if (format == QLatin1String("yolo")) {
                if (s.isArea())
                    add(Shape::box(s.extent()));
            } else if (format == QLatin1String("yolo-segment")) {
                if (kind == Shape::Kind::Mask)
                    for (const Shape &part : rwb::image::CvAssist::maskToPolygonShapes(s.maskData()))
                        add(part);
                else if (auto p = s.toPolygon())
                    add(*p);
            } else if (format == QLatin1String("yolo-obb")) {
                if (kind == Shape::Kind::Box)
                    add(Shape::rotatedBox(s.rect().center(), s.rect().size(), 0));
                else if (kind == Shape::Kind::RotatedBox)
                    add(s);
            } else if (format == QLatin1String("voc")) {
                if (kind == Shape::Kind::Box)
                    add(s);
                else if (auto m = FormatUtil::areaMask(s, image.width, image.height))
                    add(Shape::mask(*m));
            } else if (format == QLatin1String("labelme")) {
                if (kind == Shape::Kind::Box || kind == Shape::Kind::Mask || kind == Shape::Kind::Point
                    || kind == Shape::Kind::Polyline)
                    add(s);
                else if (auto p = s.toPolygon())
                    add(*p);
            } else if (format == QLatin1String("cvat")) {
                if (kind == Shape::Kind::Keypoints) {
                    QList<Shape::Keypoint> visible;
                    for (const auto &k : s.keypointList())
                        if (k.visibility > 0)
                            visible.append({ k.pos, 2 });
                    add(Shape::keypoints(visible));
                } else {
                    add(s);
                }
            }
        }
        if (format == QLatin1String("voc")) // VOC draws later objects over earlier ones.
            for (qsizetype i = 0; i < out.size(); ++i)
                if (out[i].shape.kind() == Shape::Kind::Mask) {
                    RleMask m = out[i].shape.maskData();
                    for (qsizetype j = i + 1; j < out.size(); ++j)
                        if (auto later = FormatUtil::areaMask(out[j].shape, image.width, image.height);
                            later && out[j].shape.kind() != Shape::Kind::Box)
                            m = m.subtracted(*later);
                    out[i].shape = Shape::mask(m);
                }
        image.labels = out;
    }
    return d;
}

/// pycocotools' rleToString, to check the decoder against the encoding it reads.
QByteArray encodeCompressed(const QList<quint32> &counts)
{
    QByteArray s;
    for (qsizetype i = 0; i < counts.size(); ++i) {
        qint64 x = counts[i];
        if (i > 2)
            x -= qint64(counts[i - 2]);
        bool more = true;
        while (more) {
            qint64 c = x & 0x1f;
            x >>= 5;
            more = (c & 0x10) ? x != -1 : x != 0;
            if (more)
                c |= 0x20;
            s += char(c + 48);
        }
    }
    return s;
}

} // namespace

class TestImageFormats : public QObject
{
    Q_OBJECT
private slots:
    void golden_data()
    {
        QTest::addColumn<QString>("format");
        for (const QString &f : ImageFormat::exportNames())
            QTest::newRow(qPrintable(f)) << f;
    }
    void golden()
    {
        QFETCH(QString, format);
        const auto output = ImageFormat::write(format, sampleDataset());
        QVERIFY(output);
        QVERIFY(!output->files.isEmpty());
        for (auto it = output->files.cbegin(); it != output->files.cend(); ++it) {
            compareGolden(format + QLatin1Char('/') + it.key(), it.value());
            if (QTest::currentTestFailed())
                return;
        }
        // The list of files is golden as well.
        compareGolden(
            format + QStringLiteral("/FILES"), QStringList(output->files.keys()).join(QLatin1Char('\n')).toUtf8());
        // Same input, same bytes.
        QCOMPARE(ImageFormat::write(format, sampleDataset())->files, output->files);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<double>("tolerance");
        QTest::newRow("coco") << QStringLiteral("coco") << 1e-9;
        QTest::newRow("yolo") << QStringLiteral("yolo") << 1e-6;
        QTest::newRow("yolo-segment") << QStringLiteral("yolo-segment") << 1e-6;
        QTest::newRow("yolo-obb") << QStringLiteral("yolo-obb") << 1e-6;
        QTest::newRow("voc") << QStringLiteral("voc") << 1e-9;
        QTest::newRow("labelme") << QStringLiteral("labelme") << 1e-9;
        QTest::newRow("cvat") << QStringLiteral("cvat") << 1e-9;
    }
    void roundTrip()
    {
        QFETCH(QString, format);
        QFETCH(double, tolerance);
        QTemporaryDir dir;
        ImageDataset d = sampleDataset();
        writeImages(d, dir.filePath(QStringLiteral("src")));
        const auto output = ImageFormat::write(format, d);
        QVERIFY(output);
        const QString target = dir.filePath(QStringLiteral("out"));
        const QString error = DatasetWriter::write(*output, d, target, DatasetWriter::Images::Copy);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QString readError;
        const auto back = ImageFormat::read(format, target, &readError);
        QVERIFY2(back, qPrintable(readError));
        compareLabels(*back, expectedAfter(format, d), tolerance);
        if (format != QLatin1String("labelme"))
            QCOMPARE(back->classes, d.classes);
        ImageDataset splits = expectedAfter(format, d);
        for (const DatasetImage &image : splits.images) {
            const auto it = std::find_if(back->images.cbegin(), back->images.cend(),
                [&](const DatasetImage &b) { return b.file == image.file; });
            QCOMPARE(rwb::project::toString(it->split), rwb::project::toString(image.split));
            QVERIFY2(QFileInfo::exists(it->sourcePath), qPrintable(it->sourcePath));
        }
    }

    void reportsWhatAFormatCannotExpress_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QStringList>("kinds");
        QTest::newRow("coco") << QStringLiteral(
            "coco") << QStringList { QStringLiteral("polyline"), QStringLiteral("point"), QStringLiteral("tag") };
        QTest::newRow("yolo-obb") << QStringLiteral("yolo-obb")
                                  << QStringList { QStringLiteral("polygon"), QStringLiteral("mask") };
        QTest::newRow("voc") << QStringLiteral("voc")
                             << QStringList { QStringLiteral("keypoints"), QStringLiteral("point") };
        QTest::newRow("labelme") << QStringLiteral("labelme")
                                 << QStringList { QStringLiteral("keypoints"), QStringLiteral("tag") };
    }
    void reportsWhatAFormatCannotExpress()
    {
        QFETCH(QString, format);
        QFETCH(QStringList, kinds);
        const auto output = ImageFormat::write(format, sampleDataset());
        const QString all = output->warnings.join(QLatin1Char('\n'));
        for (const QString &kind : kinds)
            QVERIFY2(
                all.contains(rwb::project::shape::displayName(kind)), qPrintable(kind + QStringLiteral(": ") + all));
    }

    void cocoCompressedRle()
    {
        const RleMask mask = RleMask::fromRect(QRect(3, 2, 5, 4)).united(RleMask::fromRect(QRect(10, 10, 7, 1)));
        const QList<quint32> counts = mask.toCocoRle(QSize(20, 15));
        const auto decoded = CocoFormat::decodeCompressedRle(encodeCompressed(counts));
        QVERIFY(decoded);
        QCOMPARE(*decoded, counts);
        QVERIFY(!CocoFormat::decodeCompressedRle(QByteArrayLiteral("\x01")));
    }

    void cocoBadInputNamesTheProblem_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("syntax") << QByteArray("{\n\"images\": [,]}") << QStringLiteral("line 2");
        QTest::newRow("category") << QByteArray(R"({"images":[{"id":1,"file_name":"a.png","width":4,"height":4}],
            "categories":[{"id":1,"name":"a"}],"annotations":[{"id":7,"image_id":1,"category_id":9,"bbox":[0,0,1,1]}]})")
                                  << QStringLiteral("annotation 7 refers to an unknown category 9");
        QTest::newRow("image") << QByteArray(R"({"images":[],"categories":[],"annotations":[{"id":3,"image_id":1}]})")
                               << QStringLiteral("annotation 3 refers to an unknown image");
        QTest::newRow("not an object") << QByteArray("[1, 2]") << QStringLiteral("expected a JSON object");
        QTest::newRow("images not an array")
            << QByteArray(R"({"images":{},"categories":[]})") << QStringLiteral("must be arrays");
        QTest::newRow("category without name")
            << QByteArray(R"({"images":[],"categories":[{"id":1,"name":5}]})") << QStringLiteral("without a name");
        QTest::newRow("fractional width") << QByteArray(R"({"images":[{"id":2,"file_name":"a.png","width":4.5,
            "height":4}],"categories":[]})")
                                          << QStringLiteral("image 2 needs a file_name");
        QTest::newRow("odd polygon") << QByteArray(R"({"images":[{"id":1,"file_name":"a.png","width":4,"height":4}],
            "categories":[{"id":1,"name":"a"}],"annotations":[{"id":4,"image_id":1,"category_id":1,
            "segmentation":[[0,0,1,1,2]]}]})")
                                     << QStringLiteral("annotation 4: a polygon needs");
        QTest::newRow("no geometry") << QByteArray(R"({"images":[{"id":1,"file_name":"a.png","width":4,"height":4}],
            "categories":[{"id":1,"name":"a"}],"annotations":[{"id":5,"image_id":1,"category_id":1}]})")
                                     << QStringLiteral("annotation 5 has neither a bbox nor a segmentation");
    }

    /// Integral numbers written as floats, integers where floats are expected, unknown keys and
    /// an empty segmentation with a bbox read as they did through QJsonDocument.
    void cocoReadsLenientNumbers()
    {
        const QByteArray json = R"({"info":{"x":[1,{"y":null}]},"images":[{"id":1.0,"file_name":"a.png",
            "width":640.0,"height":480,"extra":true}],"categories":[{"id":3,"name":"a","supercategory":""}],
            "annotations":[{"id":1,"image_id":1,"category_id":3.0,"bbox":[1,2.5,3,4],"segmentation":[]},
            {"id":2,"image_id":1,"category_id":3,"segmentation":[[0,0,10,0,10,10.25]],"bbox":[0,0,10,10.25]}]})";
        QString error;
        const auto dataset = CocoFormat::read(json, {}, &error);
        QVERIFY2(dataset, qPrintable(error));
        QCOMPARE(dataset->classes, QStringList { QStringLiteral("a") });
        QCOMPARE(dataset->images.size(), 1);
        QCOMPARE(dataset->images[0].width, 640);
        QCOMPARE(dataset->images[0].labels.size(), 2);
        QCOMPARE(dataset->images[0].labels[0].shape.rect(), QRectF(1, 2.5, 3, 4));
        QCOMPARE(dataset->images[0].labels[1].shape.points(), QPolygonF({ { 0, 0 }, { 10, 0 }, { 10, 10.25 } }));
    }
    void cocoBadInputNamesTheProblem()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!CocoFormat::read(json, {}, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void yoloNames_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("map") << QByteArray("path: .\nnames:\n  0: scratch\n  1: 'weld seam'\nnc: 2\n")
                             << QStringList { QStringLiteral("scratch"), QStringLiteral("weld seam") };
        QTest::newRow("inline") << QByteArray("names: [a, 'b', \"c\"]\n")
                                << QStringList { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") };
        QTest::newRow("list") << QByteArray("names:\n  - x\n  - y\n")
                              << QStringList { QStringLiteral("x"), QStringLiteral("y") };
    }
    void yoloNames()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QStringList, names);
        QCOMPARE(YoloFormat::namesFromYaml(yaml), names);
    }

    void writerRefusesAnExistingTargetAndAMissingImage()
    {
        QTemporaryDir dir;
        ImageDataset d = sampleDataset();
        writeImages(d, dir.filePath(QStringLiteral("src")));
        const auto output = ImageFormat::write(QStringLiteral("coco"), d);
        QDir().mkpath(dir.filePath(QStringLiteral("exists")));
        QString error
            = DatasetWriter::write(*output, d, dir.filePath(QStringLiteral("exists")), DatasetWriter::Images::Copy);
        QVERIFY2(error.contains(QLatin1String("exists already")), qPrintable(error));
        QFile::remove(d.images[1].sourcePath);
        error = DatasetWriter::write(*output, d, dir.filePath(QStringLiteral("new")), DatasetWriter::Images::Link);
        QVERIFY2(error.contains(QLatin1String("missing")), qPrintable(error));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("new"))));
        // Nothing temporary is left beside the target.
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
            QStringList({ QStringLiteral("exists"), QStringLiteral("src") }));
    }
};

QTEST_GUILESS_MAIN(TestImageFormats)
#include "tst_imageformats.moc"
