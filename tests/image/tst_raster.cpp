// Raster decoding, the tile pyramid and display mapping (annotators/image/raster). Test images
// are generated here: PNG, JPEG and BMP through Qt, TIFF (16-bit, tiled, multi-page) through
// libtiff directly.
#include "image/raster/displaymapping.h"
#include "image/raster/displayrenderer.h"
#include "image/raster/downsample.h"
#include "image/raster/imagesource.h"
#include "image/raster/pyramidbuildjob.h"
#include "image/raster/rasterreader.h"
#include "image/raster/tilepyramid.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImageWriter>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstring>
#include <vector>

#include <tiffio.h>

using namespace rwb::image;

namespace {

int samplesOf(QImage::Format format)
{
    switch (format) {
    case QImage::Format_Grayscale8:
    case QImage::Format_Grayscale16:
        return 1;
    case QImage::Format_RGB888:
        return 3;
    default:
        return 4;
    }
}

int sampleBytesOf(QImage::Format format)
{
    switch (format) {
    case QImage::Format_Grayscale16:
    case QImage::Format_RGBX64:
    case QImage::Format_RGBA64:
        return 2;
    default:
        return 1;
    }
}

quint32 sampleAt(const QImage &image, int x, int y, int c)
{
    const int samples = samplesOf(image.format());
    const uchar *row = image.constScanLine(y);
    if (sampleBytesOf(image.format()) == 2) {
        quint16 value;
        std::memcpy(&value, row + 2 * (x * samples + c), 2);
        return value;
    }
    return row[x * samples + c];
}

void setSample(QImage *image, int x, int y, int c, quint32 value)
{
    const int samples = samplesOf(image->format());
    uchar *row = image->scanLine(y);
    if (sampleBytesOf(image->format()) == 2) {
        const auto v = quint16(value);
        std::memcpy(row + 2 * (x * samples + c), &v, 2);
    } else {
        row[x * samples + c] = uchar(value);
    }
}

/// A deterministic image with every sample different from its neighbours; opaque when
/// `opaque` (RGBX64 padding is always 0xFFFF).
QImage pattern(int width, int height, QImage::Format format, int seed = 0, bool opaque = false)
{
    QImage image(width, height, format);
    const int samples = samplesOf(format);
    const bool deep = sampleBytesOf(format) == 2;
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            for (int c = 0; c < samples; ++c) {
                quint32 v = deep ? quint32(x * 257 + y * 4099 + c * 12345 + seed * 7919) & 0xFFFF
                                 : quint32(x * 7 + y * 13 + c * 61 + seed * 31) & 0xFF;
                if (c == 3 && (opaque || format == QImage::Format_RGBX64))
                    v = deep ? 0xFFFF : 0xFF;
                setSample(&image, x, y, c, v);
            }
        }
    }
    return image;
}

/// Same size, format and pixels (row padding ignored).
bool samePixels(const QImage &a, const QImage &b)
{
    if (a.size() != b.size() || a.format() != b.format())
        return false;
    const size_t bytes = size_t(a.width()) * size_t(a.depth() / 8);
    for (int y = 0; y < a.height(); ++y) {
        if (std::memcmp(a.constScanLine(y), b.constScanLine(y), bytes) != 0)
            return false;
    }
    return true;
}

int maxDifference(const QImage &a, const QImage &b)
{
    int worst = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            for (int c = 0; c < samplesOf(a.format()); ++c)
                worst = std::max(worst, std::abs(int(sampleAt(a, x, y, c)) - int(sampleAt(b, x, y, c))));
        }
    }
    return worst;
}

/// The reference 2×2 box downsample, written independently of downsample.cpp.
QImage referenceHalf(const QImage &source)
{
    QImage half((source.width() + 1) / 2, (source.height() + 1) / 2, source.format());
    for (int y = 0; y < half.height(); ++y) {
        const int y0 = 2 * y;
        const int y1 = std::min(2 * y + 1, source.height() - 1);
        for (int x = 0; x < half.width(); ++x) {
            const int x0 = 2 * x;
            const int x1 = std::min(2 * x + 1, source.width() - 1);
            for (int c = 0; c < samplesOf(source.format()); ++c) {
                const quint32 sum = sampleAt(source, x0, y0, c) + sampleAt(source, x1, y0, c)
                    + sampleAt(source, x0, y1, c) + sampleAt(source, x1, y1, c);
                setSample(&half, x, y, c, (sum + 2) >> 2);
            }
        }
    }
    return half;
}

enum class TiffLayout { Strips, Tiled, TiledDeflate };

