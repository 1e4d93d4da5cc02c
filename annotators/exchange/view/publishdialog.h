#pragma once

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace rwb::project {
class Job;
class JobManager;
class Project;
} // namespace rwb::project

namespace rwb::exchange {

/// File ▸ Publish Dataset…: a built package folder, a target (a folder or a git URL), the
/// versions already published (the project's table and the target folder's index). Publish runs
/// a PublishJob in the job manager; a refusal (an existing version, say) is shown in the dialog
/// with the publisher's message and the dialog stays open.
class PublishDialog : public QDialog
{
    Q_OBJECT
public:
    PublishDialog(project::Project &project, project::JobManager &jobs, QWidget *parent = nullptr);
    ~PublishDialog() override;

    void setPackage(const QString &folder);
    void setTarget(const QString &target); ///< "folder:PATH", "git:URL" or a plain folder
    /// The publisher's target string ("folder:PATH" or "git:URL").
    QString target() const;
    QString errorText() const;
    /// Rows of the versions table.
    int versionCount() const;
    /// The running or last publish job (owned by the job manager).
    project::Job *job() const { return m_job; }

public slots:
    void publish();
    void refreshVersions();

private:
    void jobFinished();

    project::Project &m_project;
    project::JobManager &m_jobs;
    QLineEdit *m_package;
    QLabel *m_packageInfo;
    QComboBox *m_kind;
    QLineEdit *m_target;
    QPushButton *m_browseTarget;
    QTableWidget *m_versions;
    QLabel *m_error;
    QPushButton *m_publish;
    QPointer<project::Job> m_job;
    QString m_name;
    int m_version = 0;
    bool m_handled = true;
};

} // namespace rwb::exchange
