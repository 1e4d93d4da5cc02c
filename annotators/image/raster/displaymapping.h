#pragma once

#include <QImage>

namespace rwb::image {

/// How raw samples become screen brightness: a window [low, high] in sample units (0–255 or
/// 0–65535) stretched to black…white, a gamma curve, optional inversion. Display only: it
/// never changes pixels, annotations or exports. Brightness/contrast controls are the
/// window's centre and width.
struct DisplayMapping
{
    double low = 0;
    double high = 255;
    /// Output = t^(1/gamma) for t in [0, 1] across the window: above 1 lifts dark tones.
    double gamma = 1.0;
    bool invert = false;

    /// The full range of `bitsPerSample`, linear: what the file says, unchanged.
    static DisplayMapping identity(int bitsPerSample);
    /// A window from the `lowPercent` and `highPercent` percentiles of the samples of
    /// `sample` (colour channels pooled, alpha ignored), e.g. 0.5 and 99.5: makes 16-bit data
    /// that only uses a few bits visible.
    static DisplayMapping autoLevels(const QImage &sample, double lowPercent, double highPercent);

    double centre() const { return (low + high) / 2; }
    double width() const { return high - low; }
    /// The display brightness in [0, 1] of a sample of `value` (sample units), before quantisation.
    double apply(double value) const;

    bool operator==(const DisplayMapping &) const = default;
};

} // namespace rwb::image
