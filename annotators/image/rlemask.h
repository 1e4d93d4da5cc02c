#pragma once

#include <QImage>
#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QRect>

#include <optional>
#include <utility>

namespace rwb::image {

/// A binary mask (brush strokes, magic wand, GrabCut results) stored as run lengths inside its
/// bounding box, so that memory and JSON size grow with the number of runs, not with the area.
///
/// Pixel (x, y) covers the square [x, x+1) × [y, y+1) of the image. The runs describe the pixels
/// of boundingRect() visited row by row (top to bottom, left to right within a row): runs()[0]
/// counts unset pixels, runs()[1] the set pixels that follow, runs()[2] unset again, and so on.
/// The first run may be 0 (the mask starts with a set pixel); no other run is 0; the runs add up
/// to width × height. The mask is kept normalised: its bounding box is tight (each edge row and
/// column holds a set pixel) and an empty mask has an empty box and no runs, so two masks with the
/// same pixels compare equal.
///
/// COCO stores masks differently (column-major over the whole image); toCocoRle() and
/// fromCocoRle() convert.
class RleMask
{
public:
    RleMask() = default;

    /// Every pixel of \a rect set.
    static RleMask fromRect(const QRect &rect);
    /// Pixels whose byte is non-zero set; \a data holds \a size rows of \a bytesPerLine bytes and
    /// its top-left pixel lands at \a origin. Used by the OpenCV helpers to encode without copying.
    static RleMask fromData(QPoint origin, QSize size, const uchar *data, qsizetype bytesPerLine);
    /// Pixels of a grayscale image with a non-zero value set (other formats are converted first).
    static RleMask fromImage(const QImage &image, QPoint origin = {});
    static std::optional<RleMask> fromJson(const QJsonObject &json, QString *error = nullptr);
    /// Decodes COCO's uncompressed RLE ("counts" of an image of \a imageSize, column-major,
    /// starting with unset pixels).
    static std::optional<RleMask> fromCocoRle(const QList<quint32> &counts, QSize imageSize, QString *error = nullptr);

    /// {"x","y","w","h","rle":[runs]} with the convention described above.
    QJsonObject toJson() const;
    /// COCO's uncompressed RLE counts for an image of \a imageSize; pixels outside it are dropped.
    QList<quint32> toCocoRle(QSize imageSize) const;

    bool isEmpty() const { return m_runs.isEmpty(); }
    QRect boundingRect() const { return m_box; }
    const QList<quint32> &runs() const { return m_runs; }
    /// Number of set pixels.
    qint64 area() const;
    bool contains(QPoint pixel) const;
    /// Format_Grayscale8 image of boundingRect()'s size, 255 where set and 0 elsewhere.
    QImage toImage() const;

    /// Brush (or eraser, with \a erase) dab: sets the pixels whose centres lie within \a radius of
    /// \a center, at least the pixel under \a center; nothing outside \a clip (the image rect).
    void paintCircle(QPointF center, double radius, bool erase, const QRect &clip);
    /// A brush drag between two mouse positions: the capsule of \a radius around the segment.
    void paintStroke(QPointF from, QPointF to, double radius, bool erase, const QRect &clip);

    RleMask united(const RleMask &other) const;
    RleMask intersected(const RleMask &other) const;
    RleMask subtracted(const RleMask &other) const;
    RleMask cropped(const QRect &rect) const;
    RleMask translated(QPoint offset) const;

    bool operator==(const RleMask &other) const = default;

private:
    /// Half-open column ranges [first, second) in image coordinates.
    using Span = std::pair<int, int>;
    using SpanRows = QList<QList<Span>>;
    enum class Op { Union, Intersection, Difference };

    static RleMask fromSpans(int top, const SpanRows &rows);
    SpanRows toSpans(int top, int rowCount) const;
    RleMask combined(int top, const SpanRows &rows, Op op) const;
    void paintCapsule(QPointF from, QPointF to, double radius, bool erase, const QRect &clip);

    QRect m_box;
    QList<quint32> m_runs;
};

} // namespace rwb::image
