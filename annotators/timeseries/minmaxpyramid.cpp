#include "minmaxpyramid.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace rwb::timeseries {

namespace {
constexpr float Inf = std::numeric_limits<float>::infinity();

/// NaN compares false both ways, so gaps never enter the envelope.
inline void include(MinMaxPyramid::Envelope &e, float v)
{
    e.min = v < e.min ? v : e.min;
    e.max = v > e.max ? v : e.max;
}

inline void merge(MinMaxPyramid::Envelope &e, const MinMaxPyramid::Envelope &o)
{
    e.min = o.min < e.min ? o.min : e.min;
    e.max = o.max > e.max ? o.max : e.max;
}
} // namespace

MinMaxPyramid::MinMaxPyramid(const float *samples, qint64 count)
    : m_samples(samples)
    , m_count(std::max<qint64>(0, count))
{
    if (m_count <= BaseBucket)
        return;
    // Level 1 straight from the samples: a tight loop the compiler can unroll.
    std::vector<Envelope> first(size_t((m_count + BaseBucket - 1) / BaseBucket));
    for (size_t b = 0; b < first.size(); ++b) {
        const qint64 from = qint64(b) * BaseBucket;
        const qint64 to = std::min(m_count, from + BaseBucket);
        float lo = Inf;
        float hi = -Inf;
        for (qint64 i = from; i < to; ++i) {
            const float v = samples[i];
            lo = v < lo ? v : lo;
            hi = v > hi ? v : hi;
        }
        first[b] = { lo, hi };
    }
    m_levels.push_back(std::move(first));
    while (m_levels.back().size() > size_t(Factor)) {
        const std::vector<Envelope> &below = m_levels.back();
        std::vector<Envelope> next((below.size() + Factor - 1) / Factor);
        for (size_t b = 0; b < next.size(); ++b) {
            Envelope e { Inf, -Inf };
            const size_t to = std::min(below.size(), (b + 1) * size_t(Factor));
            for (size_t i = b * size_t(Factor); i < to; ++i)
                merge(e, below[i]);
            next[b] = e;
        }
        m_levels.push_back(std::move(next));
    }
}

qint64 MinMaxPyramid::byteSize() const
{
    qint64 bytes = 0;
    for (const auto &level : m_levels)
        bytes += qint64(level.size() * sizeof(Envelope));
    return bytes;
}

qint64 MinMaxPyramid::bucketSize(int level) const
{
    qint64 size = 1;
    if (level >= 1) {
        size = BaseBucket;
        for (int k = 1; k < level; ++k)
            size *= Factor;
    }
    return size;
}

MinMaxPyramid::Envelope MinMaxPyramid::rangeAt(int level, qint64 begin, qint64 end) const
{
    Envelope e { Inf, -Inf };
    if (begin >= end)
        return e;
    if (level == 0) {
        for (qint64 i = begin; i < end; ++i)
            include(e, m_samples[i]);
        return e;
    }
    const qint64 size = bucketSize(level);
    const qint64 first = (begin + size - 1) / size; // first whole bucket
    const qint64 last = end / size; // one past the last whole bucket
    if (first >= last)
        return rangeAt(level - 1, begin, end);
    const std::vector<Envelope> &buckets = m_levels[size_t(level - 1)];
    for (qint64 b = first; b < last; ++b)
        merge(e, buckets[size_t(b)]);
    merge(e, rangeAt(level - 1, begin, first * size));
    merge(e, rangeAt(level - 1, last * size, end));
    return e;
}

MinMaxPyramid::Envelope MinMaxPyramid::range(qint64 begin, qint64 end) const
{
    begin = std::clamp<qint64>(begin, 0, m_count);
    end = std::clamp<qint64>(end, 0, m_count);
    if (begin >= end)
        return { Inf, -Inf };
    // The coarsest level with at least one whole bucket in the range.
    int level = levelCount();
    while (level > 0 && bucketSize(level) > end - begin)
        --level;
    return rangeAt(level, begin, end);
}

std::vector<MinMaxPyramid::Envelope> MinMaxPyramid::columns(qint64 begin, qint64 end, int columns) const
{
    std::vector<Envelope> out;
    if (columns <= 0)
        return out;
    out.reserve(size_t(columns));
    const double width = double(end - begin) / columns;
    // Wide columns start on bucket boundaries of the level just below the one that covers a
    // column: each then reads a few whole buckets of two levels, never finer ones or the
    // samples (which for long signals are far apart in memory), so a frame costs the same at any
    // length. Every sample still falls in exactly one column (a boundary moves by less than a
    // sixteenth of a column), so nothing is lost.
    qint64 align = 1;
    if (width >= 4.0 * BaseBucket) {
        align = BaseBucket;
        while (double(align * Factor * Factor) <= width)
            align *= Factor;
    }
    auto boundary = [&](int k) {
        const qint64 exact = begin + qint64(std::floor(k * width));
        return k == 0 || k == columns ? exact : (exact + align / 2) / align * align;
    };
    for (int k = 0; k < columns; ++k) {
        const qint64 a = boundary(k);
        const qint64 b = std::max(a + 1, boundary(k + 1));
        out.push_back(range(a, b));
    }
    return out;
}

} // namespace rwb::timeseries
