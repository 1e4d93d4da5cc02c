#include "signalrules.h"

#include <algorithm>
#include <cmath>

namespace rwb::timeseries {

namespace {
/// Turns a per-sample flag into runs of at least \a minLength samples.
template<typename Flag> std::vector<SignalRules::Finding> runs(qint64 n, qint64 minLength, Flag flag)
{
    std::vector<SignalRules::Finding> out;
    qint64 start = -1;
    double peak = 0;
    for (qint64 i = 0; i <= n; ++i) {
        double score = 0;
        const bool on = i < n && flag(i, score);
        if (on) {
            if (start < 0) {
                start = i;
                peak = 0;
            }
            peak = std::max(peak, score);
        } else if (start >= 0) {
            if (i - start >= minLength)
                out.push_back({ start, i, peak });
            start = -1;
        }
    }
    return out;
}
} // namespace

std::vector<SignalRules::Finding> SignalRules::threshold(
    const float *x, qint64 n, double low, double high, qint64 minLength)
{
    return runs(n, std::max<qint64>(1, minLength), [&](qint64 i, double &score) {
        const double v = x[i];
        if (std::isnan(v))
            return false;
        score = v > high ? v - high : low - v;
        return v < low || v > high;
    });
}

std::vector<SignalRules::Finding> SignalRules::rollingZScore(
    const float *x, qint64 n, qint64 window, double z, qint64 minLength)
{
    window = std::max<qint64>(2, window);
    // Running sums over the trailing window of numbers (gaps are left out of the statistics).
    std::vector<double> zs(size_t(std::max<qint64>(0, n)), 0.0);
    double sum = 0;
    double sum2 = 0;
    qint64 count = 0;
    for (qint64 i = 0; i < n; ++i) {
        if (count >= window / 2 && !std::isnan(x[i])) {
            const double mean = sum / double(count);
            const double var = std::max(0.0, sum2 / double(count) - mean * mean);
            const double sd = std::sqrt(var);
            zs[size_t(i)] = sd > 0 ? std::abs(x[i] - mean) / sd : 0.0;
        }
        if (!std::isnan(x[i])) {
            sum += x[i];
            sum2 += double(x[i]) * x[i];
            ++count;
        }
        const qint64 leaving = i - window;
        if (leaving >= 0 && !std::isnan(x[leaving])) {
            sum -= x[leaving];
            sum2 -= double(x[leaving]) * x[leaving];
            --count;
        }
    }
    return runs(n, std::max<qint64>(1, minLength), [&](qint64 i, double &score) {
        score = zs[size_t(i)];
        return score > z;
    });
}

std::vector<SignalRules::Finding> SignalRules::cusum(
    const float *x, qint64 n, double drift, double limit, qint64 warmup)
{
    std::vector<Finding> out;
    // Reference level and spread from the first numbers.
    double sum = 0;
    double sum2 = 0;
    qint64 count = 0;
    for (qint64 i = 0; i < n && count < std::max<qint64>(2, warmup); ++i) {
        if (!std::isnan(x[i])) {
            sum += x[i];
            sum2 += double(x[i]) * x[i];
            ++count;
        }
    }
    if (count < 2)
        return out;
    double mean = sum / double(count);
    double sd = std::sqrt(std::max(0.0, sum2 / double(count) - mean * mean));
    if (sd <= 0)
        sd = 1.0;
    double up = 0;
    double down = 0;
    for (qint64 i = 0; i < n; ++i) {
        if (std::isnan(x[i]))
            continue;
        const double u = (x[i] - mean) / sd;
        up = std::max(0.0, up + u - drift);
        down = std::max(0.0, down - u - drift);
        if (up > limit || down > limit) {
            out.push_back({ i, i + 1, std::max(up, down) });
            // Restart from the new level: the next change is measured against it.
            mean = x[i];
            up = 0;
            down = 0;
        }
    }
    return out;
}

} // namespace rwb::timeseries
