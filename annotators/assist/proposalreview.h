#pragma once

#include "project/annotation.h"

#include <QCoreApplication>
#include <QList>
#include <QRect>
#include <QSet>
#include <QString>

#include <optional>

class QUndoStack;

namespace rwb::project {
class Project;
}

namespace rwb::assist {

class ModelRunner;

/// Reviewing a model's proposals: each decision is one undo step on the stack given. Accepting
/// keeps source, model id and confidence (the dataset card's provenance); rejecting keeps the
/// proposal, marked rejected, so that the model's error rate can be counted and it is not
/// proposed again.
class ProposalReview
{
    Q_DECLARE_TR_FUNCTIONS(rwb::assist::ProposalReview)
public:
    /// Open (proposed) annotations of \a assetId, best first.
    static QList<project::Annotation> open(project::Project &project, qint64 assetId);
    /// Sets the state of those of \a ids that are proposals; returns the store error, if any.
    static QString accept(QUndoStack *stack, project::Project &project, const QSet<qint64> &ids);
    static QString reject(QUndoStack *stack, project::Project &project, const QSet<qint64> &ids);
    /// Accepts the open proposals of \a assetId with confidence ≥ \a threshold; how many in \a count.
    static QString acceptAbove(
        QUndoStack *stack, project::Project &project, qint64 assetId, double threshold, int *count = nullptr);
    /// Accepts every proposal of \a assetId still open ("accept the rest" once the wrong ones are rejected).
    static QString acceptRest(QUndoStack *stack, project::Project &project, qint64 assetId, int *count = nullptr);

    /// Runs \a runner on the image file of \a assetId (or its \a region) and adds what it finds as
    /// proposals in one undo step. Returns the number added, or -1 with \a error.
    static int propose(QUndoStack *stack, project::Project &project, qint64 assetId, ModelRunner &runner,
        const QRect &region, QString *error);
};

} // namespace rwb::assist
