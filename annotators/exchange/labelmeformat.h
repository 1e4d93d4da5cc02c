#pragma once

#include "imagedataset.h"

#include <QCoreApplication>

namespace rwb::exchange {

/// labelme JSON, one file per image next to it (<stem>.json, imageData null): rectangle,
/// polygon, point, linestrip, and mask (a base64 PNG over the two corner points, labelme ≥ 5.3).
/// Rotated boxes and ellipses become polygons; keypoints and tags cannot be expressed.
class LabelmeFormat
{
    Q_DECLARE_TR_FUNCTIONS(rwb::exchange::LabelmeFormat)
public:
    static FormatOutput writeFolder(const ImageDataset &dataset);
    static QByteArray imageJson(const DatasetImage &image, QStringList *warnings);
    /// Reads every *.json in \a folder; classes in order of first use.
    static std::optional<ImageDataset> read(const QString &folder, QString *error);
};

} // namespace rwb::exchange
