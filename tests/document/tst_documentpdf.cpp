// PDFs through Poppler: bad files, the text layer with character boxes (selection → code-point
// offsets on English and Chinese pages written by the test), background rendering with its
// cache, search; OCR of a scanned page into the project, and the document migrations.
#include "testdocuments.h"

#include "document/documentmigrations.h"
#include "document/ocrjob.h"
#include "document/ocrstore.h"
#include "document/pagerenderer.h"
#include "document/pdfdocument.h"

#include "project/project.h"
#include "project/statement.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rwb::document;

class TestDocumentPdf : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { DocumentMigrations::registerSet(); }

    void badPdfs_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("encrypted") << "encrypted"
                                   << "password";
        QTest::newRow("damaged") << "damaged"
                                 << "damaged";
        QTest::newRow("not a pdf") << "text"
                                   << "damaged";
    }
    void badPdfs()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("manual-%1.pdf").arg(kind));
        if (kind == QLatin1String("encrypted")) {
            test::writeEncryptedPdf(path);
        } else {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(kind == QLatin1String("damaged")
                    ? QByteArray("%PDF-1.7\n1 0 obj\n<< /Type /Cat") + QByteArray(300, '\x9c')
                    : QByteArray("just some words\n"));
        }
        QString error;
        QVERIFY(!PdfDocument::load(path, &error));
        QVERIFY2(error.contains(QFileInfo(path).fileName()), qPrintable(error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void selectionToOffsets_data()
    {
        QTest::addColumn<QString>("family");
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("first"); // code points within the line
        QTest::addColumn<int>("last"); // inclusive
        QTest::addColumn<QString>("selected");
        QTest::newRow("english word") << "DejaVu Sans"
                                      << QStringList { "Check the pump pressure daily.", "Replace the seal." } << 0
                                      << 15 << 22 << "pressure";
        QTest::newRow("english across words")
            << "DejaVu Sans" << QStringList { "Check the pump pressure daily.", "Replace the seal." } << 1 << 0 << 15
            << "Replace the seal";
        QTest::newRow("chinese") << "WenQuanYi Micro Hei"
                                 << QStringList { "主泵出口压力下降", "检查机械密封和轴承温度" } << 1 << 2 << 5
                                 << "机械密封";
    }
    void selectionToOffsets()
    {
        QFETCH(QString, family);
        QFETCH(QStringList, lines);
        QFETCH(int, line);
        QFETCH(int, first);
        QFETCH(int, last);
        QFETCH(QString, selected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("manual.pdf"));
        const auto drawn = test::writeTextPdf(path, { lines });
        QString error;
        std::unique_ptr<PdfDocument> pdf = PdfDocument::load(path, &error);
        QVERIFY2(pdf, qPrintable(error));
        QCOMPARE(pdf->pageCount(), 1);
        const PageText text = pdf->pageText(0);
        QCOMPARE(text.text(), lines.join(QLatin1Char('\n')));
        // A drag from the left half of the first character to the right half of the last.
        const QRectF a = drawn[0][line].charRects.at(first);
        const QRectF b = drawn[0][line].charRects.at(last);
        const qint64 start = text.offsetAt(QPointF(a.left() + a.width() * 0.25, a.center().y()), false);
        const qint64 end = text.offsetAt(QPointF(b.right() - b.width() * 0.25, b.center().y()), true);
        qint64 lineStart = 0;
        for (int l = 0; l < line; ++l)
            lineStart += lines.at(l).size() + 1;
        QCOMPARE(start, lineStart + first);
        QCOMPARE(end, lineStart + last + 1);
        QCOMPARE(text.slice(start, end), selected);
        // Boxes from Poppler agree with where the text was drawn (within a point or two).
        QVERIFY(std::abs(text.box(start).left() - a.left()) < 2.0);
        QCOMPARE(text.rectsFor(start, end).size(), 1);
        QCOMPARE(text.find(selected), QList<qint64> { start });
    }

    void renderingInBackgroundWithCache()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pages.pdf"));
        QList<QStringList> pages;
        for (int i = 0; i < 12; ++i)
            pages.append(QStringList { QStringLiteral("Page %1").arg(i + 1) });
        test::writeTextPdf(path, pages);
        PageRenderer renderer(path, 2);
        QSignalSpy ready(&renderer, &PageRenderer::pageReady);
        QVERIFY(renderer.page(3, 50).isNull()); // not cached: requested
        renderer.request(3, 50); // no second request while in flight
        renderer.request(4, 50);
        QTRY_COMPARE(ready.count(), 2);
        const QImage image = renderer.page(3, 50);
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(), qRound(595.0 * 50 / 72));
        QVERIFY(renderer.isCached(4, 50));
        // Something was drawn: not all white.
        bool ink = false;
        for (int y = 0; y < image.height() && !ink; ++y)
            for (int x = 0; x < image.width() && !ink; ++x)
                ink = qGray(image.pixel(x, y)) < 128;
        QVERIFY(ink);
    }

    void migrationCreatesOcrTables()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.rwb"));
        {
            auto project = rwb::project::Project::create(path, QStringLiteral("p"));
            QCOMPARE(rwb::project::Migrator::storedVersion(project->db(), DocumentMigrations::set()), 1);
            // Migration 1: the page and word tables with their constraints.
            rwb::project::Statement q = project->db().prepare(
                "SELECT count(*) FROM sqlite_master WHERE name IN ('document_ocr_pages', 'document_ocr_words')");
            QVERIFY(q.step());
            QCOMPARE(q.int64(0), qint64(2));
            rwb::project::Asset asset;
            asset.kind = rwb::project::AssetKind::Document;
            asset.uri = QStringLiteral("scan.pdf");
            asset.sha256 = QStringLiteral("x");
            const qint64 id = project->assets().add(asset);
            OcrStore store(project->connection());
            store.save(id, 0, { { QStringLiteral("PUMP"), QRectF(10, 10, 40, 12), 0, 91 } }, QStringLiteral("t"),
                QStringLiteral("eng"), 300);
            QCOMPARE(store.words(id, 0).value(0).text, QStringLiteral("PUMP"));
            bool refused = false;
            try {
                project->db().exec("INSERT INTO document_ocr_words (asset_id, page, seq, line, text, x, y, w, h) "
                                   "VALUES (1, 5, 0, 0, 'x', 0, 0, 1, 1)");
            } catch (const rwb::project::StoreError &) {
                refused = true; // no page row for page 5
            }
            QVERIFY(refused);
        }
        // A project whose document tables are older than the set (dropped here) is brought up
        // to date on open.
        {
            rwb::project::Database db;
            db.open(path, rwb::project::Database::Mode::ReadWrite);
            db.exec("DROP TABLE document_ocr_words; DROP TABLE document_ocr_pages; "
                    "DELETE FROM meta WHERE key = 'schema_version.document'");
        }
        auto reopened = rwb::project::Project::open(path);
        QCOMPARE(rwb::project::Migrator::storedVersion(reopened->db(), DocumentMigrations::set()), 1);
        QVERIFY(!OcrStore(reopened->connection()).hasPage(1, 0));
    }

    void ocrOfRenderedPage()
    {
        QTemporaryDir dir;
        const QString pdfPath = dir.filePath(QStringLiteral("scan.pdf"));
        test::writeScannedPdf(pdfPath, { QStringLiteral("PUMP PRESSURE LOW"), QStringLiteral("主泵压力下降") },
            QStringLiteral("WenQuanYi Micro Hei"));
        QString error;
        auto pdf = PdfDocument::load(pdfPath, &error);
        QVERIFY(pdf);
        QVERIFY(!pdf->hasTextLayer(0));
        auto project = rwb::project::Project::create(dir.filePath(QStringLiteral("p.rwb")), QStringLiteral("p"));
        rwb::project::Asset asset;
        asset.kind = rwb::project::AssetKind::Document;
        asset.uri = project->uriFor(pdfPath);
        asset.sha256 = QStringLiteral("scan");
        const qint64 id = project->assets().add(asset);
        OcrJob job(*project, id, {}, 200);
        QCOMPARE(job.execute(), rwb::project::Job::State::Finished);
        QCOMPARE(job.recognizedPages(), QList<int> { 0 });
        OcrStore store(project->connection());
        const std::optional<PageText> text = store.pageText(id, 0);
        QVERIFY(text);
        QVERIFY2(text->text().contains(QStringLiteral("PUMP PRESSURE")), qPrintable(text->text()));
        QVERIFY2(text->text().contains(QStringLiteral("压力")),
            qPrintable(QString(text->text()).replace(QLatin1Char('\n'), QLatin1Char('|'))));
        // The word boxes lie where the text was drawn: 1 inch from the left, first line at 1 inch.
        const qint64 at = text->find(QStringLiteral("PUMP")).value(0, -1);
        QVERIFY(at >= 0);
        QVERIFY2(std::abs(text->box(at).left() - 72) < 6, qPrintable(QString::number(text->box(at).left())));
        // Selectable like born-digital text.
        QCOMPARE(text->offsetAt(text->box(at + 1).center()), at + 1);
        // Run again: nothing left to recognize.
        OcrJob again(*project, id, {}, 200);
        QCOMPARE(again.execute(), rwb::project::Job::State::Finished);
        QVERIFY(again.recognizedPages().isEmpty());
    }
};

QTEST_MAIN(TestDocumentPdf)
#include "tst_documentpdf.moc"
