#include "evaluationstore.h"

#include "datasetsnapshot.h"
#include "perceptualhash.h"

#include "project/assetstore.h"
#include "project/auditlog.h"
#include "project/connection.h"
#include "project/database.h"
#include "project/statement.h"

#include <QDir>
#include <QJsonDocument>

namespace rwb::evaluation {

using namespace rwb::project;

EvaluationStore::EvaluationStore(Connection &connection)
    : m_connection(connection)
{ }

qint64 EvaluationStore::saveQueue(const QString &name, LabelingQueue::Strategy strategy, const QString &modelRef,
    const QList<LabelingQueue::Entry> &entries)
{
    Database &db = m_connection.db();
    Transaction tx(db);
    Statement q = db.prepare("INSERT INTO labeling_queues (name, strategy, model_ref, author, created)"
                             " VALUES (?1, ?2, ?3, ?4, ?5)");
    q.bind(1, name).bind(2, LabelingQueue::toString(strategy)).bindOptional(3, modelRef);
    q.bind(4, m_connection.userId()).bind(5, Connection::now());
    q.step();
    const qint64 id = db.lastInsertId();
    Statement item = db.prepare(
        "INSERT INTO labeling_queue_items (queue_id, asset_id, rank, score, reason) VALUES (?1, ?2, ?3, ?4, ?5)");
    int rank = 0;
    for (const LabelingQueue::Entry &e : entries) {
        item.reset();
        item.bind(1, id).bind(2, e.assetId).bind(3, ++rank).bind(4, e.score).bind(5, e.reason);
        item.step();
    }
    AuditLog(m_connection)
        .record(QStringLiteral("labeling_queue"), id, QStringLiteral("create"), {},
            { { QStringLiteral("name"), name }, { QStringLiteral("strategy"), LabelingQueue::toString(strategy) },
                { QStringLiteral("model"), modelRef }, { QStringLiteral("assets"), entries.size() } });
    tx.commit();
    return id;
}

QList<EvaluationStore::Queue> EvaluationStore::queues() const
{
    QList<Queue> out;
    Statement s = m_connection.db().prepare(
        "SELECT id, name, strategy, ifnull(model_ref, ''), assignee, created FROM labeling_queues ORDER BY id");
    while (s.step())
        out.append({ s.int64(0), s.text(1), s.text(2), s.text(3), s.optionalInt64(4), s.text(5) });
    return out;
}

std::optional<EvaluationStore::Queue> EvaluationStore::queue(qint64 id) const
{
    for (const Queue &q : queues()) {
        if (q.id == id)
            return q;
    }
    return std::nullopt;
}

QList<EvaluationStore::Item> EvaluationStore::items(qint64 queueId) const
{
    QList<Item> out;
    Statement s = m_connection.db().prepare(
        "SELECT asset_id, rank, score, reason FROM labeling_queue_items WHERE queue_id = ?1 ORDER BY rank");
    s.bind(1, queueId);
    while (s.step())
        out.append({ s.int64(0), s.int32(1), s.real(2), s.text(3) });
    return out;
}

int EvaluationStore::assign(qint64 queueId, qint64 userId)
{
    Database &db = m_connection.db();
    Transaction tx(db);
    Statement q = db.prepare("UPDATE labeling_queues SET assignee = ?1 WHERE id = ?2");
    q.bind(1, userId).bind(2, queueId);
    q.step();
    AssetStore assets(m_connection);
    int n = 0;
    for (const Item &item : items(queueId)) {
        std::optional<Asset> a = assets.byId(item.assetId);
        if (!a || a->assignee == userId)
            continue;
        a->assignee = userId;
        assets.update(*a); // audited like any other asset edit
        ++n;
    }
    tx.commit();
    return n;
}

void EvaluationStore::removeQueue(qint64 id)
{
    Database &db = m_connection.db();
    Transaction tx(db);
    Statement s = db.prepare("DELETE FROM labeling_queues WHERE id = ?1");
    s.bind(1, id);
    s.step();
    AuditLog(m_connection).record(QStringLiteral("labeling_queue"), id, QStringLiteral("remove"), {}, {});
    tx.commit();
}

qint64 EvaluationStore::saveResult(
    const QString &kind, const QString &modelRef, const QJsonObject &params, const QJsonObject &result)
{
    Database &db = m_connection.db();
    Transaction tx(db);
    Statement s = db.prepare("INSERT INTO evaluation_results (kind, model_ref, params, result, author, created)"
                             " VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    s.bind(1, kind).bindOptional(2, modelRef);
    s.bind(3, QJsonDocument(params).toJson(QJsonDocument::Compact));
    s.bind(4, QJsonDocument(result).toJson(QJsonDocument::Compact));
    s.bind(5, m_connection.userId()).bind(6, Connection::now());
    s.step();
    const qint64 id = db.lastInsertId();
    tx.commit();
    return id;
}

std::optional<QJsonObject> EvaluationStore::latestResult(const QString &kind, const QString &modelRef) const
{
    Statement s = m_connection.db().prepare(
        "SELECT result FROM evaluation_results WHERE kind = ?1 AND (?2 IS NULL OR model_ref = ?2)"
        " ORDER BY id DESC LIMIT 1");
    s.bind(1, kind).bindOptional(2, modelRef);
    if (!s.step())
        return std::nullopt;
    return QJsonDocument::fromJson(s.text(0).toUtf8()).object();
}

QHash<qint64, quint64> EvaluationStore::cachedHashes() const
{
    QHash<qint64, quint64> out;
    Statement s = m_connection.db().prepare("SELECT h.asset_id, h.phash FROM asset_phash h"
                                            " JOIN assets a ON a.id = h.asset_id AND a.sha256 = h.sha256");
    while (s.step())
        out.insert(s.int64(0), quint64(s.int64(1)));
    return out;
}

void EvaluationStore::storeHashes(const QHash<qint64, std::pair<QString, quint64>> &hashes)
{
    if (hashes.isEmpty())
        return;
    Database &db = m_connection.db();
    Transaction tx(db);
    Statement s = db.prepare("INSERT OR REPLACE INTO asset_phash (asset_id, sha256, phash) VALUES (?1, ?2, ?3)");
    for (auto it = hashes.begin(); it != hashes.end(); ++it) {
        s.reset();
        // SQLite integers are signed: the 64 bits are stored as they are.
        s.bind(1, it.key()).bind(2, it->first).bind(3, qint64(it->second));
        s.step();
    }
    tx.commit();
}

QHash<qint64, quint64> EvaluationStore::hashImages(const DatasetSnapshot &data, const QString &projectFolder,
    QStringList *unreadable, const std::function<bool(qint64, qint64)> &progress)
{
    QHash<qint64, quint64> out = cachedHashes();
    QHash<qint64, std::pair<QString, quint64>> fresh;
    const QDir folder(projectFolder);
    qint64 total = 0, done = 0;
    for (const Asset &a : data.assets) {
        if (a.kind == AssetKind::Image && !out.contains(a.id))
            ++total;
    }
    for (const Asset &a : data.assets) {
        if (a.kind != AssetKind::Image || out.contains(a.id))
            continue;
        if (progress && !progress(done++, total))
            break;
        const QString path = QDir::isAbsolutePath(a.uri) ? a.uri : folder.absoluteFilePath(a.uri);
        if (const auto h = PerceptualHash::computeFile(path)) {
            out.insert(a.id, *h);
            fresh.insert(a.id, { a.sha256, *h });
        } else if (unreadable) {
            unreadable->append(path);
        }
    }
    storeHashes(fresh);
    return out;
}

} // namespace rwb::evaluation
