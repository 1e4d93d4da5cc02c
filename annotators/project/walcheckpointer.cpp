#include "walcheckpointer.h"

#include "database.h"
#include "storeerror.h"

#include <QDebug>

#include <sqlite3.h>

namespace rwb::project {

WalCheckpointer::WalCheckpointer(const QString &path, int thresholdFrames)
    : m_path(path)
    , m_threshold(thresholdFrames)
    , m_thread([this] { loop(); })
{ }

WalCheckpointer::~WalCheckpointer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

void WalCheckpointer::attach(Database &db)
{
    sqlite3_wal_hook(db.handle(), &WalCheckpointer::walHook, this);
}

void WalCheckpointer::detach(Database &db)
{
    sqlite3_wal_autocheckpoint(db.handle(), 1000);
}

int WalCheckpointer::checkpointCount() const
{
    std::lock_guard lock(m_mutex);
    return m_count;
}

int WalCheckpointer::walHook(void *self, sqlite3 *, const char *, int frames)
{
    auto *checkpointer = static_cast<WalCheckpointer *>(self);
    if (frames >= checkpointer->m_threshold) {
        {
            std::lock_guard lock(checkpointer->m_mutex);
            checkpointer->m_pending = true;
        }
        checkpointer->m_wake.notify_one();
    }
    return SQLITE_OK;
}

void WalCheckpointer::loop()
{
    Database db;
    try {
        db.open(m_path, Database::Mode::ReadWrite);
    } catch (const StoreError &e) {
        // Without this connection the log simply grows until the next open checkpoints it.
        qWarning().noquote() << e.message();
        return;
    }
    for (;;) {
        bool stop = false;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_pending || m_stop; });
            m_pending = false;
            stop = m_stop;
        }
        // PASSIVE never waits for readers or the writer; whatever it cannot copy now is
        // copied by the next round.
        sqlite3_wal_checkpoint_v2(db.handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        {
            std::lock_guard lock(m_mutex);
            ++m_count;
        }
        if (stop)
            return;
    }
}

} // namespace rwb::project