/// Writes `pages` with libtiff. RGBX64 is written as 16-bit RGB (3 samples).
bool writeTiff(const QString &path, const QList<QImage> &pages, TiffLayout layout = TiffLayout::Strips,
    QSize tileSize = QSize(64, 48))
{
    TIFF *tiff = TIFFOpen(QFile::encodeName(path).constData(), "w");
    if (!tiff)
        return false;
    for (const QImage &image : pages) {
        const bool rgbx = image.format() == QImage::Format_RGBX64;
        const int samples = rgbx ? 3 : samplesOf(image.format());
        const int sampleBytes = sampleBytesOf(image.format());
        TIFFSetField(tiff, TIFFTAG_IMAGEWIDTH, uint32_t(image.width()));
        TIFFSetField(tiff, TIFFTAG_IMAGELENGTH, uint32_t(image.height()));
        TIFFSetField(tiff, TIFFTAG_BITSPERSAMPLE, uint16_t(sampleBytes * 8));
        TIFFSetField(tiff, TIFFTAG_SAMPLESPERPIXEL, uint16_t(samples));
        TIFFSetField(tiff, TIFFTAG_PLANARCONFIG, PLANARCONFIG_CONTIG);
        TIFFSetField(tiff, TIFFTAG_PHOTOMETRIC, samples == 1 ? PHOTOMETRIC_MINISBLACK : PHOTOMETRIC_RGB);
        if (samples == 4) {
            const uint16_t extra = EXTRASAMPLE_UNASSALPHA;
            TIFFSetField(tiff, TIFFTAG_EXTRASAMPLES, uint16_t(1), &extra);
        }
        TIFFSetField(tiff, TIFFTAG_COMPRESSION,
            layout == TiffLayout::TiledDeflate ? COMPRESSION_ADOBE_DEFLATE : COMPRESSION_NONE);
        if (pages.size() > 1) {
            TIFFSetField(tiff, TIFFTAG_SUBFILETYPE, FILETYPE_PAGE);
            TIFFSetField(tiff, TIFFTAG_PAGENUMBER, uint16_t(pages.indexOf(image)), uint16_t(pages.size()));
        }
        const int pixelBytes = samples * sampleBytes;
        auto packRow = [&](int y, int x0, int count, uchar *out) {
            for (int x = 0; x < count; ++x) {
                for (int c = 0; c < samples; ++c) {
                    const quint32 v = x0 + x < image.width() ? sampleAt(image, x0 + x, y, c) : 0;
                    if (sampleBytes == 2) {
                        const auto s = quint16(v);
                        std::memcpy(out + (x * samples + c) * 2, &s, 2);
                    } else {
                        out[x * samples + c] = uchar(v);
                    }
                }
            }
        };
        if (layout == TiffLayout::Strips) {
            TIFFSetField(tiff, TIFFTAG_ROWSPERSTRIP, uint32_t(16));
            std::vector<uchar> row(size_t(image.width() * pixelBytes));
            for (int y = 0; y < image.height(); ++y) {
                packRow(y, 0, image.width(), row.data());
                if (TIFFWriteScanline(tiff, row.data(), uint32_t(y), 0) < 0)
                    return false;
            }
        } else {
            TIFFSetField(tiff, TIFFTAG_TILEWIDTH, uint32_t(tileSize.width()));
            TIFFSetField(tiff, TIFFTAG_TILELENGTH, uint32_t(tileSize.height()));
            std::vector<uchar> tile(size_t(tileSize.width() * tileSize.height() * pixelBytes), 0);
            for (int ty = 0; ty < image.height(); ty += tileSize.height()) {
                for (int tx = 0; tx < image.width(); tx += tileSize.width()) {
                    std::fill(tile.begin(), tile.end(), uchar(0));
                    for (int y = 0; y < tileSize.height() && ty + y < image.height(); ++y)
                        packRow(ty + y, tx, tileSize.width(), tile.data() + y * tileSize.width() * pixelBytes);
                    if (TIFFWriteTile(tiff, tile.data(), uint32_t(tx), uint32_t(ty), 0, 0) < 0)
                        return false;
                }
            }
        }
        if (!TIFFWriteDirectory(tiff))
            return false;
    }
    TIFFClose(tiff);
    return true;
}

/// The whole image through RasterReader in bands of `band` rows.
QImage decodeAll(const QString &path, int page, QString *error, int band = 37)
{
    std::unique_ptr<RasterReader> reader = RasterReader::open(path, page, error);
    if (!reader)
        return {};
    QImage whole(reader->info().size, reader->info().pixelFormat());
    QImage rows;
    while (reader->nextRow() < whole.height()) {
        const int y = reader->nextRow();
        if (!reader->readRows(band, &rows, error))
            return {};
        for (int i = 0; i < rows.height(); ++i)
            std::memcpy(whole.scanLine(y + i), rows.constScanLine(i), size_t(rows.bytesPerLine()));
    }
    return whole;
}

