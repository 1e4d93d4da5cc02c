#include "nearduplicatefinder.h"

#include <algorithm>
#include <bit>
#include <vector>

namespace rwb::evaluation {

namespace {
NearDuplicateFinder::Pair makePair(const NearDuplicateFinder::Item &x, const NearDuplicateFinder::Item &y, int d)
{
    return x.assetId < y.assetId ? NearDuplicateFinder::Pair { x.assetId, y.assetId, d }
                                 : NearDuplicateFinder::Pair { y.assetId, x.assetId, d };
}

void sortPairs(QList<NearDuplicateFinder::Pair> &pairs)
{
    std::sort(
        pairs.begin(), pairs.end(), [](const auto &p, const auto &q) { return p.a != q.a ? p.a < q.a : p.b < q.b; });
}

inline int byteAt(quint64 h, int chunk)
{
    return int((h >> (8 * chunk)) & 0xff);
}
} // namespace

QList<NearDuplicateFinder::Pair> NearDuplicateFinder::findBruteForce(const QList<Item> &items, int maxDistance)
{
    QList<Pair> out;
    for (qsizetype i = 0; i < items.size(); ++i) {
        for (qsizetype j = i + 1; j < items.size(); ++j) {
            const int d = std::popcount(items[i].hash ^ items[j].hash);
            if (d <= maxDistance)
                out.append(makePair(items[i], items[j], d));
        }
    }
    sortPairs(out);
    return out;
}

QList<NearDuplicateFinder::Pair> NearDuplicateFinder::find(const QList<Item> &items, int maxDistance)
{
    if (maxDistance > 7)
        return findBruteForce(items, maxDistance);
    QList<Pair> out;
    const int n = int(items.size());
    // Hashes bucketed by one byte, laid out contiguously so the inner loop streams through them.
    std::vector<quint64> hashes(static_cast<size_t>(n));
    std::vector<int> owner(static_cast<size_t>(n));
    std::vector<int> start(257);
    for (int chunk = 0; chunk < 8; ++chunk) {
        std::fill(start.begin(), start.end(), 0);
        for (const Item &it : items)
            ++start[size_t(byteAt(it.hash, chunk)) + 1];
        for (int b = 0; b < 256; ++b)
            start[size_t(b) + 1] += start[size_t(b)];
        std::vector<int> fill(start.begin(), start.end() - 1);
        for (int i = 0; i < n; ++i) {
            const int slot = fill[size_t(byteAt(items[i].hash, chunk))]++;
            hashes[size_t(slot)] = items[i].hash;
            owner[size_t(slot)] = i;
        }
        for (int b = 0; b < 256; ++b) {
            const int end = start[size_t(b) + 1];
            for (int x = start[size_t(b)]; x < end; ++x) {
                const quint64 h = hashes[size_t(x)];
                for (int y = x + 1; y < end; ++y) {
                    const quint64 diff = h ^ hashes[size_t(y)];
                    const int d = std::popcount(diff);
                    if (d > maxDistance)
                        continue;
                    // Report the pair only under the first byte the two share.
                    bool earlier = false;
                    for (int c = 0; c < chunk && !earlier; ++c)
                        earlier = byteAt(diff, c) == 0;
                    if (!earlier)
                        out.append(makePair(items[owner[size_t(x)]], items[owner[size_t(y)]], d));
                }
            }
        }
    }
    sortPairs(out);
    return out;
}

} // namespace rwb::evaluation
