#include "signalview.h"

#include "../signaldata.h"

#include <QDateTime>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTimeZone>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace rwb::timeseries {

namespace {
constexpr int GutterWidth = 132; ///< channel names and the cursor read-out
constexpr int AxisHeight = 24;
constexpr int OverviewHeight = 44;
constexpr int LaneGap = 4;
constexpr double EdgePixels = 5.0; ///< how near an edge a press grabs it
constexpr double MinSamplesInView = 8.0;
const QColor Background(250, 250, 250);
const QColor LaneColor(38, 70, 124);

/// Nice tick step (1, 2, 5 × 10^k) for about \a target ticks over \a span.
double niceStep(double span, int target)
{
    const double raw = span / std::max(1, target);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : { 1.0, 2.0, 5.0, 10.0 }) {
        if (raw <= m * magnitude)
            return m * magnitude;
    }
    return 10 * magnitude;
}
} // namespace

SignalView::SignalView(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(320, 200);
}

SignalView::~SignalView() = default;

void SignalView::setData(std::shared_ptr<const SignalData> data)
{
    m_data = std::move(data);
    m_pyramids.clear();
    m_channels.assign(size_t(m_data ? m_data->channelCount() : 0), ChannelView());
    m_selection.clear();
    fitAll();
}

void SignalView::setPyramids(std::vector<MinMaxPyramid> pyramids)
{
    m_pyramids = std::move(pyramids);
    for (size_t c = 0; c < m_channels.size() && c < m_pyramids.size(); ++c) {
        const auto e = m_pyramids[c].range(0, m_pyramids[c].sampleCount());
        if (!e.isEmpty()) {
            const float pad = std::max(1e-6f, (e.max - e.min) * 0.05f);
            m_channels[c].lo = e.min - pad;
            m_channels[c].hi = e.max + pad;
        }
    }
    update();
}

void SignalView::setLabels(const QList<Label> &labels)
{
    m_labels = labels;
    QSet<qint64> kept;
    for (const Label &l : labels) {
        if (m_selection.contains(l.id))
            kept.insert(l.id);
    }
    if (kept != m_selection) {
        m_selection = kept;
        emit selectionChanged();
    }
    update();
}

void SignalView::setTool(Tool tool)
{
    m_tool = tool;
    m_drag = Drag::None;
    setCursor(tool == Tool::Select ? Qt::ArrowCursor : Qt::CrossCursor);
    update();
}

void SignalView::setSelection(const QSet<qint64> &ids)
{
    if (ids == m_selection)
        return;
    m_selection = ids;
    emit selectionChanged();
    update();
}

// --- geometry -------------------------------------------------------------------------------

QRectF SignalView::plotRect() const
{
    return QRectF(
        GutterWidth, 0, std::max(10, width() - GutterWidth), std::max(10, height() - AxisHeight - OverviewHeight));
}

QRectF SignalView::overviewRect() const
{
    return QRectF(GutterWidth, height() - OverviewHeight + 4, std::max(10, width() - GutterWidth), OverviewHeight - 8);
}

QList<int> SignalView::visibleChannels() const
{
    QList<int> out;
    for (size_t c = 0; c < m_channels.size(); ++c) {
        if (m_channels[c].visible)
            out.append(int(c));
    }
    return out;
}

QRectF SignalView::laneRect(int lane) const
{
    const int lanes = int(visibleChannels().size());
    const QRectF plot = plotRect();
    if (lanes <= 0 || lane < 0 || lane >= lanes)
        return {};
    const double h = plot.height() / lanes;
    return QRectF(plot.left(), plot.top() + lane * h + LaneGap / 2.0, plot.width(), h - LaneGap);
}

int SignalView::laneAt(double y) const
{
    const int lanes = int(visibleChannels().size());
    for (int i = 0; i < lanes; ++i) {
        const QRectF r = laneRect(i);
        if (y >= r.top() - LaneGap && y <= r.bottom() + LaneGap)
            return i;
    }
    return -1;
}

double SignalView::sampleAt(double x) const
{
    const QRectF plot = plotRect();
    return m_start + (x - plot.left()) / plot.width() * (m_end - m_start);
}

