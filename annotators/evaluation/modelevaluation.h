#pragma once

#include "classificationmetrics.h"
#include "cocoevaluator.h"
#include "intervalmetrics.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace rwb::evaluation {

struct DatasetSnapshot;

/// Evaluation of one model run (its annotations: source model, sourceRef = model id) against
/// the ground truth (accepted manual or imported annotations), per modality:
/// image shapes COCO-style, image tags as classification, time-series ranges/events and
/// document spans as intervals. Only assets with ground truth of a modality take part in it,
/// so that unlabeled assets do not turn every proposal into a false positive.
class ModelEvaluation
{
    Q_DECLARE_TR_FUNCTIONS(rwb::evaluation::ModelEvaluation)
public:
    struct Options
    {
        QString modelId;
        CocoEvaluator::IouType iouType = CocoEvaluator::IouType::Box;
        double iou = 0.5; ///< for the confusion matrix, P/R at threshold, interval overlap
        double scoreThreshold = 0.5; ///< the run's operating point
    };

    static ModelEvaluation run(const DatasetSnapshot &data, const Options &options);

    Options options;
    /// Bad input found on the way (no ground truth, classes on one side only, unreadable
    /// geometry): shown to the user, never silently turned into zeros.
    QStringList problems;
    qint64 predictions = 0;
    qint64 truths = 0;

    std::optional<CocoEvaluator::Result> detection;
    ConfusionMatrix detectionConfusion;
    Prf detectionAtThreshold;
    qint64 detectionImages = 0;
    std::optional<ClassificationMetrics::Result> tags;
    std::optional<IntervalMetrics::Result> seriesEvents;
    std::optional<IntervalMetrics::Result> seriesPoints;
    std::optional<IntervalMetrics::Result> spansExact;
    std::optional<IntervalMetrics::Result> spansOverlap;
    QHash<qint64, QString> classNames;

    /// Recall of class \a classId at the run's threshold in whichever modality has it
    /// (detection at options.iou, else tags, series events, spans); nullopt without truth.
    std::optional<double> classRecall(qint64 classId) const;
    /// COCO AP@[.5:.95] of a detection class; nullopt when undefined.
    std::optional<double> classAp(qint64 classId) const;

    QJsonObject toJson() const;
    QString toText() const;
};

} // namespace rwb::evaluation
