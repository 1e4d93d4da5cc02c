#include "displayrenderer.h"

#include <cmath>

namespace rwb::image {

namespace {

/// A sample of `bits` bits looked up in a table made for `lutBits` bits.
template<typename T> struct Lookup
{
    const quint8 *lut;
    int shift; ///< 16-bit samples, 8-bit table
    bool widen; ///< 8-bit samples, 16-bit table

    quint8 operator()(T value) const
    {
        if (widen)
            return lut[unsigned(value) * 257];
        return lut[unsigned(value) >> shift];
    }
};

template<typename T> Lookup<T> lookupFor(const std::vector<quint8> &lut, int lutBits)
{
    constexpr int sampleBits = int(sizeof(T)) * 8;
    return Lookup<T> { lut.data(), sampleBits > lutBits ? sampleBits - lutBits : 0, sampleBits < lutBits };
}

template<typename T> QImage renderGray(const QImage &raw, const Lookup<T> &lookup)
{
    QImage out(raw.size(), QImage::Format_Grayscale8);
    for (int y = 0; y < raw.height(); ++y) {
        const auto *in = reinterpret_cast<const T *>(raw.constScanLine(y));
        quint8 *dst = out.scanLine(y);
        for (int x = 0; x < raw.width(); ++x)
            dst[x] = lookup(in[x]);
    }
    return out;
}

/// Interleaved RGB(A) samples, `stride` samples per pixel, alpha at 3 when `alpha`.
template<typename T> QImage renderColour(const QImage &raw, const Lookup<T> &lookup, int stride, bool alpha)
{
    QImage out(raw.size(), alpha ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
    constexpr int alphaShift = int(sizeof(T)) * 8 - 8;
    for (int y = 0; y < raw.height(); ++y) {
        const auto *in = reinterpret_cast<const T *>(raw.constScanLine(y));
        auto *dst = reinterpret_cast<QRgb *>(out.scanLine(y));
        for (int x = 0; x < raw.width(); ++x) {
            const T *p = in + x * stride;
            const QRgb rgb = qRgb(lookup(p[0]), lookup(p[1]), lookup(p[2]));
            dst[x] = alpha ? qPremultiply(qRgba(qRed(rgb), qGreen(rgb), qBlue(rgb), int(unsigned(p[3]) >> alphaShift)))
                           : rgb;
        }
    }
    return out;
}

} // namespace

DisplayRenderer::DisplayRenderer()
{
    setMapping(DisplayMapping::identity(8), 8);
}

DisplayRenderer::DisplayRenderer(const DisplayMapping &mapping, int bitsPerSample)
{
    setMapping(mapping, bitsPerSample);
}

void DisplayRenderer::setMapping(const DisplayMapping &mapping, int bitsPerSample)
{
    m_mapping = mapping;
    m_bits = bitsPerSample > 8 ? 16 : 8;
    const int size = 1 << m_bits;
    m_lut.resize(size_t(size));
    for (int value = 0; value < size; ++value)
        m_lut[size_t(value)] = quint8(std::lround(mapping.apply(value) * 255.0));
}

QImage DisplayRenderer::render(const QImage &raw) const
{
    switch (raw.format()) {
    case QImage::Format_Grayscale8:
        return renderGray(raw, lookupFor<quint8>(m_lut, m_bits));
    case QImage::Format_Grayscale16:
        return renderGray(raw, lookupFor<quint16>(m_lut, m_bits));
    case QImage::Format_RGB888:
        return renderColour(raw, lookupFor<quint8>(m_lut, m_bits), 3, false);
    case QImage::Format_RGBA8888:
        return renderColour(raw, lookupFor<quint8>(m_lut, m_bits), 4, true);
    case QImage::Format_RGBX64:
        return renderColour(raw, lookupFor<quint16>(m_lut, m_bits), 4, false);
    case QImage::Format_RGBA64:
        return renderColour(raw, lookupFor<quint16>(m_lut, m_bits), 4, true);
    case QImage::Format_Invalid:
        return {};
    default:
        return render(raw.convertToFormat(QImage::Format_RGBA8888));
    }
}

} // namespace rwb::image
