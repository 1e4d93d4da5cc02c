#pragma once

#include <QCoreApplication>
#include <QImage>

#include <functional>
#include <vector>

namespace rwb::image {

class RasterReader;
class TilePyramid;

/// Builds a TilePyramid by streaming the image once from top to bottom: each band of TileSize
/// rows becomes a row of level-0 tiles and is halved into the next level's band buffer, which
/// in turn is written and halved when full. Memory stays at about two full-width bands
/// (width × TileSize × bytes per pixel × 2) whatever the image height, far below the decoded
/// image for the large images this is for.
class PyramidBuilder
{
    Q_DECLARE_TR_FUNCTIONS(rwb::image::PyramidBuilder)
public:
    /// Returns true to stop the build (checked between bands).
    using CancelCheck = std::function<bool()>;
    /// Rows of the image decoded so far, and all of them.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    explicit PyramidBuilder(TilePyramid *pyramid);

    /// Builds the whole pyramid from `reader` (positioned at row 0): the first row of tiles,
    /// then the JPEG quick preview, then the rest.
    /// Returns false on an error (`error` names the file and the problem) or when cancelled.
    bool build(RasterReader &reader, const CancelCheck &cancelled, const Progress &progress, QString *error);

    bool wasCancelled() const { return m_cancelled; }
    /// The most bytes the build held at once in its buffers and the reader's (not counting the
    /// decoder library's own few scanlines).
    qint64 peakBufferBytes() const { return m_peakBytes; }

private:
    struct Level
    {
        QImage band; ///< rows waiting to become a tile row (levels > 0)
        int filled = 0;
        int nextTileRow = 0;
        int rowsWritten = 0;
    };

    bool makePreview(RasterReader &reader, QString *error);
    bool push(int level, const QImage &rows, int rowCount, QString *error);
    void account(const RasterReader &reader, const QImage &input);

    TilePyramid *m_pyramid;
    std::vector<Level> m_levels;
    qint64 m_previewBytes = 0;
    qint64 m_peakBytes = 0;
    bool m_cancelled = false;
};

} // namespace rwb::image