bool buildPyramid(const ImageSource &source, qint64 *peakBytes = nullptr)
{
    std::unique_ptr<PyramidBuildJob> job = source.createBuildJob();
    if (!job)
        return false;
    const bool ok = job->execute() == rwb::project::Job::State::Finished;
    if (!ok)
        qWarning() << job->failureMessage();
    if (peakBytes)
        *peakBytes = job->peakBufferBytes();
    return ok;
}

/// Every tile of every level of `source` equals the reference cascade of `image`.
void verifyTiles(const ImageSource &source, const QImage &image)
{
    QImage level = image;
    QCOMPARE(source.levelCount(), TilePyramid::levelCountFor(image.size()));
    for (int l = 0; l < source.levelCount(); ++l) {
        QCOMPARE(source.levelSize(l), level.size());
        const QSize count = source.tileCount(l);
        for (int ty = 0; ty < count.height(); ++ty) {
            for (int tx = 0; tx < count.width(); ++tx) {
                QVERIFY(source.isReady(l, tx, ty));
                QString error;
                const QImage tile = source.tile(l, tx, ty, &error);
                QVERIFY2(!tile.isNull(), qPrintable(error));
                const QImage expected = level.copy(source.tileRect(l, tx, ty));
                QVERIFY2(samePixels(tile, expected),
                    qPrintable(QStringLiteral("level %1 tile %2,%3").arg(l).arg(tx).arg(ty)));
            }
        }
        level = referenceHalf(level);
    }
    QCOMPARE(source.levelSize(source.levelCount() - 1).width() <= TilePyramid::TileSize, true);
}

} // namespace

class TestRaster : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void decodeExact_data();
    void decodeExact();
    void decodeJpeg_data();
    void decodeJpeg();
    void multiPageTiff();
    void downsampleMatchesReference_data();
    void downsampleMatchesReference();

    void inMemorySourceTiles();
    void pyramidTiles_data();
    void pyramidTiles();
    void tilesReadableWhileBuilding();
    void cacheReused();
    void cacheInvalidatedWhenSourceChanges();
    void incompleteCacheRebuilt();
    void cancelledBuildLeavesIncompleteCache();
    void largeImageBuiltWithBoundedMemory();

    void badInput_data();
    void badInput();
    void unsupportedTiffLayout();
    void damageFoundWhileBuilding();

    void displayMappingLut();
    void autoLevelsFindsUsedBits();
    void renderFormats();

private:
    QString file(const QString &name) const { return m_dir->filePath(name); }
    QString cacheDir(const QString &name) const { return m_dir->filePath(QStringLiteral("cache/") + name); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestRaster::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestRaster::decodeExact_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QImage>("image");
    QTest::addColumn<int>("channels");
    QTest::addColumn<int>("bits");
    QTest::addColumn<bool>("tiled");

    QTest::newRow("png gray8") << "g8.png" << pattern(301, 203, QImage::Format_Grayscale8) << 1 << 8 << false;
    QTest::newRow("png rgb8") << "rgb8.png" << pattern(301, 203, QImage::Format_RGB888) << 3 << 8 << false;
    QTest::newRow("png rgba8") << "rgba8.png" << pattern(301, 203, QImage::Format_RGBA8888) << 4 << 8 << false;
    QTest::newRow("png gray16") << "g16.png" << pattern(301, 203, QImage::Format_Grayscale16) << 1 << 16 << false;
    QTest::newRow("png rgb16") << "rgb16.png" << pattern(301, 203, QImage::Format_RGBX64) << 3 << 16 << false;
    QTest::newRow("png rgba16") << "rgba16.png" << pattern(301, 203, QImage::Format_RGBA64) << 4 << 16 << false;
    QTest::newRow("bmp rgb8") << "rgb8.bmp" << pattern(301, 203, QImage::Format_RGB888) << 3 << 8 << false;
    QTest::newRow("tiff gray8") << "g8.tif" << pattern(301, 203, QImage::Format_Grayscale8) << 1 << 8 << false;
    QTest::newRow("tiff gray16") << "g16.tif" << pattern(301, 203, QImage::Format_Grayscale16) << 1 << 16 << false;
    QTest::newRow("tiff rgb8") << "rgb8.tif" << pattern(301, 203, QImage::Format_RGB888) << 3 << 8 << false;
    QTest::newRow("tiff rgb16") << "rgb16.tif" << pattern(301, 203, QImage::Format_RGBX64) << 3 << 16 << false;
    QTest::newRow("tiff rgba8") << "rgba8.tif" << pattern(301, 203, QImage::Format_RGBA8888) << 4 << 8 << false;
    QTest::newRow("tiff rgba16") << "rgba16.tif" << pattern(301, 203, QImage::Format_RGBA64) << 4 << 16 << false;
    QTest::newRow("tiff tiled gray16") << "tg16.tif" << pattern(301, 203, QImage::Format_Grayscale16) << 1 << 16
                                       << true;
    QTest::newRow("tiff tiled rgb8") << "trgb8.tif" << pattern(301, 203, QImage::Format_RGB888) << 3 << 8 << true;
}

