#include "ocrjob.h"

#include "ocrengine.h"
#include "ocrstore.h"
#include "pdfdocument.h"

#include "project/project.h"

namespace rwb::document {

OcrJob::OcrJob(project::Project &project, qint64 assetId, const QList<int> &pages, int dpi, QObject *parent)
    : Job(tr("Recognize text (OCR)"), parent)
    , m_projectPath(project.path())
    , m_userId(project.userId())
    , m_assetId(assetId)
    , m_pages(pages)
    , m_dpi(dpi)
{
    if (std::optional<project::Asset> asset = project.assets().byId(assetId))
        m_pdfPath = project.resolve(asset->uri);
}

void OcrJob::run()
{
    QString error;
    std::unique_ptr<PdfDocument> pdf = PdfDocument::load(m_pdfPath, &error);
    if (!pdf)
        throw project::StoreError(project::StoreError::Code::Generic, error);
    project::Database db;
    db.open(m_projectPath, project::Database::Mode::ReadWrite);
    db.configureForWriting();
    project::Connection connection(std::move(db), m_userId, nullptr);
    OcrStore store(connection);
    QList<int> pages = m_pages;
    if (pages.isEmpty()) {
        setStatusText(tr("Looking for pages without text…"));
        for (int p = 0; p < pdf->pageCount() && !isCancelRequested(); ++p) {
            if (!pdf->hasTextLayer(p) && !store.hasPage(m_assetId, p))
                pages.append(p);
        }
    }
    setTotal(pages.size());
    if (pages.isEmpty())
        return;
    setStatusText(tr("Loading the OCR models…"));
    OcrEngine engine;
    if (!engine.isReady())
        throw project::StoreError(project::StoreError::Code::Generic, engine.error());
    for (const int p : std::as_const(pages)) {
        if (isCancelRequested())
            return;
        setStatusText(tr("Page %1 of %2").arg(p + 1).arg(pdf->pageCount()));
        const QList<OcrWord> words = engine.recognize(pdf->render(p, m_dpi), m_dpi);
        store.save(m_assetId, p, words, OcrEngine::engineName(), engine.languages(), m_dpi);
        m_recognized.append(p);
        advance();
    }
}

} // namespace rwb::document
