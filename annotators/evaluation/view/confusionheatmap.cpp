#include "confusionheatmap.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace rwb::evaluation {

ConfusionHeatMap::ConfusionHeatMap(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setMouseTracking(true);
}

void ConfusionHeatMap::setMatrix(const QStringList &labels, const std::vector<qint64> &counts)
{
    m_labels = labels;
    m_counts = counts;
    m_counts.resize(size_t(labels.size()) * size_t(labels.size()), 0);
    updateGeometry();
    update();
}

qint64 ConfusionHeatMap::count(int truth, int predicted) const
{
    const int n = int(m_labels.size());
    if (truth < 0 || predicted < 0 || truth >= n || predicted >= n)
        return 0;
    return m_counts[size_t(truth) * size_t(n) + size_t(predicted)];
}

int ConfusionHeatMap::labelWidth() const
{
    int w = 0;
    for (const QString &l : m_labels)
        w = std::max(w, fontMetrics().horizontalAdvance(l));
    return std::min(w + 8, 160);
}

QRect ConfusionHeatMap::gridRect() const
{
    const int n = int(m_labels.size());
    if (n == 0)
        return {};
    const int left = labelWidth() + fontMetrics().height() + 4;
    const int top = labelWidth() + fontMetrics().height() + 4;
    const int side = std::max(1, std::min(width() - left - 4, height() - top - 4) / n);
    return QRect(left, top, side * n, side * n);
}

QPoint ConfusionHeatMap::cellAt(const QPoint &pos) const
{
    const QRect g = gridRect();
    if (!g.contains(pos) || m_labels.isEmpty())
        return { -1, -1 };
    const int side = g.width() / int(m_labels.size());
    return { (pos.x() - g.left()) / side, (pos.y() - g.top()) / side };
}

QSize ConfusionHeatMap::sizeHint() const
{
    const int n = int(std::max<qsizetype>(m_labels.size(), 2));
    const int margin = labelWidth() + fontMetrics().height() + 8;
    return { margin + n * 44, margin + n * 44 };
}

QSize ConfusionHeatMap::minimumSizeHint() const
{
    return { 160, 160 };
}

void ConfusionHeatMap::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    const int n = int(m_labels.size());
    if (n == 0) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No confusion matrix"));
        return;
    }
    const QRect g = gridRect();
    const int side = g.width() / n;
    const QColor hot(0x1f, 0x5f, 0xbf);
    for (int t = 0; t < n; ++t) {
        qint64 rowTotal = 0;
        for (int c = 0; c < n; ++c)
            rowTotal += count(t, c);
        for (int c = 0; c < n; ++c) {
            const qint64 v = count(t, c);
            const double share = rowTotal > 0 ? double(v) / double(rowTotal) : 0.0;
            const QRect cell(g.left() + c * side, g.top() + t * side, side, side);
            QColor fill = hot;
            fill.setAlphaF(0.08 + 0.92 * share);
            p.fillRect(cell, v > 0 ? fill : palette().color(QPalette::AlternateBase));
            p.setPen(palette().color(QPalette::Mid));
            p.drawRect(cell.adjusted(0, 0, -1, -1));
            if (side >= 16) {
                p.setPen(share > 0.5 ? Qt::white : palette().color(QPalette::Text));
                p.drawText(cell, Qt::AlignCenter, QString::number(v));
            }
        }
    }
    p.setPen(palette().color(QPalette::Text));
    const int lw = labelWidth();
    for (int i = 0; i < n; ++i) {
        const QString label = fontMetrics().elidedText(m_labels[i], Qt::ElideRight, lw - 4);
        p.drawText(QRect(g.left() - lw - 2, g.top() + i * side, lw, side), Qt::AlignRight | Qt::AlignVCenter, label);
        p.save();
        p.translate(g.left() + i * side + side / 2, g.top() - 4);
        p.rotate(-90);
        p.drawText(QRect(0, -side / 2, lw, side), Qt::AlignLeft | Qt::AlignVCenter, label);
        p.restore();
    }
    // Axis titles.
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.drawText(QRect(g.left(), 0, g.width(), fontMetrics().height()), Qt::AlignCenter, tr("Predicted"));
    p.save();
    p.translate(0, g.top() + g.height() / 2);
    p.rotate(-90);
    p.drawText(QRect(-g.height() / 2, 0, g.height(), fontMetrics().height()), Qt::AlignCenter, tr("Ground truth"));
    p.restore();
}

void ConfusionHeatMap::mousePressEvent(QMouseEvent *event)
{
    const QPoint c = cellAt(event->position().toPoint());
    if (c.x() >= 0)
        emit cellClicked(c.y(), c.x());
    QWidget::mousePressEvent(event);
}

bool ConfusionHeatMap::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint c = cellAt(help->pos());
        if (c.x() >= 0)
            QToolTip::showText(help->globalPos(),
                tr("Truth %1, predicted %2: %3").arg(m_labels[c.y()], m_labels[c.x()]).arg(count(c.y(), c.x())), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace rwb::evaluation