double SignalView::xOfSample(double index) const
{
    const QRectF plot = plotRect();
    return plot.left() + (index - m_start) / (m_end - m_start) * plot.width();
}

qint64 SignalView::snap(double index) const
{
    const qint64 n = m_data ? m_data->sampleCount() : 0;
    return std::clamp<qint64>(qint64(std::llround(index)), 0, n);
}

double SignalView::valueToY(int channel, double value, const QRectF &lane) const
{
    const ChannelView &c = m_channels[size_t(channel)];
    const double lo = c.lo;
    const double hi = c.hi;
    const double v = (value - lo) / std::max(1e-12, hi - lo);
    const double shown = (v - 0.5) * c.gain + 0.5 + c.offset;
    return lane.bottom() - shown * lane.height();
}

void SignalView::clampView()
{
    const double n = m_data ? double(std::max<qint64>(1, m_data->sampleCount())) : 1.0;
    double span = std::clamp(m_end - m_start, std::min(MinSamplesInView, n), n);
    double start = std::clamp(m_start, 0.0, n - span);
    m_start = start;
    m_end = start + span;
}

void SignalView::setViewRange(double start, double end)
{
    m_start = std::min(start, end);
    m_end = std::max(start, end);
    clampView();
    emit viewChanged();
    update();
}

void SignalView::fitAll()
{
    setViewRange(0, m_data ? double(std::max<qint64>(1, m_data->sampleCount())) : 1.0);
}

void SignalView::zoomBy(double factor, double anchorX)
{
    const double anchor = sampleAt(anchorX);
    const double start = anchor - (anchor - m_start) / factor;
    const double end = anchor + (m_end - anchor) / factor;
    setViewRange(start, end);
}

void SignalView::panByPixels(double dx)
{
    const double perPixel = (m_end - m_start) / plotRect().width();
    setViewRange(m_start - dx * perPixel, m_end - dx * perPixel);
}

void SignalView::setChannelVisible(int channel, bool visible)
{
    if (channel < 0 || channel >= int(m_channels.size()))
        return;
    m_channels[size_t(channel)].visible = visible;
    update();
}

double SignalView::channelGain(int channel) const
{
    return channel >= 0 && channel < int(m_channels.size()) ? m_channels[size_t(channel)].gain : 1.0;
}

double SignalView::channelOffset(int channel) const
{
    return channel >= 0 && channel < int(m_channels.size()) ? m_channels[size_t(channel)].offset : 0.0;
}

bool SignalView::isChannelVisible(int channel) const
{
    return channel >= 0 && channel < int(m_channels.size()) && m_channels[size_t(channel)].visible;
}

void SignalView::setChannelScale(int channel, double gain, double offset)
{
    if (channel < 0 || channel >= int(m_channels.size()))
        return;
    m_channels[size_t(channel)].gain = gain;
    m_channels[size_t(channel)].offset = offset;
    update();
}

qint64 SignalView::labelAt(QPointF p) const
{
    const int lane = laneAt(p.y());
    const QList<int> channels = visibleChannels();
    const QString channel = lane >= 0 && m_data ? m_data->channelNames().value(channels.value(lane)) : QString();
    for (auto it = m_labels.crbegin(); it != m_labels.crend(); ++it) {
        const double x0 = xOfSample(double(it->label.start));
        const double x1 = xOfSample(double(it->label.end));
        const bool inside = it->label.kind == SignalLabel::Kind::Event ? std::abs(p.x() - x0) <= EdgePixels
                                                                       : p.x() >= x0 - 1 && p.x() <= x1 + 1;
        if (inside && (channel.isEmpty() || it->label.covers(channel)))
            return it->id;
    }
    return 0;
}

void SignalView::reveal(qint64 id)
{
    for (const Label &l : std::as_const(m_labels)) {
        if (l.id != id)
            continue;
        double span = m_end - m_start;
        const double length = double(l.label.end - l.label.start);
        if (length * 1.2 > span)
            span = std::max(length * 1.5, MinSamplesInView);
        const double centre = (double(l.label.start) + double(l.label.end)) / 2;
        setViewRange(centre - span / 2, centre + span / 2);
        setSelection({ id });
        return;
    }
}

