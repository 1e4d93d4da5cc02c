#pragma once

#include "imagedataset.h"

#include <QCoreApplication>

namespace rwb::exchange {

/// CVAT for images 1.1 XML (annotations.xml): box (with rotation for rotated boxes), polygon,
/// polyline, points (a point label or visible keypoints), ellipse, mask (CVAT's RLE over its
/// box: row by row, starting with unset pixels) and tag. Keypoint visibility and skeletons
/// cannot be expressed; keypoints go as points.
class CvatFormat
{
    Q_DECLARE_TR_FUNCTIONS(rwb::exchange::CvatFormat)
public:
    static QByteArray write(const ImageDataset &dataset, QStringList *warnings = nullptr);
    static FormatOutput writeFolder(const ImageDataset &dataset);
    static std::optional<ImageDataset> read(const QByteArray &xml, const QString &imageFolder, QString *error);
};

} // namespace rwb::exchange
