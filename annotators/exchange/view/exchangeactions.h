#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace rwb::project {
class Job;
class JobManager;
class Project;
} // namespace rwb::project

namespace rwb::exchange {

class ExportDatasetDialog;
class ImportDatasetDialog;

/// The File menu entries of dataset exchange — Export Dataset…, Import Dataset…, Publish
/// Dataset… — for the main window: they open the dialogs, start the jobs in the main window's
/// job manager (so they show in its job panel) and report, when a job ends, what a format could
/// not express or which files failed.
class ExchangeActions : public QObject
{
    Q_OBJECT
public:
    ExchangeActions(project::JobManager &jobs, QWidget *window);

    void setProject(project::Project *project);
    QList<QAction *> actions() const;
    QAction *exportAction() const { return m_export; }
    QAction *importAction() const { return m_import; }
    QAction *publishAction() const { return m_publish; }
    void retranslateUi();

    /// Starts the job of a filled dialog (the tests call these without exec()).
    project::Job *startExport(const ExportDatasetDialog &dialog);
    project::Job *startImport(const ImportDatasetDialog &dialog);

    /// The end-of-job report of an export, package or import job.
    static QString report(const project::Job *job);

public slots:
    void exportDataset();
    void importDataset();
    void publishDataset();

signals:
    /// A job of ours was started in the job manager.
    void jobStarted(rwb::project::Job *job);
    /// A job of ours ended: \a text says how; \a problem when something was left out or failed.
    void finished(rwb::project::Job *job, const QString &text, bool problem);
    /// An import wrote \a count images through its own connection (for the views to reload).
    void assetsImported(int count);

private:
    void watch(project::Job *job);

    project::JobManager &m_jobs;
    QWidget *m_window;
    project::Project *m_project = nullptr;
    QAction *m_export;
    QAction *m_import;
    QAction *m_publish;
};

} // namespace rwb::exchange
