#include "yoloformat.h"

#include "formatutil.h"
#include "image/cvassist.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTransform>

#include <cmath>

namespace rwb::exchange {

using image::Shape;

QString YoloFormat::taskName(Task task)
{
    switch (task) {
    case Task::Detect:
        return QStringLiteral("detect");
    case Task::Segment:
        return QStringLiteral("segment");
    case Task::Obb:
        return QStringLiteral("obb");
    }
    return {};
}

std::optional<YoloFormat::Task> YoloFormat::taskFromName(const QString &name)
{
    for (Task t : { Task::Detect, Task::Segment, Task::Obb })
        if (taskName(t) == name)
            return t;
    return std::nullopt;
}

namespace {

QPolygonF corners(const Shape &shape)
{
    if (shape.kind() == Shape::Kind::Box) {
        const QRectF r = shape.rect();
        return QPolygonF({ r.topLeft(), r.topRight(), r.bottomRight(), r.bottomLeft() });
    }
    return shape.toPolygon()->points();
}

QByteArray normalised(const QPolygonF &points, int width, int height)
{
    QByteArray line;
    for (const QPointF &p : points)
        line += ' ' + FormatUtil::number(p.x() / width) + ' ' + FormatUtil::number(p.y() / height);
    return line;
}

} // namespace

FormatOutput YoloFormat::writeFolder(const ImageDataset &dataset, Task task)
{
    FormatOutput output;
    QSet<QString> splits;
    for (qsizetype i = 0; i < dataset.images.size(); ++i) {
        const DatasetImage &image = dataset.images[i];
        const QString split = FormatUtil::splitFolder(image.split);
        splits.insert(split);
        output.imagePlacement.insert(QStringLiteral("images/%1/%2").arg(split, image.file), int(i));
        QByteArray text;
        for (const DatasetLabel &label : image.labels) {
            const int cls = dataset.classIndex(label.className);
            const Shape &shape = label.shape;
            if (cls < 0)
                continue;
            auto skip = [&] {
                output.warnings.append(FormatUtil::cannotExpress(
                    QStringLiteral("YOLO %1").arg(taskName(task)), shape.kindName(), label.className, image.file));
            };
            const QByteArray prefix = QByteArray::number(cls);
            switch (task) {
            case Task::Detect: {
                if (!shape.isArea()) {
                    skip();
                    break;
                }
                const QRectF r = shape.extent();
                text += prefix + ' ' + FormatUtil::number(r.center().x() / image.width) + ' '
                    + FormatUtil::number(r.center().y() / image.height) + ' '
                    + FormatUtil::number(r.width() / image.width) + ' ' + FormatUtil::number(r.height() / image.height)
                    + '\n';
                break;
            }
            case Task::Segment: {
                QList<QPolygonF> rings;
                if (shape.kind() == Shape::Kind::Mask) {
                    for (const Shape &part : image::CvAssist::maskToPolygonShapes(shape.maskData()))
                        rings.append(part.points());
                } else if (auto polygon = shape.toPolygon()) {
                    rings.append(polygon->points());
                } else {
                    skip();
                }
                for (const QPolygonF &ring : rings)
                    text += prefix + normalised(ring, image.width, image.height) + '\n';
                break;
            }
            case Task::Obb:
                if (shape.kind() != Shape::Kind::Box && shape.kind() != Shape::Kind::RotatedBox) {
                    skip();
                    break;
                }
                text += prefix + normalised(corners(shape), image.width, image.height) + '\n';
                break;
            }
        }
        output.files.insert(QStringLiteral("labels/%1/%2.txt").arg(split, FormatUtil::stem(image.file)), text);
    }
    QByteArray yaml = "# Written by Resonance Workbench\npath: .\n";
    for (const char *split : { "train", "val", "test" })
        if (splits.contains(QLatin1String(split)))
            yaml += QByteArray(split) + ": images/" + split + '\n';
    yaml += "task: " + taskName(task).toUtf8() + "\nnc: " + QByteArray::number(dataset.classes.size()) + "\nnames:\n";
    for (qsizetype i = 0; i < dataset.classes.size(); ++i) {
        QString name = dataset.classes[i];
        name.replace(QLatin1Char('\''), QLatin1String("''"));
        yaml += "  " + QByteArray::number(i) + ": '" + name.toUtf8() + "'\n";
    }
    output.files.insert(QStringLiteral("data.yaml"), yaml);
    return output;
}

QStringList YoloFormat::namesFromYaml(const QByteArray &yaml)
{
    auto unquote = [](QString s) {
        s = s.trimmed();
        if (s.size() >= 2 && (s.front() == QLatin1Char('\'') || s.front() == QLatin1Char('"')) && s.back() == s.front())
            s = s.mid(1, s.size() - 2).replace(QLatin1String("''"), QLatin1String("'"));
        return s;
    };
    QStringList names;
    const QStringList lines = QString::fromUtf8(yaml).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i];
        if (!line.startsWith(QLatin1String("names:")))
            continue;
        const QString rest = line.mid(6).trimmed();
        if (rest.startsWith(QLatin1Char('['))) {
            const QString inner = rest.mid(1, rest.lastIndexOf(QLatin1Char(']')) - 1);
            for (const QString &n : inner.split(QLatin1Char(',')))
                names.append(unquote(n));
            return names;
        }
        QMap<int, QString> byIndex;
        static const QRegularExpression entry(QStringLiteral("^\\s+(\\d+)\\s*:\\s*(.*)$"));
        static const QRegularExpression item(QStringLiteral("^\\s+-\\s*(.*)$"));
        for (++i; i < lines.size(); ++i) {
            if (auto m = entry.match(lines[i]); m.hasMatch())
                byIndex.insert(m.captured(1).toInt(), unquote(m.captured(2)));
            else if (auto m2 = item.match(lines[i]); m2.hasMatch())
                byIndex.insert(int(byIndex.size()), unquote(m2.captured(1)));
            else if (!lines[i].trimmed().isEmpty())
                break;
        }
        return byIndex.values();
    }
    return names;
}

