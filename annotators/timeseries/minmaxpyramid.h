#pragma once

#include <QtGlobal>

#include <utility>
#include <vector>

namespace rwb::timeseries {

/// Min/max envelopes of one channel at decreasing resolution, so that drawing costs what the
/// screen has (pixel columns), not what the signal has (samples): level 1 keeps the minimum and
/// maximum of every BaseBucket samples, each further level of every Factor buckets below it.
/// A query combines whole buckets of the coarsest fitting level with finer ones at the edges,
/// so the answer is exact — a one-sample spike is never lost. NaN samples (gaps) are skipped;
/// a range with no number gives an empty envelope (min > max).
class MinMaxPyramid
{
public:
    static constexpr qint64 BaseBucket = 32;
    static constexpr qint64 Factor = 8;

    struct Envelope
    {
        float min;
        float max;
        bool isEmpty() const { return !(min <= max); }
    };

    MinMaxPyramid() = default;
    /// Builds the levels over \a samples (\a count floats, kept by pointer: they must outlive
    /// the pyramid, as a memory-mapped SignalData does).
    MinMaxPyramid(const float *samples, qint64 count);

    qint64 sampleCount() const { return m_count; }
    int levelCount() const { return int(m_levels.size()); }
    /// Bytes held by the levels (the samples themselves are not counted).
    qint64 byteSize() const;

    /// Minimum and maximum of samples [begin, end).
    Envelope range(qint64 begin, qint64 end) const;
    /// One envelope per column: column k covers samples [begin + k·w, begin + (k+1)·w) with
    /// w = (end − begin) / columns, rounded to whole samples; columns wider than a few buckets
    /// meet on bucket boundaries (every sample still belongs to exactly one column).
    std::vector<Envelope> columns(qint64 begin, qint64 end, int columns) const;

private:
    Envelope rangeAt(int level, qint64 begin, qint64 end) const;
    qint64 bucketSize(int level) const; ///< samples per bucket of \a level (level 0: 1)

    const float *m_samples = nullptr;
    qint64 m_count = 0;
    std::vector<std::vector<Envelope>> m_levels; ///< m_levels[k] is level k + 1
};

} // namespace rwb::timeseries
