#pragma once

#include "project/projecttypes.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>

namespace rwb::project {
class Connection;
}

namespace rwb::evaluation {

/// Composition of a project's dataset: what `resonance-cli stats` prints and the status bar
/// summarises. The first of the dataset diagnostics.
struct DatasetStats
{
    qint64 assets = 0;
    qint64 annotations = 0;
    qint64 assetsWithoutAnnotations = 0;
    QMap<QString, qint64> assetsByKind;
    QMap<QString, qint64> assetsByStatus;
    QMap<QString, qint64> assetsBySplit;
    QMap<QString, qint64> annotationsByClass; ///< by class name; "(none)" for class-less ones
    QMap<QString, qint64> annotationsByState;
    QMap<QString, qint64> annotationsBySource;
    QMap<QString, qint64> annotationsByKind;
    /// Annotations per class and split, for class balance: class → split → count.
    QMap<QString, QMap<QString, qint64>> classBySplit;

    static DatasetStats compute(project::Connection &connection);
    QJsonObject toJson() const;
};

} // namespace rwb::evaluation
