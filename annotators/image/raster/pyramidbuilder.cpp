#include "pyramidbuilder.h"

#include "downsample.h"
#include "rasterreader.h"
#include "tilepyramid.h"

namespace rwb::image {

PyramidBuilder::PyramidBuilder(TilePyramid *pyramid)
    : m_pyramid(pyramid)
{ }

bool PyramidBuilder::build(RasterReader &reader, const CancelCheck &cancelled, const Progress &progress, QString *error)
{
    m_cancelled = false;
    m_peakBytes = 0;
    m_previewBytes = 0;
    if (!m_pyramid->beginBuild(error))
        return false;

    const int levelCount = m_pyramid->levelCount();
    const QImage::Format format = reader.info().pixelFormat();
    m_levels.assign(size_t(levelCount), Level {});
    for (int level = 1; level < levelCount; ++level) {
        const QSize size = m_pyramid->levelSize(level);
        QImage &band = m_levels[size_t(level)].band;
        band = QImage(size.width(), std::min(size.height(), int(TilePyramid::TileSize)), format);
        if (band.isNull()) {
            *error = RasterReader::fileError(reader.path(), tr("not enough memory for the tile buffers"));
            return false;
        }
    }

    const int height = reader.info().size.height();
    QImage input;
    while (reader.nextRow() < height) {
        if (cancelled && cancelled()) {
            m_cancelled = true;
            m_levels.clear();
            return false;
        }
        if (!reader.readRows(TilePyramid::TileSize, &input, error))
            return false;
        account(reader, input);
        if (!push(0, input, input.height(), error))
            return false;
        // The top row of tiles comes first (milliseconds), then the coarse view of the whole
        // image (a JPEG's 1/8 decode still reads the whole file), then everything else.
        if (reader.nextRow() == input.height() && !makePreview(reader, error))
            return false;
        if (progress)
            progress(reader.nextRow(), height);
    }
    m_levels.clear();
    return m_pyramid->finishBuild(error);
}

bool PyramidBuilder::makePreview(RasterReader &reader, QString *error)
{
    QImage preview;
    if (!reader.readPreview(&preview, error))
        return false;
    if (!preview.isNull()) {
        m_previewBytes = preview.sizeInBytes();
        m_pyramid->setPreview(preview);
    }
    return true;
}

bool PyramidBuilder::push(int level, const QImage &rows, int rowCount, QString *error)
{
    Level &current = m_levels[size_t(level)];
    if (!m_pyramid->writeTileRow(level, current.nextTileRow, rows, rowCount, error))
        return false;
    ++current.nextTileRow;
    current.rowsWritten += rowCount;
    if (level + 1 >= int(m_levels.size()))
        return true;

    // Bands are TileSize (even) rows except the level's last, so halving band by band gives
    // exactly the rows halving the whole level would.
    Level &next = m_levels[size_t(level) + 1];
    downsampleInto(rows, rowCount, &next.band, next.filled);
    next.filled += (rowCount + 1) / 2;
    const bool levelDone = current.rowsWritten == m_pyramid->levelSize(level).height();
    if (next.filled < TilePyramid::TileSize && !levelDone)
        return true;
    const int filled = next.filled;
    next.filled = 0;
    return push(level + 1, next.band, filled, error);
}

void PyramidBuilder::account(const RasterReader &reader, const QImage &input)
{
    // Per tile: the packed copy and its compressed form.
    const qint64 tileBytes = qint64(TilePyramid::TileSize) * TilePyramid::TileSize * reader.info().bytesPerPixel();
    qint64 bytes = input.sizeInBytes() + reader.bufferBytes() + m_previewBytes + 2 * tileBytes;
    for (const Level &level : m_levels)
        bytes += level.band.sizeInBytes();
    m_peakBytes = std::max(m_peakBytes, bytes);
}

} // namespace rwb::image
