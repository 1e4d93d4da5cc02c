#include "runnerpool.h"

namespace rwb::assist {

RunnerPool::RunnerPool(const ModelManifest &manifest, int threads, const DnnBackend &backend)
    : m_manifest(manifest)
    , m_wanted(backend)
{
    for (int i = 0; i < std::max(1, threads); ++i)
        m_runners.push_back(std::make_unique<ModelRunner>(manifest));
    m_loadErrors.resize(m_runners.size());
}

RunnerPool::~RunnerPool()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    for (std::thread &t : m_threads)
        t.join();
}

bool RunnerPool::start(QString *error)
{
    for (int i = 0; i < int(m_runners.size()); ++i)
        m_threads.emplace_back([this, i] { loop(i); });
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return m_loaded == int(m_runners.size()); });
    for (const QString &e : m_loadErrors) {
        if (!e.isEmpty()) {
            if (error)
                *error = e;
            return false;
        }
    }
    return true;
}

DnnBackend RunnerPool::backend() const
{
    return m_runners.front()->backend();
}

QString RunnerPool::backendNote() const
{
    return m_runners.front()->backendNote();
}

void RunnerPool::run(int count, const Work &work)
{
    std::unique_lock lock(m_mutex);
    m_work = &work;
    m_count = count;
    m_next = 0;
    ++m_generation;
    m_wake.notify_all();
    m_idle.wait(lock, [this] { return m_next >= m_count && m_busy == 0; });
    m_work = nullptr;
}

void RunnerPool::loop(int worker)
{
    ModelRunner &runner = *m_runners[size_t(worker)];
    // The network is loaded on the thread that will run it.
    QString error;
    const bool ok = runner.load(m_wanted, &error);
    {
        std::lock_guard lock(m_mutex);
        m_loadErrors[size_t(worker)] = ok ? QString() : error;
        ++m_loaded;
    }
    m_idle.notify_all();
    quint64 seen = 0;
    std::unique_lock lock(m_mutex);
    while (true) {
        m_wake.wait(lock, [&] { return m_stop || (m_generation != seen && m_work && m_next < m_count); });
        if (m_stop)
            return;
        seen = m_generation;
        while (ok && m_work && m_next < m_count) {
            const int index = m_next++;
            const Work *work = m_work;
            ++m_busy;
            lock.unlock();
            (*work)(runner, index);
            lock.lock();
            --m_busy;
        }
        if (!ok) {
            // A worker without a network takes no work; start() has reported it.
            seen = m_generation;
        }
        if (m_next >= m_count && m_busy == 0)
            m_idle.notify_all();
    }
}

double RunnerPool::forwardSeconds() const
{
    double s = 0;
    for (const auto &r : m_runners)
        s += r->forwardSeconds();
    return s;
}

double RunnerPool::totalSeconds() const
{
    double s = 0;
    for (const auto &r : m_runners)
        s += r->totalSeconds();
    return s;
}

} // namespace rwb::assist