void TestRaster::decodeExact()
{
    QFETCH(QString, name);
    QFETCH(QImage, image);
    QFETCH(int, channels);
    QFETCH(int, bits);
    QFETCH(bool, tiled);

    const QString path = file(name);
    if (name.endsWith(QLatin1String(".tif"))) {
        QVERIFY(writeTiff(path, { image }, tiled ? TiffLayout::TiledDeflate : TiffLayout::Strips));
    } else {
        QVERIFY(image.save(path));
    }

    QString error;
    std::unique_ptr<RasterReader> reader = RasterReader::open(path, 0, &error);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(reader->info().size, image.size());
    QCOMPARE(reader->info().channels, channels);
    QCOMPARE(reader->info().bitsPerSample, bits);
    QCOMPARE(reader->info().tiled, tiled);
    QCOMPARE(reader->info().pixelFormat(), image.format());

    const QImage decoded = decodeAll(path, 0, &error);
    QVERIFY2(!decoded.isNull(), qPrintable(error));
    QVERIFY(samePixels(decoded, image));
}

void TestRaster::decodeJpeg_data()
{
    QTest::addColumn<QImage>("image");
    QTest::newRow("gray") << pattern(517, 333, QImage::Format_Grayscale8);
    QTest::newRow("rgb") << pattern(517, 333, QImage::Format_RGB888);
}

void TestRaster::decodeJpeg()
{
    QFETCH(QImage, image);
    const QString path = file(QStringLiteral("photo.jpg"));
    QImageWriter writer(path);
    writer.setQuality(95);
    QVERIFY(writer.write(image));

    QString error;
    const QImage decoded = decodeAll(path, 0, &error);
    QVERIFY2(!decoded.isNull(), qPrintable(error));
    QCOMPARE(decoded.format(), image.format());
    // Lossy: compare with Qt's own decode of the same file (same libjpeg, maybe other DCT).
    const QImage qtDecoded = QImage(path).convertToFormat(image.format());
    QVERIFY(maxDifference(decoded, qtDecoded) <= 2);

    std::unique_ptr<RasterReader> reader = RasterReader::open(path, 0, &error);
    QImage preview;
    QVERIFY(reader->readPreview(&preview, &error));
    QCOMPARE(preview.size(), QSize((517 + 7) / 8, (333 + 7) / 8));
    QCOMPARE(preview.format(), image.format());
}

void TestRaster::multiPageTiff()
{
    const QString path = file(QStringLiteral("pages.tif"));
    const QList<QImage> pages { pattern(120, 80, QImage::Format_Grayscale16, 1),
        pattern(90, 70, QImage::Format_RGB888, 2), pattern(60, 50, QImage::Format_Grayscale8, 3) };
    QVERIFY(writeTiff(path, pages));
    for (int page = 0; page < pages.size(); ++page) {
        QString error;
        std::unique_ptr<RasterReader> reader = RasterReader::open(path, page, &error);
        QVERIFY2(reader, qPrintable(error));
        QCOMPARE(reader->info().pageCount, 3);
        QCOMPARE(reader->info().page, page);
        const QImage decoded = decodeAll(path, page, &error);
        QVERIFY(samePixels(decoded, pages[page]));
    }
    QString error;
    QVERIFY(!RasterReader::open(path, 3, &error));
    QVERIFY2(error.contains(path) && error.contains(QLatin1String("page 4")), qPrintable(error));
}

void TestRaster::downsampleMatchesReference_data()
{
    QTest::addColumn<QImage>("image");
    QTest::newRow("gray8 odd") << pattern(33, 17, QImage::Format_Grayscale8);
    QTest::newRow("gray16") << pattern(34, 18, QImage::Format_Grayscale16);
    QTest::newRow("rgb8 odd") << pattern(33, 19, QImage::Format_RGB888);
    QTest::newRow("rgba8") << pattern(32, 19, QImage::Format_RGBA8888);
    QTest::newRow("rgbx16") << pattern(31, 15, QImage::Format_RGBX64);
    QTest::newRow("rgba16") << pattern(31, 16, QImage::Format_RGBA64);
    QTest::newRow("one pixel") << pattern(1, 1, QImage::Format_Grayscale16);
}

void TestRaster::downsampleMatchesReference()
{
    QFETCH(QImage, image);
    QVERIFY(samePixels(downsample(image), referenceHalf(image)));
}

