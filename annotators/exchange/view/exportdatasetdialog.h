#pragma once

#include "exchange/packagebuilder.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QFormLayout;
class QLayout;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;
class QTabWidget;

namespace rwb::project {
class Job;
class Project;
} // namespace rwb::project

namespace rwb::exchange {

/// File ▸ Export Dataset…: one image format, or a dataset package (several formats, the
/// time-series, document and knowledge parts, splits, a card); what goes in; the target folder.
/// The dialog only collects the options; createJob() makes the export or package job.
class ExportDatasetDialog : public QDialog
{
    Q_OBJECT
public:
    /// The format name of a full dataset package (the others are ImageFormat names).
    static inline const QString Package = QStringLiteral("package");

    explicit ExportDatasetDialog(project::Project &project, QWidget *parent = nullptr);

    QString format() const;
    void setFormat(const QString &name);
    QString target() const;
    void setTarget(const QString &folder);
    DatasetWriter::Images images() const;
    DatasetSelection selection() const;
    PackageOptions packageOptions() const;

    /// The job for the chosen options (ExportJob or PackageBuilder), not started.
    std::unique_ptr<project::Job> createJob() const;
    /// What the job could not express or left out, in words; empty when nothing.
    static QString summary(const project::Job *job);

    void accept() override;

private:
    void updateEnabled();
    void browseTarget();

    project::Project &m_project;
    QTabWidget *m_tabs;
    QFormLayout *m_generalForm = nullptr;
    QFormLayout *m_selectionForm = nullptr;
    QLayout *m_parts = nullptr;
    QComboBox *m_format;
    QComboBox *m_images;
    QLineEdit *m_target;
    QCheckBox *m_reviewedOnly;
    QListWidget *m_classes;
    QListWidget *m_annotators;
    QListWidget *m_kinds;
    QCheckBox *m_useDates;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QCheckBox *m_proposals;
    QListWidget *m_packageFormats;
    QCheckBox *m_timeSeries;
    QCheckBox *m_documents;
    QCheckBox *m_knowledge;
    QRadioButton *m_keepSplits;
    QRadioButton *m_resplit;
    QDoubleSpinBox *m_train;
    QDoubleSpinBox *m_val;
    QDoubleSpinBox *m_test;
    QComboBox *m_grouping;
    QSpinBox *m_seed;
    QLineEdit *m_name;
    QSpinBox *m_version;
    QComboBox *m_licence;
    QPlainTextEdit *m_purpose;
    QPlainTextEdit *m_collection;
};

} // namespace rwb::exchange