// --- drawing --------------------------------------------------------------------------------

void SignalView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    render(painter);
}

void SignalView::render(QPainter &painter)
{
    painter.fillRect(rect(), Background);
    if (!m_data || m_data->sampleCount() == 0)
        return;
    const QList<int> channels = visibleChannels();
    // Lanes, then the label bands on them, then the traces over the bands.
    for (int i = 0; i < channels.size(); ++i) {
        painter.fillRect(laneRect(i), Qt::white);
        painter.setPen(QPen(QColor(220, 220, 220), 1));
        painter.drawRect(laneRect(i));
    }
    drawLabels(painter);
    for (int i = 0; i < channels.size(); ++i)
        drawLane(painter, channels[i], laneRect(i));
    drawGutter(painter);
    drawAxis(painter);
    drawOverview(painter);

    // The label being drawn.
    if (m_drag == Drag::BoxZoom) {
        const double x0 = xOfSample(double(std::min(m_dragFrom, m_dragTo)));
        const double x1 = xOfSample(double(std::max(m_dragFrom, m_dragTo)));
        painter.setPen(QPen(QColor(30, 90, 200), 1, Qt::DashLine));
        painter.setBrush(QColor(30, 90, 200, 40));
        painter.drawRect(QRectF(x0, plotRect().top(), std::max(1.0, x1 - x0), plotRect().height()));
    }
    if (m_drag == Drag::Create) {
        const double x0 = xOfSample(double(std::min(m_dragFrom, m_dragTo)));
        const double x1 = xOfSample(double(std::max(m_dragFrom, m_dragTo)));
        QRectF band(x0, plotRect().top(), std::max(1.0, x1 - x0), plotRect().height());
        if (m_dragLane >= 0)
            band = QRectF(x0, laneRect(m_dragLane).top(), std::max(1.0, x1 - x0), laneRect(m_dragLane).height());
        QColor fill = m_currentColor;
        fill.setAlpha(70);
        painter.fillRect(band, fill);
    }
    if (m_cursor.x() >= plotRect().left() && m_cursor.x() <= plotRect().right()) {
        painter.setPen(QPen(QColor(0, 0, 0, 90), 1, Qt::DashLine));
        painter.drawLine(QPointF(m_cursor.x(), plotRect().top()), QPointF(m_cursor.x(), plotRect().bottom()));
    }
}

void SignalView::drawLane(QPainter &painter, int channel, const QRectF &lane)
{
    if (lane.isEmpty())
        return;
    painter.save();
    painter.setClipRect(lane.adjusted(0, -1, 0, 1));
    const float *x = m_data->channel(channel);
    const qint64 n = m_data->sampleCount();
    const qint64 first = std::max<qint64>(0, qint64(std::floor(m_start)));
    const qint64 last = std::min<qint64>(n, qint64(std::ceil(m_end)) + 1);
    const double perPixel = (m_end - m_start) / lane.width();
    painter.setPen(QPen(LaneColor, 1));

    if (m_naive) {
        // The baseline: every sample through drawPolyline.
        QPolygonF line;
        line.reserve(qsizetype(last - first));
        for (qint64 i = first; i < last; ++i) {
            if (!std::isnan(x[i]))
                line.append(QPointF(xOfSample(double(i)), valueToY(channel, x[i], lane)));
        }
        painter.drawPolyline(line);
        painter.restore();
        return;
    }

    if (perPixel <= 1.5 || size_t(channel) >= m_pyramids.size()) {
        // Few samples per pixel: the samples themselves; a gap breaks the line.
        painter.setRenderHint(QPainter::Antialiasing, true);
        QPolygonF line;
        auto flush = [&] {
            if (line.size() == 1)
                painter.drawPoint(line.first());
            else if (line.size() > 1)
                painter.drawPolyline(line);
            line.clear();
        };
        const qint64 step = perPixel > 1.5 ? qint64(perPixel) : 1; // no pyramid yet: sampled
        for (qint64 i = first; i < last; i += step) {
            if (std::isnan(x[i])) {
                flush();
                continue;
            }
            line.append(QPointF(xOfSample(double(i)), valueToY(channel, x[i], lane)));
        }
        flush();
        if (perPixel < 0.12) {
            // Far zoomed in: the samples as dots.
            painter.setBrush(LaneColor);
            for (qint64 i = first; i < last; ++i) {
                if (!std::isnan(x[i]))
                    painter.drawEllipse(QPointF(xOfSample(double(i)), valueToY(channel, x[i], lane)), 2, 2);
            }
        }
        painter.restore();
        return;
    }

    // One min/max segment per pixel column, joined to the next so that the trace stays whole.
    const int columns = int(std::ceil(lane.width()));
    const auto env = m_pyramids[size_t(channel)].columns(
        qint64(std::floor(m_start)), std::max(qint64(std::floor(m_start)) + 1, qint64(std::ceil(m_end))), columns);
    std::vector<QLineF> segments;
    segments.reserve(env.size());
    bool havePrevious = false;
    MinMaxPyramid::Envelope previous {};
    for (int k = 0; k < int(env.size()); ++k) {
        const auto &e = env[size_t(k)];
        if (e.isEmpty()) {
            havePrevious = false; // a gap: the trace is broken here
            continue;
        }
        // Reach to the previous column's range, so that a steep edge leaves no hole.
        float lo = e.min;
        float hi = e.max;
        if (havePrevious) {
            lo = std::min(lo, previous.max);
            hi = std::max(hi, previous.min);
        }
        const double px = lane.left() + k + 0.5;
        const double yLo = valueToY(channel, lo, lane);
        const double yHi = valueToY(channel, hi, lane);
        segments.emplace_back(QPointF(px, yLo), QPointF(px, std::min(yHi, yLo - 0.9)));
        previous = e;
        havePrevious = true;
    }
    painter.drawLines(segments.data(), int(segments.size()));
    painter.restore();
}

