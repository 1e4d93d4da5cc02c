#pragma once

#include "noderemoval.h"
#include "ontology.h"

#include <QCoreApplication>

namespace rwb::project {
class Connection;
}

namespace rwb::knowledge {

/// The knowledge graph in the project file: ontology, nodes, edges, evidence, and the
/// mapping of label classes to nodes. Every write runs in one transaction together with its
/// audit entry; errors are project::StoreError with a message for the user.
class GraphStore
{
    Q_DECLARE_TR_FUNCTIONS(rwb::knowledge::GraphStore)
public:
    /// Installs the starter ontology on the first writable use of a project's knowledge tables.
    explicit GraphStore(project::Connection &connection);

    // --- ontology ---
    Ontology ontology() const;
    QList<NodeType> nodeTypes() const;
    QList<RelationType> relationTypes() const;
    std::optional<NodeType> nodeType(qint64 id) const;
    std::optional<RelationType> relationType(qint64 id) const;
    /// \a t.id > 0 re-creates it with that id (undo).
    qint64 addNodeType(NodeType &t);
    /// A rename also renames the type in every relation type's domain and range.
    void updateNodeType(const NodeType &t);
    /// Refused while nodes have the type.
    NodeType removeNodeType(qint64 id);
    qint64 addRelationType(RelationType &t);
    void updateRelationType(const RelationType &t);
    /// Refused while edges have the type.
    RelationType removeRelationType(qint64 id);
    /// Adds the types of \a o that the project lacks (by name); returns how many were added.
    int installOntology(const Ontology &o);

    // --- nodes ---
    /// Inserts \a n (an empty key becomes "n<id>"; n.id > 0 re-creates it with that id).
    qint64 addNode(Node &n);
    /// \a touch: stamp the modification time now; false writes \a n as it is (undo, redo).
    void updateNode(const Node &n, bool touch = true);
    /// Removes the node with its edges, their evidence and its label-class mappings.
    NodeRemoval removeNode(qint64 id);
    /// Puts back what removeNode() took, with the same ids.
    void restore(const NodeRemoval &removal);
    std::optional<Node> node(qint64 id) const;
    std::optional<Node> nodeByKey(const QString &key) const;
    QList<Node> nodes() const;
    qint64 nodeCount() const;

    // --- edges ---
    qint64 addEdge(Edge &e);
    void updateEdge(const Edge &e, bool touch = true);
    EdgeRemoval removeEdge(qint64 id);
    void restore(const EdgeRemoval &removal);
    std::optional<Edge> edge(qint64 id) const;
    QList<Edge> edges() const;
    /// Edges starting or ending at \a nodeId.
    QList<Edge> edgesOf(qint64 nodeId) const;
    qint64 edgeCount() const;

    // --- evidence ---
    /// The annotation and the node or edge must exist; a link is made only once.
    qint64 addEvidence(Evidence &e);
    Evidence removeEvidence(qint64 id);
    std::optional<Evidence> evidence(qint64 id) const;
    QList<Evidence> evidenceForNode(qint64 nodeId) const;
    QList<Evidence> evidenceForEdge(qint64 edgeId) const;
    QList<Evidence> allEvidence() const;

    // --- label classes ---
    /// Maps label class \a classId to \a nodeId (nullopt: unmaps); returns the previous node.
    std::optional<qint64> mapLabelClass(qint64 classId, std::optional<qint64> nodeId);
    /// Label classes mapped to \a nodeId.
    QList<qint64> labelClassesOf(qint64 nodeId) const;

    /// Why \a n cannot be stored as it is (empty: it can): key, type, property types.
    QString validate(const Node &n) const;
    QString validate(const Edge &e) const;

    project::Connection &connection() const { return m_connection; }

private:
    void ensureStarterOntology();
    void insertNode(Node &n);
    void insertEdge(Edge &e);
    void insertEvidence(Evidence &e);
    void deleteEvidence(const Evidence &e);
    void deleteEdge(const Edge &e);
    void audit(
        const QString &entity, qint64 id, const QString &action, const QJsonObject &before, const QJsonObject &after);

    project::Connection &m_connection;
};

} // namespace rwb::knowledge
