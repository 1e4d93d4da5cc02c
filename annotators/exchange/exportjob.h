#pragma once

#include "datasetselection.h"
#include "datasetwriter.h"

#include "project/jobs/job.h"

namespace rwb::exchange {

/// Exports the selected images of a project in one image format into a new folder, written
/// atomically (DatasetWriter). Warnings (what the format could not express) become job errors;
/// the export still completes.
class ExportJob : public project::Job
{
    Q_OBJECT
public:
    ExportJob(const QString &projectPath, const QString &format, const DatasetSelection &selection,
        const QString &target, DatasetWriter::Images images, QObject *parent = nullptr);

    qint64 imageCount() const { return m_images; }
    qint64 labelCount() const { return m_labels; }
    QStringList warnings() const { return m_warnings; }

protected:
    void run() override;

private:
    QString m_projectPath;
    QString m_format;
    DatasetSelection m_selection;
    QString m_target;
    DatasetWriter::Images m_imageMode;
    qint64 m_images = 0;
    qint64 m_labels = 0;
    QStringList m_warnings;
};

} // namespace rwb::exchange
