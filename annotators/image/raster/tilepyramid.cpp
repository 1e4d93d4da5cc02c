#include "tilepyramid.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QSaveFile>

#include <algorithm>
#include <cstring>

#include <unistd.h>

namespace rwb::image {

namespace {

constexpr qint64 FingerprintBytes = 64 * 1024;
/// Compressed tiles are kept only when they save at least this share. zlib runs at some
/// 70 MB/s, which dominated the build of a 20000² JPEG (10 s against 1 s of decoding) to save
/// 16 % of disk on textured data; flat backgrounds and synthetic images still compress well.
constexpr double MinCompressionGain = 0.3;
/// zlib level 1: several times faster to write than the default for a few percent of size.
constexpr int CompressionLevel = 1;
/// After a tile that did not compress well, this many tiles are stored raw without trying:
/// textured sensor data hardly compresses, so trying every tile would cost most of the build.
constexpr int SkipsAfterPoorCompression = 15;

const QString ManifestName = QStringLiteral("manifest.json");
const QString IndexName = QStringLiteral("index.bin");

qsizetype packedRowBytes(const RasterInfo &info, int width)
{
    return qsizetype(width) * info.bytesPerPixel();
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

TilePyramid::SourceStamp TilePyramid::stampOf(const QString &path)
{
    SourceStamp stamp;
    const QFileInfo info(path);
    QFile file(path);
    if (!info.exists() || !file.open(QIODevice::ReadOnly))
        return stamp;
    stamp.size = info.size();
    stamp.modifiedMs = info.lastModified().toMSecsSinceEpoch();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(file.read(FingerprintBytes));
    if (stamp.size > FingerprintBytes) {
        file.seek(std::max(FingerprintBytes, stamp.size - FingerprintBytes));
        hash.addData(file.read(FingerprintBytes));
    }
    stamp.fingerprint = hash.result().toHex();
    return stamp;
}

TilePyramid::TilePyramid(const QString &directory, const QString &sourcePath, const RasterInfo &info)
    : m_directory(directory)
    , m_sourcePath(sourcePath)
    , m_info(info)
    , m_levelCount(levelCountFor(info.size))
{
    m_index.resize(size_t(m_levelCount));
    for (int level = 0; level < m_levelCount; ++level) {
        const QSize count = tileCount(level);
        m_index[size_t(level)].resize(size_t(count.width()) * size_t(count.height()));
    }
    m_readers.resize(size_t(m_levelCount));
}

TilePyramid::~TilePyramid() = default;

std::shared_ptr<TilePyramid> TilePyramid::open(
    const QString &directory, const QString &sourcePath, const RasterInfo &info)
{
    std::shared_ptr<TilePyramid> pyramid(new TilePyramid(directory, sourcePath, info));
    pyramid->m_stamp = stampOf(sourcePath);
    pyramid->m_complete = pyramid->loadCache();
    return pyramid;
}

int TilePyramid::levelCountFor(const QSize &size)
{
    int levels = 1;
    QSize s = size;
    while (s.width() > TileSize || s.height() > TileSize) {
        s = QSize((s.width() + 1) / 2, (s.height() + 1) / 2);
        ++levels;
    }
    return levels;
}

QSize TilePyramid::levelSizeFor(const QSize &size, int level)
{
    const qint64 scale = qint64(1) << level;
    return QSize(int((size.width() + scale - 1) / scale), int((size.height() + scale - 1) / scale));
}

QSize TilePyramid::tileCount(int level) const
{
    const QSize size = levelSize(level);
    return QSize((size.width() + TileSize - 1) / TileSize, (size.height() + TileSize - 1) / TileSize);
}

QRect TilePyramid::tileRect(int level, int tileX, int tileY) const
{
    return QRect(tileX * TileSize, tileY * TileSize, TileSize, TileSize) & QRect(QPoint(0, 0), levelSize(level));
}

int TilePyramid::tileIndex(int level, int tileX, int tileY) const
{
    if (level < 0 || level >= m_levelCount)
        return -1;
    const QSize count = tileCount(level);
    if (tileX < 0 || tileY < 0 || tileX >= count.width() || tileY >= count.height())
        return -1;
    return tileY * count.width() + tileX;
}

QString TilePyramid::levelFileName(int level) const
{
    return QDir(m_directory).filePath(QStringLiteral("level-%1.tiles").arg(level));
}

QString TilePyramid::cacheError(const QString &problem) const
{
    return tr("Tile cache %1 of image %2: %3")
        .arg(QDir::toNativeSeparators(m_directory), QDir::toNativeSeparators(m_sourcePath), problem);
}

bool TilePyramid::isComplete() const
{
    QMutexLocker lock(&m_mutex);
    return m_complete;
}

bool TilePyramid::isReady(int level, int tileX, int tileY) const
{
    const int index = tileIndex(level, tileX, tileY);
    if (index < 0)
        return false;
    QMutexLocker lock(&m_mutex);
    return m_index[size_t(level)][size_t(index)].length != 0;
}

QImage TilePyramid::tile(int level, int tileX, int tileY, QString *error) const
{
    const int index = tileIndex(level, tileX, tileY);
    if (index < 0)
        return {};
    QByteArray data;
    TileEntry entry;
    {
        QMutexLocker lock(&m_mutex);
        entry = m_index[size_t(level)][size_t(index)];
        if (entry.length == 0)
            return {};
        std::unique_ptr<QFile> &file = m_readers[size_t(level)];
        if (!file) {
            file = std::make_unique<QFile>(levelFileName(level));
            if (!file->open(QIODevice::ReadOnly)) {
                setError(error, cacheError(tr("cannot open %1 (%2)").arg(file->fileName(), file->errorString())));
                file.reset();
                return {};
            }
        }
        if (file->seek(qint64(entry.offset)))
            data = file->read(entry.length);
    }
    if (data.size() != qsizetype(entry.length)) {
        setError(error, cacheError(tr("tile %1, %2 of level %3 is truncated").arg(tileX).arg(tileY).arg(level)));
        return {};
    }
    if (entry.flags & Compressed)
        data = qUncompress(data);

    const QRect rect = tileRect(level, tileX, tileY);
    const qsizetype rowBytes = packedRowBytes(m_info, rect.width());
    if (data.size() != rowBytes * rect.height()) {
        setError(error, cacheError(tr("tile %1, %2 of level %3 is damaged").arg(tileX).arg(tileY).arg(level)));
        return {};
    }
    QImage image(rect.size(), m_info.pixelFormat());
    if (image.isNull()) {
        setError(error, cacheError(tr("not enough memory for a tile")));
        return {};
    }
    for (int y = 0; y < rect.height(); ++y)
        std::memcpy(image.scanLine(y), data.constData() + y * rowBytes, size_t(rowBytes));
    return image;
}

QImage TilePyramid::preview() const
{
    {
        QMutexLocker lock(&m_mutex);
        if (!m_preview.isNull() || !m_complete)
            return m_preview;
    }
    return tile(m_levelCount - 1, 0, 0);
}

bool TilePyramid::loadCache()
{
    const QDir dir(m_directory);
    QFile manifestFile(dir.filePath(ManifestName));
    if (!manifestFile.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject manifest = QJsonDocument::fromJson(manifestFile.readAll()).object();
    const QJsonObject source = manifest.value(QStringLiteral("source")).toObject();
    const SourceStamp stamp { source.value(QStringLiteral("size")).toInteger(-2),
        source.value(QStringLiteral("modifiedMs")).toInteger(),
        source.value(QStringLiteral("fingerprint")).toString().toLatin1() };
    const bool matches = manifest.value(QStringLiteral("format")).toString() == QLatin1String("rwb-tile-pyramid")
        && manifest.value(QStringLiteral("version")).toInt() == FormatVersion && stamp == m_stamp
        && manifest.value(QStringLiteral("page")).toInt(-1) == m_info.page
        && manifest.value(QStringLiteral("width")).toInt() == m_info.size.width()
        && manifest.value(QStringLiteral("height")).toInt() == m_info.size.height()
        && manifest.value(QStringLiteral("channels")).toInt() == m_info.channels
        && manifest.value(QStringLiteral("bitsPerSample")).toInt() == m_info.bitsPerSample
        && manifest.value(QStringLiteral("tileSize")).toInt() == TileSize
        && manifest.value(QStringLiteral("levels")).toInt() == m_levelCount;
    if (!matches)
        return false;

    QFile indexFile(dir.filePath(IndexName));
    if (!indexFile.open(QIODevice::ReadOnly))
        return false;
    QDataStream in(&indexFile);
    in.setByteOrder(QDataStream::LittleEndian);
    std::vector<std::vector<TileEntry>> index = m_index;
    for (int level = 0; level < m_levelCount; ++level) {
        const qint64 fileSize = QFileInfo(levelFileName(level)).size();
        for (TileEntry &entry : index[size_t(level)]) {
            in >> entry.offset >> entry.length >> entry.flags;
            if (in.status() != QDataStream::Ok || entry.length == 0 || entry.offset + entry.length > quint64(fileSize))
                return false;
        }
    }
    if (!in.atEnd())
        return false;
    QMutexLocker lock(&m_mutex);
    m_index = std::move(index);
    return true;
}

bool TilePyramid::beginBuild(QString *error)
{
    {
        QMutexLocker lock(&m_mutex);
        m_complete = false;
        for (auto &level : m_index)
            std::fill(level.begin(), level.end(), TileEntry {});
        for (auto &reader : m_readers)
            reader.reset();
        m_preview = QImage();
    }
    m_stamp = stampOf(m_sourcePath);
    QDir dir(m_directory);
    // The manifest goes first: from here on the folder is an incomplete cache.
    if (dir.exists(ManifestName) && !QFile::remove(dir.filePath(ManifestName))) {
        setError(error, cacheError(tr("cannot remove the old manifest")));
        return false;
    }
    if (!dir.removeRecursively() && dir.exists()) {
        setError(error, cacheError(tr("cannot remove the old cache")));
        return false;
    }
    if (!QDir().mkpath(m_directory)) {
        setError(error, cacheError(tr("cannot create the folder")));
        return false;
    }
    m_writers.clear();
    for (int level = 0; level < m_levelCount; ++level) {
        auto file = std::make_unique<QFile>(levelFileName(level));
        if (!file->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            setError(error, cacheError(tr("cannot write %1 (%2)").arg(file->fileName(), file->errorString())));
            m_writers.clear();
            return false;
        }
        m_writers.push_back(std::move(file));
    }
    return true;
}

bool TilePyramid::writeTileRow(int level, int tileY, const QImage &rows, int rowCount, QString *error)
{
    Q_ASSERT(level >= 0 && level < int(m_writers.size()));
    Q_ASSERT(rows.format() == m_info.pixelFormat());
    QFile &file = *m_writers[size_t(level)];
    const QSize count = tileCount(level);
    std::vector<TileEntry> entries(size_t(count.width()));
    QByteArray raw;
    for (int tileX = 0; tileX < count.width(); ++tileX) {
        const QRect rect = tileRect(level, tileX, tileY);
        Q_ASSERT(rect.height() == rowCount);
        const qsizetype rowBytes = packedRowBytes(m_info, rect.width());
        const qsizetype offset = packedRowBytes(m_info, rect.x());
        raw.resize(rowBytes * rowCount);
        for (int y = 0; y < rowCount; ++y)
            std::memcpy(raw.data() + y * rowBytes, rows.constScanLine(y) + offset, size_t(rowBytes));
        QByteArray packed;
        if (m_compressionSkips > 0) {
            --m_compressionSkips;
        } else {
            packed = qCompress(raw, CompressionLevel);
            if (double(packed.size()) >= double(raw.size()) * (1.0 - MinCompressionGain)) {
                packed.clear();
                m_compressionSkips = SkipsAfterPoorCompression;
            }
        }
        const bool compress = !packed.isEmpty();
        const QByteArray &blob = compress ? packed : raw;
        TileEntry &entry = entries[size_t(tileX)];
        entry.offset = quint64(file.pos());
        entry.length = quint32(blob.size());
        entry.flags = compress ? quint32(Compressed) : quint32(0);
        if (file.write(blob) != blob.size()) {
            setError(error, cacheError(tr("cannot write %1 (%2)").arg(file.fileName(), file.errorString())));
            return false;
        }
    }
    // Readers open their own handles: the data must be in the file before the tiles count as ready.
    if (!file.flush()) {
        setError(error, cacheError(tr("cannot write %1 (%2)").arg(file.fileName(), file.errorString())));
        return false;
    }
    {
        QMutexLocker lock(&m_mutex);
        std::copy(entries.begin(), entries.end(), m_index[size_t(level)].begin() + qsizetype(tileY) * count.width());
    }
    emit tilesReady(level, QRect(0, tileY, count.width(), 1));
    return true;
}

void TilePyramid::setPreview(const QImage &preview)
{
    {
        QMutexLocker lock(&m_mutex);
        m_preview = preview;
    }
    emit previewReady();
}

bool TilePyramid::finishBuild(QString *error)
{
    for (auto &file : m_writers) {
        // Tiles reach the disk before the manifest that vouches for them.
        if (!file->flush() || ::fsync(file->handle()) != 0) {
            setError(error, cacheError(tr("cannot write %1 (%2)").arg(file->fileName(), file->errorString())));
            return false;
        }
        file->close();
    }
    m_writers.clear();

    const QDir dir(m_directory);
    QSaveFile indexFile(dir.filePath(IndexName));
    if (!indexFile.open(QIODevice::WriteOnly)) {
        setError(error, cacheError(tr("cannot write %1 (%2)").arg(indexFile.fileName(), indexFile.errorString())));
        return false;
    }
    {
        QDataStream out(&indexFile);
        out.setByteOrder(QDataStream::LittleEndian);
        QMutexLocker lock(&m_mutex);
        for (const auto &level : m_index) {
            for (const TileEntry &entry : level)
                out << entry.offset << entry.length << entry.flags;
        }
    }
    if (!indexFile.commit()) {
        setError(error, cacheError(tr("cannot write %1 (%2)").arg(indexFile.fileName(), indexFile.errorString())));
        return false;
    }

    QJsonObject source;
    source.insert(QStringLiteral("path"), m_sourcePath);
    source.insert(QStringLiteral("size"), m_stamp.size);
    source.insert(QStringLiteral("modifiedMs"), m_stamp.modifiedMs);
    source.insert(QStringLiteral("fingerprint"), QString::fromLatin1(m_stamp.fingerprint));
    QJsonObject manifest;
    manifest.insert(QStringLiteral("format"), QStringLiteral("rwb-tile-pyramid"));
    manifest.insert(QStringLiteral("version"), FormatVersion);
    manifest.insert(QStringLiteral("source"), source);
    manifest.insert(QStringLiteral("page"), m_info.page);
    manifest.insert(QStringLiteral("width"), m_info.size.width());
    manifest.insert(QStringLiteral("height"), m_info.size.height());
    manifest.insert(QStringLiteral("channels"), m_info.channels);
    manifest.insert(QStringLiteral("bitsPerSample"), m_info.bitsPerSample);
    manifest.insert(QStringLiteral("tileSize"), TileSize);
    manifest.insert(QStringLiteral("levels"), m_levelCount);
    QSaveFile manifestFile(dir.filePath(ManifestName));
    if (!manifestFile.open(QIODevice::WriteOnly) || manifestFile.write(QJsonDocument(manifest).toJson()) < 0
        || !manifestFile.commit()) {
        setError(
            error, cacheError(tr("cannot write %1 (%2)").arg(manifestFile.fileName(), manifestFile.errorString())));
        return false;
    }
    {
        QMutexLocker lock(&m_mutex);
        m_complete = true;
    }
    emit completed();
    return true;
}

} // namespace rwb::image