void SignalView::drawLabels(QPainter &painter)
{
    const QRectF plot = plotRect();
    const QList<int> channels = visibleChannels();
    const QStringList names = m_data->channelNames();
    painter.save();
    painter.setClipRect(plot);
    const QFontMetrics fm(font());
    for (const Label &l : std::as_const(m_labels)) {
        const double x0 = xOfSample(double(l.label.start));
        const double x1 = xOfSample(double(l.label.end));
        if (x1 < plot.left() - 2 || x0 > plot.right() + 2)
            continue;
        const bool selected = m_selection.contains(l.id);
        QColor fill = l.color;
        fill.setAlpha(l.proposed ? 35 : 60);
        for (int i = 0; i < channels.size(); ++i) {
            if (!l.label.covers(names.value(channels[i])))
                continue;
            const QRectF lane = laneRect(i).adjusted(0, -LaneGap / 2.0, 0, LaneGap / 2.0);
            if (l.label.kind == SignalLabel::Kind::Event) {
                painter.setPen(QPen(l.color, selected ? 3 : 2, l.proposed ? Qt::DashLine : Qt::SolidLine));
                painter.drawLine(QPointF(x0, lane.top()), QPointF(x0, lane.bottom()));
                continue;
            }
            // Short ranges (a spike) stay a visible band at any zoom.
            const double w = std::max(3.0, x1 - x0);
            const QRectF band((x0 + x1) / 2 - std::max(w, x1 - x0) / 2, lane.top(), w, lane.height());
            painter.fillRect(band, fill);
            painter.setPen(QPen(l.color, selected ? 2.5 : 1, l.proposed ? Qt::DashLine : Qt::SolidLine));
            painter.drawLine(band.topLeft(), band.bottomLeft());
            painter.drawLine(band.topRight(), band.bottomRight());
        }
        if (!l.text.isEmpty() && (x1 - x0 > 20 || selected)) {
            painter.setPen(l.color.darker(150));
            painter.drawText(QPointF(std::max(x0, plot.left()) + 3, plot.top() + fm.ascent() + 1), l.text);
        }
    }
    painter.restore();
}

