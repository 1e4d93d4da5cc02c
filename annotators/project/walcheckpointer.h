#pragma once

#include <QString>

#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

namespace rwb::project {

class Database;

/// Copies the write-ahead log back into the project file on a thread of its own. SQLite's
/// automatic checkpoint runs inside the commit that crosses its threshold, on the thread that
/// committed: every few hundred edits one of them would pay for writing and syncing the
/// database file (tens of milliseconds). With the checkpointer attached, commits on the
/// GUI connection only append to the log; a passive checkpoint on another connection never
/// blocks them.
class WalCheckpointer
{
public:
    /// Starts the thread; it opens its own connection to \a path.
    explicit WalCheckpointer(const QString &path, int thresholdFrames = 1000);
    /// Stops the thread after a last checkpoint.
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    /// Replaces \a db's automatic checkpoint with this checkpointer.
    void attach(Database &db);
    /// Gives \a db its own automatic checkpoint back.
    void detach(Database &db);
    /// Checkpoints run so far (tests).
    int checkpointCount() const;

private:
    static int walHook(void *self, ::sqlite3 *db, const char *schema, int frames);
    void loop();

    QString m_path;
    int m_threshold;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_pending = false;
    bool m_stop = false;
    int m_count = 0;
    std::thread m_thread;
};

} // namespace rwb::project
