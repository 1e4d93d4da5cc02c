#pragma once

#include "datasetselection.h"
#include "imagedataset.h"

#include "project/annotation.h"
#include "project/asset.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <functional>

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
    /// The same dataset as imageDataset(collect(selection)), read in one pass without keeping
    /// every annotation row (what the export job uses).
    ImageDataset imageDataset(
        const DatasetSelection &selection, QStringList *warnings, bool usedClassesOnly = false) const;
    QHash<qint64, QString> classNames() const;
    QString resolve(const QString &uri) const;

private:
    QList<project::Asset> selectedAssets(const DatasetSelection &selection) const;
    /// Calls \a take with each asset's selected annotations, sorted by z-order and id, asset by
    /// asset; \a exportColumnsOnly leaves attributes, source reference and modification time out.
    void forEachAssetsLabels(const DatasetSelection &selection, const QHash<qint64, QString> &names,
        bool exportColumnsOnly, const std::function<void(qint64, QList<project::Annotation> &)> &take) const;
    static QHash<QString, int> fileNameCounts(const QList<project::Asset> &assets);
    DatasetImage imageFor(const project::Asset &asset, const QHash<QString, int> &nameCount) const;
    static void addLabels(DatasetImage &image, const QString &uri, const QList<project::Annotation> &annotations,
        const QHash<qint64, QString> &names, QSet<QString> &used, QStringList *warnings);
    ImageDataset finish(QList<DatasetImage> &&images, const QSet<QString> &used, bool usedClassesOnly) const;

    project::Connection &m_connection;
    QString m_folder;
};

} // namespace rwb::exchange
