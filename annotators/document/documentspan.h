#pragma once

#include "project/annotation.h"

#include <QString>

#include <optional>

namespace rwb::document {

/// A link from a span to a knowledge-graph node (until the knowledge graph exists: to a label
/// class, see LabelClassLinkProvider). Stored in the span's geometry under "link".
struct KnowledgeLink
{
    QString target; ///< the provider's stable id of the node
    QString label; ///< its label when the link was made (shown when the provider lacks it)
    bool operator==(const KnowledgeLink &other) const = default;
};

/// The geometry of a span annotation (kind "span"): code points [start, end) of the extracted
/// text of one PDF page (page ≥ 0) or of a whole text file (page -1), the covered text (so that
/// exports and checks need not reopen the file) and an optional knowledge link.
struct DocumentSpan
{
    int page = -1;
    qint64 start = 0;
    qint64 end = 0;
    QString text;
    std::optional<KnowledgeLink> link;

    bool operator==(const DocumentSpan &other) const = default;

    QJsonObject toJson() const;
    static std::optional<DocumentSpan> fromJson(const QJsonObject &json);
    /// A new annotation of kind "span" on \a assetId, with its geometry and R*Tree extent
    /// (x = code points, y = page).
    project::Annotation toAnnotation(qint64 assetId, std::optional<qint64> classId) const;
    /// Writes geometry and extent of \a a from this span (kind stays).
    void applyTo(project::Annotation &a) const;
    static std::optional<DocumentSpan> fromAnnotation(const project::Annotation &a);
};

} // namespace rwb::document
