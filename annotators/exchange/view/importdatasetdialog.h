#pragma once

#include "exchange/importdatasetjob.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace rwb::project {
class Project;
}

namespace rwb::exchange {

/// File ▸ Import Dataset…: a COCO, YOLO, VOC, labelme or CVAT dataset (folder or annotation
/// file) and, once its classes are read, a table that maps each to a project class or adds it
/// as a new one. createJob() makes the import job.
class ImportDatasetDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDatasetDialog(project::Project &project, QWidget *parent = nullptr);

    QString format() const;
    void setFormat(const QString &name);
    QString input() const;
    void setInput(const QString &path);
    /// Reads the dataset's classes into the mapping table; false with the reader's message shown.
    bool readClasses();
    QStringList datasetClasses() const;
    /// Maps \a datasetClass to the project class \a projectClass; empty: add it as a new class.
    bool setMapping(const QString &datasetClass, const QString &projectClass);
    ImportDatasetJob::Options options() const;
    QString errorText() const;

    std::unique_ptr<ImportDatasetJob> createJob() const;

    void accept() override;

private:
    void browse(bool file);

    project::Project &m_project;
    QComboBox *m_format;
    QLineEdit *m_input;
    QTableWidget *m_mapping;
    QLabel *m_info;
    QLabel *m_error;
    QString m_readFor; ///< format and input the table was read for
};

} // namespace rwb::exchange
