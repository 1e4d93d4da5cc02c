#pragma once

#include "pagetext.h"

#include <QCoreApplication>
#include <QImage>
#include <QMutex>
#include <QSizeF>
#include <QString>

#include <memory>

namespace Poppler {
class Document;
}

namespace rwb::document {

/// A PDF opened through Poppler (the only place that includes Poppler). Pages are loaded
/// lazily, so a 2 000-page file opens as fast as a short one. One Poppler document is not safe
/// for concurrent use: calls are serialised by a mutex; PageRenderer opens its own instances
/// for its threads.
class PdfDocument
{
    Q_DECLARE_TR_FUNCTIONS(rwb::document::PdfDocument)
public:
    ~PdfDocument();

    /// Opens \a path; null with \a error set ("…is password-protected", "…is damaged or not a
    /// PDF", "…has no pages") naming the file.
    static std::unique_ptr<PdfDocument> load(const QString &path, QString *error);

    QString path() const { return m_path; }
    int pageCount() const { return m_pageCount; }
    /// Page size in points (1/72 inch).
    QSizeF pageSize(int page) const;
    /// The text layer of \a page with character boxes (empty for a scanned page).
    PageText pageText(int page) const;
    /// Whether \a page has any text in its text layer (false: it needs OCR).
    bool hasTextLayer(int page) const;
    /// Renders \a page at \a dpi (antialiased, white background).
    QImage render(int page, double dpi) const;

private:
    PdfDocument() = default;
    QString m_path;
    int m_pageCount = 0;
    std::unique_ptr<Poppler::Document> m_doc;
    mutable QMutex m_mutex;
};

} // namespace rwb::document
