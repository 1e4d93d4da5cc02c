#pragma once

#include "image/shape.h"
#include "project/projecttypes.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace rwb::exchange {

/// One label of a DatasetImage: the class by name (formats refer to classes by name or by
/// their index in ImageDataset::classes) and its shape in image pixels.
struct DatasetLabel
{
    QString className;
    image::Shape shape;
    project::AnnotationSource source = project::AnnotationSource::Import;
    bool operator==(const DatasetLabel &other) const = default;
};

/// One image of a dataset as the format writers and readers see it.
struct DatasetImage
{
    QString file; ///< name inside the dataset ("weld_001.png"), unique, without folders
    QString sourcePath; ///< absolute path of the image on disk (empty in format-only tests)
    int width = 0;
    int height = 0;
    project::Split split = project::Split::None;
    qint64 assetId = 0; ///< 0 when the image does not come from a project
    QList<DatasetLabel> labels;
    bool operator==(const DatasetImage &other) const = default;
};

/// The exchange model between a project and the image formats: classes in a fixed order
/// (index 0 is the first class) and the images with their labels, in a fixed order, so that
/// every writer is deterministic.
struct ImageDataset
{
    QStringList classes;
    QList<DatasetImage> images;
    bool operator==(const ImageDataset &other) const = default;

    /// The index of \a name in classes, -1 when absent.
    int classIndex(const QString &name) const { return int(classes.indexOf(name)); }
};

/// Files a writer produces: path inside the dataset folder → content. A QMap, so files come out
/// in one order whatever the writer's order was.
using FileSet = QMap<QString, QByteArray>;

/// What a writer produced: its files, where each image goes inside the dataset folder
/// (dataset path → image index) and what the format could not express.
struct FormatOutput
{
    FileSet files;
    QMap<QString, int> imagePlacement;
    QStringList warnings;
};

} // namespace rwb::exchange