void TestRaster::inMemorySourceTiles()
{
    const QImage image = pattern(700, 530, QImage::Format_RGBA8888);
    const QString path = file(QStringLiteral("small.png"));
    QVERIFY(image.save(path));
    QString error;
    auto source = ImageSource::open(path, 0, QString(), &error);
    QVERIFY2(source, qPrintable(error));
    QVERIFY(source->isInMemory());
    QVERIFY(source->isComplete());
    QVERIFY(!source->createBuildJob());
    verifyTiles(*source, image);
    QCOMPARE(source->preview().size(), source->levelSize(source->levelCount() - 1));
    QVERIFY(source->tile(0, 3, 0).isNull());
    QVERIFY(source->tile(5, 0, 0).isNull());
}

void TestRaster::pyramidTiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QImage>("image");
    QTest::newRow("png rgb8") << "p.png" << pattern(1000, 700, QImage::Format_RGB888);
    QTest::newRow("tiff tiled gray16") << "t.tif" << pattern(1300, 600, QImage::Format_Grayscale16);
    QTest::newRow("tiff rgb16") << "s.tif" << pattern(777, 1030, QImage::Format_RGBX64);
}

void TestRaster::pyramidTiles()
{
    QFETCH(QString, name);
    QFETCH(QImage, image);
    const QString path = file(name);
    if (name == QLatin1String("t.tif"))
        QVERIFY(writeTiff(path, { image }, TiffLayout::Tiled, QSize(112, 96)));
    else if (name.endsWith(QLatin1String(".tif")))
        QVERIFY(writeTiff(path, { image }));
    else
        QVERIFY(image.save(path));

    QString error;
    auto source = ImageSource::open(path, 0, cacheDir(name), &error, ImageSource::Storage::Pyramid);
    QVERIFY2(source, qPrintable(error));
    QVERIFY(!source->isInMemory());
    QVERIFY(!source->isComplete());
    QVERIFY(!source->isReady(0, 0, 0));
    QVERIFY(source->tile(0, 0, 0).isNull());
    QVERIFY(buildPyramid(*source));
    QVERIFY(source->isComplete());
    verifyTiles(*source, image);
    QVERIFY(!source->preview().isNull());
}

void TestRaster::tilesReadableWhileBuilding()
{
    const QImage image = pattern(1200, 900, QImage::Format_Grayscale8);
    const QString path = file(QStringLiteral("build.png"));
    QVERIFY(image.save(path));
    QString error;
    auto source = ImageSource::open(path, 0, cacheDir(QStringLiteral("build")), &error, ImageSource::Storage::Pyramid);
    QVERIFY2(source, qPrintable(error));

    int emitted = 0;
    bool firstTileSeenEarly = false;
    connect(source.get(), &ImageSource::tilesReady, this, [&](int level, const QRect &tiles) {
        if (emitted++ == 0) {
            // The first row of level 0 is there before the rest of the image is decoded.
            firstTileSeenEarly = level == 0 && tiles == QRect(0, 0, 5, 1) && !source->isComplete()
                && source->isReady(0, 4, 0) && !source->isReady(0, 0, 1)
                && samePixels(source->tile(0, 0, 0), image.copy(0, 0, 256, 256));
        }
    });
    int completed = 0;
    connect(source.get(), &ImageSource::completed, this, [&] { ++completed; });
    QVERIFY(buildPyramid(*source));
    QVERIFY(firstTileSeenEarly);
    QCOMPARE(completed, 1);
    // Level 0: 4 tile rows; level 1 (600×450): 2; level 2 (300×225): 1; level 3 (150×113): 1.
    QCOMPARE(emitted, 8);
}

void TestRaster::cacheReused()
{
    const QImage image = pattern(900, 600, QImage::Format_Grayscale16);
    const QString path = file(QStringLiteral("reuse.tif"));
    QVERIFY(writeTiff(path, { image }));
    const QString cache = cacheDir(QStringLiteral("reuse"));
    QString error;
    {
        auto source = ImageSource::open(path, 0, cache, &error, ImageSource::Storage::Pyramid);
        QVERIFY(buildPyramid(*source));
    }
    const QDateTime built = QFileInfo(QDir(cache).filePath(QStringLiteral("manifest.json"))).lastModified();
    auto source = ImageSource::open(path, 0, cache, &error, ImageSource::Storage::Pyramid);
    QVERIFY2(source, qPrintable(error));
    QVERIFY(source->isComplete());
    QVERIFY(!source->createBuildJob());
    QCOMPARE(QFileInfo(QDir(cache).filePath(QStringLiteral("manifest.json"))).lastModified(), built);
    verifyTiles(*source, image);
    QCOMPARE(source->preview().size(), source->levelSize(source->levelCount() - 1));

    // A tile must load in a few milliseconds.
    auto fresh = ImageSource::open(path, 0, cache, &error, ImageSource::Storage::Pyramid);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!fresh->tile(0, 1, 1).isNull());
    QVERIFY(timer.elapsed() < 20);
}

