#pragma once

#include "generatedimage.h"

#include <QSize>
#include <QString>
#include <QStringList>

namespace rwb::sample {

/// Writes synthetic hot-rolled steel strip surface images with defects drawn in, and returns the
/// ground truth geometry of every defect.
///
/// The rolling direction is along the image x axis. The background is a procedural texture
/// (streaks along the rolling direction, oxide-scale mottle, uneven illumination, sensor grain); the
/// defects are scratches, patches, inclusions, crazing, pitted surface and rolled-in scale. Images are rendered row by
/// row, so even a very large line-scan image needs little more memory than the image itself.
/// The same seed and settings always give byte-identical files.
class StripImageGenerator
{
public:
    enum class Format { Png, Jpeg, Tiff };

    StripImageGenerator();

    /// Defect classes that generated images draw from (default: allDefectClasses()).
    void setDefectClasses(const QStringList &classes);
    QStringList defectClasses() const { return m_defectClasses; }
    /// Number of defects per image for generate(); each image gets a count in [minimum, maximum].
    /// A defect that cannot be placed without overlapping another one is left out.
    void setDefectCountRange(int minimum, int maximum);
    int minimumDefectCount() const { return m_minimumDefects; }
    int maximumDefectCount() const { return m_maximumDefects; }
    /// JPEG quality 1..100, default 90.
    void setJpegQuality(int quality);

    /// Writes dir/baseName.<suffix> of the given size. bitDepth is 8 or 16; 16-bit images are written
    /// as Grayscale16 and need Png or Tiff. On failure the result has an empty fileName and
    /// errorString() says why.
    GeneratedImage generate(const QString &dir, const QString &baseName, QSize size, int bitDepth, quint64 seed,
        Format format = Format::Png);
    /// Writes one long 8-bit line-scan image (e.g. 20000 x 4000): like generate(), but the strip edges and
    /// the roller table beyond them are visible, and the number of defects scales with the strip area.
    GeneratedImage generateLineScan(
        const QString &dir, const QString &baseName, QSize size, quint64 seed, Format format = Format::Jpeg);

    QString errorString() const { return m_errorString; }

    static QStringList allDefectClasses();
    /// File name suffix without the dot: "png", "jpg" or "tif".
    static QString suffix(Format format);

private:
    GeneratedImage render(const QString &dir, const QString &baseName, QSize size, int bitDepth, quint64 seed,
        Format format, bool lineScan, int defectCount);

    QStringList m_defectClasses;
    int m_minimumDefects = 1;
    int m_maximumDefects = 4;
    int m_jpegQuality = 90;
    QString m_errorString;
};

} // namespace rwb::sample
