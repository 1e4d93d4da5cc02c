#include "job.h"

#include "../storeerror.h"

#include <QDateTime>
#include <QMutexLocker>

#include <exception>

namespace rwb::project {

namespace {
/// Progress signals at most this often, so a job of millions of steps does not flood the GUI.
constexpr qint64 ProgressIntervalMs = 50;
} // namespace

Job::Job(const QString &title, QObject *parent)
    : QObject(parent)
    , m_title(title)
{ }

QString Job::statusText() const
{
    QMutexLocker lock(&m_mutex);
    return m_statusText;
}

QList<JobError> Job::errors() const
{
    QMutexLocker lock(&m_mutex);
    return m_errors;
}

QString Job::failureMessage() const
{
    QMutexLocker lock(&m_mutex);
    return m_failure;
}

Job::State Job::execute()
{
    m_state.store(State::Running);
    emit started();
    State result = State::Finished;
    try {
        run();
        if (m_cancelRequested.load())
            result = State::Cancelled;
    } catch (const StoreError &e) {
        QMutexLocker lock(&m_mutex);
        m_failure = e.message();
        result = State::Failed;
    } catch (const std::exception &e) {
        QMutexLocker lock(&m_mutex);
        m_failure = QString::fromLocal8Bit(e.what());
        result = State::Failed;
    }
    emitProgress(true);
    m_state.store(result);
    emit finished(result);
    return result;
}

void Job::setTotal(qint64 total)
{
    m_total.store(total);
    emitProgress(true);
}

void Job::setDone(qint64 done)
{
    m_done.store(done);
    emitProgress(false);
}

void Job::advance(qint64 n)
{
    m_done.fetch_add(n);
    emitProgress(false);
}

void Job::setStatusText(const QString &text)
{
    {
        QMutexLocker lock(&m_mutex);
        m_statusText = text;
    }
    emit statusTextChanged(text);
}

void Job::addError(const QString &subject, const QString &message)
{
    {
        QMutexLocker lock(&m_mutex);
        m_errors.append({ subject, message });
    }
    emit errorAdded(subject, message);
}

void Job::emitProgress(bool force)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 last = m_lastEmitMs.load();
    if (!force && now - last < ProgressIntervalMs)
        return;
    m_lastEmitMs.store(now);
    emit progressChanged(m_done.load(), m_total.load());
}

} // namespace rwb::project
