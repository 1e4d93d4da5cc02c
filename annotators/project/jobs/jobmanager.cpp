#include "jobmanager.h"

#include <QRunnable>

namespace rwb::project {

JobManager::JobManager(QObject *parent)
    : QObject(parent)
{
    // Leave one core to the GUI; jobs parallelise inside themselves where it pays.
    m_pool.setMaxThreadCount(qMax(1, QThread::idealThreadCount() - 1));
}

JobManager::~JobManager()
{
    cancelAll();
    m_pool.waitForDone();
    qDeleteAll(m_jobs);
}

Job *JobManager::start(std::unique_ptr<Job> owned)
{
    Job *job = owned.release();
    job->setParent(nullptr);
    m_jobs.append(job);
    connect(
        job, &Job::finished, this, [this, job] { emit jobFinished(job); }, Qt::QueuedConnection);
    emit jobAdded(job);
    m_pool.start(QRunnable::create([job] { job->execute(); }));
    return job;
}

QList<Job *> JobManager::jobs() const
{
    return m_jobs;
}

bool JobManager::hasRunningJobs() const
{
    for (const Job *job : m_jobs) {
        if (job->state() == Job::State::Running || job->state() == Job::State::Pending)
            return true;
    }
    return false;
}

void JobManager::cancelAll()
{
    for (Job *job : std::as_const(m_jobs))
        job->cancel();
}

bool JobManager::waitForAll(int timeoutMs)
{
    return m_pool.waitForDone(timeoutMs);
}

void JobManager::clearFinished()
{
    for (auto it = m_jobs.begin(); it != m_jobs.end();) {
        Job *job = *it;
        if (job->state() != Job::State::Running && job->state() != Job::State::Pending) {
            it = m_jobs.erase(it);
            emit jobRemoved(job);
            job->deleteLater();
        } else {
            ++it;
        }
    }
}

} // namespace rwb::project
