#pragma once

#include "job.h"

#include <QList>
#include <QObject>
#include <QThreadPool>

#include <memory>

namespace rwb::project {

/// Runs jobs on a thread pool and keeps them for the job panel until they are cleared.
class JobManager : public QObject
{
    Q_OBJECT
public:
    explicit JobManager(QObject *parent = nullptr);
    ~JobManager() override;

    /// Takes ownership of \a job and starts it; returns it for connecting to its signals.
    Job *start(std::unique_ptr<Job> job);
    QList<Job *> jobs() const;
    bool hasRunningJobs() const;
    /// Requests cancellation of every running job.
    void cancelAll();
    /// Waits for every job to end (used on shutdown and in tests).
    bool waitForAll(int timeoutMs = -1);
    /// Forgets jobs that have ended.
    void clearFinished();

signals:
    void jobAdded(rwb::project::Job *job);
    void jobRemoved(rwb::project::Job *job);
    void jobFinished(rwb::project::Job *job);

private:
    QThreadPool m_pool;
    QList<Job *> m_jobs;
};

} // namespace rwb::project
