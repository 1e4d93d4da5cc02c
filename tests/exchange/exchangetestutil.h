#pragma once
// Shared by the exchange tests: a sample dataset with every shape, fuzzy comparison of labels,
// golden-file comparison, small PNG files on disk.

#include "exchange/imagedataset.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace exchangetest {

using rwb::exchange::DatasetImage;
using rwb::exchange::DatasetLabel;
using rwb::exchange::ImageDataset;
using rwb::image::RleMask;
using rwb::image::Shape;

inline ImageDataset sampleDataset()
{
    ImageDataset d;
    d.classes = { QStringLiteral("scratch"), QStringLiteral("dent"), QStringLiteral("weld seam") };
    DatasetImage a;
    a.file = QStringLiteral("strip_001.png");
    a.width = 64;
    a.height = 48;
    a.split = rwb::project::Split::Train;
    a.labels = {
        { QStringLiteral("scratch"), Shape::box(QRectF(4, 6, 20, 10)) },
        { QStringLiteral("dent"), Shape::polygon(QPolygonF({ { 30, 5 }, { 50, 8 }, { 44, 30 }, { 32, 24 } })) },
        { QStringLiteral("scratch"), Shape::rotatedBox(QPointF(20, 34), QSizeF(16, 6), 30) },
        { QStringLiteral("dent"),
            Shape::mask(RleMask::fromRect(QRect(50, 36, 6, 5)).united(RleMask::fromRect(QRect(52, 41, 2, 3)))) },
        { QStringLiteral("weld seam"),
            Shape::keypoints(
                { { QPointF(10, 40), 2 }, { QPointF(14, 42), 1 }, { QPointF(0, 0), 0 } }, { { 0, 1 }, { 1, 2 } }) },
    };
    DatasetImage b;
    b.file = QStringLiteral("strip_002.png");
    b.width = 40;
    b.height = 30;
    b.split = rwb::project::Split::Val;
    b.labels = {
        { QStringLiteral("weld seam"), Shape::polyline(QPolygonF({ { 2, 2 }, { 20, 10 }, { 38, 4 } }), 1.0) },
        { QStringLiteral("scratch"), Shape::point(QPointF(7.5, 9.25)) },
        { QStringLiteral("dent"), Shape::ellipse(QPointF(20, 18), 8, 5, 0) },
        { QStringLiteral("scratch"), Shape::tag() },
        { QStringLiteral("dent"), Shape::box(QRectF(0, 0, 40, 30)) },
    };
    d.images = { a, b };
    return d;
}

/// Writes a plain PNG of each image's size under \a folder and sets its sourcePath.
inline void writeImages(ImageDataset &d, const QString &folder)
{
    QDir().mkpath(folder);
    int i = 0;
    for (DatasetImage &image : d.images) {
        QImage pixels(image.width, image.height, QImage::Format_RGB32);
        pixels.fill(QColor::fromHsv(40 * i++, 200, 200));
        image.sourcePath = QDir(folder).absoluteFilePath(image.file);
        QVERIFY(pixels.save(image.sourcePath));
    }
}

inline bool fuzzyEqual(const QJsonValue &a, const QJsonValue &b, double tolerance)
{
    if (a.isDouble() && b.isDouble())
        return std::abs(a.toDouble() - b.toDouble()) <= tolerance;
    if (a.isArray() && b.isArray()) {
        const QJsonArray x = a.toArray(), y = b.toArray();
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i)
            if (!fuzzyEqual(x[i], y[i], tolerance))
                return false;
        return true;
    }
    if (a.isObject() && b.isObject()) {
        const QJsonObject x = a.toObject(), y = b.toObject();
        if (x.keys() != y.keys())
            return false;
        for (const QString &k : x.keys())
            if (!fuzzyEqual(x[k], y[k], tolerance))
                return false;
        return true;
    }
    return a == b;
}

inline QString describe(const DatasetLabel &l)
{
    return l.className + QLatin1Char(' ') + l.shape.kindName() + QLatin1Char(' ')
        + QString::fromUtf8(QJsonDocument(l.shape.toJson()).toJson(QJsonDocument::Compact));
}

/// Compares labels image by image (matched by file name), kinds and classes exactly,
/// coordinates within \a tolerance.
inline void compareLabels(const ImageDataset &actual, const ImageDataset &expected, double tolerance = 1e-6)
{
    QCOMPARE(actual.images.size(), expected.images.size());
    for (const DatasetImage &e : expected.images) {
        const auto it = std::find_if(actual.images.cbegin(), actual.images.cend(),
            [&](const DatasetImage &a) { return QFileInfo(a.file).fileName() == e.file; });
        QVERIFY2(it != actual.images.cend(), qPrintable(e.file));
        QCOMPARE(it->width, e.width);
        QCOMPARE(it->height, e.height);
        QStringList got, want;
        for (const DatasetLabel &l : it->labels)
            got.append(describe(l));
        for (const DatasetLabel &l : e.labels)
            want.append(describe(l));
        QCOMPARE(it->labels.size(), e.labels.size());
        for (qsizetype i = 0; i < e.labels.size(); ++i) {
            QCOMPARE(it->labels[i].className, e.labels[i].className);
            QCOMPARE(it->labels[i].shape.kindName(), e.labels[i].shape.kindName());
            QVERIFY2(fuzzyEqual(it->labels[i].shape.toJson(), e.labels[i].shape.toJson(), tolerance),
                qPrintable(QStringLiteral("%1\n got: %2\nwant: %3").arg(e.file, got[i], want[i])));
        }
    }
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Compares \a actual with tests/data/exchange/\a name (PNG files by their pixels), or rewrites
/// it when RWB_UPDATE_GOLDEN is set.
inline void compareGolden(const QString &name, const QByteArray &actual)
{
    const bool png = name.endsWith(QLatin1String(".png"));
    const QString path = QStringLiteral(RWB_TEST_DATA "/exchange/") + name + (png ? QString() : QStringLiteral(".ref"));
    if (qEnvironmentVariableIsSet("RWB_UPDATE_GOLDEN")) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(actual);
        return;
    }
    const QByteArray expected = readAll(path);
    QVERIFY2(!expected.isEmpty() || actual.isEmpty(), qPrintable(QStringLiteral("missing golden file %1").arg(path)));
    if (png) {
        const QImage a = QImage::fromData(actual, "PNG"), e = QImage::fromData(expected, "PNG");
        QCOMPARE(a.size(), e.size());
        QCOMPARE(a.convertToFormat(QImage::Format_RGB32), e.convertToFormat(QImage::Format_RGB32));
        return;
    }
    QCOMPARE(QString::fromUtf8(actual), QString::fromUtf8(expected));
}

} // namespace exchangetest
