#include "cvatformat.h"

#include "formatutil.h"

#include <QDir>
#include <QXmlStreamReader>

namespace rwb::exchange {

using image::Shape;

static QByteArray pointList(const QPolygonF &points)
{
    QByteArray text;
    for (qsizetype i = 0; i < points.size(); ++i) {
        if (i)
            text += ';';
        text += FormatUtil::number(points[i].x()) + ',' + FormatUtil::number(points[i].y());
    }
    return text;
}

static QPolygonF parsePoints(const QString &text, bool *ok)
{
    QPolygonF points;
    *ok = true;
    for (const QString &pair : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList xy = pair.split(QLatin1Char(','));
        bool okX = false, okY = false;
        if (xy.size() == 2)
            points.append(QPointF(xy[0].toDouble(&okX), xy[1].toDouble(&okY)));
        if (!okX || !okY)
            *ok = false;
    }
    return points;
}

QByteArray CvatFormat::write(const ImageDataset &dataset, QStringList *warnings)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<annotations>\n  <version>1.1</version>\n  <meta>\n"
                     "    <task>\n      <name>Resonance Workbench export</name>\n      <size>"
        + QByteArray::number(dataset.images.size()) + "</size>\n      <mode>annotation</mode>\n      <labels>\n";
    for (const QString &c : dataset.classes)
        xml += "        <label>\n          <name>" + FormatUtil::xmlEscape(c)
            + "</name>\n          <attributes>\n          </attributes>\n        </label>\n";
    xml += "      </labels>\n    </task>\n  </meta>\n";
    for (qsizetype i = 0; i < dataset.images.size(); ++i) {
        const DatasetImage &image = dataset.images[i];
        xml += "  <image id=\"" + QByteArray::number(i) + "\" name=\"" + FormatUtil::xmlEscape(image.file)
            + "\" width=\"" + QByteArray::number(image.width) + "\" height=\"" + QByteArray::number(image.height)
            + "\">\n";
        int z = 0;
        for (const DatasetLabel &label : image.labels) {
            const Shape &shape = label.shape;
            const QByteArray common = "label=\"" + FormatUtil::xmlEscape(label.className) + "\" source=\""
                + (label.source == project::AnnotationSource::Model ? "auto" : "manual") + "\" occluded=\"0\"";
            const QByteArray zText = " z_order=\"" + QByteArray::number(z++) + "\"";
            switch (shape.kind()) {
            case Shape::Kind::Box: {
                const QRectF r = shape.rect();
                xml += "    <box " + common + " xtl=\"" + FormatUtil::number(r.left()) + "\" ytl=\""
                    + FormatUtil::number(r.top()) + "\" xbr=\"" + FormatUtil::number(r.right()) + "\" ybr=\""
                    + FormatUtil::number(r.bottom()) + "\"" + zText + "/>\n";
                break;
            }
            case Shape::Kind::RotatedBox: {
                const QPointF c = shape.center();
                const QSizeF s = shape.size();
                xml += "    <box " + common + " xtl=\"" + FormatUtil::number(c.x() - s.width() / 2) + "\" ytl=\""
                    + FormatUtil::number(c.y() - s.height() / 2) + "\" xbr=\""
                    + FormatUtil::number(c.x() + s.width() / 2) + "\" ybr=\""
                    + FormatUtil::number(c.y() + s.height() / 2) + "\" rotation=\"" + FormatUtil::number(shape.angle())
                    + "\"" + zText + "/>\n";
                break;
            }
            case Shape::Kind::Polygon:
                if (!shape.holes().isEmpty() && warnings)
                    warnings->append(tr("CVAT cannot express the holes of a polygon (class \"%1\", image %2); they "
                                        "were left out.")
                                         .arg(label.className, image.file));
                xml += "    <polygon " + common + " points=\"" + pointList(shape.points()) + "\"" + zText + "/>\n";
                break;
            case Shape::Kind::Polyline:
                xml += "    <polyline " + common + " points=\"" + pointList(shape.points()) + "\"" + zText + "/>\n";
                break;
            case Shape::Kind::Point:
                xml += "    <points " + common + " points=\"" + pointList(shape.points()) + "\"" + zText + "/>\n";
                break;
            case Shape::Kind::Keypoints: {
                QPolygonF visible;
                for (const auto &k : shape.keypointList())
                    if (k.visibility > 0)
                        visible.append(k.pos);
                if (warnings)
                    warnings->append(tr("CVAT points cannot express keypoint visibility or a skeleton (class \"%1\", "
                                        "image %2); the labeled keypoints went as points.")
                                         .arg(label.className, image.file));
                if (!visible.isEmpty())
                    xml += "    <points " + common + " points=\"" + pointList(visible) + "\"" + zText + "/>\n";
                break;
            }
            case Shape::Kind::Ellipse: {
                const QPointF c = shape.center();
                xml += "    <ellipse " + common + " cx=\"" + FormatUtil::number(c.x()) + "\" cy=\""
                    + FormatUtil::number(c.y()) + "\" rx=\"" + FormatUtil::number(shape.size().width() / 2) + "\" ry=\""
                    + FormatUtil::number(shape.size().height() / 2) + "\" rotation=\""
                    + FormatUtil::number(shape.angle()) + "\"" + zText + "/>\n";
                break;
            }
            case Shape::Kind::Mask: {
                const image::RleMask &mask = shape.maskData();
                const QRect box = mask.boundingRect();
                QByteArray rle;
                for (qsizetype r = 0; r < mask.runs().size(); ++r) {
                    if (r)
                        rle += ", ";
                    rle += QByteArray::number(mask.runs()[r]);
                }
                xml += "    <mask " + common + " rle=\"" + rle + "\" left=\"" + QByteArray::number(box.left())
                    + "\" top=\"" + QByteArray::number(box.top()) + "\" width=\"" + QByteArray::number(box.width())
                    + "\" height=\"" + QByteArray::number(box.height()) + "\"" + zText + "/>\n";
                break;
            }
            case Shape::Kind::Tag:
                xml += "    <tag label=\"" + FormatUtil::xmlEscape(label.className) + "\" source=\"manual\"/>\n";
                break;
            }
        }
        xml += "  </image>\n";
    }
    xml += "</annotations>\n";
    return xml;
}

