#pragma once

#include <QImage>
#include <QSize>

namespace rwb::image {

/// The size of an image halved by downsampleInto(): odd sides round up.
QSize halvedSize(const QSize &size);

/// Writes the 2×2 box average of the first `sourceRows` rows of `source` into `target` from
/// row `targetRow` on (ceil(sourceRows / 2) rows of halvedSize(width) pixels). Every sample,
/// alpha included, is averaged with rounding in the source's own depth (16 bits stay 16 bits);
/// at an odd last row or column the edge pixel stands in for its missing neighbour. Formats:
/// those of RasterInfo::pixelFormat(); `target` must have the same format.
void downsampleInto(const QImage &source, int sourceRows, QImage *target, int targetRow);

/// The whole of `source` halved (see downsampleInto()).
QImage downsample(const QImage &source);

} // namespace rwb::image
