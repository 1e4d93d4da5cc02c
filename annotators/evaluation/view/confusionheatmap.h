#pragma once

#include <QStringList>
#include <QWidget>

#include <vector>

namespace rwb::evaluation {

/// A confusion matrix as a heat-map: rows are the truth, columns the prediction, the last of
/// each "background"; cell colour by the share of its row, the count written in it.
class ConfusionHeatMap : public QWidget
{
    Q_OBJECT
public:
    explicit ConfusionHeatMap(QWidget *parent = nullptr);

    /// \a counts: row-major, labels.size() × labels.size().
    void setMatrix(const QStringList &labels, const std::vector<qint64> &counts);
    const QStringList &labels() const { return m_labels; }
    qint64 count(int truth, int predicted) const;
    /// The cell at \a pos in widget coordinates (-1, -1 outside).
    QPoint cellAt(const QPoint &pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void cellClicked(int truth, int predicted);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRect gridRect() const;
    int labelWidth() const;

    QStringList m_labels;
    std::vector<qint64> m_counts;
};

} // namespace rwb::evaluation
