#include "nodepositions.h"

#include "project/connection.h"
#include "project/database.h"
#include "project/statement.h"

namespace rwb::knowledge {

QHash<qint64, QPointF> NodePositions::load(project::Connection &connection)
{
    QHash<qint64, QPointF> positions;
    project::Statement s = connection.db().prepare("SELECT node_id, x, y FROM kg_node_positions");
    while (s.step())
        positions.insert(s.int64(0), QPointF(s.real(1), s.real(2)));
    return positions;
}

void NodePositions::save(project::Connection &connection, const QHash<qint64, QPointF> &positions)
{
    project::Database &db = connection.db();
    project::Transaction tx(db);
    project::Statement s = db.prepare("INSERT INTO kg_node_positions (node_id, x, y) VALUES (?1, ?2, ?3)"
                                      " ON CONFLICT (node_id) DO UPDATE SET x = excluded.x, y = excluded.y");
    for (auto it = positions.begin(); it != positions.end(); ++it) {
        s.bind(1, it.key()).bind(2, it.value().x()).bind(3, it.value().y());
        s.run();
        s.reset();
    }
    tx.commit();
}

void NodePositions::remove(project::Connection &connection, const QList<qint64> &nodeIds)
{
    project::Database &db = connection.db();
    project::Transaction tx(db);
    project::Statement s = db.prepare("DELETE FROM kg_node_positions WHERE node_id = ?1");
    for (qint64 id : nodeIds) {
        s.bind(1, id);
        s.run();
        s.reset();
    }
    tx.commit();
}

} // namespace rwb::knowledge
