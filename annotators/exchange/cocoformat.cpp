#include "cocoformat.h"

#include "formatutil.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rwb::exchange {

using image::Shape;

namespace {

void appendString(QByteArray &out, const QString &text)
{
    out += '"';
    for (const char c : text.toUtf8()) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (uchar(c) < 0x20) {
            out += "\\u00";
            out += QByteArray::number(int(c), 16).rightJustified(2, '0');
        } else {
            out += c;
        }
    }
    out += '"';
}

void appendPoints(QByteArray &out, const QPolygonF &points)
{
    out += '[';
    for (qsizetype i = 0; i < points.size(); ++i) {
        if (i)
            out += ',';
        FormatUtil::appendNumber(out, points[i].x());
        out += ',';
        FormatUtil::appendNumber(out, points[i].y());
    }
    out += ']';
}

void appendBox(QByteArray &out, const QRectF &r)
{
    out += "\"bbox\":[";
    FormatUtil::appendNumber(out, r.x());
    out += ',';
    FormatUtil::appendNumber(out, r.y());
    out += ',';
    FormatUtil::appendNumber(out, r.width());
    out += ',';
    FormatUtil::appendNumber(out, r.height());
    out += ']';
}

double polygonArea(const QPolygonF &p)
{
    double a = 0;
    for (qsizetype i = 0; i < p.size(); ++i) {
        const QPointF &u = p[i];
        const QPointF &v = p[(i + 1) % p.size()];
        a += u.x() * v.y() - v.x() * u.y();
    }
    return std::abs(a) / 2;
}

} // namespace

