#pragma once

#include "datasetselection.h"
#include "imagedataset.h"

#include "project/annotation.h"
#include "project/asset.h"

#include <QCoreApplication>
#include <QHash>

namespace rwb::project {
class Connection;
}

namespace rwb::exchange {

/// Reads the selected part of a project: the assets and their labels (rejected labels never),
/// in id order, and turns the images into an ImageDataset with unique file names.
class DatasetCollector
{
    Q_DECLARE_TR_FUNCTIONS(rwb::exchange::DatasetCollector)
public:
    struct Selected
    {
        project::Asset asset;
        QList<project::Annotation> annotations;
    };

    DatasetCollector(project::Connection &connection, const QString &projectFolder);

    QList<Selected> collect(const DatasetSelection &selection) const;
    /// The image assets of \a selected as a dataset; classes in schema order (only those
    /// used when \a usedClassesOnly). Labels whose geometry cannot be read go to \a warnings.
    ImageDataset imageDataset(
        const QList<Selected> &selected, QStringList *warnings, bool usedClassesOnly = false) const;
    QHash<qint64, QString> classNames() const;
    QString resolve(const QString &uri) const;

private:
    project::Connection &m_connection;
    QString m_folder;
};

} // namespace rwb::exchange