void TestRaster::cacheInvalidatedWhenSourceChanges()
{
    const QString path = file(QStringLiteral("change.png"));
    const QString cache = cacheDir(QStringLiteral("change"));
    QVERIFY(pattern(800, 500, QImage::Format_RGB888, 1).save(path));
    QString error;
    {
        auto source = ImageSource::open(path, 0, cache, &error, ImageSource::Storage::Pyramid);
        QVERIFY(buildPyramid(*source));
    }
    const QImage changed = pattern(800, 500, QImage::Format_RGB888, 2);
    QVERIFY(changed.save(path));
    auto source = ImageSource::open(path, 0, cache, &error, ImageSource::Storage::Pyramid);
    QVERIFY2(source, qPrintable(error));
    QVERIFY(!source->isComplete());
    QVERIFY(buildPyramid(*source));
    verifyTiles(*source, changed);
}

void TestRaster::incompleteCacheRebuilt()
{
    const QImage image = pattern(700, 400, QImage::Format_Grayscale8);
    const QString path = file(QStringLiteral("incomplete.png"));
    const QString cache = cacheDir(QStringLiteral("incomplete"));
    QVERIFY(image.save(path));
    QString error;
    {
        auto source = ImageSource::open(path, 0, cache, &error, ImageSource::Storage::Pyramid);
        QVERIFY(buildPyramid(*source));
    }
    // A crash before the manifest was written.
    QVERIFY(QFile::remove(QDir(cache).filePath(QStringLiteral("manifest.json"))));
    {
        auto source = ImageSource::open(path, 0, cache, &error, ImageSource::Storage::Pyramid);
        QVERIFY(!source->isComplete());
        QVERIFY(!source->isReady(0, 0, 0));
        QVERIFY(buildPyramid(*source));
    }
    // A damaged index.
    QFile index(QDir(cache).filePath(QStringLiteral("index.bin")));
    QVERIFY(index.open(QIODevice::ReadWrite));
    QVERIFY(index.resize(index.size() - 8));
    index.close();
    auto source = ImageSource::open(path, 0, cache, &error, ImageSource::Storage::Pyramid);
    QVERIFY(!source->isComplete());
    QVERIFY(buildPyramid(*source));
    verifyTiles(*source, image);
}

void TestRaster::cancelledBuildLeavesIncompleteCache()
{
    const QString path = file(QStringLiteral("cancel.png"));
    const QString cache = cacheDir(QStringLiteral("cancel"));
    QVERIFY(pattern(600, 600, QImage::Format_Grayscale8).save(path));
    QString error;
    {
        auto source = ImageSource::open(path, 0, cache, &error, ImageSource::Storage::Pyramid);
        std::unique_ptr<PyramidBuildJob> job = source->createBuildJob();
        connect(source.get(), &ImageSource::tilesReady, job.get(), [&] { job->cancel(); });
        QCOMPARE(job->execute(), rwb::project::Job::State::Cancelled);
        QVERIFY(!source->isComplete());
        QVERIFY(source->isReady(0, 0, 0));
    }
    auto source = ImageSource::open(path, 0, cache, &error, ImageSource::Storage::Pyramid);
    QVERIFY(!source->isComplete());
    QVERIFY(source->createBuildJob());
}

void TestRaster::largeImageBuiltWithBoundedMemory()
{
    // 12000 × 3000 gray: 36 MB decoded. The build may hold at most a quarter of it.
    const QString path = file(QStringLiteral("linescan.jpg"));
    {
        QImage image(12000, 3000, QImage::Format_Grayscale8);
        for (int y = 0; y < image.height(); ++y) {
            uchar *row = image.scanLine(y);
            for (int x = 0; x < image.width(); ++x)
                row[x] = uchar((x / 3 + y / 5) & 0xFF);
        }
        QVERIFY(image.save(path, "JPEG", 85));
    }
    QString error;
    auto source = ImageSource::open(path, 0, cacheDir(QStringLiteral("linescan")), &error);
    QVERIFY2(source, qPrintable(error));
    QVERIFY(!source->isInMemory());
    qint64 peak = 0;
    QVERIFY(buildPyramid(*source, &peak));
    const qint64 decoded = source->info().decodedBytes();
    QVERIFY2(
        peak > 0 && peak < decoded / 4, qPrintable(QStringLiteral("peak %1 of decoded %2").arg(peak).arg(decoded)));
    QCOMPARE(source->levelCount(), 7); // 12000 → 6000 → … → 188 px wide
    QVERIFY(source->isReady(0, 46, 11));
    QCOMPARE(source->tile(0, 46, 11).size(), QSize(12000 - 46 * 256, 3000 - 11 * 256));
    // JPEG: a 1/8 preview.
    QCOMPARE(source->preview().size(), QSize(1500, 375));
}