std::optional<ImageDataset> YoloFormat::read(const QString &folder, QString *error)
{
    auto fail = [&](const QString &message) -> std::optional<ImageDataset> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QDir root(folder);
    QFile yamlFile(root.filePath(QStringLiteral("data.yaml")));
    if (!yamlFile.open(QIODevice::ReadOnly))
        return fail(tr("%1: cannot read data.yaml: %2").arg(folder, yamlFile.errorString()));
    const QByteArray yaml = yamlFile.readAll();
    ImageDataset dataset;
    dataset.classes = namesFromYaml(yaml);
    if (dataset.classes.isEmpty())
        return fail(tr("%1: data.yaml names no classes").arg(yamlFile.fileName()));
    const bool obb = yaml.contains("\ntask: obb");

    for (const project::Split split : { project::Split::Train, project::Split::Val, project::Split::Test }) {
        const QString name = project::toString(split);
        QDir images(root.filePath(QStringLiteral("images/") + name));
        if (!images.exists())
            continue;
        const QStringList files
            = images.entryList({ QStringLiteral("*.png"), QStringLiteral("*.jpg"), QStringLiteral("*.jpeg"),
                                   QStringLiteral("*.bmp"), QStringLiteral("*.tif"), QStringLiteral("*.tiff") },
                QDir::Files, QDir::Name);
        for (const QString &file : files) {
            DatasetImage image;
            image.file = file;
            image.sourcePath = images.absoluteFilePath(file);
            image.split = split;
            const QSize size = FormatUtil::imageSize(image.sourcePath);
            if (!size.isValid())
                return fail(tr("%1: cannot read the image size").arg(image.sourcePath));
            image.width = size.width();
            image.height = size.height();
            const QString labelPath
                = root.filePath(QStringLiteral("labels/%1/%2.txt").arg(name, FormatUtil::stem(file)));
            QFile labels(labelPath);
            if (labels.open(QIODevice::ReadOnly)) {
                int lineNumber = 0;
                for (const QByteArray &raw : labels.readAll().split('\n')) {
                    ++lineNumber;
                    const QList<QByteArray> parts = raw.simplified().split(' ');
                    if (raw.trimmed().isEmpty())
                        continue;
                    bool ok = true;
                    const int cls = parts[0].toInt(&ok);
                    QList<double> v;
                    for (qsizetype i = 1; i < parts.size() && ok; ++i)
                        v.append(parts[i].toDouble(&ok));
                    if (!ok || cls < 0 || cls >= dataset.classes.size()
                        || (v.size() != 4 && (v.size() < 6 || v.size() % 2)))
                        return fail(tr("%1, line %2: expected a class index and normalised coordinates")
                                        .arg(labelPath)
                                        .arg(lineNumber));
                    DatasetLabel label;
                    label.className = dataset.classes[cls];
                    if (v.size() == 4) {
                        const double w = v[2] * image.width, h = v[3] * image.height;
                        label.shape = Shape::box(QRectF(v[0] * image.width - w / 2, v[1] * image.height - h / 2, w, h));
                    } else {
                        QPolygonF points;
                        for (qsizetype i = 0; i + 1 < v.size(); i += 2)
                            points.append(QPointF(v[i] * image.width, v[i + 1] * image.height));
                        if (obb && points.size() == 4) {
                            const QPointF c = (points[0] + points[2]) / 2;
                            const QPointF top = points[1] - points[0];
                            const QPointF side = points[3] - points[0];
                            const double angle = std::atan2(top.y(), top.x()) * 180 / M_PI;
                            label.shape = Shape::rotatedBox(
                                c, QSizeF(std::hypot(top.x(), top.y()), std::hypot(side.x(), side.y())), angle);
                        } else {
                            label.shape = Shape::polygon(points);
                        }
                    }
                    image.labels.append(label);
                }
            }
            dataset.images.append(image);
        }
    }
    return dataset;
}

} // namespace rwb::exchange
