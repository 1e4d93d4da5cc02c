#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QUndoCommand;

namespace rwb::project {

class Connection;

/// A node an annotation can link to, as annotators see it.
struct KnowledgeTarget
{
    QString id; ///< stable id, stored in the link
    QString label; ///< English (or only) label
    QString labelZh; ///< Chinese label, may be empty
    QStringList aliases; ///< further names in either language
    std::optional<qint64> classId; ///< the label class an annotation linked to it gets, if any

    /// Every name of the node: labels first, then aliases (non-empty, once each).
    QStringList names() const;
};

/// Where link targets come from. It lives in the project library so that annotators and the
/// knowledge graph need not know each other: the knowledge module implements it over its nodes
/// (knowledge::GraphLinkProvider) and the composition root hands that to the annotators; without
/// it, annotators fall back to their own (the document annotator offers the label classes).
class KnowledgeLinkProvider
{
public:
    virtual ~KnowledgeLinkProvider();
    virtual QList<KnowledgeTarget> targets() const = 0;
    /// The target with \a id, if it exists.
    virtual std::optional<KnowledgeTarget> target(const QString &id) const;
    /// Up to \a limit targets one of whose names starts with \a prefix (case-insensitive), then
    /// those that contain it; sorted by the name that matched.
    virtual QList<KnowledgeTarget> complete(const QString &prefix, int limit = 20) const;
    /// Adds to \a parent the undo commands that go with linking annotation \a annotationId from
    /// \a oldTarget to \a newTarget (empty: none): the graph records the annotation as evidence
    /// of the new node and drops it from the old one. Nothing by default.
    virtual void addLinkCommands(Connection &connection, qint64 annotationId, const QString &oldTarget,
        const QString &newTarget, QUndoCommand *parent) const;
};

} // namespace rwb::project
