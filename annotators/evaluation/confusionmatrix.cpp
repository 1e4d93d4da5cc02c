#include "confusionmatrix.h"

#include <QJsonArray>

#include <numeric>

namespace rwb::evaluation {

ConfusionMatrix::ConfusionMatrix(const QList<qint64> &classIds)
    : m_classIds(classIds)
    , m_counts(size_t(size()) * size_t(size()), 0)
{ }

int ConfusionMatrix::indexOf(qint64 classId) const
{
    const qsizetype i = m_classIds.indexOf(classId);
    return i < 0 ? background() : int(i);
}

void ConfusionMatrix::add(int truth, int predicted, qint64 count)
{
    m_counts[size_t(truth) * size_t(size()) + size_t(predicted)] += count;
}

qint64 ConfusionMatrix::at(int truth, int predicted) const
{
    return m_counts[size_t(truth) * size_t(size()) + size_t(predicted)];
}

qint64 ConfusionMatrix::total() const
{
    return std::accumulate(m_counts.begin(), m_counts.end(), qint64(0));
}

QJsonObject ConfusionMatrix::toJson() const
{
    QJsonArray classes;
    for (qint64 id : m_classIds)
        classes.append(id);
    classes.append(QStringLiteral("background"));
    QJsonArray rows;
    for (int t = 0; t < size(); ++t) {
        QJsonArray row;
        for (int p = 0; p < size(); ++p)
            row.append(at(t, p));
        rows.append(row);
    }
    return { { QStringLiteral("classes"), classes }, { QStringLiteral("counts"), rows } };
}

} // namespace rwb::evaluation
