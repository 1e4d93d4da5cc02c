#include "cocoformat.h"

#include "formatutil.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <simdjson.h>

#include <cmath>
#include <limits>

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

namespace {

namespace dom = simdjson::dom;
/// An element or the reason there is none (absent member, wrong type); errors chain through
/// operator[] and at(), so a missing value reads as the default below, as with QJsonValue.
using Value = simdjson::simdjson_result<dom::element>;

// QJsonValue's conversions, so that the reader accepts what it accepted through QJsonDocument.
double toDouble(const Value &v, double fallback = 0)
{
    if (v.error())
        return fallback;
    const dom::element &e = v.value_unsafe();
    switch (e.type()) {
    case dom::element_type::DOUBLE:
        return e.get_double().value_unsafe();
    case dom::element_type::INT64:
        return double(e.get_int64().value_unsafe());
    case dom::element_type::UINT64:
        return double(e.get_uint64().value_unsafe());
    default:
        return fallback;
    }
}

qint64 toInteger(const Value &v, qint64 fallback = 0)
{
    if (v.error())
        return fallback;
    const dom::element &e = v.value_unsafe();
    switch (e.type()) {
    case dom::element_type::INT64:
        return e.get_int64().value_unsafe();
    case dom::element_type::UINT64: {
        const quint64 u = e.get_uint64().value_unsafe();
        return u <= quint64(std::numeric_limits<qint64>::max()) ? qint64(u) : fallback;
    }
    case dom::element_type::DOUBLE: {
        const double d = e.get_double().value_unsafe();
        return d == std::floor(d) && std::abs(d) < 9007199254740992.0 ? qint64(d) : fallback;
    }
    default:
        return fallback;
    }
}

int toInt(const Value &v, int fallback = 0)
{
    constexpr qint64 none = std::numeric_limits<qint64>::min();
    const qint64 i = toInteger(v, none);
    return i != none && i >= std::numeric_limits<int>::min() && i <= std::numeric_limits<int>::max() ? int(i)
                                                                                                     : fallback;
}

QString toString(const Value &v)
{
    std::string_view text;
    if (v.get(text) != simdjson::SUCCESS)
        return {};
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

bool is(const Value &v, dom::element_type type)
{
    return !v.error() && v.value_unsafe().type() == type;
}

/// The array \a v, or an empty one.
struct ArrayView
{
    dom::array array;
    bool valid = false;
    explicit ArrayView(const Value &v) { valid = v.get(array) == simdjson::SUCCESS; }
    size_t size() const { return valid ? array.size() : 0; }
    template<typename F> void forEach(F f) const
    {
        if (valid)
            for (dom::element e : array)
                f(Value(std::move(e)));
    }
};

} // namespace

std::optional<ImageDataset> CocoFormat::read(const QByteArray &json, const QString &imageFolder, QString *error)
{
    auto fail = [&](const QString &message) -> std::optional<ImageDataset> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    // simdjson rather than QJsonDocument: a train2017-sized file (450 MB) parses many times
    // faster and without a QJsonObject per annotation. QJsonDocument is kept for its error
    // message (line and reason) when the file is not JSON.
    dom::parser parser;
    // A caller that reserved SIMDJSON_PADDING bytes beyond the text saves a copy of it.
    const bool padded = json.capacity() - json.size() >= qsizetype(simdjson::SIMDJSON_PADDING);
    const Value root = parser.parse(json.constData(), size_t(json.size()), !padded);
    if (root.error()) {
        QJsonParseError parseError;
        QJsonDocument::fromJson(json, &parseError);
        const int line = int(json.left(parseError.offset).count('\n')) + 1;
        return fail(tr("line %1: invalid JSON (%2)")
                        .arg(line)
                        .arg(parseError.error == QJsonParseError::NoError
                                ? QString::fromUtf8(simdjson::error_message(root.error()))
                                : parseError.errorString()));
    }
    if (!is(root, dom::element_type::OBJECT))
        return fail(tr("expected a JSON object with \"images\", \"annotations\" and \"categories\""));
    if (!is(root["images"], dom::element_type::ARRAY) || !is(root["categories"], dom::element_type::ARRAY))
        return fail(tr("\"images\" and \"categories\" must be arrays"));

    ImageDataset dataset;
    QHash<qint64, QString> categoryName;
    QHash<qint64, QList<std::pair<int, int>>> skeleton;
    std::optional<QString> failure;
    ArrayView(root["categories"]).forEach([&](const Value &c) {
        if (failure)
            return;
        const QString name = toString(c["name"]);
        if (name.isEmpty()) {
            failure = tr("a category without a name");
            return;
        }
        const qint64 id = toInteger(c["id"]);
        categoryName.insert(id, name);
        if (!dataset.classes.contains(name))
            dataset.classes.append(name);
        ArrayView(c["skeleton"]).forEach([&](const Value &pair) {
            skeleton[id].append({ toInt(pair.at(0)) - 1, toInt(pair.at(1)) - 1 });
        });
    });
    if (failure)
        return fail(*failure);
    QHash<qint64, qsizetype> imageIndex;
    const QDir folder(imageFolder);
    const ArrayView imageArray(root["images"]);
    dataset.images.reserve(qsizetype(imageArray.size()));
    imageIndex.reserve(qsizetype(imageArray.size()));
    imageArray.forEach([&](const Value &o) {
        if (failure)
            return;
        DatasetImage image;
        image.file = toString(o["file_name"]);
        image.width = toInt(o["width"]);
        image.height = toInt(o["height"]);
        const qint64 id = toInteger(o["id"]);
        if (image.file.isEmpty() || image.width <= 0 || image.height <= 0) {
            failure = tr("image %1 needs a file_name, a width and a height").arg(id);
            return;
        }
        if (!imageFolder.isEmpty())
            image.sourcePath = folder.absoluteFilePath(image.file);
        imageIndex.insert(id, dataset.images.size());
        dataset.images.append(std::move(image));
    });
    if (failure)
        return fail(*failure);
    const ArrayView annotations(root["annotations"]);
    {
        // Each image's label list gets its final size at once (labels are large to move).
        QList<qsizetype> perImage(dataset.images.size(), 0);
        annotations.forEach([&](const Value &a) {
            const auto at = imageIndex.constFind(toInteger(a["image_id"]));
            if (at != imageIndex.constEnd())
                ++perImage[*at];
        });
        for (qsizetype i = 0; i < perImage.size(); ++i)
            dataset.images[i].labels.reserve(perImage[i]);
    }
    annotations.forEach([&](const Value &a) {
        if (failure)
            return;
        const qint64 annotationId = toInteger(a["id"]);
        const auto at = imageIndex.constFind(toInteger(a["image_id"]));
        if (at == imageIndex.constEnd()) {
            failure = tr("annotation %1 refers to an unknown image").arg(annotationId);
            return;
        }
        const qint64 categoryId = toInteger(a["category_id"]);
        const auto category = categoryName.constFind(categoryId);
        if (category == categoryName.constEnd()) {
            failure = tr("annotation %1 refers to an unknown category %2").arg(annotationId).arg(categoryId);
            return;
        }
        DatasetImage &image = dataset.images[*at];
        DatasetLabel label;
        label.className = *category;
        const ArrayView keypoints(a["keypoints"]);
        const Value segmentation = a["segmentation"];
        if (keypoints.size() > 0) {
            if (keypoints.size() % 3) {
                failure = tr("annotation %1: keypoints must come in threes").arg(annotationId);
                return;
            }
            QList<double> flat;
            keypoints.forEach([&](const Value &v) { flat.append(toDouble(v)); });
            QList<Shape::Keypoint> points;
            for (qsizetype i = 0; i + 2 < flat.size(); i += 3) {
                const Value visibility = keypoints.array.at(size_t(i + 2));
                points.append({ QPointF(flat[i], flat[i + 1]), toInt(visibility) });
            }
            label.shape = Shape::keypoints(points, skeleton.value(categoryId));
            image.labels.append(std::move(label));
        } else if (ArrayView(segmentation).size() > 0) {
            ArrayView(segmentation).forEach([&](const Value &part) {
                if (failure)
                    return;
                const ArrayView flat(part);
                if (flat.size() < 6 || flat.size() % 2) {
                    failure = tr("annotation %1: a polygon needs at least three x, y pairs").arg(annotationId);
                    return;
                }
                QPolygonF polygon;
                polygon.reserve(qsizetype(flat.size() / 2));
                double x = 0;
                bool odd = false;
                flat.forEach([&](const Value &v) {
                    if (odd)
                        polygon.append(QPointF(x, toDouble(v)));
                    else
                        x = toDouble(v);
                    odd = !odd;
                });
                image.labels.append(DatasetLabel { label.className, Shape::polygon(polygon), label.source });
            });
        } else if (is(segmentation, dom::element_type::OBJECT)) {
            const Value countsValue = segmentation["counts"];
            QList<quint32> counts;
            if (is(countsValue, dom::element_type::STRING)) {
                const auto decoded = decodeCompressedRle(toString(countsValue).toLatin1());
                if (!decoded) {
                    failure = tr("annotation %1: damaged compressed RLE").arg(annotationId);
                    return;
                }
                counts = *decoded;
            } else {
                ArrayView(countsValue).forEach([&](const Value &c) { counts.append(quint32(toInteger(c))); });
            }
            const Value size = segmentation["size"];
            const QSize imageSize(toInt(size.at(1), image.width), toInt(size.at(0), image.height));
            QString maskError;
            const auto mask = image::RleMask::fromCocoRle(counts, imageSize, &maskError);
            if (!mask) {
                failure = tr("annotation %1: %2").arg(annotationId).arg(maskError);
                return;
            }
            label.shape = Shape::mask(*mask);
            image.labels.append(std::move(label));
        } else {
            const Value b = a["bbox"];
            if (ArrayView(b).size() != 4) {
                failure = tr("annotation %1 has neither a bbox nor a segmentation").arg(annotationId);
                return;
            }
            label.shape
                = Shape::box(QRectF(toDouble(b.at(0)), toDouble(b.at(1)), toDouble(b.at(2)), toDouble(b.at(3))));
            image.labels.append(std::move(label));
        }
    });
    if (failure)
        return fail(*failure);
    return dataset;
}

} // namespace rwb::exchange
