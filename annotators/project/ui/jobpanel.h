#pragma once

#include "project/jobs/jobmanager.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace rwb::project {

class JobItemWidget;

/// The job panel (a dock's content): the jobs of a JobManager, running and finished, each
/// with its progress, status, cancel button and error list.
class JobPanel : public QWidget
{
    Q_OBJECT
public:
    explicit JobPanel(QWidget *parent = nullptr);
    ~JobPanel() override;

    /// Shows the jobs of \a manager (which must outlive the panel, or be unset first).
    void setJobManager(JobManager *manager);
    JobManager *jobManager() const { return m_manager; }
    JobItemWidget *itemFor(Job *job) const { return m_items.value(job); }
    int itemCount() const { return int(m_items.size()); }

signals:
    /// Combined progress of the running jobs, for the status bar: \a done of \a total steps,
    /// \a text the status of the most recent one. \a running false: no job is running.
    void activityChanged(bool running, qint64 done, qint64 total, const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void addJob(Job *job);
    void removeJob(Job *job);
    void updateActivity();

    QPointer<JobManager> m_manager;
    QHash<Job *, JobItemWidget *> m_items;
    QVBoxLayout *m_list;
    QLabel *m_empty;
    QPushButton *m_clear;
};

} // namespace rwb::project
