#pragma once

#include "project/assetprobe.h"

namespace rwb::timeseries {

/// Sensor signals: delimited text (CSV/TSV: delimiter, header, time column, numeric channels
/// and row count) and WAV recordings (channels, sample rate, frames from the RIFF header), FLAC through libsndfile,
/// and signal groups of several such files on one time axis.
class SignalProbe : public project::AssetProbe
{
public:
    QStringList suffixes() const override;
    project::ProbeResult probe(const QString &path) const override;
    /// Reads the whole file into the asset's signal cache (SignalCacheBuilder::cachePath), so
    /// that ragged rows, bad cells or unsorted time stamps refuse the file at import.
    QString prepare(const QString &path, const QString &sha256, const QString &projectFolder) const override;
    /// Channels and samples as the cache holds them (a group's are known only once aligned).
    void refine(project::ProbeResult &info, const QString &sha256, const QString &projectFolder) const override;

    /// The most likely field delimiter of \a sample (',', ';', '\t' or '|').
    static char detectDelimiter(const QByteArray &sample);

private:
    project::ProbeResult probeDelimited(const QString &path) const;
    project::ProbeResult probeWav(const QString &path) const;
    /// FLAC and other compressed sound files, through libsndfile.
    project::ProbeResult probeSound(const QString &path) const;
    /// A signal group (SignalGroup): its members must exist and be readable signals.
    project::ProbeResult probeGroup(const QString &path) const;
};

} // namespace rwb::timeseries
