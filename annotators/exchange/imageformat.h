#pragma once

#include "imagedataset.h"

#include <QCoreApplication>

namespace rwb::exchange {

/// The image dataset formats by name ("coco", "yolo", "yolo-segment", "yolo-obb", "voc",
/// "labelme", "cvat", "masks"): one place that maps a name to its writer and reader, for the
/// export and import jobs, the CLI and the dialogs.
class ImageFormat
{
    Q_DECLARE_TR_FUNCTIONS(rwb::exchange::ImageFormat)
public:
    static QStringList exportNames();
    static QStringList importNames();
    static QString displayName(const QString &name);
    /// Nullopt for an unknown name.
    static std::optional<FormatOutput> write(const QString &name, const ImageDataset &dataset);
    /// Reads the dataset at \a input (a folder, or the annotation file of COCO and CVAT).
    /// Nullopt with \a error naming the file and the problem.
    static std::optional<ImageDataset> read(const QString &name, const QString &input, QString *error);
};

} // namespace rwb::exchange
