// Document annotator benchmarks (issue 5). Run: build/tests/bench/bench_document
// - first page visible: open a 500-page PDF and render its first page at screen resolution;
// - text extraction with character boxes (PdfDocument::pageText over every page), pages/s, and
//   in the same run `pdftotext` on the same file (ratio ≥ 0.5 wanted);
// - gazetteer: 10 000 terms over RWB_BENCH_TEXT_MB megabytes of text (default 100), MB/s.
// - a text file of RWB_BENCH_TEXT_MB MB: time until its first lines can be shown (map, detect
//   the encoding, index the first 4 MB as the view does) and the background line index, MB/s.
// The PDF (RWB_BENCH_PDF_PAGES pages, default 500) is written once with QPdfWriter.
#include "document/gazetteer.h"
#include "document/pagerenderer.h"
#include "document/pdfdocument.h"
#include "document/textdocument.h"

#include <benchmark/benchmark.h>

#include <QElapsedTimer>
#include <QFile>
#include <QFont>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace rwb::document;

namespace {

int pdfPages()
{
    const int n = qEnvironmentVariableIntValue("RWB_BENCH_PDF_PAGES");
    return n > 0 ? n : 500;
}

const QStringList &words()
{
    static const QStringList w = [] {
        QStringList out;
        for (const char *s : { "pump", "pressure", "seal", "bearing", "valve", "outlet", "temperature", "vibration",
                 "motor", "shaft", "coupling", "impeller", "casing", "flow", "rate", "leak", "wear", "noise", "check",
                 "replace", "inspect", "lubricate", "tighten", "align", "measure", "record", "daily", "weekly" })
            out.append(QString::fromLatin1(s));
        for (const char *s : { "主泵", "压力", "密封", "轴承", "阀门", "出口", "温度", "振动", "电机", "联轴器", "叶轮",
                 "泄漏", "磨损", "检查", "更换", "润滑" })
            out.append(QString::fromUtf8(s));
        return out;
    }();
    return w;
}

QString pdfPath()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        const QString p = dir.filePath(QStringLiteral("manual.pdf"));
        QPdfWriter writer(p);
        writer.setResolution(72);
        writer.setPageSize(QPageSize(QPageSize::A4));
        QPainter painter(&writer);
        QFont font(QStringLiteral("WenQuanYi Micro Hei"));
        font.setPointSize(10);
        painter.setFont(font);
        QRandomGenerator rng(5);
        for (int page = 0; page < pdfPages(); ++page) {
            if (page > 0)
                writer.newPage();
            painter.drawText(QPointF(40, 40), QStringLiteral("Section %1 — 第 %1 节").arg(page + 1));
            for (int line = 0; line < 45; ++line) {
                QString text;
                for (int w = 0; w < 10; ++w)
                    text += words().at(int(rng.bounded(words().size()))) + QLatin1Char(' ');
                painter.drawText(QPointF(40, 70 + line * 16), text);
            }
        }
        return p;
    }();
    return path;
}

void BM_FirstPageVisible(benchmark::State &state)
{
    const QString path = pdfPath();
    for (auto _ : state) {
        // What the document annotator does on open: load, read every page's size for the
        // layout, then get the first page from the background renderer at screen resolution.
        QElapsedTimer timer;
        timer.start();
        QString error;
        std::unique_ptr<PdfDocument> pdf = PdfDocument::load(path, &error);
        if (!pdf) {
            state.SkipWithError(qPrintable(error));
            return;
        }
        QList<QSizeF> sizes;
        for (int p = 0; p < pdf->pageCount(); ++p)
            sizes.append(pdf->pageSize(p));
        const double layoutMs = double(timer.nsecsElapsed()) / 1e6;
        PageRenderer renderer(path, 2);
        renderer.request(0, 96);
        renderer.waitForDone();
        const QImage image = renderer.page(0, 96);
        benchmark::DoNotOptimize(image.constBits());
        state.SetIterationTime(double(timer.nsecsElapsed()) / 1e9);
        state.counters["pages"] = pdf->pageCount();
        state.counters["layout_ms"] = layoutMs;
    }
}
BENCHMARK(BM_FirstPageVisible)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(5);

