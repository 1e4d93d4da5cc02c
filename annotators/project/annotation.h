#pragma once

#include "projecttypes.h"

#include <QJsonObject>
#include <QRectF>
#include <QString>

#include <optional>

namespace rwb::project {

/// A label on an asset, of any modality. \c kind names the shape (see projecttypes.h);
/// \c geometry holds its coordinates as JSON in the asset's own units (pixels, samples,
/// characters). \c extent is the box indexed by the R*Tree: x/y in pixels for images,
/// x = sample index and y = channel for time series, x = character offset and y = page for
/// documents.
struct Annotation
{
    enum Flag { Hidden = 1, Locked = 2 };

    qint64 id = 0;
    qint64 assetId = 0;
    std::optional<qint64> classId;
    QString kind;
    QJsonObject geometry;
    QJsonObject attributes;
    AnnotationSource source = AnnotationSource::Manual;
    QString sourceRef;
    std::optional<double> confidence;
    AnnotationState state = AnnotationState::Accepted;
    std::optional<qint64> author;
    int revision = 1;
    int zOrder = 0;
    int flags = 0;
    QRectF extent;
    QString created;
    QString modified;

    bool operator==(const Annotation &other) const = default;

    QJsonObject toJson() const;
    static Annotation fromJson(const QJsonObject &json);
};

} // namespace rwb::project
