#pragma once

#include "importprogress.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>

namespace rwb::timeseries {

/// Builds the signal cache of a source file with the importer its suffix calls for: delimited
/// text (csv, tsv, txt) through CsvImporter, sound (wav, flac, ogg, …) through SoundImporter,
/// signal groups (rwbsig: several files on one time axis) through SignalAligner.
class SignalCacheBuilder
{
    Q_DECLARE_TR_FUNCTIONS(rwb::timeseries::SignalCacheBuilder)

public:
    /// Where the cache of the asset with \a sha256 lives in the project folder \a projectFolder.
    static QString cachePath(const QString &projectFolder, const QString &sha256);
    static QStringList textSuffixes();
    static QStringList soundSuffixes();

    /// Writes \a cachePath from \a source; false with \a error (naming the file and, for text,
    /// the line) when it cannot, and then no cache file exists under \a cachePath.
    static bool build(const QString &source, const QString &cachePath, const ImportProgress &progress = {},
        const std::atomic_bool *cancel = nullptr, QString *error = nullptr);
};

} // namespace rwb::timeseries