FormatOutput CvatFormat::writeFolder(const ImageDataset &dataset)
{
    FormatOutput output;
    output.files.insert(QStringLiteral("annotations.xml"), write(dataset, &output.warnings));
    for (qsizetype i = 0; i < dataset.images.size(); ++i)
        output.imagePlacement.insert(QStringLiteral("images/") + dataset.images[i].file, int(i));
    return output;
}

std::optional<ImageDataset> CvatFormat::read(const QByteArray &data, const QString &imageFolder, QString *error)
{
    auto fail = [&](const QString &message) -> std::optional<ImageDataset> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    ImageDataset dataset;
    QXmlStreamReader xml(data);
    DatasetImage *current = nullptr;
    bool inLabels = false;
    const QDir folder(imageFolder);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("labels"))
                inLabels = false;
            else if (xml.name() == QLatin1String("image"))
                current = nullptr;
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        const QXmlStreamAttributes a = xml.attributes();
        auto number = [&](const char *key) { return a.value(QLatin1String(key)).toDouble(); };
        if (name == QLatin1String("labels")) {
            inLabels = true;
        } else if (inLabels && name == QLatin1String("name")) {
            const QString label = xml.readElementText();
            if (!dataset.classes.contains(label))
                dataset.classes.append(label);
        } else if (name == QLatin1String("image")) {
            DatasetImage image;
            image.file = a.value(QLatin1String("name")).toString();
            image.width = a.value(QLatin1String("width")).toInt();
            image.height = a.value(QLatin1String("height")).toInt();
            if (image.file.isEmpty() || image.width <= 0 || image.height <= 0)
                return fail(tr("line %1: an image needs name, width and height").arg(xml.lineNumber()));
            if (!imageFolder.isEmpty())
                image.sourcePath = folder.absoluteFilePath(image.file);
            dataset.images.append(image);
            current = &dataset.images.last();
        } else if (current) {
            DatasetLabel label;
            label.className = a.value(QLatin1String("label")).toString();
            if (a.value(QLatin1String("source")) == QLatin1String("auto"))
                label.source = project::AnnotationSource::Model;
            bool ok = true;
            std::optional<Shape> shape;
            if (name == QLatin1String("box")) {
                const QRectF r(QPointF(number("xtl"), number("ytl")), QPointF(number("xbr"), number("ybr")));
                const double rotation = number("rotation");
                shape = rotation != 0 ? Shape::rotatedBox(r.center(), r.size(), rotation) : Shape::box(r);
            } else if (name == QLatin1String("polygon")) {
                shape = Shape::polygon(parsePoints(a.value(QLatin1String("points")).toString(), &ok));
            } else if (name == QLatin1String("polyline")) {
                shape = Shape::polyline(parsePoints(a.value(QLatin1String("points")).toString(), &ok), 1.0);
            } else if (name == QLatin1String("points")) {
                const QPolygonF points = parsePoints(a.value(QLatin1String("points")).toString(), &ok);
                if (points.size() == 1) {
                    shape = Shape::point(points[0]);
                } else {
                    QList<Shape::Keypoint> keypoints;
                    for (const QPointF &p : points)
                        keypoints.append({ p, 2 });
                    shape = Shape::keypoints(keypoints);
                }
            } else if (name == QLatin1String("ellipse")) {
                shape = Shape::ellipse(
                    QPointF(number("cx"), number("cy")), number("rx"), number("ry"), number("rotation"));
            } else if (name == QLatin1String("mask")) {
                const QRect box(int(number("left")), int(number("top")), int(number("width")), int(number("height")));
                QImage pixels(box.size(), QImage::Format_Grayscale8);
                pixels.fill(0);
                qint64 at = 0;
                bool set = false;
                const qint64 total = qint64(box.width()) * box.height();
                for (const QString &run : a.value(QLatin1String("rle")).toString().split(QLatin1Char(','))) {
                    bool okRun = false;
                    const qint64 n = run.trimmed().toLongLong(&okRun);
                    if (!okRun || n < 0 || at + n > total) {
                        ok = false;
                        break;
                    }
                    if (set)
                        for (qint64 p = at; p < at + n; ++p)
                            pixels.scanLine(int(p / box.width()))[p % box.width()] = 255;
                    at += n;
                    set = !set;
                }
                if (ok)
                    shape = Shape::mask(image::RleMask::fromImage(pixels, box.topLeft()));
            } else if (name == QLatin1String("tag")) {
                shape = Shape::tag();
            } else {
                continue;
            }
            if (!ok || !shape)
                return fail(tr("line %1: a %2 with unreadable coordinates").arg(xml.lineNumber()).arg(name.toString()));
            if (label.className.isEmpty())
                return fail(tr("line %1: a %2 without a label").arg(xml.lineNumber()).arg(name.toString()));
            if (!dataset.classes.contains(label.className))
                dataset.classes.append(label.className);
            label.shape = *shape;
            current->labels.append(label);
        }
    }
    if (xml.hasError())
        return fail(tr("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString()));
    return dataset;
}

} // namespace rwb::exchange
