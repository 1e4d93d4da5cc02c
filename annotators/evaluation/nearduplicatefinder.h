#pragma once

#include <QList>

namespace rwb::evaluation {

/// Pairs of perceptual hashes within a Hamming distance. Up to a distance of 7 it splits the
/// 64 bits into 8 bytes: two hashes that close agree in at least one byte (pigeonhole), so only
/// hashes sharing a byte value at the same place are compared (multi-index hashing); above 7 it
/// compares every pair.
class NearDuplicateFinder
{
public:
    struct Item
    {
        qint64 assetId;
        quint64 hash;
    };
    struct Pair
    {
        qint64 a; ///< the smaller asset id
        qint64 b;
        int distance;
        bool operator==(const Pair &other) const = default;
    };

    /// Each pair once, sorted by (a, b).
    static QList<Pair> find(const QList<Item> &items, int maxDistance);
    /// The all-pairs comparison, for tests and as the benchmark's baseline.
    static QList<Pair> findBruteForce(const QList<Item> &items, int maxDistance);
};

} // namespace rwb::evaluation