void SignalView::drawGutter(QPainter &painter)
{
    const QList<int> channels = visibleChannels();
    const QStringList names = m_data->channelNames();
    const QStringList units = m_data->channelUnits();
    const qint64 at = m_cursor.x() >= plotRect().left() ? snap(sampleAt(m_cursor.x())) : -1;
    painter.fillRect(QRectF(0, 0, GutterWidth - 2, height()), QColor(240, 240, 240));
    const QFontMetrics fm(font());
    for (int i = 0; i < channels.size(); ++i) {
        const QRectF lane = laneRect(i);
        const int c = channels[i];
        painter.setPen(Qt::black);
        const QString unit = units.value(c);
        QString name = names.value(c);
        if (!unit.isEmpty())
            name += QStringLiteral(" [%1]").arg(unit);
        painter.drawText(QRectF(6, lane.top(), GutterWidth - 10, fm.height()), Qt::AlignLeft | Qt::AlignTop,
            fm.elidedText(name, Qt::ElideRight, GutterWidth - 12));
        if (at >= 0 && at < m_data->sampleCount()) {
            const float v = m_data->channel(c)[at];
            painter.setPen(LaneColor);
            painter.drawText(QRectF(6, lane.top() + fm.height(), GutterWidth - 10, fm.height()),
                Qt::AlignLeft | Qt::AlignTop, std::isnan(v) ? tr("gap") : QLocale().toString(double(v), 'g', 6));
        }
    }
}

QString SignalView::timeText(qint64 index, qint64 span) const
{
    const qint64 ns = m_data->timeAt(std::clamp<qint64>(index, 0, std::max<qint64>(0, m_data->sampleCount() - 1)));
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ns / 1000000, QTimeZone::utc());
    if (span < 2'000'000'000LL) // under two seconds in view: milliseconds
        return t.toString(QStringLiteral("HH:mm:ss.zzz"));
    if (span < 86'400'000'000'000LL)
        return t.toString(QStringLiteral("HH:mm:ss"));
    return t.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

void SignalView::drawAxis(QPainter &painter)
{
    const QRectF plot = plotRect();
    const QRectF axis(plot.left(), plot.bottom(), plot.width(), AxisHeight);
    painter.fillRect(axis, Background);
    painter.setPen(Qt::darkGray);
    painter.drawLine(axis.topLeft(), axis.topRight());
    const qint64 a = snap(m_start);
    const qint64 b = std::max(a + 1, snap(m_end) - 1);
    const qint64 spanNs
        = std::max<qint64>(1, m_data->timeAt(std::min(b, m_data->sampleCount() - 1)) - m_data->timeAt(a));
    const double step = niceStep(m_end - m_start, std::max(2, int(plot.width() / 140)));
    const QFontMetrics fm(font());
    for (double s = std::ceil(m_start / step) * step; s < m_end; s += step) {
        const double x = xOfSample(s);
        painter.drawLine(QPointF(x, axis.top()), QPointF(x, axis.top() + 4));
        const QString text = timeText(qint64(s), spanNs);
        painter.drawText(QPointF(x - fm.horizontalAdvance(text) / 2.0, axis.top() + 4 + fm.ascent()), text);
    }
}

void SignalView::drawOverview(QPainter &painter)
{
    const QRectF r = overviewRect();
    painter.fillRect(QRectF(0, r.top() - 4, width(), OverviewHeight), QColor(236, 238, 242));
    painter.fillRect(r, Qt::white);
    const QList<int> channels = visibleChannels();
    if (!channels.isEmpty() && size_t(channels.first()) < m_pyramids.size()) {
        const int c = channels.first();
        const auto env = m_pyramids[size_t(c)].columns(0, m_data->sampleCount(), int(r.width()));
        const ChannelView &cv = m_channels[size_t(c)];
        std::vector<QLineF> lines;
        lines.reserve(env.size());
        for (size_t k = 0; k < env.size(); ++k) {
            if (env[k].isEmpty())
                continue;
            auto y = [&](float v) { return r.bottom() - (v - cv.lo) / std::max(1e-12f, cv.hi - cv.lo) * r.height(); };
            lines.emplace_back(QPointF(r.left() + double(k) + 0.5, y(env[k].min)),
                QPointF(r.left() + double(k) + 0.5, std::min(y(env[k].max), y(env[k].min) - 0.9)));
        }
        painter.setPen(QPen(QColor(120, 130, 150), 1));
        painter.drawLines(lines.data(), int(lines.size()));
    }
    // Labels on the overview, then the window.
    const double n = double(std::max<qint64>(1, m_data->sampleCount()));
    for (const Label &l : std::as_const(m_labels)) {
        QColor fill = l.color;
        fill.setAlpha(110);
        const double x0 = r.left() + double(l.label.start) / n * r.width();
        const double x1 = r.left() + double(l.label.end) / n * r.width();
        painter.fillRect(QRectF(x0, r.bottom() - 5, std::max(1.5, x1 - x0), 5), fill);
    }
    const QRectF window(
        r.left() + m_start / n * r.width(), r.top(), std::max(2.0, (m_end - m_start) / n * r.width()), r.height());
    painter.setPen(QPen(QColor(30, 90, 200), 1.5));
    painter.setBrush(QColor(30, 90, 200, 30));
    painter.drawRect(window);
}

// --- interaction ----------------------------------------------------------------------------

void SignalView::updateReadout(QPointF pos)
{
    m_cursor = pos;
    QString text;
    if (m_data && pos.x() >= plotRect().left() && pos.y() <= plotRect().bottom()) {
        const qint64 i = std::min(snap(sampleAt(pos.x())), m_data->sampleCount() - 1);
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(m_data->timeAt(i) / 1000000, QTimeZone::utc());
        QStringList parts { tr("#%1").arg(i), t.toString(Qt::ISODateWithMs) };
        const QStringList names = m_data->channelNames();
        for (int c : visibleChannels()) {
            const float v = m_data->channel(c)[i];
            parts.append(QStringLiteral("%1 %2").arg(
                names.value(c), std::isnan(v) ? tr("gap") : QString::number(double(v), 'g', 6)));
        }
        text = parts.join(QStringLiteral("  "));
    }
    if (text != m_readout) {
        m_readout = text;
        emit readoutChanged(text);
    }
    update();
}

void SignalView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (event->modifiers() & Qt::ShiftModifier)
        panByPixels(steps * plotRect().width() / 10);
    else
        zoomBy(std::pow(1.25, steps), event->position().x());
    event->accept();
}

