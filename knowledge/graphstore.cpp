#include "graphstore.h"

#include "project/auditlog.h"
#include "project/connection.h"
#include "project/jsonutil.h"
#include "project/labelschema.h"
#include "project/statement.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace rwb::knowledge {

using project::Database;
using project::Statement;
using project::StoreError;
using project::Transaction;

namespace {

const char *const NodeColumns
    = "id, key, type_id, label_en, label_zh, aliases_en, aliases_zh, properties, author, created, modified";
const char *const EdgeColumns = "id, type_id, from_id, to_id, properties, confidence, author, created, modified";
const char *const EvidenceColumns = "id, node_id, edge_id, annotation_id, note, author, created";
const char *const NodeTypeColumns = "id, name, name_en, name_zh, color, icon, properties, sort_order";
const char *const RelationTypeColumns = "id, name, name_en, name_zh, directed, domain, range, cardinality, symmetric,"
                                        " transitive, causal, requires_evidence, properties, sort_order";

QStringList stringList(const QByteArray &json)
{
    QStringList out;
    if (json.isEmpty() || json == "[]")
        return out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json).array())
        out.append(v.toString());
    return out;
}

QByteArray compactArray(const QJsonArray &a)
{
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

QJsonArray propertyArray(const QList<PropertyDef> &props)
{
    QJsonArray a;
    for (const PropertyDef &p : props)
        a.append(p.toJson());
    return a;
}

QList<PropertyDef> propertyList(const QByteArray &json)
{
    QList<PropertyDef> out;
    if (json.isEmpty() || json == "[]")
        return out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json).array())
        out.append(PropertyDef::fromJson(v.toObject()));
    return out;
}

Node readNode(const Statement &s)
{
    Node n;
    n.id = s.int64(0);
    n.key = s.text(1);
    n.typeId = s.int64(2);
    n.labelEn = s.text(3);
    n.labelZh = s.text(4);
    n.aliasesEn = stringList(s.utf8(5));
    n.aliasesZh = stringList(s.utf8(6));
    n.properties = project::json::parseObject(s.utf8(7));
    n.author = s.optionalInt64(8);
    n.created = s.text(9);
    n.modified = s.text(10);
    return n;
}

Edge readEdge(const Statement &s)
{
    Edge e;
    e.id = s.int64(0);
    e.typeId = s.int64(1);
    e.fromId = s.int64(2);
    e.toId = s.int64(3);
    e.properties = project::json::parseObject(s.utf8(4));
    e.confidence = s.optionalReal(5);
    e.author = s.optionalInt64(6);
    e.created = s.text(7);
    e.modified = s.text(8);
    return e;
}

Evidence readEvidence(const Statement &s)
{
    Evidence e;
    e.id = s.int64(0);
    e.nodeId = s.optionalInt64(1);
    e.edgeId = s.optionalInt64(2);
    e.annotationId = s.int64(3);
    e.note = s.text(4);
    e.author = s.optionalInt64(5);
    e.created = s.text(6);
    return e;
}

NodeType readNodeType(const Statement &s)
{
    NodeType t;
    t.id = s.int64(0);
    t.name = s.text(1);
    t.nameEn = s.text(2);
    t.nameZh = s.text(3);
    t.color = s.text(4);
    t.icon = s.text(5);
    t.properties = propertyList(s.utf8(6));
    t.sortOrder = s.int32(7);
    return t;
}

RelationType readRelationType(const Statement &s)
{
    RelationType t;
    t.id = s.int64(0);
    t.name = s.text(1);
    t.nameEn = s.text(2);
    t.nameZh = s.text(3);
    t.directed = s.int64(4) != 0;
    t.domain = stringList(s.utf8(5));
    t.range = stringList(s.utf8(6));
    t.cardinality = RelationType::cardinalityFromString(s.text(7)).value_or(RelationType::Cardinality::ManyToMany);
    t.symmetric = s.int64(8) != 0;
    t.transitive = s.int64(9) != 0;
    t.causal = s.int64(10) != 0;
    t.requiresEvidence = s.int64(11) != 0;
    t.properties = propertyList(s.utf8(12));
    t.sortOrder = s.int32(13);
    return t;
}

template<typename T> QJsonObject withId(const T &t)
{
    QJsonObject o = t.toJson();
    o[QLatin1String("id")] = t.id;
    return o;
}

