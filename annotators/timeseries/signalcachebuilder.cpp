#include "signalcachebuilder.h"

#include <QDir>

#include "csvimporter.h"
#include "signalaligner.h"
#include "signalgroup.h"
#include "soundimporter.h"

#include <QFileInfo>

namespace rwb::timeseries {

QString SignalCacheBuilder::cachePath(const QString &projectFolder, const QString &sha256)
{
    return QDir(projectFolder).filePath(QStringLiteral(".rwb-cache/signals/%1.rws").arg(sha256.left(32)));
}

QStringList SignalCacheBuilder::textSuffixes()
{
    return { QStringLiteral("csv"), QStringLiteral("tsv"), QStringLiteral("txt") };
}

QStringList SignalCacheBuilder::soundSuffixes()
{
    return { QStringLiteral("wav"), QStringLiteral("flac"), QStringLiteral("ogg"), QStringLiteral("oga"),
        QStringLiteral("aiff"), QStringLiteral("aif") };
}

bool SignalCacheBuilder::build(const QString &source, const QString &cachePath, const ImportProgress &progress,
    const std::atomic_bool *cancel, QString *error)
{
    const QString suffix = QFileInfo(source).suffix().toLower();
    QString why;
    bool ok = false;
    if (textSuffixes().contains(suffix)) {
        CsvImporter importer;
        importer.setProgress(progress);
        importer.setCancelFlag(cancel);
        const CsvImporter::Result r = importer.import(source, cachePath);
        ok = r.ok;
        why = r.error;
    } else if (soundSuffixes().contains(suffix)) {
        SoundImporter importer;
        importer.setProgress(progress);
        importer.setCancelFlag(cancel);
        const SoundImporter::Result r = importer.import(source, cachePath);
        ok = r.ok;
        why = r.error;
    } else if (suffix == SignalGroup::suffix()) {
        SignalAligner aligner;
        aligner.setProgress(progress);
        aligner.setCancelFlag(cancel);
        const SignalAligner::Result r = aligner.build(source, cachePath);
        ok = r.ok;
        why = r.error;
    } else {
        why = tr("%1: not a signal file this program reads (.%2)").arg(source, suffix);
    }
    if (!ok && error)
        *error = why;
    return ok;
}

} // namespace rwb::timeseries
