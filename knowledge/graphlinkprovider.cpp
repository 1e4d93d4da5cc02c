#include "graphlinkprovider.h"

#include "commands/addevidencecommand.h"
#include "commands/removeevidencecommand.h"
#include "graphqueries.h"
#include "graphstore.h"

#include "project/connection.h"
#include "project/database.h"
#include "project/statement.h"

namespace rwb::knowledge {

using project::KnowledgeTarget;

namespace {

const QString Prefix = QStringLiteral("node:");

/// "failure_mode", "FailureMode" and "Failure mode" all become "failuremode".
QString normalized(const QString &name)
{
    QString out;
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    }
    return out;
}

} // namespace

GraphLinkProvider::GraphLinkProvider(project::Connection &connection)
    : m_connection(connection)
{ }

QString GraphLinkProvider::targetId(const QString &key)
{
    return Prefix + key;
}

QString GraphLinkProvider::nodeKey(const QString &targetId)
{
    return targetId.startsWith(Prefix) ? targetId.mid(Prefix.size()) : QString();
}

void GraphLinkProvider::refresh() const
{
    project::Database &db = m_connection.db();
    QString stamp;
    {
        // Nodes, their modification times and the label classes' mappings: what targets show.
        project::Statement s = db.prepare(
            "SELECT (SELECT count(*) || ':' || ifnull(max(id), 0) || ':' || ifnull(max(modified), '') FROM kg_nodes)"
            " || '/' || (SELECT count(*) || ':' || ifnull(max(id), 0) || ':' || ifnull(sum(knowledge_node), 0)"
            " FROM label_classes)");
        if (s.step())
            stamp = s.text(0);
    }
    if (m_graph && stamp == m_stamp)
        return;
    m_graph = GraphSnapshot::load(m_connection);
    m_stamp = stamp;
    m_byKey.clear();
    m_nodeClass.clear();
    m_typeClass.clear();
    m_targets.clear();
    QHash<QString, qint64> classByName;
    {
        project::Statement s = db.prepare("SELECT id, name, knowledge_node FROM label_classes ORDER BY sort_order, id");
        while (s.step()) {
            if (!s.isNull(2) && !m_nodeClass.contains(s.int64(2)))
                m_nodeClass.insert(s.int64(2), s.int64(0));
            classByName.insert(normalized(s.text(1)), s.int64(0));
        }
    }
    for (const NodeType &t : m_graph->ontology().nodeTypes) {
        if (const auto it = classByName.constFind(normalized(t.name)); it != classByName.constEnd())
            m_typeClass.insert(t.id, *it);
    }
    m_targets.reserve(m_graph->nodeCount());
    for (int n = 0; n < m_graph->nodeCount(); ++n) {
        m_byKey.insert(m_graph->nodeKey(n), n);
        m_targets.append(targetAt(n));
    }
}

KnowledgeTarget GraphLinkProvider::targetAt(int n) const
{
    KnowledgeTarget t;
    t.id = targetId(m_graph->nodeKey(n));
    t.label
        = m_graph->labelEn(n).isEmpty() && m_graph->labelZh(n).isEmpty() ? m_graph->nodeKey(n) : m_graph->labelEn(n);
    t.labelZh = m_graph->labelZh(n);
    t.aliases = m_graph->aliases(n);
    if (const auto it = m_nodeClass.constFind(m_graph->nodeId(n)); it != m_nodeClass.constEnd())
        t.classId = *it;
    else if (const auto type = m_typeClass.constFind(m_graph->nodeType(n)); type != m_typeClass.constEnd())
        t.classId = *type;
    return t;
}

QList<KnowledgeTarget> GraphLinkProvider::targets() const
{
    refresh();
    return m_targets;
}

std::optional<KnowledgeTarget> GraphLinkProvider::target(const QString &id) const
{
    refresh();
    const auto it = m_byKey.constFind(nodeKey(id));
    if (it == m_byKey.constEnd())
        return std::nullopt;
    return m_targets.at(*it);
}

QList<KnowledgeTarget> GraphLinkProvider::complete(const QString &prefix, int limit) const
{
    refresh();
    QList<KnowledgeTarget> out;
    if (prefix.trimmed().isEmpty())
        return out;
    for (const GraphQueries::Hit &h : GraphQueries(*m_graph).search(prefix.trimmed(), limit))
        out.append(m_targets.at(h.node));
    return out;
}

void GraphLinkProvider::addLinkCommands(project::Connection &connection, qint64 annotationId, const QString &oldTarget,
    const QString &newTarget, QUndoCommand *parent) const
{
    GraphStore store(connection);
    const std::optional<Node> oldNode
        = nodeKey(oldTarget).isEmpty() ? std::nullopt : store.nodeByKey(nodeKey(oldTarget));
    const std::optional<Node> newNode
        = nodeKey(newTarget).isEmpty() ? std::nullopt : store.nodeByKey(nodeKey(newTarget));
    if (oldNode && (!newNode || newNode->id != oldNode->id)) {
        for (const Evidence &e : store.evidenceForNode(oldNode->id)) {
            if (e.annotationId == annotationId)
                new RemoveEvidenceCommand(connection, e.id, parent);
        }
    }
    if (newNode) {
        for (const Evidence &e : store.evidenceForNode(newNode->id)) {
            if (e.annotationId == annotationId)
                return; // already evidence of the node
        }
        Evidence e;
        e.nodeId = newNode->id;
        e.annotationId = annotationId;
        e.author = connection.userId();
        new AddEvidenceCommand(connection, e, parent);
    }
}

} // namespace rwb::knowledge
