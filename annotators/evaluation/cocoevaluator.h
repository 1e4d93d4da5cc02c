#pragma once

#include "confusionmatrix.h"
#include "prf.h"

#include "image/rlemask.h"

#include <QJsonObject>
#include <QList>
#include <QRectF>

#include <optional>
#include <vector>

namespace rwb::evaluation {

/// One ground-truth object or one detection for CocoEvaluator.
struct DetectionObject
{
    qint64 id = 0; ///< annotation id: what reports link back to
    qint64 imageId = 0;
    qint64 categoryId = 0;
    QRectF box; ///< x, y, w, h in pixels
    std::optional<image::RleMask> mask; ///< needed for segmentation evaluation
    double area = 0; ///< COCO's "area": what the size ranges test
    double score = 1; ///< detections only
    bool crowd = false; ///< ground truth only: iscrowd
};

/// COCO-style detection and segmentation evaluation with the exact rules of pycocotools'
/// COCOeval (evaluate + accumulate + summarize): per image and class the detections are sorted
/// by score (stable, so ties keep their input order) and cut to the largest maxDets; each is
/// matched greedily to the best still free ground truth with IoU ≥ t, preferring non-ignored
/// ones; crowd and out-of-range ground truths are ignored and may absorb detections; precision
/// is made monotone and read at 101 recall points; undefined entries (-1) are left out of means.
///
/// Images are the ones given to setImages() (the "imgIds" of the ground truth): detections on
/// other images are ignored, images without any object are true negatives.
class CocoEvaluator
{
public:
    enum class IouType { Box, Segm };
    struct AreaRange
    {
        QString name;
        double low;
        double high;
    };
    struct Params
    {
        IouType iouType = IouType::Box;
        std::vector<double> iouThresholds = defaultIouThresholds();
        std::vector<double> recallThresholds = defaultRecallThresholds();
        std::vector<int> maxDets { 1, 10, 100 };
        QList<AreaRange> areaRanges = defaultAreaRanges();
    };

    /// numpy.linspace(.5, .95, 10) and numpy.linspace(0, 1, 101), bit for bit.
    static std::vector<double> defaultIouThresholds();
    static std::vector<double> defaultRecallThresholds();
    /// all [0, 1e10], small [0, 32²], medium [32², 96²], large [96², 1e10].
    static QList<AreaRange> defaultAreaRanges();

    /// The accumulated arrays (COCOeval.eval) and what is derived from them.
    struct Result
    {
        Params params;
        QList<qint64> categories; ///< sorted ids: the K axis
        int T = 0, R = 0, K = 0, A = 0, M = 0;
        std::vector<double> precision; ///< [T][R][K][A][M], -1 undefined
        std::vector<double> recall; ///< [T][K][A][M], -1 undefined
        std::vector<double> scores; ///< [T][R][K][A][M]: score at which precision was read

        double precisionAt(int t, int r, int k, int a, int m) const;
        double recallAt(int t, int k, int a, int m) const;
        /// COCOeval._summarize: mean of the defined entries, -1 when there are none.
        /// \a iouThreshold nullopt: all thresholds; \a k nullopt: all classes.
        double summarize(bool ap, std::optional<double> iouThreshold, const QString &area, int maxDets,
            std::optional<int> k = std::nullopt) const;
        /// COCOeval.stats: AP, AP50, AP75, APs, APm, APl, AR1, AR10, AR100, ARs, ARm, ARl.
        std::vector<double> stats() const;
        /// The 101-point interpolated precision over recall of class \a k at IoU index \a t,
        /// area "all" and the largest maxDets (empty when undefined).
        std::vector<double> prCurve(int t, int k) const;

        /// Greedy matches at each IoU threshold, area "all", largest maxDets, for counts at a
        /// score threshold: per class the detections in score order.
        struct Ranked
        {
            std::vector<double> score;
            std::vector<std::vector<char>> tp; ///< [T][n]: matched a non-ignored ground truth
            std::vector<std::vector<char>> ignored; ///< [T][n]
            qint64 groundTruth = 0; ///< non-ignored ground truths
        };
        std::vector<Ranked> ranked; ///< per class k

        /// TP/FP/FN of class \a k (nullopt: all classes) counting detections with score ≥
        /// \a scoreThreshold at IoU index \a t.
        Prf countsAt(int t, double scoreThreshold, std::optional<int> k = std::nullopt) const;
        int iouIndex(double iou) const;
    };

    CocoEvaluator();
    explicit CocoEvaluator(Params params);

    void setImages(const QList<qint64> &imageIds);
    void setGroundTruth(const QList<DetectionObject> &objects);
    void setDetections(const QList<DetectionObject> &objects);
    /// Categories to evaluate; default: every category of ground truth or detections.
    void setCategories(const QList<qint64> &categoryIds);

    Result evaluate() const;

    /// Class confusion at one IoU: detections with score ≥ \a scoreThreshold, in score order,
    /// each matched to a free ground truth with IoU ≥ \a iou (crowds left out) of its own class
    /// if there is one, else of any class; unmatched detections count as background truth, unmatched ground truths as
    /// background predictions.
    ConfusionMatrix confusion(double iou, double scoreThreshold) const;

    double iou(const DetectionObject &detection, const DetectionObject &truth) const;

private:
    Params m_params;
    QList<qint64> m_images;
    QList<DetectionObject> m_truth;
    QList<DetectionObject> m_detections;
    QList<qint64> m_categories;
};

} // namespace rwb::evaluation
