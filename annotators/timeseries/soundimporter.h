#pragma once

#include "importprogress.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>

namespace rwb::timeseries {

/// Reads a sound file (WAV, FLAC, Ogg and whatever else libsndfile reads) into a signal cache:
/// channels "ch1", "ch2", … as floats in [-1, 1], the file's sample rate, start time 0 (a
/// recording carries no trustworthy wall-clock time). Frames are streamed in blocks.
class SoundImporter
{
    Q_DECLARE_TR_FUNCTIONS(rwb::timeseries::SoundImporter)

public:
    struct Result
    {
        bool ok = false;
        QString error; ///< names the file
        int channels = 0;
        qint64 samples = 0;
        double rateHz = 0;
        QString format; ///< libsndfile's name of the container, e.g. "WAV (Microsoft)"
    };

    void setProgress(const ImportProgress &progress) { m_progress = progress; }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    Result import(const QString &source, const QString &cachePath) const;

private:
    ImportProgress m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace rwb::timeseries
