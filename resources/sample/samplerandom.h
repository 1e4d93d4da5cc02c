#pragma once

#include <QtGlobal>

namespace rwb::sample {

/// Small deterministic PRNG (xoshiro256**, seeded through splitmix64).
/// The standard library distributions are not used on purpose: their output differs between library
/// versions, and the sample files must be byte-identical for a given seed.
class SampleRandom
{
public:
    explicit SampleRandom(quint64 seed);

    quint64 next();
    /// Uniform in [0, 1).
    double uniform();
    /// Uniform in [low, high).
    double uniform(double low, double high);
    /// Uniform integer in [low, high], both inclusive.
    int bounded(int low, int high);
    /// Standard normal deviate (Box-Muller).
    double normal();
    double normal(double mean, double sigma) { return mean + sigma * normal(); }
    bool chance(double probability) { return uniform() < probability; }

    /// splitmix64 finaliser: a good 64-bit mixing function.
    static quint64 mix(quint64 value);
    /// Stateless hash of a seed and two coordinates, for value noise.
    static quint64 hash(quint64 seed, qint64 a, qint64 b);
    /// hash() mapped to [-1, 1).
    static float hashToSigned(quint64 seed, qint64 a, qint64 b);

private:
    quint64 m_state[4];
    double m_spareNormal = 0.0;
    bool m_hasSpareNormal = false;
};

} // namespace rwb::sample