void SignalView::mousePressEvent(QMouseEvent *event)
{
    if (!m_data)
        return;
    const QPointF p = event->position();
    m_pressPos = p;
    if (overviewRect().adjusted(0, -4, 0, 4).contains(p) && event->button() == Qt::LeftButton) {
        const double n = double(m_data->sampleCount());
        const double centre = (p.x() - overviewRect().left()) / overviewRect().width() * n;
        const double span = m_end - m_start;
        setViewRange(centre - span / 2, centre + span / 2);
        m_drag = Drag::Overview;
        return;
    }
    if (event->button() == Qt::MiddleButton
        || (event->button() == Qt::LeftButton && (event->modifiers() & Qt::AltModifier))) {
        m_drag = Drag::Pan;
        m_pressStart = m_start;
        return;
    }
    if (event->button() != Qt::LeftButton || !plotRect().contains(p))
        return;
    if (event->modifiers() & Qt::ShiftModifier) {
        // Shift+drag with any tool: zoom to the span dragged over.
        m_drag = Drag::BoxZoom;
        m_dragFrom = snap(sampleAt(p.x()));
        m_dragTo = m_dragFrom;
        m_dragLane = -1;
        return;
    }
    switch (m_tool) {
    case Tool::Select: {
        // An edge of a selected (or any) range first: dragging it resizes the range.
        for (const Label &l : std::as_const(m_labels)) {
            if (l.label.kind != SignalLabel::Kind::Range)
                continue;
            const double x0 = xOfSample(double(l.label.start));
            const double x1 = xOfSample(double(l.label.end));
            const bool nearStart = std::abs(p.x() - x0) <= EdgePixels;
            const bool nearEnd = std::abs(p.x() - x1) <= EdgePixels;
            if ((nearStart || nearEnd) && labelAt(QPointF((x0 + x1) / 2, p.y())) == l.id) {
                m_drag = Drag::Edge;
                m_edgeLabel = l.id;
                m_edgeIsEnd = nearEnd && !(nearStart && std::abs(p.x() - x0) < std::abs(p.x() - x1));
                m_edgeOriginal = l.label;
                setSelection({ l.id });
                return;
            }
        }
        const qint64 hit = labelAt(p);
        QSet<qint64> selection = (event->modifiers() & Qt::ControlModifier) ? m_selection : QSet<qint64>();
        if (hit) {
            if (selection.contains(hit))
                selection.remove(hit);
            else
                selection.insert(hit);
        }
        setSelection(selection);
        return;
    }
    case Tool::Range:
        m_drag = Drag::Create;
        m_dragFrom = snap(sampleAt(p.x()));
        m_dragTo = m_dragFrom;
        m_dragLane = (event->modifiers() & Qt::ControlModifier) ? laneAt(p.y()) : -1;
        update();
        return;
    case Tool::Event: {
        QStringList channels;
        if (event->modifiers() & Qt::ControlModifier) {
            const int lane = laneAt(p.y());
            if (lane >= 0)
                channels = { m_data->channelNames().value(visibleChannels().value(lane)) };
        }
        emit labelCreated(SignalLabel::event(std::min(snap(sampleAt(p.x())), m_data->sampleCount() - 1), channels));
        return;
    }
    }
}

