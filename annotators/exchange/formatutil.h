#pragma once

#include "imagedataset.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QString>

namespace rwb::exchange {

/// Small helpers shared by the format writers and readers.
class FormatUtil
{
    Q_DECLARE_TR_FUNCTIONS(rwb::exchange::FormatUtil)
public:
    /// Shortest text that reads back as the same double ("12", "0.5", "1e-07").
    static QByteArray number(double value);
    /// Appends number(value) to \a out without a temporary (exporters write millions of numbers).
    static void appendNumber(QByteArray &out, double value);
    /// The whole of \a file with 64 bytes of spare capacity after the text, which lets the
    /// COCO reader parse it in place rather than copying hundreds of MB.
    static QByteArray readAllPadded(QFile &file);
    /// Appends the decimal text of \a value.
    static void appendInteger(QByteArray &out, qint64 value);
    /// The file name without its last suffix ("a.b.png" → "a.b").
    static QString stem(const QString &fileName);
    /// Deterministic PNG bytes of \a image (no text chunks, fixed compression).
    static QByteArray png(const QImage &image);
    /// The pixel size of the image file at \a path, invalid when it cannot be read.
    static QSize imageSize(const QString &path);
    /// "train", "val", "test"; \a none for images without a split.
    static QString splitFolder(project::Split split, const QString &none = QStringLiteral("train"));
    /// Escapes &, <, >, " for XML attribute and text content.
    static QByteArray xmlEscape(const QString &text);
    /// A user-facing message: a shape kind the format cannot express, on which image.
    static QString cannotExpress(
        const QString &format, const QString &kind, const QString &className, const QString &imageFile);
    /// The mask of an area shape clipped to the image (nullopt for non-area shapes).
    static std::optional<image::RleMask> areaMask(const image::Shape &shape, int width, int height);
};

} // namespace rwb::exchange
