#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rwb::document {

/// A node a span can link to, as the document annotator sees it.
struct KnowledgeTarget
{
    QString id; ///< stable id, stored in the link
    QString label; ///< English (or only) label
    QString labelZh; ///< Chinese label, may be empty
    QStringList aliases; ///< further names in either language
    std::optional<qint64> classId; ///< the label class a span linked to it gets, if any

    /// Every name of the node: labels first, then aliases (non-empty, once each).
    QStringList names() const;
};

/// Where link targets come from. The knowledge graph plugs in its own implementation over node
/// labels and aliases; until then LabelClassLinkProvider offers the label classes.
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
};

} // namespace rwb::document