void TestRaster::badInput_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("problem");

    QByteArray png;
    {
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        pattern(400, 300, QImage::Format_RGB888).save(&buffer, "PNG");
    }
    QByteArray jpeg;
    {
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        pattern(400, 300, QImage::Format_RGB888).save(&buffer, "JPEG");
    }
    QByteArray hugeJpeg = jpeg;
    const qsizetype sof = hugeJpeg.indexOf(QByteArray("\xFF\xC0", 2));
    QVERIFY(sof > 0);
    for (int i = 0; i < 4; ++i)
        hugeJpeg[sof + 5 + i] = char(i % 2 ? 0xE8 : 0xFD); // 65000 × 65000

    QTest::newRow("missing") << "missing.png" << QByteArray() << 0 << "does not exist";
    QTest::newRow("empty") << "empty.png" << QByteArray("") << 0 << "empty";
    QTest::newRow("garbage") << "garbage.png" << QByteArray(5000, 'x') << 0 << "unsupported";
    QTest::newRow("text") << "notes.tif" << QByteArray("just some text\n") << 0 << "unsupported";
    QTest::newRow("truncated png") << "cut.png" << png.left(png.size() / 2) << 0 << "PNG";
    QTest::newRow("damaged png") << "bad.png" << png.left(40) + QByteArray(png.size() - 40, '\x55') << 0 << "PNG";
    QTest::newRow("truncated jpeg") << "cut.jpg" << jpeg.left(jpeg.size() / 2) << 0 << "truncated";
    QTest::newRow("gigantic jpeg") << "huge.jpg" << hugeJpeg << 0 << "larger than";
    QTest::newRow("page of a jpeg") << "page.jpg" << jpeg << 1 << "page 2";
}

void TestRaster::badInput()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(int, page);
    QFETCH(QString, problem);

    const QString path = file(name);
    if (!content.isNull()) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(content);
    }
    QString error;
    auto source = ImageSource::open(path, page, cacheDir(name), &error);
    QVERIFY(!source);
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(error.contains(problem, Qt::CaseInsensitive), qPrintable(error));
}

void TestRaster::unsupportedTiffLayout()
{
    const QString path = file(QStringLiteral("gray-alpha.tif"));
    TIFF *tiff = TIFFOpen(QFile::encodeName(path).constData(), "w");
    QVERIFY(tiff);
    TIFFSetField(tiff, TIFFTAG_IMAGEWIDTH, uint32_t(4));
    TIFFSetField(tiff, TIFFTAG_IMAGELENGTH, uint32_t(4));
    TIFFSetField(tiff, TIFFTAG_BITSPERSAMPLE, uint16_t(8));
    TIFFSetField(tiff, TIFFTAG_SAMPLESPERPIXEL, uint16_t(2));
    TIFFSetField(tiff, TIFFTAG_PHOTOMETRIC, PHOTOMETRIC_MINISBLACK);
    TIFFSetField(tiff, TIFFTAG_PLANARCONFIG, PLANARCONFIG_CONTIG);
    const uint16_t extra = EXTRASAMPLE_UNASSALPHA;
    TIFFSetField(tiff, TIFFTAG_EXTRASAMPLES, uint16_t(1), &extra);
    uchar row[8] = {};
    for (uint32_t y = 0; y < 4; ++y)
        TIFFWriteScanline(tiff, row, y, 0);
    TIFFClose(tiff);

    QString error;
    QVERIFY(!RasterReader::open(path, 0, &error));
    QVERIFY2(error.contains(path) && error.contains(QLatin1String("2 samples")), qPrintable(error));
}

void TestRaster::damageFoundWhileBuilding()
{
    // A large image is only decoded by the build job: the job fails naming the file and the
    // cache stays incomplete.
    const QString path = file(QStringLiteral("cut.jpg"));
    QVERIFY(pattern(2000, 1500, QImage::Format_RGB888).save(path, "JPEG", 80));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(f.size() * 2 / 3));
    }
    QString error;
    auto source = ImageSource::open(path, 0, cacheDir(QStringLiteral("cut")), &error, ImageSource::Storage::Pyramid);
    QVERIFY2(source, qPrintable(error));
    std::unique_ptr<PyramidBuildJob> job = source->createBuildJob();
    QCOMPARE(job->execute(), rwb::project::Job::State::Failed);
    QVERIFY2(job->failureMessage().contains(path), qPrintable(job->failureMessage()));
    QVERIFY(!source->isComplete());
}