QByteArray CocoFormat::write(const ImageDataset &dataset, QStringList *warnings)
{
    // Classes used by keypoint labels carry the keypoint names and skeleton of their first label.
    QHash<QString, const Shape *> keypointClass;
    qsizetype annotationGuess = 0;
    for (const DatasetImage &image : dataset.images) {
        annotationGuess += image.labels.size();
        for (const DatasetLabel &label : image.labels)
            if (label.shape.kind() == Shape::Kind::Keypoints && !keypointClass.contains(label.className))
                keypointClass.insert(label.className, &label.shape);
    }
    QByteArray out;
    out.reserve(256 + annotationGuess * 160 + dataset.images.size() * 80);
    out += "{\"annotations\":[\n";
    QHash<QString, int> categoryOf;
    for (qsizetype i = dataset.classes.size() - 1; i >= 0; --i)
        categoryOf.insert(dataset.classes[i], int(i) + 1); // the first of equal names wins, as indexOf
    qint64 nextId = 1;
    // One buffer for every label's segmentation, so the loop allocates nothing per label.
    QByteArray body;
    body.reserve(4096);
    for (qsizetype imageIndex = 0; imageIndex < dataset.images.size(); ++imageIndex) {
        const DatasetImage &image = dataset.images[imageIndex];
        for (const DatasetLabel &label : image.labels) {
            const int category = categoryOf.value(label.className, 0);
            if (category == 0) {
                if (warnings)
                    warnings->append(tr("Class \"%1\" on image %2 is not in the class list; the label was left out.")
                                         .arg(label.className, image.file));
                continue;
            }
            body.resize(0);
            QRectF box;
            double area = 0;
            const Shape &shape = label.shape;
            switch (shape.kind()) {
            case Shape::Kind::Box:
                box = shape.rect();
                area = box.width() * box.height();
                body += "\"iscrowd\":0,\"segmentation\":[]";
                break;
            case Shape::Kind::Polygon:
            case Shape::Kind::RotatedBox:
            case Shape::Kind::Ellipse: {
                const Shape polygon = shape.kind() == Shape::Kind::Polygon ? shape : *shape.toPolygon();
                if (polygon.holes().isEmpty()) {
                    box = polygon.points().boundingRect();
                    area = polygonArea(polygon.points());
                    body += "\"iscrowd\":0,\"segmentation\":[";
                    appendPoints(body, polygon.points());
                    body += ']';
                    break;
                }
                // COCO polygons have no holes: such a polygon goes as a mask.
                const auto mask = FormatUtil::areaMask(polygon, image.width, image.height);
                if (!mask || mask->isEmpty())
                    continue;
                box = mask->boundingRect();
                area = double(mask->area());
                body = "\"iscrowd\":0,\"segmentation\":{\"counts\":[";
                const QList<quint32> counts = mask->toCocoRle(QSize(image.width, image.height));
                for (qsizetype i = 0; i < counts.size(); ++i) {
                    if (i)
                        body += ',';
                    body += QByteArray::number(counts[i]);
                }
                body
                    += "],\"size\":[" + QByteArray::number(image.height) + ',' + QByteArray::number(image.width) + "]}";
                break;
            }
            case Shape::Kind::Mask: {
                const image::RleMask &mask = shape.maskData();
                box = mask.boundingRect();
                area = double(mask.area());
                body = "\"iscrowd\":0,\"segmentation\":{\"counts\":[";
                const QList<quint32> counts = mask.toCocoRle(QSize(image.width, image.height));
                for (qsizetype i = 0; i < counts.size(); ++i) {
                    if (i)
                        body += ',';
                    body += QByteArray::number(counts[i]);
                }
                body
                    += "],\"size\":[" + QByteArray::number(image.height) + ',' + QByteArray::number(image.width) + "]}";
                break;
            }
            case Shape::Kind::Keypoints: {
                const auto points = shape.keypointList();
                body = "\"iscrowd\":0,\"keypoints\":[";
                int visible = 0;
                QPolygonF labeled;
                for (qsizetype i = 0; i < points.size(); ++i) {
                    if (i)
                        body += ',';
                    body += FormatUtil::number(points[i].pos.x()) + ',' + FormatUtil::number(points[i].pos.y()) + ','
                        + QByteArray::number(points[i].visibility);
                    if (points[i].visibility > 0) {
                        ++visible;
                        labeled.append(points[i].pos);
                    }
                }
                body += "],\"num_keypoints\":" + QByteArray::number(visible) + ",\"segmentation\":[]";
                box = labeled.boundingRect();
                area = box.width() * box.height();
                break;
            }
            default:
                if (warnings)
                    warnings->append(FormatUtil::cannotExpress(
                        QStringLiteral("COCO"), shape.kindName(), label.className, image.file));
                continue;
            }
            if (nextId > 1)
                out += ",\n";
            out += "{\"area\":";
            FormatUtil::appendNumber(out, area);
            out += ',';
            appendBox(out, box);
            out += ",\"category_id\":";
            FormatUtil::appendInteger(out, category);
            out += ",\"id\":";
            FormatUtil::appendInteger(out, nextId++);
            out += ",\"image_id\":";
            FormatUtil::appendInteger(out, imageIndex + 1);
            out += ',';
            out += body;
            out += '}';
        }
    }
    out += "],\n\"categories\":[\n";
    for (qsizetype i = 0; i < dataset.classes.size(); ++i) {
        if (i)
            out += ",\n";
        out += "{\"id\":" + QByteArray::number(i + 1);
        if (const Shape *keypoints = keypointClass.value(dataset.classes[i])) {
            out += ",\"keypoints\":[";
            for (qsizetype k = 0; k < keypoints->keypointList().size(); ++k) {
                if (k)
                    out += ',';
                appendString(out, QString::number(k + 1));
            }
            out += "]";
        }
        out += ",\"name\":";
        appendString(out, dataset.classes[i]);
        if (const Shape *keypoints = keypointClass.value(dataset.classes[i])) {
            out += ",\"skeleton\":[";
            const auto edges = keypoints->edges();
            for (qsizetype e = 0; e < edges.size(); ++e) {
                if (e)
                    out += ',';
                out += '[' + QByteArray::number(edges[e].first + 1) + ',' + QByteArray::number(edges[e].second + 1)
                    + ']';
            }
            out += ']';
        }
        out += ",\"supercategory\":\"\"}";
    }
    out += "],\n\"images\":[\n";
    for (qsizetype i = 0; i < dataset.images.size(); ++i) {
        const DatasetImage &image = dataset.images[i];
        if (i)
            out += ",\n";
        out += "{\"file_name\":";
        appendString(out, image.file);
        out += ",\"height\":";
        FormatUtil::appendInteger(out, image.height);
        out += ",\"id\":";
        FormatUtil::appendInteger(out, i + 1);
        out += ",\"width\":";
        FormatUtil::appendInteger(out, image.width);
        out += '}';
    }
    out += "],\n\"info\":{\"description\":\"Resonance Workbench export\",\"version\":\"1.0\"},\"licenses\":[]}\n";
    return out;
}

