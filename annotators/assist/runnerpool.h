#pragma once

#include "dnnbackends.h"
#include "modelmanifest.h"
#include "modelrunner.h"

#include <QString>

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace rwb::assist {

/// Worker threads that each load the network once and keep it: run() hands out work items
/// to them and waits until all are done. A Net is neither cheap to load nor safe to share.
class RunnerPool
{
public:
    using Work = std::function<void(ModelRunner &runner, int index)>;

    RunnerPool(const ModelManifest &manifest, int threads, const DnnBackend &backend);
    ~RunnerPool();
    RunnerPool(const RunnerPool &) = delete;
    RunnerPool &operator=(const RunnerPool &) = delete;

    /// Loads the network on every worker; false with \a error from the first that failed.
    bool start(QString *error);
    int threadCount() const { return int(m_runners.size()); }
    /// The backend the workers run on and why it differs from the one asked for, if it does.
    DnnBackend backend() const;
    QString backendNote() const;

    /// Calls \a work(runner, i) for i in [0, count) on the workers; returns when all are done.
    /// \a work must not throw.
    void run(int count, const Work &work);

    /// Sums of the workers' ModelRunner times.
    double forwardSeconds() const;
    double totalSeconds() const;

private:
    void loop(int worker);

    ModelManifest m_manifest;
    DnnBackend m_wanted;
    std::vector<std::unique_ptr<ModelRunner>> m_runners;
    std::vector<std::thread> m_threads;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    const Work *m_work = nullptr;
    int m_count = 0;
    int m_next = 0;
    int m_busy = 0;
    quint64 m_generation = 0;
    bool m_stop = false;
    std::vector<QString> m_loadErrors;
    int m_loaded = 0;
};

} // namespace rwb::assist
