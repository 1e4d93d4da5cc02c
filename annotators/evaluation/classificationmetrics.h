#pragma once

#include "confusionmatrix.h"
#include "prf.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>

#include <optional>

namespace rwb::evaluation {

/// Image tags and other per-asset labels: the true class set of each asset against the
/// predicted one (single-label classification is the case of one class per side).
class ClassificationMetrics
{
public:
    struct Item
    {
        qint64 assetId = 0;
        QSet<qint64> truth;
        QSet<qint64> predicted;
    };
    struct Result
    {
        qint64 items = 0;
        std::optional<double> accuracy; ///< exact set match (top-1 accuracy for single labels)
        QMap<qint64, Prf> perClass;
        Prf micro;
        std::optional<double> macroF1; ///< mean F1 of the classes where F1 is defined
        /// Correct labels on the diagonal; the remaining truth and predicted labels of an asset
        /// are paired in class order, leftovers go to background.
        ConfusionMatrix confusion;
        QJsonObject toJson() const;
    };

    static Result evaluate(const QList<Item> &items);
};

} // namespace rwb::evaluation