void SignalView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF p = event->position();
    switch (m_drag) {
    case Drag::Pan: {
        const double perPixel = (m_end - m_start) / plotRect().width();
        const double span = m_end - m_start;
        const double start = m_pressStart - (p.x() - m_pressPos.x()) * perPixel;
        setViewRange(start, start + span);
        break;
    }
    case Drag::Overview: {
        const double n = double(m_data->sampleCount());
        const double centre = (p.x() - overviewRect().left()) / overviewRect().width() * n;
        const double span = m_end - m_start;
        setViewRange(centre - span / 2, centre + span / 2);
        break;
    }
    case Drag::Create:
    case Drag::BoxZoom:
        m_dragTo = snap(sampleAt(p.x()));
        break;
    case Drag::Edge:
        m_dragTo = snap(sampleAt(p.x()));
        break;
    case Drag::None:
        break;
    }
    updateReadout(p);
}

void SignalView::mouseReleaseEvent(QMouseEvent *event)
{
    const Drag drag = m_drag;
    m_drag = Drag::None;
    const QPointF p = event->position();
    if (drag == Drag::Create) {
        const qint64 to = snap(sampleAt(p.x()));
        if (std::abs(p.x() - m_pressPos.x()) >= 3 && to != m_dragFrom) {
            QStringList channels;
            if (m_dragLane >= 0)
                channels = { m_data->channelNames().value(visibleChannels().value(m_dragLane)) };
            emit labelCreated(SignalLabel::range(m_dragFrom, to, channels));
        }
    } else if (drag == Drag::BoxZoom) {
        const qint64 to = snap(sampleAt(p.x()));
        if (std::abs(p.x() - m_pressPos.x()) >= 3)
            setViewRange(double(std::min(m_dragFrom, to)), double(std::max(m_dragFrom, to)));
    } else if (drag == Drag::Edge) {
        SignalLabel changed = m_edgeOriginal;
        const qint64 to = snap(sampleAt(p.x()));
        if (m_edgeIsEnd)
            changed.end = std::max(changed.start + 1, to);
        else
            changed.start = std::min(changed.end - 1, to);
        if (!(changed == m_edgeOriginal))
            emit labelEdited(m_edgeLabel, changed);
    }
    update();
}

void SignalView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.5, plotRect().center().x());
        return;
    case Qt::Key_Minus:
        zoomBy(1 / 1.5, plotRect().center().x());
        return;
    case Qt::Key_Left:
        panByPixels(plotRect().width() / 8);
        return;
    case Qt::Key_Right:
        panByPixels(-plotRect().width() / 8);
        return;
    case Qt::Key_Home:
        fitAll();
        return;
    case Qt::Key_Escape:
        if (m_drag != Drag::None) {
            m_drag = Drag::None;
            update();
            return;
        }
        setSelection({});
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void SignalView::leaveEvent(QEvent *event)
{
    m_cursor = QPointF(-1, -1);
    update();
    QWidget::leaveEvent(event);
}

void SignalView::resizeEvent(QResizeEvent *)
{
    update();
}

} // namespace rwb::timeseries
