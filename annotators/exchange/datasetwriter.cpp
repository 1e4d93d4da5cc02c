#include "datasetwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>

#include <unistd.h>

namespace rwb::exchange {

QString DatasetWriter::imagesName(Images mode)
{
    switch (mode) {
    case Images::None:
        return QStringLiteral("none");
    case Images::Link:
        return QStringLiteral("link");
    case Images::Copy:
        return QStringLiteral("copy");
    }
    return {};
}

std::optional<DatasetWriter::Images> DatasetWriter::imagesFromName(const QString &name)
{
    for (Images m : { Images::None, Images::Link, Images::Copy })
        if (imagesName(m) == name)
            return m;
    return std::nullopt;
}

bool DatasetWriter::linkOrCopy(const QString &from, const QString &to, bool link)
{
    if (link && ::link(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return true;
    return QFile::copy(from, to);
}

QString DatasetWriter::makeTemporaryBeside(const QString &target, QString *error)
{
    const QFileInfo info(target);
    QDir parent = info.absoluteDir();
    if (!parent.exists() && !QDir().mkpath(parent.absolutePath())) {
        *error = tr("Cannot create the folder %1.").arg(parent.absolutePath());
        return {};
    }
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QString name = QStringLiteral(".%1.tmp-%2")
                                 .arg(info.fileName())
                                 .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
        if (parent.mkdir(name))
            return parent.absoluteFilePath(name);
    }
    *error = tr("Cannot create a temporary folder in %1 (read-only?).").arg(parent.absolutePath());
    return {};
}

QString DatasetWriter::writeInto(const QString &folder, const FileSet &files, const QMap<QString, QString> &copies,
    bool link, const Progress &progress)
{
    const QDir root(folder);
    const qint64 total = files.size() + copies.size();
    qint64 done = 0;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QString path = root.absoluteFilePath(it.key());
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(it.value()) != it.value().size() || !file.flush()) {
            return tr("Cannot write %1: %2 (disk full?)").arg(path, file.errorString());
        }
        file.close();
        if (progress && !progress(++done, total))
            return tr("Cancelled.");
    }
    for (auto it = copies.cbegin(); it != copies.cend(); ++it) {
        const QString path = root.absoluteFilePath(it.key());
        if (!QFileInfo::exists(it.value()))
            return tr("The image %1 is missing on disk.").arg(it.value());
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (!linkOrCopy(it.value(), path, link))
            return tr("Cannot copy %1 to %2 (disk full?).").arg(it.value(), path);
        if (progress && !progress(++done, total))
            return tr("Cancelled.");
    }
    return {};
}

QString DatasetWriter::moveIntoPlace(const QString &temporary, const QString &target)
{
    if (QFileInfo::exists(target))
        return tr("The target %1 exists already; choose a new folder.").arg(target);
    if (!QDir().rename(temporary, target))
        return tr("Cannot move %1 to %2.").arg(temporary, target);
    return {};
}

QString DatasetWriter::write(const FormatOutput &output, const ImageDataset &dataset, const QString &target,
    Images images, const Progress &progress)
{
    if (QFileInfo::exists(target))
        return tr("The target %1 exists already; choose a new folder.").arg(target);
    QMap<QString, QString> copies;
    if (images != Images::None) {
        for (auto it = output.imagePlacement.cbegin(); it != output.imagePlacement.cend(); ++it) {
            const DatasetImage &image = dataset.images[it.value()];
            if (image.sourcePath.isEmpty() || !QFileInfo::exists(image.sourcePath))
                return tr("The image %1 is missing on disk.")
                    .arg(image.sourcePath.isEmpty() ? image.file : image.sourcePath);
            copies.insert(it.key(), image.sourcePath);
        }
    }
    QString error;
    const QString temporary = makeTemporaryBeside(target, &error);
    if (temporary.isEmpty())
        return error;
    error = writeInto(temporary, output.files, copies, images == Images::Link, progress);
    if (error.isEmpty())
        error = moveIntoPlace(temporary, target);
    if (!error.isEmpty())
        QDir(temporary).removeRecursively();
    return error;
}

} // namespace rwb::exchange
