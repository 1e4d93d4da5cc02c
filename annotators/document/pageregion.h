#pragma once

#include "project/annotation.h"

#include <QRectF>

#include <optional>

namespace rwb::document {

/// The geometry of a page region (kind "page_region"): a rectangle on a PDF page, in points
/// from the page's top-left corner (tables, figures, nameplates).
struct PageRegion
{
    int page = 0;
    QRectF rect;

    bool operator==(const PageRegion &other) const = default;

    QJsonObject toJson() const;
    static std::optional<PageRegion> fromJson(const QJsonObject &json);
    /// A new annotation of kind "page_region"; its extent lies at x = -1 on the page's row so
    /// that text-offset windows never meet it.
    project::Annotation toAnnotation(qint64 assetId, std::optional<qint64> classId) const;
    void applyTo(project::Annotation &a) const;
    static std::optional<PageRegion> fromAnnotation(const project::Annotation &a);
};

} // namespace rwb::document
