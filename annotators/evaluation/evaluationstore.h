#pragma once

#include "labelingqueue.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

#include <functional>
#include <optional>

namespace rwb::project {
class Connection;
}

namespace rwb::evaluation {

struct DatasetSnapshot;

/// The evaluation module's tables (component "evaluation"): stored results for the dataset
/// card and reports, labeling queues and the perceptual-hash cache. Writes are single
/// transactions; queue creation and assignment are audited.
class EvaluationStore
{
public:
    explicit EvaluationStore(project::Connection &connection);

    struct Queue
    {
        qint64 id = 0;
        QString name;
        QString strategy;
        QString modelRef;
        std::optional<qint64> assignee;
        QString created;
    };
    struct Item
    {
        qint64 assetId;
        int rank;
        double score;
        QString reason;
    };

    qint64 saveQueue(const QString &name, LabelingQueue::Strategy strategy, const QString &modelRef,
        const QList<LabelingQueue::Entry> &entries);
    QList<Queue> queues() const;
    std::optional<Queue> queue(qint64 id) const;
    QList<Item> items(qint64 queueId) const;
    /// Makes \a userId the queue's assignee and the assignee of each of its assets (audited
    /// asset edits), in one transaction; returns the number of assets assigned.
    int assign(qint64 queueId, qint64 userId);
    void removeQueue(qint64 id);

    qint64 saveResult(
        const QString &kind, const QString &modelRef, const QJsonObject &params, const QJsonObject &result);
    /// The newest stored result of \a kind (and model, when given).
    std::optional<QJsonObject> latestResult(const QString &kind, const QString &modelRef = {}) const;

    /// Cached hashes of image assets whose SHA-256 still matches.
    QHash<qint64, quint64> cachedHashes() const;
    void storeHashes(const QHash<qint64, std::pair<QString, quint64>> &hashes);
    /// Hashes every image asset of \a data (reading the file only when the cache has no entry
    /// for its SHA-256); files that cannot be read are listed in \a unreadable.
    /// \a progress (optional) is called after each file with (done, total) and stops the
    /// hashing when it returns false; the hashes computed so far are still cached.
    QHash<qint64, quint64> hashImages(const DatasetSnapshot &data, const QString &projectFolder,
        QStringList *unreadable = nullptr, const std::function<bool(qint64, qint64)> &progress = {});

private:
    project::Connection &m_connection;
};

} // namespace rwb::evaluation
