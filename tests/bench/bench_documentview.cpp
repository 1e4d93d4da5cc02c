// Document view frame time with 20 000 spans (issue 5: ≤ 16 ms per frame while scrolling).
// Run: build/tests/bench/bench_documentview
// - text view: a 200 000-line log with 20 000 spans, scrolled a page at a time;
// - PDF view: a 100-page PDF with 200 spans per page (20 000), scrolled 200 px at a time, the
//   text layer of the pages already extracted (it is extracted once per page, in a cache).
// Each frame is a scroll plus a paint of the whole viewport into an image (what the backing
// store gets), so that the figure does not depend on the window being exposed.
#include "document/pdfdocument.h"
#include "document/textdocument.h"
#include "document/view/pdfview.h"
#include "document/view/textview.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QScrollBar>
#include <QTemporaryDir>

#include <ctime>

using namespace rwb::document;

namespace {

QTemporaryDir &scratch()
{
    static QTemporaryDir dir;
    return dir;
}

/// CPU time of the GUI thread in ms: on a shared, loaded machine the wall time of a frame also
/// holds the time other processes (and the page renderer's threads) had the cores.
double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

void report(benchmark::State &state, const QList<double> &frames, const QList<double> &cpu)
{
    auto put = [&state](const char *prefix, QList<double> sorted) {
        std::sort(sorted.begin(), sorted.end());
        const std::string p(prefix);
        state.counters[p + "median_ms"] = sorted.value(sorted.size() / 2);
        state.counters[p + "p95_ms"] = sorted.value(sorted.size() * 95 / 100);
        state.counters[p + "max_ms"] = sorted.isEmpty() ? 0 : sorted.last();
    };
    state.counters["frames"] = double(frames.size());
    put("wall_", frames);
    put("cpu_", cpu);
}

void BM_TextViewScroll20kSpans(benchmark::State &state)
{
    const QString path = scratch().filePath(QStringLiteral("big.log"));
    {
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        for (int i = 0; i < 200000; ++i)
            f.write(QStringLiteral("2024-05-01T10:%1 pump P-101 主泵出口压力 %2 bar, seal temperature ok\n")
                        .arg(i % 60, 2, 10, QLatin1Char('0'))
                        .arg(i % 97)
                        .toUtf8());
    }
    TextDocument doc;
    QString error;
    doc.open(path, &error);
    doc.waitForIndex();
    TextView view;
    view.resize(1200, 900);
    view.show();
    view.setDocument(&doc);
    QList<TextView::SpanItem> spans;
    for (int i = 0; i < 20000; ++i) {
        const qint64 line = qint64(i) * 10; // one span every 10 lines
        const qint64 s = doc.lineStart(line) + 26;
        spans.append({ i + 1, s, s + 5, QColor::fromHsv((i * 37) % 360, 200, 220), i % 3 == 0 });
    }
    view.setSpans(spans);
    QCoreApplication::processEvents();
    QImage frame(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    QList<double> frames;
    QList<double> cpu;
    for (auto _ : state) {
        for (int step = 0; step < 300; ++step) {
            QElapsedTimer t;
            t.start();
            const double c0 = threadCpuMs();
            view.verticalScrollBar()->setValue(step * view.verticalScrollBar()->pageStep() / 2);
            view.viewport()->render(&frame);
            frames.append(double(t.nsecsElapsed()) / 1e6);
            cpu.append(threadCpuMs() - c0);
        }
    }
    report(state, frames, cpu);
}
BENCHMARK(BM_TextViewScroll20kSpans)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_PdfViewScroll20kSpans(benchmark::State &state)
{
    const QString path = scratch().filePath(QStringLiteral("manual.pdf"));
    {
        QPdfWriter writer(path);
        writer.setResolution(72);
        QPainter p(&writer);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSize(9);
        p.setFont(font);
        for (int page = 0; page < 100; ++page) {
            if (page > 0)
                writer.newPage();
            for (int line = 0; line < 50; ++line)
                p.drawText(QPointF(40, 50 + line * 15),
                    QStringLiteral("pump seal bearing valve outlet pressure flow check %1").arg(line));
        }
    }
    QString error;
    std::unique_ptr<PdfDocument> pdf = PdfDocument::load(path, &error);
    QList<QSizeF> sizes;
    for (int p = 0; p < pdf->pageCount(); ++p)
        sizes.append(pdf->pageSize(p));
    PdfView view;
    view.resize(1200, 900);
    view.show();
    PdfDocument *doc = pdf.get();
    view.setDocument(path, sizes, [doc](int page) { return doc->pageText(page); });
    QList<PdfView::SpanItem> spans;
    qint64 id = 0;
    for (int page = 0; page < pdf->pageCount(); ++page) {
        const qint64 n = view.pageText(page).size();
        for (int k = 0; k < 200; ++k) {
            const qint64 s = (k * 13) % std::max<qint64>(1, n - 6);
            spans.append({ ++id, page, s, s + 5, QColor::fromHsv(int(id * 37 % 360), 200, 220), k % 3 == 0 });
        }
    }
    view.setSpans(spans);
    QCoreApplication::processEvents();
    QImage frame(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    QList<double> frames;
    QList<double> cpu;
    for (auto _ : state) {
        for (int step = 0; step < 300; ++step) {
            QElapsedTimer t;
            t.start();
            const double c0 = threadCpuMs();
            view.verticalScrollBar()->setValue(step * 200);
            view.viewport()->render(&frame);
            frames.append(double(t.nsecsElapsed()) / 1e6);
            cpu.append(threadCpuMs() - c0);
        }
    }
    state.counters["spans"] = double(spans.size());
    report(state, frames, cpu);
}
BENCHMARK(BM_PdfViewScroll20kSpans)->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
