#pragma once

#include "imagedataset.h"

#include <QCoreApplication>

#include <functional>

namespace rwb::exchange {

/// Writes a format's output into a new folder atomically: everything goes to a temporary folder
/// beside the target, which is renamed into place only when complete. An existing target is
/// refused; a missing image, a full disk or a cancel leave nothing behind.
class DatasetWriter
{
    Q_DECLARE_TR_FUNCTIONS(rwb::exchange::DatasetWriter)
public:
    enum class Images { None, Link, Copy };
    static QString imagesName(Images mode);
    static std::optional<Images> imagesFromName(const QString &name);

    /// Called after each file with (done, total); return false to cancel.
    using Progress = std::function<bool(qint64, qint64)>;

    /// Returns the error message (empty on success).
    static QString write(const FormatOutput &output, const ImageDataset &dataset, const QString &target, Images images,
        const Progress &progress = {});
    /// Writes \a files (and places \a copies: dataset path → source file) into \a folder, which
    /// exists. Hard links where possible when \a link, else copies. Returns the error message.
    static QString writeInto(const QString &folder, const FileSet &files, const QMap<QString, QString> &copies,
        bool link, const Progress &progress = {});
    /// Renames \a temporary to \a target, refusing an existing target. Returns the error message.
    static QString moveIntoPlace(const QString &temporary, const QString &target);
    /// A new empty folder beside \a target for writing it atomically; empty with \a error set.
    static QString makeTemporaryBeside(const QString &target, QString *error);
    /// Hard link \a from at \a to, or copy it when linking fails (another file system).
    static bool linkOrCopy(const QString &from, const QString &to, bool link);
};

} // namespace rwb::exchange
