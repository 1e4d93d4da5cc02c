#pragma once

#include "displaymapping.h"

#include <QImage>

#include <vector>

namespace rwb::image {

/// Turns raw tiles (RasterInfo::pixelFormat()) into screen images through a lookup table
/// built once per mapping (65536 entries for 16-bit data), so a 256² tile takes well under a
/// millisecond. The source pixels are only read. render() is const and may run on several
/// threads at once; setMapping() may not run concurrently with it.
class DisplayRenderer
{
public:
    DisplayRenderer();
    /// `mapping` is in units of `bitsPerSample` (8 or 16); tiles of the other depth are
    /// mapped by scaling their values.
    DisplayRenderer(const DisplayMapping &mapping, int bitsPerSample);

    void setMapping(const DisplayMapping &mapping, int bitsPerSample);
    const DisplayMapping &mapping() const { return m_mapping; }
    int bitsPerSample() const { return m_bits; }

    /// The 8-bit display value of raw sample `value`.
    quint8 map(int value) const { return m_lut[size_t(value)]; }

    /// Grayscale8 for gray tiles, RGB32 for RGB, ARGB32_Premultiplied for RGBA (alpha kept,
    /// not mapped). Other formats are converted to RGBA8888 first.
    QImage render(const QImage &raw) const;

private:
    DisplayMapping m_mapping;
    int m_bits = 8;
    std::vector<quint8> m_lut;
};

} // namespace rwb::image
