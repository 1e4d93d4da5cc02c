#pragma once

#include "imagedataset.h"

#include <QCoreApplication>

namespace rwb::exchange {

/// Pascal VOC: Annotations/<stem>.xml (objects with bndbox, 1-based pixel corners as VOC
/// writes them), ImageSets/Main/<split>.txt, JPEGImages/, and for area labels other than
/// boxes SegmentationClass/<stem>.png (class index + 1, VOC palette) and
/// SegmentationObject/<stem>.png (object index + 1), with 255 on no pixel. Such objects come
/// back as masks. Points, polylines, keypoints and tags cannot be expressed.
class VocFormat
{
    Q_DECLARE_TR_FUNCTIONS(rwb::exchange::VocFormat)
public:
    static FormatOutput writeFolder(const ImageDataset &dataset);
    static QByteArray annotationXml(const ImageDataset &dataset, const DatasetImage &image, QStringList *warnings);
    static std::optional<ImageDataset> read(const QString &folder, QString *error);
    /// The VOC colour map (index → colour) for palette PNGs.
    static QList<QRgb> palette();
};

} // namespace rwb::exchange
