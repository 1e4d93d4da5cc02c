#pragma once

#include "ocrword.h"
#include "pagetext.h"

#include <QList>

#include <optional>

namespace rwb::project {
class Connection;
}

namespace rwb::document {

/// The OCR text layers of the project (tables of migration set "document").
class OcrStore
{
public:
    /// Makes sure the document tables exist (see DocumentMigrations::ensure).
    explicit OcrStore(project::Connection &connection);

    /// Replaces the words of \a page of \a assetId, in one transaction (nested in the caller's
    /// when one is open).
    void save(qint64 assetId, int page, const QList<OcrWord> &words, const QString &engine, const QString &languages,
        int dpi);
    /// Whether \a page was recognized.
    bool hasPage(qint64 assetId, int page) const;
    /// The recognized pages of \a assetId, ascending.
    QList<int> pages(qint64 assetId) const;
    QList<OcrWord> words(qint64 assetId, int page) const;
    /// The page's text from its words, as the PDF text layer would give it; nullopt when the
    /// page was not recognized.
    std::optional<PageText> pageText(qint64 assetId, int page) const;
    /// Words to page text: a space between words of a line except between two CJK characters,
    /// a line break between lines.
    static PageText toPageText(const QList<OcrWord> &words);

private:
    project::Connection &m_connection;
};

} // namespace rwb::document
