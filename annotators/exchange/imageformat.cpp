#include "imageformat.h"

#include "cocoformat.h"
#include "cvatformat.h"
#include "formatutil.h"
#include "labelmeformat.h"
#include "maskpngformat.h"
#include "vocformat.h"
#include "yoloformat.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace rwb::exchange {

QStringList ImageFormat::exportNames()
{
    return { QStringLiteral("coco"), QStringLiteral("yolo"), QStringLiteral("yolo-segment"), QStringLiteral("yolo-obb"),
        QStringLiteral("voc"), QStringLiteral("labelme"), QStringLiteral("cvat"), QStringLiteral("masks") };
}

QStringList ImageFormat::importNames()
{
    return { QStringLiteral("coco"), QStringLiteral("yolo"), QStringLiteral("voc"), QStringLiteral("labelme"),
        QStringLiteral("cvat") };
}

QString ImageFormat::displayName(const QString &name)
{
    if (name == QLatin1String("coco"))
        return tr("COCO (boxes, polygons, masks, keypoints)");
    if (name == QLatin1String("yolo"))
        return tr("YOLO / Ultralytics detect");
    if (name == QLatin1String("yolo-segment"))
        return tr("YOLO / Ultralytics segment");
    if (name == QLatin1String("yolo-obb"))
        return tr("YOLO / Ultralytics oriented boxes");
    if (name == QLatin1String("voc"))
        return tr("Pascal VOC (XML and segmentation PNGs)");
    if (name == QLatin1String("labelme"))
        return tr("labelme JSON");
    if (name == QLatin1String("cvat"))
        return tr("CVAT for images 1.1 XML");
    if (name == QLatin1String("masks"))
        return tr("Mask PNGs (class per pixel)");
    return name;
}

std::optional<FormatOutput> ImageFormat::write(const QString &name, const ImageDataset &dataset)
{
    if (name == QLatin1String("coco"))
        return CocoFormat::writeFolder(dataset);
    if (name == QLatin1String("yolo"))
        return YoloFormat::writeFolder(dataset, YoloFormat::Task::Detect);
    if (name == QLatin1String("yolo-segment"))
        return YoloFormat::writeFolder(dataset, YoloFormat::Task::Segment);
    if (name == QLatin1String("yolo-obb"))
        return YoloFormat::writeFolder(dataset, YoloFormat::Task::Obb);
    if (name == QLatin1String("voc"))
        return VocFormat::writeFolder(dataset);
    if (name == QLatin1String("labelme"))
        return LabelmeFormat::writeFolder(dataset);
    if (name == QLatin1String("cvat"))
        return CvatFormat::writeFolder(dataset);
    if (name == QLatin1String("masks"))
        return MaskPngFormat::writeFolder(dataset);
    return std::nullopt;
}

std::optional<ImageDataset> ImageFormat::read(const QString &name, const QString &input, QString *error)
{
    const QFileInfo info(input);
    if (!info.exists()) {
        *error = tr("%1: no such file or folder").arg(input);
        return std::nullopt;
    }
    auto readFile = [&](const QString &defaultName, auto reader) -> std::optional<ImageDataset> {
        const QString file = info.isDir() ? QDir(input).filePath(defaultName) : input;
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = tr("%1: %2").arg(file, f.errorString());
            return std::nullopt;
        }
        const QDir base = QFileInfo(file).absoluteDir();
        const QString images
            = base.exists(QStringLiteral("images")) ? base.filePath(QStringLiteral("images")) : base.absolutePath();
        QString problem;
        auto dataset = reader(FormatUtil::readAllPadded(f), images, &problem);
        if (!dataset)
            *error = tr("%1: %2").arg(file, problem);
        return dataset;
    };
    if (name == QLatin1String("coco"))
        return readFile(QStringLiteral("annotations.json"), &CocoFormat::read);
    if (name == QLatin1String("cvat"))
        return readFile(QStringLiteral("annotations.xml"), &CvatFormat::read);
    const QString folder = info.isDir() ? input : info.absolutePath();
    if (name.startsWith(QLatin1String("yolo")))
        return YoloFormat::read(folder, error);
    if (name == QLatin1String("voc"))
        return VocFormat::read(folder, error);
    if (name == QLatin1String("labelme"))
        return LabelmeFormat::read(folder, error);
    *error = tr("unknown import format \"%1\" (known: %2)").arg(name, importNames().join(QStringLiteral(", ")));
    return std::nullopt;
}

} // namespace rwb::exchange
