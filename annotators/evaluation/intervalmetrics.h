#pragma once

#include "prf.h"

#include <QList>
#include <QMap>

namespace rwb::evaluation {

/// A labelled stretch of a one-dimensional axis: time-series samples or document characters.
/// Intervals are compared only within the same asset and track (document page; 0 for signals).
struct Interval
{
    qint64 assetId = 0;
    qint64 track = 0;
    qint64 classId = 0;
    qint64 start = 0;
    qint64 end = 0; ///< one past the last position
    double score = 1; ///< predictions: matching order
    qint64 annotationId = 0;

    qint64 length() const { return end - start; }
};

/// Event-level and point-wise metrics for time-series ranges/events and document spans.
class IntervalMetrics
{
public:
    enum class Match {
        Exact, ///< same start and end (document spans, "strict")
        Overlap, ///< intersection over union ≥ minIou, any overlap when minIou is 0 ("lenient")
    };
    struct Result
    {
        QMap<qint64, Prf> perClass;
        Prf micro;
        QJsonObject toJson() const;
    };

    /// One-to-one matching per asset, track and class: predictions in score order (stable), each
    /// to the free truth with the highest IoU that qualifies.
    static Result events(
        const QList<Interval> &truth, const QList<Interval> &predicted, Match match, double minIou = 0);
    /// Point-wise: every position counted once per class (overlapping labels of one side are
    /// merged), TP = positions both sides cover.
    static Result points(const QList<Interval> &truth, const QList<Interval> &predicted);

    /// Intersection over union of two intervals (0 when on different assets or tracks).
    static double iou(const Interval &a, const Interval &b);
};

} // namespace rwb::evaluation
