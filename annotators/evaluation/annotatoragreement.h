#pragma once

#include "prf.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QRectF>
#include <QSet>

#include <optional>

namespace rwb::evaluation {

struct DatasetSnapshot;

/// Agreement between two annotators (the annotations' author), on the assets both labelled:
/// IoU-matched F1 for image shapes, Cohen's κ for image tags, and Krippendorff's α for time
/// ranges and text spans. α is computed over the continuum at its own resolution (samples,
/// characters): every position is a unit whose value is the set of classes a coder gave it
/// (none = a gap), nominal distance; this is unitizing α with segments compared position by
/// position, so that gaps agree as much as labels do.
class AnnotatorAgreement
{
    Q_DECLARE_TR_FUNCTIONS(rwb::evaluation::AnnotatorAgreement)
public:
    struct Region
    {
        qint64 assetId;
        qint64 classId;
        QRectF box;
    };
    struct Segment
    {
        qint64 assetId;
        qint64 track; ///< page for spans, 0 for signals
        qint64 classId;
        qint64 start;
        qint64 end;
    };
    struct Kappa
    {
        qint64 items = 0;
        std::optional<double> observed;
        std::optional<double> expected;
        std::optional<double> kappa; ///< undefined when chance agreement is 1
    };
    struct Alpha
    {
        qint64 positions = 0;
        std::optional<double> alpha; ///< undefined with one value everywhere or nothing to compare
    };

    /// Greedy matching by descending IoU ≥ \a minIou per asset and class; A plays the truth
    /// (fn: A only), B the prediction (fp: B only).
    static Prf shapeF1(const QList<Region> &a, const QList<Region> &b, double minIou = 0.5);
    /// \a a and \a b: per item (same index) the category each coder chose.
    static Kappa cohensKappa(const QList<QString> &a, const QList<QString> &b);
    /// \a length: per (asset, track) the end of the continuum; where missing the furthest end
    /// either coder labelled.
    static Alpha krippendorffAlpha(
        const QList<Segment> &a, const QList<Segment> &b, const QHash<QPair<qint64, qint64>, qint64> &length = {});

    /// Everything for two users of a project.
    struct Report
    {
        QString userA, userB;
        qint64 sharedAssets = 0;
        Prf shapes;
        Kappa tags;
        Alpha ranges;
        Alpha spans;
        QStringList problems;
        QJsonObject toJson() const;
        QString toText() const;
    };
    static Report compare(const DatasetSnapshot &data, qint64 userA, qint64 userB);
};

} // namespace rwb::evaluation