void TestRaster::displayMappingLut()
{
    DisplayMapping window;
    window.low = 50;
    window.high = 150;
    DisplayRenderer renderer(window, 8);
    QCOMPARE(renderer.map(0), quint8(0));
    QCOMPARE(renderer.map(50), quint8(0));
    QCOMPARE(renderer.map(100), quint8(128));
    QCOMPARE(renderer.map(150), quint8(255));
    QCOMPARE(renderer.map(255), quint8(255));

    window.gamma = 2.0;
    renderer.setMapping(window, 8);
    QCOMPARE(renderer.map(100), quint8(180)); // 0.5^(1/2) × 255
    window.gamma = 1.0;
    window.invert = true;
    renderer.setMapping(window, 8);
    QCOMPARE(renderer.map(50), quint8(255));
    QCOMPARE(renderer.map(150), quint8(0));

    DisplayMapping deep;
    deep.low = 1000;
    deep.high = 3000;
    renderer.setMapping(deep, 16);
    QCOMPARE(renderer.map(999), quint8(0));
    QCOMPARE(renderer.map(2000), quint8(128));
    QCOMPARE(renderer.map(3000), quint8(255));
    QCOMPARE(renderer.map(65535), quint8(255));

    // Identity leaves 8-bit data as it is and maps 16 bits to their high byte (rounded).
    renderer.setMapping(DisplayMapping::identity(8), 8);
    for (int v = 0; v < 256; ++v)
        QCOMPARE(renderer.map(v), quint8(v));

    // Rendering never touches the source.
    const QImage raw = pattern(256, 256, QImage::Format_Grayscale16);
    const QImage copy = raw.copy();
    renderer.setMapping(deep, 16);
    const QImage shown = renderer.render(raw);
    QCOMPARE(shown.format(), QImage::Format_Grayscale8);
    QVERIFY(samePixels(raw, copy));
    QCOMPARE(int(shown.constScanLine(3)[5]), int(renderer.map(int(sampleAt(raw, 5, 3, 0)))));
}

void TestRaster::autoLevelsFindsUsedBits()
{
    // 12-bit data in a 16-bit image, values 100…4000.
    QImage image(100, 40, QImage::Format_Grayscale16);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            setSample(&image, x, y, 0, quint32(100 + (x + y * image.width()) * 3900 / 3999));
    }
    const DisplayMapping mapping = DisplayMapping::autoLevels(image, 0.0, 100.0);
    QCOMPARE(mapping.low, 100.0);
    QCOMPARE(mapping.high, 4000.0);
    const DisplayMapping clipped = DisplayMapping::autoLevels(image, 1.0, 99.0);
    QVERIFY(clipped.low > 100 && clipped.low < 200);
    QVERIFY(clipped.high > 3900 && clipped.high < 4000);

    const DisplayMapping flat = DisplayMapping::autoLevels(QImage(8, 8, QImage::Format_Grayscale8), 1, 99);
    QVERIFY(flat.high > flat.low);
}

void TestRaster::renderFormats()
{
    DisplayRenderer renderer(DisplayMapping::identity(16), 16);
    QImage rgba(2, 1, QImage::Format_RGBA64);
    const quint16 pixels[8] = { 0xFFFF, 0x8080, 0x0000, 0xFFFF, 0x1234, 0x5678, 0x9ABC, 0x0000 };
    std::memcpy(rgba.scanLine(0), pixels, sizeof pixels);
    const QImage shown = renderer.render(rgba);
    QCOMPARE(shown.format(), QImage::Format_ARGB32_Premultiplied);
    QCOMPARE(shown.pixel(0, 0), qRgba(255, 128, 0, 255));
    QCOMPARE(qAlpha(shown.pixel(1, 0)), 0);

    // 8-bit tiles through a 16-bit table, and the other way round.
    const QImage rgb = pattern(16, 4, QImage::Format_RGB888);
    const QImage rgbShown = renderer.render(rgb);
    QCOMPARE(rgbShown.format(), QImage::Format_RGB32);
    QCOMPARE(rgbShown.pixel(3, 2), rgb.pixel(3, 2));
    DisplayRenderer eight(DisplayMapping::identity(8), 8);
    const QImage gray = pattern(16, 4, QImage::Format_Grayscale16);
    QCOMPARE(int(eight.render(gray).constScanLine(1)[2]), int(sampleAt(gray, 2, 1, 0) >> 8));

    // Fast: a 256² 16-bit tile well under a millisecond (generous bound for loaded CI).
    const QImage tile = pattern(256, 256, QImage::Format_Grayscale16);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 10; ++i)
        QVERIFY(!renderer.render(tile).isNull());
    QVERIFY2(timer.nsecsElapsed() / 10 < 5'000'000, qPrintable(QString::number(timer.nsecsElapsed() / 10)));
}

QTEST_GUILESS_MAIN(TestRaster)
#include "tst_raster.moc"
