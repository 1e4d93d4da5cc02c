#pragma once

#include "imagedataset.h"

#include <QCoreApplication>

namespace rwb::exchange {

/// COCO object detection JSON: boxes, polygons (rotated boxes and ellipses become polygons),
/// masks as uncompressed RLE (also polygons with holes, which COCO polygons cannot hold) and
/// keypoints (each keypoint label is its own annotation; its class carries the skeleton).
/// Points, polylines and tags cannot be expressed and are reported.
class CocoFormat
{
    Q_DECLARE_TR_FUNCTIONS(rwb::exchange::CocoFormat)
public:
    /// The annotation file; written directly (not through QJsonDocument) so that a million
    /// annotations take seconds. Keys in a fixed order, numbers in their shortest form.
    static QByteArray write(const ImageDataset &dataset, QStringList *warnings = nullptr);
    /// "annotations.json" plus the images under "images/".
    static FormatOutput writeFolder(const ImageDataset &dataset);
    /// Parses an annotation file; image files are looked for in \a imageFolder. Reads both
    /// uncompressed and compressed RLE. Nullopt with \a error naming the problem.
    static std::optional<ImageDataset> read(const QByteArray &json, const QString &imageFolder, QString *error);
    /// Decodes COCO's compressed RLE string ("counts" as pycocotools writes them).
    static std::optional<QList<quint32>> decodeCompressedRle(const QByteArray &counts);
};

} // namespace rwb::exchange
