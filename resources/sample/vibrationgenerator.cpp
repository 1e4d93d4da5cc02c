#include "vibrationgenerator.h"

#include "samplerandom.h"

#include <QCoreApplication>
#include <QFile>

#include <sndfile.h>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <vector>

namespace rwb::sample {

bool VibrationGenerator::generate(const QString &filePath, double seconds, quint64 seed)
{
    SampleRandom rng(seed ^ 0x76696272ULL);
    const auto frames = sf_count_t(std::llround(seconds * sampleRate));
    m_chatterStart = seconds * 0.55;
    m_chatterEnd = m_chatterStart + std::min(4.0, seconds * 0.15);
    const double rollHz = 7.3; // work roll revolutions at threading speed
    const double chatterHz = 148.0;

    std::vector<short> samples(static_cast<size_t>(frames));
    for (sf_count_t i = 0; i < frames; ++i) {
        const double t = double(i) / sampleRate;
        double v = 0.20 * std::sin(2 * std::numbers::pi * rollHz * t)
            + 0.06 * std::sin(4 * std::numbers::pi * rollHz * t) + 0.03 * std::sin(2 * std::numbers::pi * 50.0 * t)
            + 0.04 * rng.normal();
        if (t >= m_chatterStart && t <= m_chatterEnd) {
            const double phase = (t - m_chatterStart) / (m_chatterEnd - m_chatterStart);
            v += 0.55 * std::sin(std::numbers::pi * phase) * std::sin(2 * std::numbers::pi * chatterHz * t);
        }
        samples[size_t(i)] = short(std::lround(std::clamp(v, -1.0, 1.0) * 32000));
    }

    SF_INFO info {};
    info.channels = 1;
    info.samplerate = sampleRate;
    info.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
    SNDFILE *file = sf_open(QFile::encodeName(filePath).constData(), SFM_WRITE, &info);
    if (!file) {
        m_errorString = QString::fromLocal8Bit(sf_strerror(nullptr));
        return false;
    }
    const sf_count_t written = sf_writef_short(file, samples.data(), frames);
    const int closed = sf_close(file);
    if (written != frames || closed != 0) {
        m_errorString
            = QCoreApplication::translate("rwb::sample::VibrationGenerator", "could not write %1").arg(filePath);
        QFile::remove(filePath);
        return false;
    }
    return true;
}

} // namespace rwb::sample
