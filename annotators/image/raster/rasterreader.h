#pragma once

#include "rasterinfo.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

#include <memory>

namespace rwb::image {

/// Streams the pixels of one image (one page of a multi-page TIFF) from top to bottom, so
/// that an image far larger than the memory it may use can be decoded: only the rows asked
/// for (plus the decoder's own small buffers) are held at a time.
class RasterReader
{
    Q_DECLARE_TR_FUNCTIONS(rwb::image::RasterReader)
public:
    /// Largest image accepted (pixels, and pixels per side): beyond it a header is taken for a
    /// damaged or hostile file rather than an image worth a multi-gigabyte tile cache.
    static constexpr qint64 MaxPixels = qint64(1) << 31;
    static constexpr int MaxSide = 1 << 20;

    virtual ~RasterReader();
    RasterReader(const RasterReader &) = delete;
    RasterReader &operator=(const RasterReader &) = delete;

    /// Opens `path` by its content (not its suffix) and reads the header of `page`. Returns
    /// null and sets `error` (naming the file and the problem) for missing, unsupported,
    /// damaged or gigantic images.
    static std::unique_ptr<RasterReader> open(const QString &path, int page, QString *error);

    QString path() const { return m_path; }
    const RasterInfo &info() const { return m_info; }
    /// The next row readRows() delivers.
    int nextRow() const { return m_nextRow; }

    /// Decodes the next `count` rows (fewer at the bottom) into `rows`, in
    /// info().pixelFormat(); `rows` is reused when its size and format fit. Rows only come
    /// in order. Returns false with `error` set for damaged or truncated data.
    bool readRows(int count, QImage *rows, QString *error);

    /// A reduced-size decode of the whole image, far cheaper than the full one (JPEG DCT
    /// scaling), for a coarse view while the tile pyramid is built. `preview` stays null
    /// when the format has no such shortcut. Independent of readRows().
    virtual bool readPreview(QImage *preview, QString *error);

    /// Bytes the reader itself buffers (a TIFF strip or row of tiles), for memory accounting.
    virtual qint64 bufferBytes() const { return 0; }

    /// "Cannot read image <file>: <problem>", the form of every error message here.
    static QString fileError(const QString &path, const QString &problem);

protected:
    explicit RasterReader(const QString &path);

    /// Decodes rows [y, y + rows->height()) into `rows` (already sized and formatted).
    virtual bool decodeRows(int y, QImage *rows, QString *error) = 0;

    void setInfo(const RasterInfo &info) { m_info = info; }
    QString fileError(const QString &problem) const { return fileError(m_path, problem); }

private:
    QString m_path;
    RasterInfo m_info;
    int m_nextRow = 0;
};

} // namespace rwb::image
