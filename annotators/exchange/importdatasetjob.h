#pragma once

#include "imagedataset.h"

#include "project/jobs/job.h"

#include <QHash>

namespace rwb::project {
class Connection;
}

namespace rwb::exchange {

/// Imports an image dataset (COCO, YOLO, VOC, labelme, CVAT) into a project: each image becomes
/// an asset (or is matched to the asset with the same SHA-256) and its labels annotations.
/// Each image goes in its own transaction, so an image with a problem (missing on disk, a class
/// that is neither known nor mapped while adding is off) is reported and leaves nothing behind,
/// and the rest go on. A cancel stops between images.
class ImportDatasetJob : public project::Job
{
    Q_OBJECT
public:
    struct Options
    {
        /// Class names of the dataset → class names of the project.
        QHash<QString, QString> mapping;
        /// Add classes the project does not know; when false, such images are refused.
        bool addUnknownClasses = true;
    };

    ImportDatasetJob(const QString &projectPath, const QString &format, const QString &input, const Options &options,
        std::optional<qint64> userId = std::nullopt, QObject *parent = nullptr);

    qint64 importedImages() const { return m_images; }
    qint64 importedLabels() const { return m_labels; }
    QStringList addedClasses() const { return m_addedClasses; }

    /// Writes one image and its labels in one transaction on \a connection; returns the error
    /// (empty on success). \a addedClasses collects the classes created.
    static QString importImage(project::Connection &connection, const QString &projectFolder, const DatasetImage &image,
        const Options &options, QStringList *addedClasses, qint64 *labels);

protected:
    void run() override;

private:
    QString m_projectPath;
    QString m_format;
    QString m_input;
    Options m_options;
    std::optional<qint64> m_userId;
    qint64 m_images = 0;
    qint64 m_labels = 0;
    QStringList m_addedClasses;
};

} // namespace rwb::exchange