void BM_TextExtractionVsPdftotext(benchmark::State &state)
{
    const QString path = pdfPath();
    for (auto _ : state) {
        QString error;
        std::unique_ptr<PdfDocument> pdf = PdfDocument::load(path, &error);
        QElapsedTimer timer;
        timer.start();
        qint64 chars = 0;
        for (int p = 0; p < pdf->pageCount(); ++p)
            chars += pdf->pageText(p).size();
        const double ours = double(timer.nsecsElapsed()) / 1e9;
        state.SetIterationTime(ours);
        // The baseline on the same file, in the same run.
        QElapsedTimer baseline;
        baseline.start();
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), { path, QStringLiteral("-") });
        pdftotext.waitForStarted();
        pdftotext.closeWriteChannel();
        qint64 outBytes = 0;
        while (pdftotext.waitForReadyRead(-1))
            outBytes += pdftotext.readAllStandardOutput().size();
        pdftotext.waitForFinished(-1);
        const double theirs = double(baseline.nsecsElapsed()) / 1e9;
        if (pdftotext.exitCode() != 0 || outBytes == 0) {
            state.SkipWithError("pdftotext failed (install poppler-utils)");
            return;
        }
        state.counters["chars"] = double(chars);
        state.counters["rwb_pages/s"] = pdf->pageCount() / ours;
        state.counters["pdftotext_pages/s"] = pdf->pageCount() / theirs;
        state.counters["ratio"] = theirs / ours;
    }
}
BENCHMARK(BM_TextExtractionVsPdftotext)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(1);

void BM_Gazetteer(benchmark::State &state)
{
    const int mb = qEnvironmentVariableIntValue("RWB_BENCH_TEXT_MB") > 0
        ? qEnvironmentVariableIntValue("RWB_BENCH_TEXT_MB")
        : 100;
    QRandomGenerator rng(7);
    Gazetteer g;
    // 10 000 terms: two- and three-word English phrases and Chinese compounds.
    while (g.termCount() < 10000) {
        const int n = 2 + int(rng.bounded(2));
        QString term;
        for (int i = 0; i < n; ++i) {
            const QString &w = words().at(int(rng.bounded(words().size())));
            if (!term.isEmpty() && w.at(0).unicode() < 0x80)
                term += QLatin1Char(' ');
            term += w;
        }
        g.addTerm(term);
    }
    g.build();
    // Documents of 1 MB each, as the pre-annotation job matches them.
    QList<QString> documents;
    qint64 bytes = 0;
    while (bytes < qint64(mb) << 20) {
        QString doc;
        qint64 docBytes = 0;
        while (docBytes < (1 << 20)) {
            const QString &w = words().at(int(rng.bounded(words().size())));
            doc += w;
            doc += rng.bounded(12) == 0 ? QLatin1Char('\n') : QLatin1Char(' ');
            docBytes += w.toUtf8().size() + 1;
        }
        bytes += docBytes;
        documents.append(doc);
    }
    for (auto _ : state) {
        qint64 matches = 0;
        for (const QString &doc : std::as_const(documents))
            matches += g.match(doc).size();
        state.counters["matches"] = double(matches);
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * bytes);
    state.counters["MB"] = double(bytes) / (1 << 20);
    state.counters["terms"] = g.termCount();
}
BENCHMARK(BM_Gazetteer)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_OpenLargeText(benchmark::State &state)
{
    const int mb = qEnvironmentVariableIntValue("RWB_BENCH_TEXT_MB") > 0
        ? qEnvironmentVariableIntValue("RWB_BENCH_TEXT_MB")
        : 100;
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.log"));
    {
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        const QByteArray line = "2024-05-01T10:00:00.000Z P-101 pressure=4.20 bar 主泵出口压力正常 seal ok\n";
        QByteArray block;
        while (block.size() < (1 << 20))
            block += line;
        for (int i = 0; i < mb; ++i)
            f.write(block);
    }
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        TextDocument doc;
        QString error;
        doc.open(path, &error);
        doc.indexMore(4 << 20);
        const QString first = doc.line(0);
        benchmark::DoNotOptimize(first.size());
        const double visible = double(timer.nsecsElapsed()) / 1e6;
        QElapsedTimer index;
        index.start();
        doc.startIndexing();
        doc.waitForIndex();
        const double indexed = double(index.nsecsElapsed()) / 1e9;
        state.SetIterationTime(visible / 1e3);
        state.counters["first_lines_ms"] = visible;
        state.counters["index_MB/s"] = double(doc.byteSize()) / (1 << 20) / indexed;
        state.counters["lines"] = double(doc.lineCount());
    }
}
BENCHMARK(BM_OpenLargeText)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(1);

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv); // fonts for QPdfWriter
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
