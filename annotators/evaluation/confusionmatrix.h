#pragma once

#include <QJsonObject>
#include <QList>

#include <vector>

namespace rwb::evaluation {

/// Counts of (true class, predicted class) pairs. Rows are the truth, columns the prediction;
/// the last row and column are "background" (detections: nothing there / nothing found;
/// classification: no label / no prediction).
class ConfusionMatrix
{
public:
    ConfusionMatrix() = default;
    explicit ConfusionMatrix(const QList<qint64> &classIds);

    const QList<qint64> &classIds() const { return m_classIds; }
    /// Index of \a classId, or background() for an unknown one.
    int indexOf(qint64 classId) const;
    int background() const { return int(m_classIds.size()); }
    int size() const { return int(m_classIds.size()) + 1; }

    void add(int truth, int predicted, qint64 count = 1);
    qint64 at(int truth, int predicted) const;
    qint64 total() const;

    /// {"classes": [ids…, "background"], "counts": [[…], …]}.
    QJsonObject toJson() const;

private:
    QList<qint64> m_classIds;
    std::vector<qint64> m_counts;
};

} // namespace rwb::evaluation
