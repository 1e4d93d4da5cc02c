#pragma once

#include "importprogress.h"
#include "signalgroup.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>

namespace rwb::timeseries {

/// Writes the signal cache of a SignalGroup: each member is read into a temporary cache by
/// its importer, then all are resampled onto the group's common time axis (see SignalGroup)
/// and written as one cache with every member's channels. Channel names that occur in more
/// than one member, and the numbered channels of sound files, get the member's file name in
/// front ("vib.wav: ch1").
class SignalAligner
{
    Q_DECLARE_TR_FUNCTIONS(rwb::timeseries::SignalAligner)

public:
    /// Output samples per block (time stamps, then one block per channel).
    static constexpr qint64 BlockSamples = 1 << 16;

    struct Result
    {
        bool ok = false;
        QString error; ///< names the group or member file and the problem
        QStringList channels;
        qint64 samples = 0;
        int reference = -1; ///< the member whose grid was used (Grid::Reference)
        QStringList warnings; ///< e.g. members clipped to a reference with explicit time stamps
    };

    void setProgress(const ImportProgress &progress) { m_progress = progress; }
    /// Checked between blocks; when it becomes true nothing is written.
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    /// A grid that would need more than this many samples per channel, or more than sixteen
    /// times what the members hold, is refused (e.g. files days apart on a kHz grid).
    void setSampleLimit(qint64 samples) { m_sampleLimit = samples; }

    Result build(const QString &groupPath, const QString &cachePath) const;

private:
    ImportProgress m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    qint64 m_sampleLimit = qint64(1) << 32;
};

} // namespace rwb::timeseries