FormatOutput CocoFormat::writeFolder(const ImageDataset &dataset)
{
    FormatOutput output;
    output.files.insert(QStringLiteral("annotations.json"), write(dataset, &output.warnings));
    for (qsizetype i = 0; i < dataset.images.size(); ++i)
        output.imagePlacement.insert(QStringLiteral("images/") + dataset.images[i].file, int(i));
    return output;
}

std::optional<QList<quint32>> CocoFormat::decodeCompressedRle(const QByteArray &s)
{
    // pycocotools' rleFrString: 5 bits per character (offset 48), continuation bit 0x20,
    // sign-extended, and counts after the second are deltas from the count two before.
    QList<quint32> counts;
    qsizetype p = 0;
    while (p < s.size()) {
        qint64 x = 0;
        int k = 0;
        bool more = true;
        while (more) {
            if (p >= s.size() || k > 12)
                return std::nullopt;
            const int c = s[p] - 48;
            if (c < 0 || c > 63)
                return std::nullopt;
            x |= qint64(c & 0x1f) << (5 * k);
            more = c & 0x20;
            ++p;
            ++k;
            if (!more && (c & 0x10))
                x |= -1LL << (5 * k);
        }
        if (counts.size() > 2)
            x += counts[counts.size() - 2];
        if (x < 0)
            return std::nullopt;
        counts.append(quint32(x));
    }
    return counts;
}

