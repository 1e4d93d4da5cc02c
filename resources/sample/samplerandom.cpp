#include "samplerandom.h"

#include <cmath>
#include <numbers>

namespace rwb::sample {

namespace {

quint64 rotl(quint64 value, int shift)
{
    return (value << shift) | (value >> (64 - shift));
}

} // namespace

SampleRandom::SampleRandom(quint64 seed)
{
    quint64 s = seed;
    for (quint64 &word : m_state) {
        s += 0x9e3779b97f4a7c15ULL;
        word = mix(s);
    }
}

quint64 SampleRandom::mix(quint64 value)
{
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31);
}

quint64 SampleRandom::hash(quint64 seed, qint64 a, qint64 b)
{
    const quint64 h = mix(seed ^ (static_cast<quint64>(a) * 0x9e3779b97f4a7c15ULL));
    return mix(h ^ (static_cast<quint64>(b) * 0xc2b2ae3d27d4eb4fULL));
}

float SampleRandom::hashToSigned(quint64 seed, qint64 a, qint64 b)
{
    // 24 random bits give an exactly representable float in [-1, 1).
    return static_cast<float>(hash(seed, a, b) >> 40) * (2.0f / 16777216.0f) - 1.0f;
}

quint64 SampleRandom::next()
{
    const quint64 result = rotl(m_state[1] * 5, 7) * 9;
    const quint64 t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotl(m_state[3], 45);
    return result;
}

double SampleRandom::uniform()
{
    return static_cast<double>(next() >> 11) * 0x1.0p-53;
}

double SampleRandom::uniform(double low, double high)
{
    return low + (high - low) * uniform();
}

int SampleRandom::bounded(int low, int high)
{
    if (high <= low)
        return low;
    const quint64 span = static_cast<quint64>(static_cast<qint64>(high) - low) + 1;
    return static_cast<int>(low + static_cast<qint64>(next() % span));
}

double SampleRandom::normal()
{
    if (m_hasSpareNormal) {
        m_hasSpareNormal = false;
        return m_spareNormal;
    }
    double u = uniform();
    while (u <= 0.0)
        u = uniform();
    const double v = uniform();
    const double radius = std::sqrt(-2.0 * std::log(u));
    const double angle = 2.0 * std::numbers::pi * v;
    m_spareNormal = radius * std::sin(angle);
    m_hasSpareNormal = true;
    return radius * std::cos(angle);
}

} // namespace rwb::sample
