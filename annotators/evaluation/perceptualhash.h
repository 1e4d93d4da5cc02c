#pragma once

#include <QImage>
#include <QString>

#include <optional>

namespace rwb::evaluation {

/// 64-bit DCT perceptual hash (pHash): the image in grey, shrunk to 32×32, its 8×8 lowest DCT
/// frequencies compared with their median. Resized, recompressed or slightly edited copies of
/// an image land within a few bits of each other. Written on OpenCV core's cv::dct, so that it
/// needs no contrib module (img_hash is not in every OpenCV build).
class PerceptualHash
{
public:
    /// Nullopt for a null image.
    static std::optional<quint64> compute(const QImage &image);
    /// Reads \a path shrunk while decoding where the format allows; nullopt when unreadable.
    static std::optional<quint64> computeFile(const QString &path);
    static int distance(quint64 a, quint64 b);
};

} // namespace rwb::evaluation
