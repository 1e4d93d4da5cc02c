#include "vocformat.h"

#include "formatutil.h"

#include <QDir>
#include <QFile>
#include <QXmlStreamReader>

#include <cmath>

namespace rwb::exchange {

using image::Shape;

QList<QRgb> VocFormat::palette()
{
    QList<QRgb> colors;
    for (int i = 0; i < 256; ++i) {
        int r = 0, g = 0, b = 0, c = i;
        for (int j = 0; j < 8; ++j) {
            r |= ((c >> 0) & 1) << (7 - j);
            g |= ((c >> 1) & 1) << (7 - j);
            b |= ((c >> 2) & 1) << (7 - j);
            c >>= 3;
        }
        colors.append(qRgb(r, g, b));
    }
    return colors;
}

static bool expressible(const Shape &shape)
{
    return shape.isArea();
}

QByteArray VocFormat::annotationXml(const ImageDataset &dataset, const DatasetImage &image, QStringList *warnings)
{
    QByteArray xml = "<annotation>\n\t<folder>JPEGImages</folder>\n\t<filename>" + FormatUtil::xmlEscape(image.file)
        + "</filename>\n\t<source>\n\t\t<database>Resonance Workbench</database>\n\t</source>\n\t<size>\n\t\t<width>"
        + QByteArray::number(image.width) + "</width>\n\t\t<height>" + QByteArray::number(image.height)
        + "</height>\n\t\t<depth>3</depth>\n\t</size>\n";
    bool segmented = false;
    QByteArray objects;
    for (const DatasetLabel &label : image.labels) {
        if (dataset.classIndex(label.className) < 0)
            continue;
        if (!expressible(label.shape)) {
            if (warnings)
                warnings->append(FormatUtil::cannotExpress(
                    QStringLiteral("Pascal VOC"), label.shape.kindName(), label.className, image.file));
            continue;
        }
        segmented = segmented || label.shape.kind() != Shape::Kind::Box;
        const QRectF r = label.shape.extent();
        // VOC corners are 1-based pixel indices, both inclusive.
        objects += "\t<object>\n\t\t<name>" + FormatUtil::xmlEscape(label.className)
            + "</name>\n\t\t<pose>Unspecified</pose>\n\t\t<truncated>0</truncated>\n\t\t<difficult>0</difficult>\n\t\t"
              "<bndbox>\n\t\t\t<xmin>"
            + FormatUtil::number(r.left() + 1) + "</xmin>\n\t\t\t<ymin>" + FormatUtil::number(r.top() + 1)
            + "</ymin>\n\t\t\t<xmax>" + FormatUtil::number(r.right()) + "</xmax>\n\t\t\t<ymax>"
            + FormatUtil::number(r.bottom()) + "</ymax>\n\t\t</bndbox>\n\t</object>\n";
    }
    xml += "\t<segmented>" + QByteArray(segmented ? "1" : "0") + "</segmented>\n" + objects + "</annotation>\n";
    return xml;
}

FormatOutput VocFormat::writeFolder(const ImageDataset &dataset)
{
    FormatOutput output;
    QMap<QString, QByteArray> sets;
    const QList<QRgb> colors = palette();
    for (qsizetype i = 0; i < dataset.images.size(); ++i) {
        const DatasetImage &image = dataset.images[i];
        const QString stem = FormatUtil::stem(image.file);
        output.imagePlacement.insert(QStringLiteral("JPEGImages/") + image.file, int(i));
        output.files.insert(
            QStringLiteral("Annotations/%1.xml").arg(stem), annotationXml(dataset, image, &output.warnings));
        sets[FormatUtil::splitFolder(image.split)] += stem.toUtf8() + '\n';
        QImage classes(image.width, image.height, QImage::Format_Indexed8);
        classes.setColorTable(colors);
        classes.fill(0);
        QImage objects = classes;
        bool any = false;
        int object = 0;
        for (const DatasetLabel &label : image.labels) {
            const int cls = dataset.classIndex(label.className);
            if (cls < 0 || !expressible(label.shape))
                continue;
            ++object;
            if (label.shape.kind() == Shape::Kind::Box)
                continue;
            const auto mask = FormatUtil::areaMask(label.shape, image.width, image.height);
            if (!mask)
                continue;
            any = true;
            const QRect box = mask->boundingRect();
            for (int y = box.top(); y <= box.bottom(); ++y)
                for (int x = box.left(); x <= box.right(); ++x)
                    if (mask->contains(QPoint(x, y))) {
                        classes.setPixel(x, y, uint(cls + 1));
                        objects.setPixel(x, y, uint(object));
                    }
        }
        if (any) {
            output.files.insert(QStringLiteral("SegmentationClass/%1.png").arg(stem), FormatUtil::png(classes));
            output.files.insert(QStringLiteral("SegmentationObject/%1.png").arg(stem), FormatUtil::png(objects));
        }
    }
    for (auto it = sets.cbegin(); it != sets.cend(); ++it)
        output.files.insert(QStringLiteral("ImageSets/Main/%1.txt").arg(it.key()), it.value());
    QByteArray labels;
    for (const QString &c : dataset.classes)
        labels += c.toUtf8() + '\n';
    output.files.insert(QStringLiteral("labels.txt"), labels);
    return output;
}

std::optional<ImageDataset> VocFormat::read(const QString &folder, QString *error)
{
    auto fail = [&](const QString &message) -> std::optional<ImageDataset> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QDir root(folder);
    QDir annotations(root.filePath(QStringLiteral("Annotations")));
    if (!annotations.exists())
        return fail(tr("%1: no Annotations folder").arg(folder));
    ImageDataset dataset;
    QFile labels(root.filePath(QStringLiteral("labels.txt")));
    if (labels.open(QIODevice::ReadOnly))
        for (const QByteArray &line : labels.readAll().split('\n'))
            if (!line.trimmed().isEmpty())
                dataset.classes.append(QString::fromUtf8(line.trimmed()));
    QHash<QString, project::Split> splitOf;
    for (const project::Split split : { project::Split::Train, project::Split::Val, project::Split::Test }) {
        QFile set(root.filePath(QStringLiteral("ImageSets/Main/%1.txt").arg(project::toString(split))));
        if (set.open(QIODevice::ReadOnly))
            for (const QByteArray &line : set.readAll().split('\n'))
                if (!line.trimmed().isEmpty())
                    splitOf.insert(QString::fromUtf8(line.trimmed()), split);
    }
    for (const QString &file : annotations.entryList({ QStringLiteral("*.xml") }, QDir::Files, QDir::Name)) {
        const QString path = annotations.absoluteFilePath(file);
        QFile xmlFile(path);
        if (!xmlFile.open(QIODevice::ReadOnly))
            return fail(tr("%1: %2").arg(path, xmlFile.errorString()));
        QXmlStreamReader xml(&xmlFile);
        DatasetImage image;
        QList<std::pair<QString, QRectF>> objects;
        QString name;
        double xmin = 0, ymin = 0, xmax = 0, ymax = 0;
        QStringList stack;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                stack.append(xml.name().toString());
                const QString tag = stack.last();
                const QString parent = stack.size() > 1 ? stack[stack.size() - 2] : QString();
                if (tag == QLatin1String("object")) {
                    name.clear();
                    continue;
                }
                if (tag == QLatin1String("filename") || tag == QLatin1String("width") || tag == QLatin1String("height")
                    || tag == QLatin1String("name") || tag == QLatin1String("xmin") || tag == QLatin1String("ymin")
                    || tag == QLatin1String("xmax") || tag == QLatin1String("ymax")) {
                    const QString text = xml.readElementText();
                    stack.removeLast();
                    if (tag == QLatin1String("filename"))
                        image.file = text;
                    else if (tag == QLatin1String("width") && parent == QLatin1String("size"))
                        image.width = text.toInt();
                    else if (tag == QLatin1String("height") && parent == QLatin1String("size"))
                        image.height = text.toInt();
                    else if (tag == QLatin1String("name") && parent == QLatin1String("object"))
                        name = text.trimmed();
                    else if (tag == QLatin1String("xmin"))
                        xmin = text.toDouble();
                    else if (tag == QLatin1String("ymin"))
                        ymin = text.toDouble();
                    else if (tag == QLatin1String("xmax"))
                        xmax = text.toDouble();
                    else if (tag == QLatin1String("ymax"))
                        ymax = text.toDouble();
                }
            } else if (xml.isEndElement()) {
                if (xml.name() == QLatin1String("object")) {
                    if (name.isEmpty())
                        return fail(tr("%1: an object without a name").arg(path));
                    objects.append({ name, QRectF(QPointF(xmin - 1, ymin - 1), QPointF(xmax, ymax)) });
                }
                if (!stack.isEmpty())
                    stack.removeLast();
            }
        }
        if (xml.hasError())
            return fail(tr("%1, line %2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString()));
        if (image.file.isEmpty())
            image.file = FormatUtil::stem(file) + QStringLiteral(".jpg");
        image.sourcePath = root.absoluteFilePath(QStringLiteral("JPEGImages/") + image.file);
        if (image.width <= 0 || image.height <= 0) {
            const QSize size = FormatUtil::imageSize(image.sourcePath);
            image.width = size.width();
            image.height = size.height();
        }
        if (image.width <= 0 || image.height <= 0)
            return fail(tr("%1: no image size and the image cannot be read").arg(path));
        const QString stem = FormatUtil::stem(file);
        image.split = splitOf.value(stem, project::Split::None);
        const QImage segmentation(root.filePath(QStringLiteral("SegmentationObject/%1.png").arg(stem)));
        for (qsizetype i = 0; i < objects.size(); ++i) {
            DatasetLabel label;
            label.className = objects[i].first;
            if (!dataset.classes.contains(label.className))
                dataset.classes.append(label.className);
            std::optional<image::RleMask> mask;
            if (!segmentation.isNull() && segmentation.format() == QImage::Format_Indexed8) {
                QImage pixels(segmentation.size(), QImage::Format_Grayscale8);
                pixels.fill(0);
                bool any = false;
                for (int y = 0; y < segmentation.height(); ++y) {
                    const uchar *in = segmentation.constScanLine(y);
                    uchar *out = pixels.scanLine(y);
                    for (int x = 0; x < segmentation.width(); ++x)
                        if (in[x] == i + 1) {
                            out[x] = 255;
                            any = true;
                        }
                }
                if (any)
                    mask = image::RleMask::fromImage(pixels);
            }
            label.shape = mask ? Shape::mask(*mask) : Shape::box(objects[i].second);
            image.labels.append(label);
        }
        dataset.images.append(image);
    }
    return dataset;
}

} // namespace rwb::exchange
