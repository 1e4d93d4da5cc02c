// Evaluation: COCO-style evaluation of 5 000 images with 10 or 20 detections each (issue
// target: 50 000 predictions ≤ 2 s), and near-duplicate search over 100 000 perceptual hashes
// (target ≤ 1 s) against the all-pairs comparison as the baseline, measured in the same run.

#include "evaluation/cocoevaluator.h"
#include "evaluation/nearduplicatefinder.h"

#include <benchmark/benchmark.h>

#include <QRandomGenerator>

using namespace rwb::evaluation;

namespace {
struct Data
{
    QList<qint64> images;
    QList<DetectionObject> truth, detections;
};

Data makeData(int images, int detectionsPerImage)
{
    QRandomGenerator rng(42);
    Data d;
    qint64 id = 0;
    for (int i = 1; i <= images; ++i) {
        d.images.append(i);
        const int objects = detectionsPerImage / 2;
        for (int n = 0; n < objects; ++n) {
            DetectionObject g;
            g.id = ++id;
            g.imageId = i;
            g.categoryId = 1 + rng.bounded(20);
            g.box = QRectF(rng.bounded(600), rng.bounded(400), 8 + rng.bounded(200), 8 + rng.bounded(200));
            g.area = g.box.width() * g.box.height();
            d.truth.append(g);
        }
        for (int n = 0; n < detectionsPerImage; ++n) {
            DetectionObject p;
            p.id = ++id;
            p.imageId = i;
            if (n < objects) {
                const DetectionObject &g = d.truth[d.truth.size() - objects + n];
                p.categoryId = rng.bounded(6) == 0 ? 1 + rng.bounded(20) : g.categoryId;
                p.box = g.box.translated(rng.bounded(20) - 10, rng.bounded(20) - 10);
            } else {
                p.categoryId = 1 + rng.bounded(20);
                p.box = QRectF(rng.bounded(600), rng.bounded(400), 8 + rng.bounded(200), 8 + rng.bounded(200));
            }
            p.area = p.box.width() * p.box.height();
            p.score = rng.generateDouble();
            d.detections.append(p);
        }
    }
    return d;
}

void BM_CocoEvaluate(benchmark::State &state)
{
    const Data d = makeData(int(state.range(0)), int(state.range(1)));
    double ap = 0;
    for (auto _ : state) {
        CocoEvaluator e;
        e.setImages(d.images);
        e.setGroundTruth(d.truth);
        e.setDetections(d.detections);
        ap = e.evaluate().stats()[0];
        benchmark::DoNotOptimize(ap);
    }
    state.counters["predictions"] = double(d.detections.size());
    state.counters["mAP"] = ap;
}
BENCHMARK(BM_CocoEvaluate)->Args({ 5000, 10 })->Args({ 5000, 20 })->Unit(benchmark::kMillisecond)->Iterations(3);

QList<NearDuplicateFinder::Item> makeHashes(int n)
{
    QRandomGenerator rng(7);
    QList<NearDuplicateFinder::Item> items;
    for (int i = 0; i < n; ++i) {
        quint64 h = rng.generate64();
        if (i % 100 == 1)
            h = items.last().hash ^ (quint64(1) << rng.bounded(64)); // a planted near copy
        items.append({ i, h });
    }
    return items;
}

void BM_NearDuplicates(benchmark::State &state)
{
    const auto items = makeHashes(int(state.range(0)));
    qsizetype pairs = 0;
    for (auto _ : state) {
        pairs = NearDuplicateFinder::find(items, 4).size();
        benchmark::DoNotOptimize(pairs);
    }
    state.counters["pairs"] = double(pairs);
}
BENCHMARK(BM_NearDuplicates)->Arg(100000)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_NearDuplicatesBruteForce(benchmark::State &state)
{
    const auto items = makeHashes(int(state.range(0)));
    qsizetype pairs = 0;
    for (auto _ : state) {
        pairs = NearDuplicateFinder::findBruteForce(items, 4).size();
        benchmark::DoNotOptimize(pairs);
    }
    state.counters["pairs"] = double(pairs);
}
BENCHMARK(BM_NearDuplicatesBruteForce)->Arg(100000)->Unit(benchmark::kMillisecond)->Iterations(1);
} // namespace

BENCHMARK_MAIN();
