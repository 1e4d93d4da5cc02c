#pragma once

#include "../minmaxpyramid.h"
#include "../signallabel.h"

#include <QColor>
#include <QSet>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

namespace rwb::timeseries {

class SignalData;

/// The plot of a signal asset: one lane per channel stacked on a shared time axis with real
/// time stamps, an overview strip of the whole signal with the visible window, a read-out of
/// every channel at the cursor, and the labels (ranges as bands, events as lines). Each lane is
/// drawn from min/max pyramids, one envelope per pixel column, so a frame costs the same for a
/// thousand or a hundred million samples and a one-sample spike still shows; zoomed in past a
/// sample per pixel the samples themselves are drawn, gaps left open.
///
/// Tools: select (click a label; drag its edges), range (drag; on one lane with Ctrl), event
/// (click). Finished labels and edits leave as signals; the annotator turns them into undo
/// commands, so the view never writes to the project.
class SignalView : public QWidget
{
    Q_OBJECT
public:
    enum class Tool { Select, Range, Event };
    Q_ENUM(Tool)

    struct Label
    {
        qint64 id = 0;
        SignalLabel label;
        QColor color;
        QString text;
        bool proposed = false;
    };

    explicit SignalView(QWidget *parent = nullptr);
    ~SignalView() override;

    /// Shows \a data with one pyramid per channel (built by the caller, possibly later: lanes
    /// without a pyramid are drawn from the samples).
    void setData(std::shared_ptr<const SignalData> data);
    void setPyramids(std::vector<MinMaxPyramid> pyramids);
    std::shared_ptr<const SignalData> data() const { return m_data; }
    void setLabels(const QList<Label> &labels);
    const QList<Label> &labels() const { return m_labels; }

    Tool tool() const { return m_tool; }
    void setTool(Tool tool);
    QColor currentColor() const { return m_currentColor; }
    void setCurrentColor(const QColor &color) { m_currentColor = color; }

    // --- view ---
    /// Visible samples [start, end) (fractional while zooming).
    double viewStart() const { return m_start; }
    double viewEnd() const { return m_end; }
    void setViewRange(double start, double end);
    void fitAll();
    void zoomBy(double factor, double anchorX);
    void panByPixels(double dx);
    /// Sample index under widget x (the plot area starts after the channel gutter).
    double sampleAt(double x) const;
    double xOfSample(double index) const;
    QRectF plotRect() const;
    QRectF laneRect(int lane) const;
    /// The visible lane at widget y, or -1.
    int laneAt(double y) const;

    // --- channels ---
    void setChannelVisible(int channel, bool visible);
    bool isChannelVisible(int channel) const;
    /// Display gain and offset of a channel (1, 0: fitted to the lane by its overall range;
    /// the offset is in lane heights).
    void setChannelScale(int channel, double gain, double offset);
    double channelGain(int channel) const;
    double channelOffset(int channel) const;

    QSet<qint64> selection() const { return m_selection; }
    void setSelection(const QSet<qint64> &ids);
    /// The label under widget point \a p (topmost), or 0.
    qint64 labelAt(QPointF p) const;
    /// Centres the view on label \a id (keeping the zoom unless it does not fit).
    void reveal(qint64 id);

    /// Paints one frame into \a painter, as paintEvent does (benchmarks, screenshots).
    void render(QPainter &painter);
    /// Benchmark baseline: every visible sample joined with QPainter::drawPolyline.
    void setNaiveDrawing(bool naive) { m_naive = naive; }
    /// Text of the cursor read-out (time and every visible channel's value).
    QString readout() const { return m_readout; }

signals:
    void labelCreated(const rwb::timeseries::SignalLabel &label);
    void labelEdited(qint64 id, const rwb::timeseries::SignalLabel &label);
    void selectionChanged();
    void viewChanged();
    void readoutChanged(const QString &text);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    enum class Drag { None, Pan, Create, Edge, Overview, BoxZoom };
    struct ChannelView
    {
        bool visible = true;
        double gain = 1;
        double offset = 0;
        float lo = 0; ///< overall range (from the pyramid), the lane's default scale
        float hi = 1;
    };

    void drawLane(QPainter &painter, int channel, const QRectF &lane);
    void drawLabels(QPainter &painter);
    void drawAxis(QPainter &painter);
    void drawOverview(QPainter &painter);
    void drawGutter(QPainter &painter);
    QRectF overviewRect() const;
    QList<int> visibleChannels() const;
    double valueToY(int channel, double value, const QRectF &lane) const;
    void updateReadout(QPointF pos);
    qint64 snap(double index) const; ///< nearest whole sample, within the signal
    QString timeText(qint64 index, qint64 span) const;
    void clampView();

    std::shared_ptr<const SignalData> m_data;
    std::vector<MinMaxPyramid> m_pyramids;
    std::vector<ChannelView> m_channels;
    QList<Label> m_labels;
    QSet<qint64> m_selection;
    Tool m_tool = Tool::Select;
    QColor m_currentColor = QColor(230, 25, 75);
    double m_start = 0;
    double m_end = 1;
    bool m_naive = false;

    Drag m_drag = Drag::None;
    QPointF m_pressPos;
    double m_pressStart = 0; ///< view start when a pan began
    qint64 m_dragFrom = 0; ///< sample where a new label began
    qint64 m_dragTo = 0;
    int m_dragLane = -1; ///< lane of a new label drawn with Ctrl (one channel), else -1
    qint64 m_edgeLabel = 0;
    bool m_edgeIsEnd = false;
    SignalLabel m_edgeOriginal;
    QPointF m_cursor { -1, -1 };
    QString m_readout;
};

} // namespace rwb::timeseries
