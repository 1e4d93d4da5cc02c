#pragma once

#include "imagedataset.h"

#include <QCoreApplication>

namespace rwb::exchange {

/// YOLO / Ultralytics datasets: images/<split>/, labels/<split>/<stem>.txt with normalised
/// coordinates, data.yaml with the split folders and class names.
///   detect   "class cx cy w h" — boxes; other area shapes go as their bounding box
///   segment  "class x1 y1 x2 y2 …" — polygons (boxes, rotated boxes, ellipses, masks converted)
///   obb      "class x1 y1 … x4 y4" — rotated boxes (boxes at angle 0)
/// Images without a split go to train.
class YoloFormat
{
    Q_DECLARE_TR_FUNCTIONS(rwb::exchange::YoloFormat)
public:
    enum class Task { Detect, Segment, Obb };
    static QString taskName(Task task);
    static std::optional<Task> taskFromName(const QString &name);

    static FormatOutput writeFolder(const ImageDataset &dataset, Task task);
    /// Reads a dataset folder (data.yaml at its root). Label lines are read by their length
    /// (5 values a box, 9 values a rotated box when data.yaml says task obb, else a polygon).
    static std::optional<ImageDataset> read(const QString &folder, QString *error);
    /// The class names of a data.yaml ("names:" as a list, an inline list or an index map).
    static QStringList namesFromYaml(const QByteArray &yaml);
};

} // namespace rwb::exchange
