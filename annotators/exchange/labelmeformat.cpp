#include "labelmeformat.h"

#include "formatutil.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rwb::exchange {

using image::Shape;

static QJsonArray pointArray(const QPolygonF &points)
{
    QJsonArray array;
    for (const QPointF &p : points)
        array.append(QJsonArray { p.x(), p.y() });
    return array;
}

QByteArray LabelmeFormat::imageJson(const DatasetImage &image, QStringList *warnings)
{
    QJsonArray shapes;
    for (const DatasetLabel &label : image.labels) {
        QJsonObject s { { QStringLiteral("label"), label.className }, { QStringLiteral("group_id"), QJsonValue() },
            { QStringLiteral("description"), QString() }, { QStringLiteral("flags"), QJsonObject() } };
        const Shape &shape = label.shape;
        switch (shape.kind()) {
        case Shape::Kind::Box:
            s.insert(QStringLiteral("shape_type"), QStringLiteral("rectangle"));
            s.insert(QStringLiteral("points"), pointArray({ shape.rect().topLeft(), shape.rect().bottomRight() }));
            break;
        case Shape::Kind::Polygon:
        case Shape::Kind::RotatedBox:
        case Shape::Kind::Ellipse:
            s.insert(QStringLiteral("shape_type"), QStringLiteral("polygon"));
            s.insert(QStringLiteral("points"), pointArray(shape.toPolygon()->points()));
            if (!shape.holes().isEmpty() && warnings)
                warnings->append(tr("labelme cannot express the holes of a polygon (class \"%1\", image %2); they "
                                    "were left out.")
                                     .arg(label.className, image.file));
            break;
        case Shape::Kind::Point:
            s.insert(QStringLiteral("shape_type"), QStringLiteral("point"));
            s.insert(QStringLiteral("points"), pointArray(shape.points()));
            break;
        case Shape::Kind::Polyline:
            s.insert(QStringLiteral("shape_type"), QStringLiteral("linestrip"));
            s.insert(QStringLiteral("points"), pointArray(shape.points()));
            break;
        case Shape::Kind::Mask: {
            const QRect box = shape.maskData().boundingRect();
            s.insert(QStringLiteral("shape_type"), QStringLiteral("mask"));
            s.insert(QStringLiteral("points"),
                pointArray({ QPointF(box.left(), box.top()), QPointF(box.right() + 1, box.bottom() + 1) }));
            const QImage bits = shape.maskData().toImage();
            s.insert(QStringLiteral("mask"), QString::fromLatin1(FormatUtil::png(bits).toBase64()));
            break;
        }
        default:
            if (warnings)
                warnings->append(FormatUtil::cannotExpress(
                    QStringLiteral("labelme"), shape.kindName(), label.className, image.file));
            continue;
        }
        shapes.append(s);
    }
    const QJsonObject root { { QStringLiteral("version"), QStringLiteral("5.3.1") },
        { QStringLiteral("flags"), QJsonObject() }, { QStringLiteral("shapes"), shapes },
        { QStringLiteral("imagePath"), image.file }, { QStringLiteral("imageData"), QJsonValue() },
        { QStringLiteral("imageHeight"), image.height }, { QStringLiteral("imageWidth"), image.width } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

FormatOutput LabelmeFormat::writeFolder(const ImageDataset &dataset)
{
    FormatOutput output;
    for (qsizetype i = 0; i < dataset.images.size(); ++i) {
        const DatasetImage &image = dataset.images[i];
        output.imagePlacement.insert(image.file, int(i));
        output.files.insert(FormatUtil::stem(image.file) + QStringLiteral(".json"), imageJson(image, &output.warnings));
    }
    return output;
}

std::optional<ImageDataset> LabelmeFormat::read(const QString &folder, QString *error)
{
    auto fail = [&](const QString &message) -> std::optional<ImageDataset> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QDir dir(folder);
    ImageDataset dataset;
    for (const QString &file : dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
        const QString path = dir.absoluteFilePath(file);
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return fail(tr("%1: %2").arg(path, f.errorString()));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject())
            return fail(tr("%1: invalid JSON (%2)").arg(path, parseError.errorString()));
        const QJsonObject root = doc.object();
        if (!root.contains(QLatin1String("shapes")))
            continue; // not a labelme file
        DatasetImage image;
        image.file = QFileInfo(root.value(QLatin1String("imagePath")).toString()).fileName();
        image.width = root.value(QLatin1String("imageWidth")).toInt();
        image.height = root.value(QLatin1String("imageHeight")).toInt();
        image.sourcePath = dir.absoluteFilePath(root.value(QLatin1String("imagePath")).toString());
        if (image.file.isEmpty() || image.width <= 0 || image.height <= 0)
            return fail(tr("%1: needs imagePath, imageWidth and imageHeight").arg(path));
        for (const QJsonValue &v : root.value(QLatin1String("shapes")).toArray()) {
            const QJsonObject s = v.toObject();
            DatasetLabel label;
            label.className = s.value(QLatin1String("label")).toString();
            if (label.className.isEmpty())
                return fail(tr("%1: a shape without a label").arg(path));
            QPolygonF points;
            for (const QJsonValue &p : s.value(QLatin1String("points")).toArray())
                points.append(QPointF(p.toArray().at(0).toDouble(), p.toArray().at(1).toDouble()));
            const QString type = s.value(QLatin1String("shape_type")).toString(QStringLiteral("polygon"));
            std::optional<Shape> shape;
            if (type == QLatin1String("rectangle") && points.size() == 2)
                shape = Shape::box(QRectF(points[0], points[1]).normalized());
            else if (type == QLatin1String("polygon") && points.size() >= 3)
                shape = Shape::polygon(points);
            else if (type == QLatin1String("point") && points.size() == 1)
                shape = Shape::point(points[0]);
            else if ((type == QLatin1String("linestrip") || type == QLatin1String("line")) && points.size() >= 2)
                shape = Shape::polyline(points, 1.0);
            else if (type == QLatin1String("circle") && points.size() == 2) {
                const QPointF d = points[1] - points[0];
                const double r = std::hypot(d.x(), d.y());
                shape = Shape::ellipse(points[0], r, r, 0);
            } else if (type == QLatin1String("mask") && points.size() == 2) {
                QImage bits;
                bits.loadFromData(QByteArray::fromBase64(s.value(QLatin1String("mask")).toString().toLatin1()), "PNG");
                if (bits.isNull())
                    return fail(tr("%1: a mask shape with unreadable image data").arg(path));
                bits = bits.convertToFormat(QImage::Format_Grayscale8);
                shape = Shape::mask(image::RleMask::fromImage(bits, points[0].toPoint()));
            }
            if (!shape)
                return fail(tr("%1: shape \"%2\" with %3 points cannot be read").arg(path, type).arg(points.size()));
            label.shape = *shape;
            if (!dataset.classes.contains(label.className))
                dataset.classes.append(label.className);
            image.labels.append(label);
        }
        dataset.images.append(image);
    }
    return dataset;
}

} // namespace rwb::exchange
