#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace rwb::evaluation {

struct DatasetSnapshot;
class ModelEvaluation;

/// Ranks the assets worth labeling next: those without accepted labels or with open proposals
/// (assets marked done or accepted are left out), by one strategy.
class LabelingQueue
{
    Q_DECLARE_TR_FUNCTIONS(rwb::evaluation::LabelingQueue)
public:
    enum class Strategy {
        LeastConfidence, ///< 1 − p of the most uncertain proposal
        Margin, ///< 1 − (p₁ − p₂) of the best two classes (p, 1 − p without class scores)
        Entropy, ///< normalised entropy of the class scores
        Weakness, ///< proposals of classes with low AP/recall or graph nodes with little evidence
        Diversity, ///< greedy farthest point on perceptual hashes, away from what is labelled
    };
    struct Entry
    {
        qint64 assetId;
        double score; ///< higher first
        QString reason;
    };
    struct Options
    {
        Strategy strategy = Strategy::LeastConfidence;
        QString modelId; ///< empty: proposals of any model
        const ModelEvaluation *evaluation = nullptr; ///< Weakness
        QHash<qint64, qint64> evidencePerNode; ///< Weakness: evidence count per graph node
        QHash<qint64, quint64> hashes; ///< Diversity
        int limit = 100;
    };

    static QList<Entry> rank(const DatasetSnapshot &data, const Options &options);

    static QString toString(Strategy strategy);
    static std::optional<Strategy> strategyFromString(const QString &text);
    /// Uncertainty of one proposal from its class scores (a single confidence p becomes {p, 1 − p}).
    static double uncertainty(Strategy strategy, QList<double> probabilities);
};

} // namespace rwb::evaluation
