#pragma once

#include <QtGlobal>

#include <vector>

namespace rwb::timeseries {

/// Rule-based assist for signals (no model): each finds candidate ranges or change points in
/// one channel, which the annotator stores as proposals (source "rule") to accept or reject.
/// NaN samples (gaps) never start, extend or end a finding.
class SignalRules
{
public:
    struct Finding
    {
        qint64 start; ///< first sample
        qint64 end; ///< one past the last sample (start + 1 for a change point)
        double score; ///< how strong: the peak |z|, the excess over the threshold, the CUSUM
    };

    /// Runs where the value lies outside [low, high] for at least \a minLength samples.
    static std::vector<Finding> threshold(const float *x, qint64 n, double low, double high, qint64 minLength = 1);
    /// Runs where |x − mean| / stddev over the \a window samples before exceeds \a z.
    static std::vector<Finding> rollingZScore(const float *x, qint64 n, qint64 window, double z, qint64 minLength = 1);
    /// Two-sided CUSUM change points: the cumulative sum of standardised deviations beyond
    /// \a drift (in standard deviations of the first \a warmup samples) crossing \a limit.
    static std::vector<Finding> cusum(const float *x, qint64 n, double drift, double limit, qint64 warmup = 1000);
};

} // namespace rwb::timeseries
