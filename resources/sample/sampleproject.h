#pragma once

#include <QString>

#include <functional>

namespace rwb::sample {

/// Builds the bundled sample project (`resonance-cli sample DIR`): generated steel-strip
/// images (8- and 16-bit, one long line-scan image) with their defects as labels, a
/// rolling-mill time series with its anomalies as ranges, a bilingual maintenance manual
/// (PDF) and an event log, and a label schema for all three modalities.
class SampleProject
{
public:
    struct Options
    {
        bool small = false; ///< a few small files (tests): no 20000 px image, 5 000 samples
        quint64 seed = 20260302;
    };
    using Progress = std::function<void(int done, int total, const QString &step)>;

    /// Creates DIR (if needed) and DIR/sample.rwb; returns the project path. Throws
    /// project::StoreError when DIR already holds a sample project or cannot be written.
    static QString create(const QString &dir, const Options &options, const Progress &progress = {});
};

} // namespace rwb::sample