void bindId(Statement &s, int index, qint64 id)
{
    if (id > 0)
        s.bind(index, id);
    else
        s.bindNull(index);
}

bool exists(Database &db, const char *sql, qint64 id)
{
    Statement s = db.prepare(sql);
    s.bind(1, id);
    return s.step();
}

StoreError notFound(const QString &what)
{
    return StoreError(StoreError::Code::NotFound, what);
}

} // namespace

GraphStore::GraphStore(project::Connection &connection)
    : m_connection(connection)
{
    ensureStarterOntology();
}

void GraphStore::audit(
    const QString &entity, qint64 id, const QString &action, const QJsonObject &before, const QJsonObject &after)
{
    project::AuditLog(m_connection).record(entity, id, action, before, after);
}

void GraphStore::ensureStarterOntology()
{
    Database &db = m_connection.db();
    Statement s = db.prepare("SELECT value FROM meta WHERE key = 'knowledge.starter_ontology'");
    if (!s.step() || s.text(0) != QLatin1String("pending"))
        return;
    try {
        Transaction tx(db);
        installOntology(Ontology::starter());
        db.exec("UPDATE meta SET value = 'installed' WHERE key = 'knowledge.starter_ontology'");
        tx.commit();
    } catch (const StoreError &) {
        // A read-only connection: the next writable one installs it.
    }
}

// --- ontology ---

Ontology GraphStore::ontology() const
{
    Ontology o;
    o.nodeTypes = nodeTypes();
    o.relationTypes = relationTypes();
    return o;
}

QList<NodeType> GraphStore::nodeTypes() const
{
    Statement s = m_connection.db().prepare(
        QStringLiteral("SELECT %1 FROM kg_node_types ORDER BY sort_order, id").arg(QLatin1String(NodeTypeColumns)));
    QList<NodeType> out;
    while (s.step())
        out.append(readNodeType(s));
    return out;
}

QList<RelationType> GraphStore::relationTypes() const
{
    Statement s = m_connection.db().prepare(QStringLiteral("SELECT %1 FROM kg_relation_types ORDER BY sort_order, id")
                                                .arg(QLatin1String(RelationTypeColumns)));
    QList<RelationType> out;
    while (s.step())
        out.append(readRelationType(s));
    return out;
}

std::optional<NodeType> GraphStore::nodeType(qint64 id) const
{
    Statement s = m_connection.db().prepare(
        QStringLiteral("SELECT %1 FROM kg_node_types WHERE id = ?1").arg(QLatin1String(NodeTypeColumns)));
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    return readNodeType(s);
}

std::optional<RelationType> GraphStore::relationType(qint64 id) const
{
    Statement s = m_connection.db().prepare(
        QStringLiteral("SELECT %1 FROM kg_relation_types WHERE id = ?1").arg(QLatin1String(RelationTypeColumns)));
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    return readRelationType(s);
}

