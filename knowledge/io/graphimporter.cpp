#include "graphimporter.h"

#include "../graphstore.h"
#include "project/auditlog.h"
#include "project/connection.h"
#include "project/jsonutil.h"
#include "project/statement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace rwb::knowledge {

using project::Statement;
using project::StoreError;

namespace {
QByteArray jsonArray(const QStringList &list)
{
    return QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact);
}
} // namespace

GraphImporter::GraphImporter(project::Connection &connection)
    : m_connection(connection)
{ }

GraphImporter::Report GraphImporter::run(const ImportData &data, UnknownTypes unknown, const QString &source)
{
    Report report;
    GraphStore store(m_connection);
    Ontology ontology = store.ontology();

    // 1. Types.
    QSet<QString> unknownNodes, unknownRelations;
    for (const ImportData::ImportNode &n : data.nodes) {
        if (n.type.isEmpty())
            report.errors.append(tr("%1: node \"%2\" has no type").arg(source, n.key));
        else if (!ontology.nodeType(n.type))
            unknownNodes.insert(n.type);
    }
    for (const ImportData::ImportEdge &e : data.edges) {
        if (!ontology.relationType(e.type))
            unknownRelations.insert(e.type);
    }
    report.unknownNodeTypes = QStringList(unknownNodes.begin(), unknownNodes.end());
    report.unknownRelationTypes = QStringList(unknownRelations.begin(), unknownRelations.end());
    report.unknownNodeTypes.sort();
    report.unknownRelationTypes.sort();
    if (unknown == UnknownTypes::Fail) {
        if (!report.unknownNodeTypes.isEmpty())
            report.errors.append(
                tr("%1: unknown node types: %2").arg(source, report.unknownNodeTypes.join(QLatin1String(", "))));
        if (!report.unknownRelationTypes.isEmpty())
            report.errors.append(tr("%1: unknown relation types: %2")
                                     .arg(source, report.unknownRelationTypes.join(QLatin1String(", "))));
    }
    for (const QString &t : report.unknownNodeTypes + report.unknownRelationTypes) {
        if (!Node::isValidKey(t))
            report.errors.append(tr("%1: \"%2\" is not a valid type name").arg(source, t));
    }

    // 2. Nodes: keys valid and unique in the file; existing keys are matched.
    QHash<QString, const ImportData::ImportNode *> fileNodes;
    for (const ImportData::ImportNode &n : data.nodes) {
        if (!Node::isValidKey(n.key))
            report.errors.append(tr("%1: \"%2\" is not a valid node key").arg(source, n.key));
        else if (fileNodes.contains(n.key))
            report.errors.append(tr("%1: node \"%2\" appears twice").arg(source, n.key));
        fileNodes.insert(n.key, &n);
    }
    QHash<QString, qint64> existing;
    {
        Statement s = m_connection.db().prepare("SELECT key, id FROM kg_nodes");
        while (s.step())
            existing.insert(s.text(0), s.int64(1));
    }
    auto skippedNode = [&](const QString &key) {
        const auto it = fileNodes.constFind(key);
        return unknown == UnknownTypes::Skip && it != fileNodes.constEnd() && unknownNodes.contains((*it)->type);
    };
    // 3. Edges must end at nodes of the file or of the project.
    for (const ImportData::ImportEdge &e : data.edges) {
        for (const QString &end : { e.from, e.to }) {
            if (!fileNodes.contains(end) && !existing.contains(end))
                report.errors.append(
                    tr("%1: edge %2 —%3→ %4 leads to node \"%5\", which neither the file nor the project has")
                        .arg(source, e.from, e.type, e.to, end));
        }
        if (e.confidence && (*e.confidence < 0 || *e.confidence > 1))
            report.errors.append(
                tr("%1: edge %2 —%3→ %4 has a confidence outside 0…1").arg(source, e.from, e.type, e.to));
    }
    if (!report.errors.isEmpty())
        return report;

    // 4. Write everything in one transaction.
    project::Database &db = m_connection.db();
    try {
        project::Transaction tx(db);
        if (unknown == UnknownTypes::Add) {
            auto info = [](const QList<ImportData::TypeInfo> &list, const QString &name) {
                for (const ImportData::TypeInfo &t : list) {
                    if (t.name == name)
                        return t;
                }
                return ImportData::TypeInfo { name, name, {} };
            };
            for (const QString &name : std::as_const(report.unknownNodeTypes)) {
                const ImportData::TypeInfo i = info(data.nodeTypes, name);
                NodeType t;
                t.name = name;
                t.nameEn = i.nameEn;
                t.nameZh = i.nameZh;
                t.sortOrder = int(ontology.nodeTypes.size());
                report.nodeTypeIds.append(store.addNodeType(t));
                ontology.nodeTypes.append(t);
                report.typesAdded.append(name);
            }
            for (const QString &name : std::as_const(report.unknownRelationTypes)) {
                const ImportData::TypeInfo i = info(data.relationTypes, name);
                RelationType r;
                r.name = name;
                r.nameEn = i.nameEn;
                r.nameZh = i.nameZh;
                r.sortOrder = int(ontology.relationTypes.size());
                report.relationTypeIds.append(store.addRelationType(r));
                ontology.relationTypes.append(r);
                report.typesAdded.append(name);
            }
        }
        const QString now = project::Connection::now();
        const std::optional<qint64> user = m_connection.userId();
        Statement insertNode = db.prepare("INSERT INTO kg_nodes (key, type_id, label_en, label_zh, aliases_en,"
                                          " aliases_zh, properties, author, created, modified)"
                                          " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)");
        QHash<QString, qint64> ids = existing;
        for (const ImportData::ImportNode &n : data.nodes) {
            if (existing.contains(n.key)) {
                ++report.nodesMatched;
                continue;
            }
            const NodeType *t = ontology.nodeType(n.type);
            if (!t) {
                ++report.nodesSkipped;
                continue;
            }
            insertNode.reset();
            insertNode.bind(1, n.key).bind(2, t->id).bind(3, n.labelEn).bind(4, n.labelZh);
            insertNode.bind(5, jsonArray(n.aliasesEn)).bind(6, jsonArray(n.aliasesZh));
            insertNode.bind(7, project::json::compact(n.properties)).bind(8, user).bind(9, now);
            insertNode.run();
            ids.insert(n.key, db.lastInsertId());
            report.nodeIds.append(db.lastInsertId());
            ++report.nodesAdded;
        }
        QHash<QByteArray, qint64> have; // "type from to" → edge id
        {
            Statement s = db.prepare("SELECT type_id, from_id, to_id, id FROM kg_edges");
            while (s.step())
                have.insert(QByteArray::number(s.int64(0)) + ' ' + QByteArray::number(s.int64(1)) + ' '
                        + QByteArray::number(s.int64(2)),
                    s.int64(3));
        }
        Statement insertEdge = db.prepare("INSERT INTO kg_edges (type_id, from_id, to_id, properties, confidence,"
                                          " author, created, modified) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)");
        for (const ImportData::ImportEdge &e : data.edges) {
            const RelationType *r = ontology.relationType(e.type);
            if (!r || skippedNode(e.from) || skippedNode(e.to)) {
                ++report.edgesSkipped;
                continue;
            }
            const qint64 from = ids.value(e.from), to = ids.value(e.to);
            const QByteArray k
                = QByteArray::number(r->id) + ' ' + QByteArray::number(from) + ' ' + QByteArray::number(to);
            if (have.contains(k)) {
                ++report.edgesSkipped;
                continue;
            }
            insertEdge.reset();
            insertEdge.bind(1, r->id).bind(2, from).bind(3, to).bind(4, project::json::compact(e.properties));
            insertEdge.bind(5, e.confidence).bind(6, user).bind(7, now);
            insertEdge.run();
            have.insert(k, db.lastInsertId());
            report.edgeIds.append(db.lastInsertId());
            ++report.edgesAdded;
        }
        // Evidence: linked to the project's annotations by id; the ones it lacks are listed.
        Statement hasAnnotation = db.prepare("SELECT 1 FROM annotations WHERE id = ?1");
        Statement hasEvidence = db.prepare("SELECT 1 FROM kg_evidence WHERE ifnull(node_id, 0) = ?1"
                                           " AND ifnull(edge_id, 0) = ?2 AND annotation_id = ?3");
        Statement insertEvidence = db.prepare("INSERT INTO kg_evidence (node_id, edge_id, annotation_id, note,"
                                              " author, created) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        for (const ImportData::ImportEvidence &e : data.evidence) {
            const QString what = e.nodeKey.isEmpty() ? tr("edge %1 —%2→ %3").arg(e.edgeFrom, e.edgeType, e.edgeTo)
                                                     : tr("node %1").arg(e.nodeKey);
            bool found = false;
            if (e.annotationId) {
                hasAnnotation.reset();
                hasAnnotation.bind(1, *e.annotationId);
                found = hasAnnotation.step();
            }
            if (!found) {
                report.evidenceMissing.append(tr("%1: %2").arg(what, e.annotation));
                continue;
            }
            std::optional<qint64> nodeId, edgeId;
            if (!e.nodeKey.isEmpty()) {
                if (ids.value(e.nodeKey) && !skippedNode(e.nodeKey))
                    nodeId = ids.value(e.nodeKey);
            } else if (const RelationType *r = ontology.relationType(e.edgeType)) {
                const qint64 id = have.value(QByteArray::number(r->id) + ' ' + QByteArray::number(ids.value(e.edgeFrom))
                    + ' ' + QByteArray::number(ids.value(e.edgeTo)));
                if (id)
                    edgeId = id;
            }
            if (!nodeId && !edgeId) {
                ++report.evidenceSkipped;
                continue;
            }
            hasEvidence.reset();
            hasEvidence.bind(1, nodeId.value_or(0)).bind(2, edgeId.value_or(0)).bind(3, *e.annotationId);
            if (hasEvidence.step()) {
                ++report.evidenceSkipped;
                continue;
            }
            insertEvidence.reset();
            insertEvidence.bind(1, nodeId).bind(2, edgeId).bind(3, *e.annotationId).bind(4, e.note);
            insertEvidence.bind(5, user).bind(6, now);
            insertEvidence.run();
            report.evidenceIds.append(db.lastInsertId());
            ++report.evidenceAdded;
        }
        // One audit entry for the whole import: a bulk load of 100 000 nodes is one change.
        project::AuditLog(m_connection)
            .record(QStringLiteral("kg_import"), std::nullopt, QStringLiteral("import"), {},
                { { QStringLiteral("source"), source }, { QStringLiteral("nodes_added"), report.nodesAdded },
                    { QStringLiteral("nodes_matched"), report.nodesMatched },
                    { QStringLiteral("edges_added"), report.edgesAdded },
                    { QStringLiteral("evidence_added"), report.evidenceAdded },
                    { QStringLiteral("types_added"), QJsonArray::fromStringList(report.typesAdded) } });
        tx.commit();
    } catch (const StoreError &e) {
        report.errors.append(tr("%1: %2").arg(source, e.message()));
        report.nodesAdded = report.edgesAdded = 0;
        report.typesAdded.clear();
        report.nodeTypeIds.clear();
        report.relationTypeIds.clear();
        report.nodeIds.clear();
        report.edgeIds.clear();
        report.evidenceIds.clear();
        report.evidenceAdded = 0;
        return report;
    }
    report.ok = true;
    return report;
}

} // namespace rwb::knowledge
