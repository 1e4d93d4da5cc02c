#include "importgraphcommand.h"

#include "project/auditlog.h"
#include "project/connection.h"
#include "project/database.h"
#include "project/statement.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace rwb::knowledge {

using project::Statement;

ImportGraphCommand::ImportGraphCommand(
    project::Connection &connection, const GraphImporter::Report &report, const QString &source, QUndoCommand *parent)
    : StoreCommand(connection, parent)
    , m_report(report)
    , m_source(source)
{
    setText(QCoreApplication::translate("rwb::knowledge::Commands", "Import %1").arg(source));
    m_tables = {
        { "kg_node_types", "id", report.nodeTypeIds, {}, {} },
        { "kg_relation_types", "id", report.relationTypeIds, {}, {} },
        { "kg_nodes", "id", report.nodeIds, {}, {} },
        { "kg_node_positions", "node_id", report.nodeIds, {}, {} },
        { "kg_edges", "id", report.edgeIds, {}, {} },
        { "kg_evidence", "id", report.evidenceIds, {}, {} },
    };
}

void ImportGraphCommand::redo()
{
    if (m_done)
        return;
    if (guarded([this] { restore(); }))
        m_done = true;
}

void ImportGraphCommand::undo()
{
    if (!m_done)
        return;
    if (guarded([this] { take(); }, false))
        m_done = false;
}

void ImportGraphCommand::take()
{
    project::Database &db = connection().db();
    project::Transaction tx(db);
    QList<Table> tables = m_tables;
    for (Table &t : tables) {
        t.rows.clear();
        if (t.columns.isEmpty()) {
            Statement info = db.prepare((QByteArray("PRAGMA table_info(") + t.name + ')').constData());
            while (info.step())
                t.columns.append(info.text(1));
        }
        const QByteArray sql = QByteArray("SELECT ") + t.columns.join(QLatin1Char(',')).toUtf8() + " FROM " + t.name
            + " WHERE " + t.idColumn + " = ?1";
        Statement select = db.prepare(sql.constData());
        for (qint64 id : std::as_const(t.ids)) {
            select.reset();
            select.bind(1, id);
            if (!select.step())
                continue; // a position the canvas never stored
            QVariantList row;
            for (int c = 0; c < t.columns.size(); ++c)
                row.append(select.value(c));
            t.rows.append(row);
        }
    }
    // Reverse order: edges before the nodes they join, nodes before their types.
    for (auto it = tables.crbegin(); it != tables.crend(); ++it) {
        const QByteArray sql = QByteArray("DELETE FROM ") + it->name + " WHERE " + it->idColumn + " = ?1";
        Statement del = db.prepare(sql.constData());
        for (qint64 id : it->ids) {
            del.reset();
            del.bind(1, id);
            del.run();
        }
    }
    project::AuditLog(connection())
        .record(QStringLiteral("kg_import"), std::nullopt, QStringLiteral("undo_import"),
            { { QStringLiteral("source"), m_source }, { QStringLiteral("nodes_added"), m_report.nodesAdded },
                { QStringLiteral("edges_added"), m_report.edgesAdded } },
            {});
    tx.commit();
    m_tables = tables;
}

void ImportGraphCommand::restore()
{
    project::Database &db = connection().db();
    project::Transaction tx(db);
    for (const Table &t : std::as_const(m_tables)) {
        if (t.rows.isEmpty())
            continue;
        QByteArray sql
            = QByteArray("INSERT INTO ") + t.name + " (" + t.columns.join(QLatin1Char(',')).toUtf8() + ") VALUES (";
        for (int c = 0; c < t.columns.size(); ++c)
            sql += (c ? ",?" : "?") + QByteArray::number(c + 1);
        sql += ')';
        Statement insert = db.prepare(sql.constData());
        for (const QVariantList &row : t.rows) {
            insert.reset();
            for (int c = 0; c < row.size(); ++c)
                insert.bind(c + 1, row[c]);
            insert.run();
        }
    }
    project::AuditLog(connection())
        .record(QStringLiteral("kg_import"), std::nullopt, QStringLiteral("redo_import"), {},
            { { QStringLiteral("source"), m_source }, { QStringLiteral("nodes_added"), m_report.nodesAdded },
                { QStringLiteral("edges_added"), m_report.edgesAdded } });
    tx.commit();
}

} // namespace rwb::knowledge