qint64 GraphStore::addNodeType(NodeType &t)
{
    if (t.name.trimmed().isEmpty() || !Node::isValidKey(t.name))
        throw StoreError(StoreError::Code::InvalidArgument, tr("\"%1\" is not a valid node type name").arg(t.name));
    Database &db = m_connection.db();
    Transaction tx(db);
    {
        Statement dup = db.prepare("SELECT 1 FROM kg_node_types WHERE name = ?1 UNION ALL "
                                   "SELECT 1 FROM kg_relation_types WHERE name = ?1");
        dup.bind(1, t.name);
        if (dup.step())
            throw StoreError(StoreError::Code::Constraint, tr("the ontology already has a type \"%1\"").arg(t.name));
    }
    Statement s = db.prepare("INSERT INTO kg_node_types (id, name, name_en, name_zh, color, icon, properties,"
                             " sort_order) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    bindId(s, 1, t.id);
    s.bind(2, t.name).bind(3, t.nameEn).bind(4, t.nameZh).bind(5, t.color).bind(6, t.icon);
    s.bind(7, compactArray(propertyArray(t.properties))).bind(8, qint64(t.sortOrder));
    s.run();
    t.id = db.lastInsertId();
    audit(QStringLiteral("kg_node_type"), t.id, QStringLiteral("insert"), {}, withId(t));
    tx.commit();
    return t.id;
}

void GraphStore::updateNodeType(const NodeType &t)
{
    const std::optional<NodeType> before = nodeType(t.id);
    if (!before)
        throw notFound(tr("node type %1 does not exist").arg(t.id));
    if (!Node::isValidKey(t.name))
        throw StoreError(StoreError::Code::InvalidArgument, tr("\"%1\" is not a valid node type name").arg(t.name));
    Database &db = m_connection.db();
    Transaction tx(db);
    Statement s = db.prepare("UPDATE kg_node_types SET name = ?2, name_en = ?3, name_zh = ?4, color = ?5, icon = ?6,"
                             " properties = ?7, sort_order = ?8 WHERE id = ?1");
    s.bind(1, t.id).bind(2, t.name).bind(3, t.nameEn).bind(4, t.nameZh).bind(5, t.color).bind(6, t.icon);
    s.bind(7, compactArray(propertyArray(t.properties))).bind(8, qint64(t.sortOrder));
    s.run();
    if (before->name != t.name) {
        for (RelationType r : relationTypes()) {
            const RelationType old = r;
            for (QStringList *names : { &r.domain, &r.range }) {
                for (QString &name : *names) {
                    if (name == before->name)
                        name = t.name;
                }
            }
            if (r != old)
                updateRelationType(r);
        }
    }
    audit(QStringLiteral("kg_node_type"), t.id, QStringLiteral("update"), withId(*before), withId(t));
    tx.commit();
}

NodeType GraphStore::removeNodeType(qint64 id)
{
    const std::optional<NodeType> before = nodeType(id);
    if (!before)
        throw notFound(tr("node type %1 does not exist").arg(id));
    Database &db = m_connection.db();
    Statement used = db.prepare("SELECT count(*) FROM kg_nodes WHERE type_id = ?1");
    used.bind(1, id).step();
    if (used.int64(0) > 0)
        throw StoreError(StoreError::Code::Constraint,
            tr("node type \"%1\" is used by %n node(s)", nullptr, int(used.int64(0))).arg(before->name));
    Transaction tx(db);
    Statement s = db.prepare("DELETE FROM kg_node_types WHERE id = ?1");
    s.bind(1, id).run();
    audit(QStringLiteral("kg_node_type"), id, QStringLiteral("delete"), withId(*before), {});
    tx.commit();
    return *before;
}

qint64 GraphStore::addRelationType(RelationType &t)
{
    if (t.name.trimmed().isEmpty() || !Node::isValidKey(t.name))
        throw StoreError(StoreError::Code::InvalidArgument, tr("\"%1\" is not a valid relation type name").arg(t.name));
    Database &db = m_connection.db();
    Transaction tx(db);
    {
        Statement dup = db.prepare("SELECT 1 FROM kg_node_types WHERE name = ?1 UNION ALL "
                                   "SELECT 1 FROM kg_relation_types WHERE name = ?1");
        dup.bind(1, t.name);
        if (dup.step())
            throw StoreError(StoreError::Code::Constraint, tr("the ontology already has a type \"%1\"").arg(t.name));
    }
    Statement s = db.prepare(
        "INSERT INTO kg_relation_types (id, name, name_en, name_zh, directed, domain, range, cardinality, symmetric,"
        " transitive, causal, requires_evidence, properties, sort_order)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
    bindId(s, 1, t.id);
    s.bind(2, t.name).bind(3, t.nameEn).bind(4, t.nameZh).bind(5, qint64(t.directed));
    s.bind(6, compactArray(QJsonArray::fromStringList(t.domain)))
        .bind(7, compactArray(QJsonArray::fromStringList(t.range)));
    s.bind(8, RelationType::toString(t.cardinality)).bind(9, qint64(t.symmetric)).bind(10, qint64(t.transitive));
    s.bind(11, qint64(t.causal)).bind(12, qint64(t.requiresEvidence));
    s.bind(13, compactArray(propertyArray(t.properties))).bind(14, qint64(t.sortOrder));
    s.run();
    t.id = db.lastInsertId();
    audit(QStringLiteral("kg_relation_type"), t.id, QStringLiteral("insert"), {}, withId(t));
    tx.commit();
    return t.id;
}

void GraphStore::updateRelationType(const RelationType &t)
{
    const std::optional<RelationType> before = relationType(t.id);
    if (!before)
        throw notFound(tr("relation type %1 does not exist").arg(t.id));
    if (!Node::isValidKey(t.name))
        throw StoreError(StoreError::Code::InvalidArgument, tr("\"%1\" is not a valid relation type name").arg(t.name));
    Database &db = m_connection.db();
    Transaction tx(db);
    Statement s
        = db.prepare("UPDATE kg_relation_types SET name = ?2, name_en = ?3, name_zh = ?4, directed = ?5,"
                     " domain = ?6, range = ?7, cardinality = ?8, symmetric = ?9, transitive = ?10,"
                     " causal = ?11, requires_evidence = ?12, properties = ?13, sort_order = ?14 WHERE id = ?1");
    s.bind(1, t.id).bind(2, t.name).bind(3, t.nameEn).bind(4, t.nameZh).bind(5, qint64(t.directed));
    s.bind(6, compactArray(QJsonArray::fromStringList(t.domain)))
        .bind(7, compactArray(QJsonArray::fromStringList(t.range)));
    s.bind(8, RelationType::toString(t.cardinality)).bind(9, qint64(t.symmetric)).bind(10, qint64(t.transitive));
    s.bind(11, qint64(t.causal)).bind(12, qint64(t.requiresEvidence));
    s.bind(13, compactArray(propertyArray(t.properties))).bind(14, qint64(t.sortOrder));
    s.run();
    audit(QStringLiteral("kg_relation_type"), t.id, QStringLiteral("update"), withId(*before), withId(t));
    tx.commit();
}

RelationType GraphStore::removeRelationType(qint64 id)
{
    const std::optional<RelationType> before = relationType(id);
    if (!before)
        throw notFound(tr("relation type %1 does not exist").arg(id));
    Database &db = m_connection.db();
    Statement used = db.prepare("SELECT count(*) FROM kg_edges WHERE type_id = ?1");
    used.bind(1, id).step();
    if (used.int64(0) > 0)
        throw StoreError(StoreError::Code::Constraint,
            tr("relation type \"%1\" is used by %n edge(s)", nullptr, int(used.int64(0))).arg(before->name));
    Transaction tx(db);
    Statement s = db.prepare("DELETE FROM kg_relation_types WHERE id = ?1");
    s.bind(1, id).run();
    audit(QStringLiteral("kg_relation_type"), id, QStringLiteral("delete"), withId(*before), {});
    tx.commit();
    return *before;
}

int GraphStore::installOntology(const Ontology &o)
{
    const Ontology have = ontology();
    int added = 0;
    Transaction tx(m_connection.db());
    for (NodeType t : o.nodeTypes) {
        if (have.nodeType(t.name))
            continue;
        t.id = 0;
        addNodeType(t);
        ++added;
    }
    for (RelationType r : o.relationTypes) {
        if (have.relationType(r.name))
            continue;
        r.id = 0;
        addRelationType(r);
        ++added;
    }
    tx.commit();
    return added;
}

// --- nodes ---

QString GraphStore::validate(const Node &n) const
{
    if (!n.key.isEmpty() && !Node::isValidKey(n.key))
        return tr("\"%1\" is not a valid node key (letters, digits, '_', '-', '.')").arg(n.key);
    const std::optional<NodeType> type = nodeType(n.typeId);
    if (!type)
        return tr("node type %1 does not exist").arg(n.typeId);
    for (auto it = n.properties.begin(); it != n.properties.end(); ++it) {
        const PropertyDef *def = type->property(it.key());
        if (def && !def->accepts(it.value()))
            return tr("property \"%1\" of a %2 must be of type %3").arg(it.key(), type->name, def->type);
    }
    return {};
}

QString GraphStore::validate(const Edge &e) const
{
    Database &db = m_connection.db();
    if (!exists(db, "SELECT 1 FROM kg_relation_types WHERE id = ?1", e.typeId))
        return tr("relation type %1 does not exist").arg(e.typeId);
    for (qint64 end : { e.fromId, e.toId }) {
        if (!exists(db, "SELECT 1 FROM kg_nodes WHERE id = ?1", end))
            return tr("node %1 does not exist").arg(end);
    }
    if (e.confidence && (*e.confidence < 0 || *e.confidence > 1))
        return tr("a confidence lies between 0 and 1");
    return {};
}

void GraphStore::insertNode(Node &n)
{
    Database &db = m_connection.db();
    if (n.key.isEmpty()) {
        if (n.id <= 0) {
            Statement next = db.prepare("SELECT ifnull(max(id), 0) + 1 FROM kg_nodes");
            next.step();
            n.id = next.int64(0);
        }
        n.key = QStringLiteral("n%1").arg(n.id);
    }
    {
        Statement dup = db.prepare("SELECT id FROM kg_nodes WHERE key = ?1");
        dup.bind(1, n.key);
        if (dup.step())
            throw StoreError(StoreError::Code::Constraint, tr("a node with the key \"%1\" exists already").arg(n.key));
    }
    Statement s
        = db.prepare("INSERT INTO kg_nodes (id, key, type_id, label_en, label_zh, aliases_en, aliases_zh,"
                     " properties, author, created, modified) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    bindId(s, 1, n.id);
    s.bind(2, n.key).bind(3, n.typeId).bind(4, n.labelEn).bind(5, n.labelZh);
    s.bind(6, compactArray(QJsonArray::fromStringList(n.aliasesEn)));
    s.bind(7, compactArray(QJsonArray::fromStringList(n.aliasesZh)));
    s.bind(8, project::json::compact(n.properties)).bind(9, n.author).bind(10, n.created).bind(11, n.modified);
    s.run();
    n.id = db.lastInsertId();
}

qint64 GraphStore::addNode(Node &n)
{
    const QString problem = validate(n);
    if (!problem.isEmpty())
        throw StoreError(StoreError::Code::InvalidArgument, problem);
    if (n.created.isEmpty())
        n.created = project::Connection::now();
    if (n.modified.isEmpty())
        n.modified = n.created;
    if (!n.author)
        n.author = m_connection.userId();
    Transaction tx(m_connection.db());
    insertNode(n);
    audit(QStringLiteral("kg_node"), n.id, QStringLiteral("insert"), {}, n.toJson());
    tx.commit();
    return n.id;
}

void GraphStore::updateNode(const Node &n, bool touch)
{
    const std::optional<Node> before = node(n.id);
    if (!before)
        throw notFound(tr("node %1 does not exist").arg(n.id));
    const QString problem = n.key.isEmpty() ? tr("a node needs a key") : validate(n);
    if (!problem.isEmpty())
        throw StoreError(StoreError::Code::InvalidArgument, problem);
    Database &db = m_connection.db();
    Transaction tx(db);
    if (n.key != before->key) {
        Statement dup = db.prepare("SELECT id FROM kg_nodes WHERE key = ?1");
        dup.bind(1, n.key);
        if (dup.step())
            throw StoreError(StoreError::Code::Constraint, tr("a node with the key \"%1\" exists already").arg(n.key));
    }
    Node after = n;
    if (touch)
        after.modified = project::Connection::now();
    Statement s = db.prepare("UPDATE kg_nodes SET key = ?2, type_id = ?3, label_en = ?4, label_zh = ?5,"
                             " aliases_en = ?6, aliases_zh = ?7, properties = ?8, modified = ?9 WHERE id = ?1");
    s.bind(1, n.id).bind(2, n.key).bind(3, n.typeId).bind(4, n.labelEn).bind(5, n.labelZh);
    s.bind(6, compactArray(QJsonArray::fromStringList(n.aliasesEn)));
    s.bind(7, compactArray(QJsonArray::fromStringList(n.aliasesZh)));
    s.bind(8, project::json::compact(n.properties)).bind(9, after.modified);
    s.run();
    audit(QStringLiteral("kg_node"), n.id, QStringLiteral("update"), before->toJson(), after.toJson());
    tx.commit();
}

NodeRemoval GraphStore::removeNode(qint64 id)
{
    const std::optional<Node> n = node(id);
    if (!n)
        throw notFound(tr("node %1 does not exist").arg(id));
    NodeRemoval r;
    r.node = *n;
    r.edges = edgesOf(id);
    r.evidence = evidenceForNode(id);
    r.labelClasses = labelClassesOf(id);
    Database &db = m_connection.db();
    Transaction tx(db);
    for (const Edge &e : std::as_const(r.edges)) {
        for (const Evidence &ev : evidenceForEdge(e.id)) {
            r.evidence.append(ev);
            deleteEvidence(ev);
        }
        deleteEdge(e);
    }
    for (const Evidence &ev : evidenceForNode(id))
        deleteEvidence(ev);
    for (qint64 c : std::as_const(r.labelClasses))
        mapLabelClass(c, std::nullopt);
    Statement s = db.prepare("DELETE FROM kg_nodes WHERE id = ?1");
    s.bind(1, id).run();
    audit(QStringLiteral("kg_node"), id, QStringLiteral("delete"), n->toJson(), {});
    tx.commit();
    return r;
}

void GraphStore::restore(const NodeRemoval &r)
{
    Transaction tx(m_connection.db());
    Node n = r.node;
    insertNode(n);
    audit(QStringLiteral("kg_node"), n.id, QStringLiteral("insert"), {}, n.toJson());
    for (Edge e : r.edges) {
        insertEdge(e);
        audit(QStringLiteral("kg_edge"), e.id, QStringLiteral("insert"), {}, e.toJson());
    }
    for (Evidence ev : r.evidence) {
        insertEvidence(ev);
        audit(QStringLiteral("kg_evidence"), ev.id, QStringLiteral("insert"), {}, ev.toJson());
    }
    for (qint64 c : r.labelClasses)
        mapLabelClass(c, n.id);
    tx.commit();
}

std::optional<Node> GraphStore::node(qint64 id) const
{
    Statement s = m_connection.db().prepare(
        QStringLiteral("SELECT %1 FROM kg_nodes WHERE id = ?1").arg(QLatin1String(NodeColumns)));
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    return readNode(s);
}

std::optional<Node> GraphStore::nodeByKey(const QString &key) const
{
    Statement s = m_connection.db().prepare(
        QStringLiteral("SELECT %1 FROM kg_nodes WHERE key = ?1").arg(QLatin1String(NodeColumns)));
    s.bind(1, key);
    if (!s.step())
        return std::nullopt;
    return readNode(s);
}

QList<Node> GraphStore::nodes() const
{
    Statement s = m_connection.db().prepare(
        QStringLiteral("SELECT %1 FROM kg_nodes ORDER BY id").arg(QLatin1String(NodeColumns)));
    QList<Node> out;
    while (s.step())
        out.append(readNode(s));
    return out;
}

qint64 GraphStore::nodeCount() const
{
    Statement s = m_connection.db().prepare("SELECT count(*) FROM kg_nodes");
    s.step();
    return s.int64(0);
}

// --- edges ---

void GraphStore::insertEdge(Edge &e)
{
    Statement s = m_connection.db().prepare(
        "INSERT INTO kg_edges (id, type_id, from_id, to_id, properties, confidence, author, created, modified)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    bindId(s, 1, e.id);
    s.bind(2, e.typeId).bind(3, e.fromId).bind(4, e.toId).bind(5, project::json::compact(e.properties));
    s.bind(6, e.confidence).bind(7, e.author).bind(8, e.created).bind(9, e.modified);
    s.run();
    e.id = m_connection.db().lastInsertId();
}

void GraphStore::deleteEdge(const Edge &e)
{
    Statement s = m_connection.db().prepare("DELETE FROM kg_edges WHERE id = ?1");
    s.bind(1, e.id).run();
    audit(QStringLiteral("kg_edge"), e.id, QStringLiteral("delete"), e.toJson(), {});
}

qint64 GraphStore::addEdge(Edge &e)
{
    const QString problem = validate(e);
    if (!problem.isEmpty())
        throw StoreError(StoreError::Code::InvalidArgument, problem);
    if (e.created.isEmpty())
        e.created = project::Connection::now();
    if (e.modified.isEmpty())
        e.modified = e.created;
    if (!e.author)
        e.author = m_connection.userId();
    Transaction tx(m_connection.db());
    insertEdge(e);
    audit(QStringLiteral("kg_edge"), e.id, QStringLiteral("insert"), {}, e.toJson());
    tx.commit();
    return e.id;
}

void GraphStore::updateEdge(const Edge &e, bool touch)
{
    const std::optional<Edge> before = edge(e.id);
    if (!before)
        throw notFound(tr("edge %1 does not exist").arg(e.id));
    const QString problem = validate(e);
    if (!problem.isEmpty())
        throw StoreError(StoreError::Code::InvalidArgument, problem);
    Edge after = e;
    if (touch)
        after.modified = project::Connection::now();
    Transaction tx(m_connection.db());
    Statement s = m_connection.db().prepare("UPDATE kg_edges SET type_id = ?2, from_id = ?3, to_id = ?4,"
                                            " properties = ?5, confidence = ?6, modified = ?7 WHERE id = ?1");
    s.bind(1, e.id).bind(2, e.typeId).bind(3, e.fromId).bind(4, e.toId);
    s.bind(5, project::json::compact(e.properties)).bind(6, e.confidence).bind(7, after.modified);
    s.run();
    audit(QStringLiteral("kg_edge"), e.id, QStringLiteral("update"), before->toJson(), after.toJson());
    tx.commit();
}

EdgeRemoval GraphStore::removeEdge(qint64 id)
{
    const std::optional<Edge> e = edge(id);
    if (!e)
        throw notFound(tr("edge %1 does not exist").arg(id));
    EdgeRemoval r { *e, evidenceForEdge(id) };
    Transaction tx(m_connection.db());
    for (const Evidence &ev : std::as_const(r.evidence))
        deleteEvidence(ev);
    deleteEdge(*e);
    tx.commit();
    return r;
}

void GraphStore::restore(const EdgeRemoval &r)
{
    Transaction tx(m_connection.db());
    Edge e = r.edge;
    insertEdge(e);
    audit(QStringLiteral("kg_edge"), e.id, QStringLiteral("insert"), {}, e.toJson());
    for (Evidence ev : r.evidence) {
        insertEvidence(ev);
        audit(QStringLiteral("kg_evidence"), ev.id, QStringLiteral("insert"), {}, ev.toJson());
    }
    tx.commit();
}

std::optional<Edge> GraphStore::edge(qint64 id) const
{
    Statement s = m_connection.db().prepare(
        QStringLiteral("SELECT %1 FROM kg_edges WHERE id = ?1").arg(QLatin1String(EdgeColumns)));
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    return readEdge(s);
}

QList<Edge> GraphStore::edges() const
{
    Statement s = m_connection.db().prepare(
        QStringLiteral("SELECT %1 FROM kg_edges ORDER BY id").arg(QLatin1String(EdgeColumns)));
    QList<Edge> out;
    while (s.step())
        out.append(readEdge(s));
    return out;
}

QList<Edge> GraphStore::edgesOf(qint64 nodeId) const
{
    Statement s = m_connection.db().prepare(
        QStringLiteral("SELECT %1 FROM kg_edges WHERE from_id = ?1 OR to_id = ?1 ORDER BY id")
            .arg(QLatin1String(EdgeColumns)));
    s.bind(1, nodeId);
    QList<Edge> out;
    while (s.step())
        out.append(readEdge(s));
    return out;
}

qint64 GraphStore::edgeCount() const
{
    Statement s = m_connection.db().prepare("SELECT count(*) FROM kg_edges");
    s.step();
    return s.int64(0);
}

// --- evidence ---

void GraphStore::insertEvidence(Evidence &e)
{
    Statement s = m_connection.db().prepare("INSERT INTO kg_evidence (id, node_id, edge_id, annotation_id, note,"
                                            " author, created) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    bindId(s, 1, e.id);
    s.bind(2, e.nodeId).bind(3, e.edgeId).bind(4, e.annotationId).bind(5, e.note).bind(6, e.author).bind(7, e.created);
    s.run();
    e.id = m_connection.db().lastInsertId();
}

void GraphStore::deleteEvidence(const Evidence &e)
{
    Statement s = m_connection.db().prepare("DELETE FROM kg_evidence WHERE id = ?1");
    s.bind(1, e.id).run();
    audit(QStringLiteral("kg_evidence"), e.id, QStringLiteral("delete"), e.toJson(), {});
}

qint64 GraphStore::addEvidence(Evidence &e)
{
    Database &db = m_connection.db();
    if (bool(e.nodeId) == bool(e.edgeId))
        throw StoreError(StoreError::Code::InvalidArgument, tr("evidence supports either a node or an edge"));
    if (e.nodeId && !exists(db, "SELECT 1 FROM kg_nodes WHERE id = ?1", *e.nodeId))
        throw notFound(tr("node %1 does not exist").arg(*e.nodeId));
    if (e.edgeId && !exists(db, "SELECT 1 FROM kg_edges WHERE id = ?1", *e.edgeId))
        throw notFound(tr("edge %1 does not exist").arg(*e.edgeId));
    if (!exists(db, "SELECT 1 FROM annotations WHERE id = ?1", e.annotationId))
        throw notFound(tr("annotation %1 does not exist").arg(e.annotationId));
    {
        Statement dup = db.prepare("SELECT 1 FROM kg_evidence WHERE ifnull(node_id, 0) = ?1 AND ifnull(edge_id, 0) = ?2"
                                   " AND annotation_id = ?3");
        dup.bind(1, e.nodeId.value_or(0)).bind(2, e.edgeId.value_or(0)).bind(3, e.annotationId);
        if (dup.step())
            throw StoreError(StoreError::Code::Constraint,
                tr("annotation %1 is already evidence for this %2")
                    .arg(e.annotationId)
                    .arg(e.nodeId ? tr("node") : tr("edge")));
    }
    if (e.created.isEmpty())
        e.created = project::Connection::now();
    if (!e.author)
        e.author = m_connection.userId();
    Transaction tx(db);
    insertEvidence(e);
    audit(QStringLiteral("kg_evidence"), e.id, QStringLiteral("insert"), {}, e.toJson());
    tx.commit();
    return e.id;
}

Evidence GraphStore::removeEvidence(qint64 id)
{
    const std::optional<Evidence> e = evidence(id);
    if (!e)
        throw notFound(tr("evidence %1 does not exist").arg(id));
    Transaction tx(m_connection.db());
    deleteEvidence(*e);
    tx.commit();
    return *e;
}

std::optional<Evidence> GraphStore::evidence(qint64 id) const
{
    Statement s = m_connection.db().prepare(
        QStringLiteral("SELECT %1 FROM kg_evidence WHERE id = ?1").arg(QLatin1String(EvidenceColumns)));
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    return readEvidence(s);
}

QList<Evidence> GraphStore::evidenceForNode(qint64 nodeId) const
{
    Statement s = m_connection.db().prepare(QStringLiteral("SELECT %1 FROM kg_evidence WHERE node_id = ?1 ORDER BY id")
                                                .arg(QLatin1String(EvidenceColumns)));
    s.bind(1, nodeId);
    QList<Evidence> out;
    while (s.step())
        out.append(readEvidence(s));
    return out;
}

QList<Evidence> GraphStore::evidenceForEdge(qint64 edgeId) const
{
    Statement s = m_connection.db().prepare(QStringLiteral("SELECT %1 FROM kg_evidence WHERE edge_id = ?1 ORDER BY id")
                                                .arg(QLatin1String(EvidenceColumns)));
    s.bind(1, edgeId);
    QList<Evidence> out;
    while (s.step())
        out.append(readEvidence(s));
    return out;
}

QList<Evidence> GraphStore::allEvidence() const
{
    Statement s = m_connection.db().prepare(
        QStringLiteral("SELECT %1 FROM kg_evidence ORDER BY id").arg(QLatin1String(EvidenceColumns)));
    QList<Evidence> out;
    while (s.step())
        out.append(readEvidence(s));
    return out;
}

// --- label classes ---

std::optional<qint64> GraphStore::mapLabelClass(qint64 classId, std::optional<qint64> nodeId)
{
    project::LabelSchema schema(m_connection);
    std::optional<project::LabelClass> c = schema.classById(classId);
    if (!c)
        throw notFound(tr("label class %1 does not exist").arg(classId));
    if (nodeId && !exists(m_connection.db(), "SELECT 1 FROM kg_nodes WHERE id = ?1", *nodeId))
        throw notFound(tr("node %1 does not exist").arg(*nodeId));
    const std::optional<qint64> before = c->knowledgeNode;
    if (before == nodeId)
        return before;
    c->knowledgeNode = nodeId;
    schema.updateClass(*c); // audited by the label schema
    return before;
}

QList<qint64> GraphStore::labelClassesOf(qint64 nodeId) const
{
    Statement s = m_connection.db().prepare("SELECT id FROM label_classes WHERE knowledge_node = ?1 ORDER BY id");
    s.bind(1, nodeId);
    QList<qint64> out;
    while (s.step())
        out.append(s.int64(0));
    return out;
}

} // namespace rwb::knowledge
