#pragma once

#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>

#include <atomic>

namespace rwb::project {

/// A problem with one input of a job (a file that could not be read, …); the job goes on.
struct JobError
{
    QString subject; ///< usually a file path
    QString message;
};

/// Long work off the GUI thread (ARCHITECTURE.md, "Jobs"): progress, cancel, an error list.
/// Subclasses implement run(), which executes on a worker thread (JobManager) or on the
/// calling thread (execute(), for the CLI and tests), opens its own SQLite connection and
/// writes in batched transactions so that a cancelled or failed job leaves the project
/// consistent. Signals are emitted from the worker thread and reach GUI receivers queued.
class Job : public QObject
{
    Q_OBJECT
public:
    enum class State { Pending, Running, Finished, Failed, Cancelled };
    Q_ENUM(State)

    explicit Job(const QString &title, QObject *parent = nullptr);

    QString title() const { return m_title; }
    State state() const { return m_state.load(); }
    qint64 done() const { return m_done.load(); }
    qint64 total() const { return m_total.load(); }
    QString statusText() const;
    QList<JobError> errors() const;
    /// Why the job failed (state Failed).
    QString failureMessage() const;

    /// Asks the job to stop at its next check; safe from any thread.
    void cancel() { m_cancelRequested.store(true); }
    bool isCancelRequested() const { return m_cancelRequested.load(); }

    /// Runs the job on the calling thread and returns its final state.
    State execute();

signals:
    void started();
    void progressChanged(qint64 done, qint64 total);
    void statusTextChanged(const QString &text);
    void errorAdded(const QString &subject, const QString &message);
    void finished(rwb::project::Job::State state);

protected:
    /// The work. Throw StoreError (or std::exception) to fail; return normally otherwise.
    /// Check isCancelRequested() between units of work and return early when set.
    virtual void run() = 0;

    void setTotal(qint64 total);
    void setDone(qint64 done);
    void advance(qint64 n = 1);
    void setStatusText(const QString &text);
    void addError(const QString &subject, const QString &message);

private:
    void emitProgress(bool force);

    QString m_title;
    std::atomic<State> m_state { State::Pending };
    std::atomic<bool> m_cancelRequested { false };
    std::atomic<qint64> m_done { 0 };
    std::atomic<qint64> m_total { 0 };
    std::atomic<qint64> m_lastEmitMs { 0 };
    mutable QMutex m_mutex;
    QString m_statusText;
    QString m_failure;
    QList<JobError> m_errors;
};

} // namespace rwb::project