std::optional<ImageDataset> CocoFormat::read(const QByteArray &json, const QString &imageFolder, QString *error)
{
    auto fail = [&](const QString &message) -> std::optional<ImageDataset> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = int(json.left(parseError.offset).count('\n')) + 1;
        return fail(tr("line %1: invalid JSON (%2)").arg(line).arg(parseError.errorString()));
    }
    if (!doc.isObject())
        return fail(tr("expected a JSON object with \"images\", \"annotations\" and \"categories\""));
    const QJsonObject root = doc.object();
    if (!root.value(QLatin1String("images")).isArray() || !root.value(QLatin1String("categories")).isArray())
        return fail(tr("\"images\" and \"categories\" must be arrays"));

    ImageDataset dataset;
    QHash<qint64, QString> categoryName;
    QHash<qint64, QList<std::pair<int, int>>> skeleton;
    for (const QJsonValue &v : root.value(QLatin1String("categories")).toArray()) {
        const QJsonObject c = v.toObject();
        const QString name = c.value(QLatin1String("name")).toString();
        if (name.isEmpty())
            return fail(tr("a category without a name"));
        const qint64 id = c.value(QLatin1String("id")).toInteger();
        categoryName.insert(id, name);
        if (!dataset.classes.contains(name))
            dataset.classes.append(name);
        for (const QJsonValue &e : c.value(QLatin1String("skeleton")).toArray()) {
            const QJsonArray pair = e.toArray();
            skeleton[id].append({ pair.at(0).toInt() - 1, pair.at(1).toInt() - 1 });
        }
    }
    QHash<qint64, qsizetype> imageIndex;
    const QDir folder(imageFolder);
    for (const QJsonValue &v : root.value(QLatin1String("images")).toArray()) {
        const QJsonObject o = v.toObject();
        DatasetImage image;
        image.file = o.value(QLatin1String("file_name")).toString();
        image.width = o.value(QLatin1String("width")).toInt();
        image.height = o.value(QLatin1String("height")).toInt();
        if (image.file.isEmpty() || image.width <= 0 || image.height <= 0)
            return fail(
                tr("image %1 needs a file_name, a width and a height").arg(o.value(QLatin1String("id")).toInteger()));
        if (!imageFolder.isEmpty())
            image.sourcePath = folder.absoluteFilePath(image.file);
        imageIndex.insert(o.value(QLatin1String("id")).toInteger(), dataset.images.size());
        dataset.images.append(image);
    }
    for (const QJsonValue &v : root.value(QLatin1String("annotations")).toArray()) {
        const QJsonObject a = v.toObject();
        const qint64 annotationId = a.value(QLatin1String("id")).toInteger();
        const auto at = imageIndex.constFind(a.value(QLatin1String("image_id")).toInteger());
        if (at == imageIndex.constEnd())
            return fail(tr("annotation %1 refers to an unknown image").arg(annotationId));
        const qint64 categoryId = a.value(QLatin1String("category_id")).toInteger();
        if (!categoryName.contains(categoryId))
            return fail(tr("annotation %1 refers to an unknown category %2").arg(annotationId).arg(categoryId));
        DatasetImage &image = dataset.images[*at];
        DatasetLabel label;
        label.className = categoryName.value(categoryId);
        const QJsonArray keypoints = a.value(QLatin1String("keypoints")).toArray();
        const QJsonValue segmentation = a.value(QLatin1String("segmentation"));
        if (!keypoints.isEmpty()) {
            if (keypoints.size() % 3)
                return fail(tr("annotation %1: keypoints must come in threes").arg(annotationId));
            QList<Shape::Keypoint> points;
            for (qsizetype i = 0; i + 2 < keypoints.size(); i += 3)
                points.append(
                    { QPointF(keypoints[i].toDouble(), keypoints[i + 1].toDouble()), keypoints[i + 2].toInt() });
            label.shape = Shape::keypoints(points, skeleton.value(categoryId));
            image.labels.append(label);
        } else if (segmentation.isArray() && !segmentation.toArray().isEmpty()) {
            for (const QJsonValue &part : segmentation.toArray()) {
                const QJsonArray flat = part.toArray();
                if (flat.size() < 6 || flat.size() % 2)
                    return fail(tr("annotation %1: a polygon needs at least three x, y pairs").arg(annotationId));
                QPolygonF polygon;
                for (qsizetype i = 0; i + 1 < flat.size(); i += 2)
                    polygon.append(QPointF(flat[i].toDouble(), flat[i + 1].toDouble()));
                label.shape = Shape::polygon(polygon);
                image.labels.append(label);
            }
        } else if (segmentation.isObject()) {
            const QJsonObject rle = segmentation.toObject();
            const QJsonValue countsValue = rle.value(QLatin1String("counts"));
            QList<quint32> counts;
            if (countsValue.isString()) {
                const auto decoded = decodeCompressedRle(countsValue.toString().toLatin1());
                if (!decoded)
                    return fail(tr("annotation %1: damaged compressed RLE").arg(annotationId));
                counts = *decoded;
            } else {
                for (const QJsonValue &c : countsValue.toArray())
                    counts.append(quint32(c.toInteger()));
            }
            const QJsonArray size = rle.value(QLatin1String("size")).toArray();
            const QSize imageSize(size.at(1).toInt(image.width), size.at(0).toInt(image.height));
            QString maskError;
            const auto mask = image::RleMask::fromCocoRle(counts, imageSize, &maskError);
            if (!mask)
                return fail(tr("annotation %1: %2").arg(annotationId).arg(maskError));
            label.shape = Shape::mask(*mask);
            image.labels.append(label);
        } else {
            const QJsonArray b = a.value(QLatin1String("bbox")).toArray();
            if (b.size() != 4)
                return fail(tr("annotation %1 has neither a bbox nor a segmentation").arg(annotationId));
            label.shape = Shape::box(QRectF(b[0].toDouble(), b[1].toDouble(), b[2].toDouble(), b[3].toDouble()));
            image.labels.append(label);
        }
    }
    return dataset;
}

} // namespace rwb::exchange
