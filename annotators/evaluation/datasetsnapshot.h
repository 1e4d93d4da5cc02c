#pragma once

#include "project/annotation.h"
#include "project/asset.h"
#include "project/labelattribute.h"
#include "project/labelclass.h"

#include <QHash>
#include <QList>

namespace rwb::project {
class Connection;
}

namespace rwb::evaluation {

/// Assets, label classes and annotations of a project read once, for the metrics, diagnostics,
/// agreement and queue computations (which then run without touching the database).
struct DatasetSnapshot
{
    QList<project::Asset> assets;
    QHash<qint64, project::LabelClass> classes;
    QList<project::LabelAttribute> attributes;
    QList<project::Annotation> annotations; ///< in id order
    QHash<qint64, QString> userNames;

    static DatasetSnapshot load(project::Connection &connection);

    const project::Asset *asset(qint64 id) const;
    /// Class name for reports ("#id" for an unknown id).
    QString className(qint64 classId) const;

    /// Ground truth: accepted annotations, whatever their source, except those of the model
    /// run \a evaluatedModel: a proposal of another model that a person accepted is truth, but
    /// a run's own accepted proposals must not count as truth for that run (it would grade
    /// itself). Empty \a evaluatedModel: every accepted annotation.
    static bool isTruth(const project::Annotation &a, const QString &evaluatedModel = {});
    /// An output of the model run \a modelId (source model, sourceRef = model id), in any state:
    /// a rejected proposal is still what the model said.
    static bool isPrediction(const project::Annotation &a, const QString &modelId);
    /// Model ids (sourceRef of model annotations) with their annotation counts.
    QHash<QString, qint64> modelRuns() const;

private:
    QHash<qint64, int> m_assetIndex;
};

} // namespace rwb::evaluation
