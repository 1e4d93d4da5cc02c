#include "pdfdocument.h"

#include <poppler-qt6.h>

#include <QFileInfo>

namespace rwb::document {

PdfDocument::~PdfDocument() = default;

std::unique_ptr<PdfDocument> PdfDocument::load(const QString &path, QString *error)
{
    const QString name = QFileInfo(path).fileName();
    if (!QFileInfo(path).isReadable()) {
        *error = tr("“%1” cannot be read").arg(name);
        return nullptr;
    }
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    if (!doc) {
        *error = tr("“%1” is damaged or not a PDF").arg(name);
        return nullptr;
    }
    if (doc->isLocked()) {
        *error = tr("“%1” is password-protected; remove the password to annotate it").arg(name);
        return nullptr;
    }
    if (doc->numPages() <= 0) {
        *error = tr("“%1” has no pages (damaged PDF?)").arg(name);
        return nullptr;
    }
    doc->setRenderHint(Poppler::Document::Antialiasing);
    doc->setRenderHint(Poppler::Document::TextAntialiasing);
    std::unique_ptr<PdfDocument> pdf(new PdfDocument);
    pdf->m_path = path;
    pdf->m_pageCount = doc->numPages();
    pdf->m_doc = std::move(doc);
    return pdf;
}

QSizeF PdfDocument::pageSize(int page) const
{
    QMutexLocker lock(&m_mutex);
    std::unique_ptr<Poppler::Page> p = m_doc->page(page);
    return p ? p->pageSizeF() : QSizeF();
}

PageText PdfDocument::pageText(int page) const
{
    PageText text;
    QMutexLocker lock(&m_mutex);
    std::unique_ptr<Poppler::Page> p = m_doc->page(page);
    if (!p)
        return text;
    const std::vector<std::unique_ptr<Poppler::TextBox>> words = p->textList();
    for (size_t w = 0; w < words.size(); ++w) {
        const Poppler::TextBox &word = *words[w];
        const QString s = word.text();
        QList<QRectF> boxes;
        int cp = 0;
        for (qsizetype i = 0; i < s.size(); ++i) {
            if (s[i].isLowSurrogate())
                continue;
            boxes.append(word.charBoundingBox(cp));
            ++cp;
        }
        text.appendWord(s, boxes);
        if (w + 1 == words.size())
            break;
        const QRectF b = word.boundingBox();
        // Poppler links the words of one line; a word without a successor ends its line.
        if (!word.nextWord())
            text.appendSeparator(QLatin1Char('\n'), QRectF(b.right(), b.top(), 0, b.height()));
        else if (word.hasSpaceAfter())
            text.appendSeparator(QLatin1Char(' '),
                QRectF(
                    b.right(), b.top(), std::max(0.0, word.nextWord()->boundingBox().left() - b.right()), b.height()));
    }
    return text;
}

bool PdfDocument::hasTextLayer(int page) const
{
    QMutexLocker lock(&m_mutex);
    std::unique_ptr<Poppler::Page> p = m_doc->page(page);
    return p && !p->text(QRectF()).trimmed().isEmpty();
}

QImage PdfDocument::render(int page, double dpi) const
{
    QMutexLocker lock(&m_mutex);
    std::unique_ptr<Poppler::Page> p = m_doc->page(page);
    if (!p)
        return {};
    return p->renderToImage(dpi, dpi);
}

} // namespace rwb::document
