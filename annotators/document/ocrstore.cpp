#include "ocrstore.h"

#include "documentmigrations.h"

#include "project/connection.h"
#include "project/statement.h"

namespace rwb::document {

namespace {

bool isCjk(QChar c)
{
    const QChar::Script s = c.script();
    return s == QChar::Script_Han || s == QChar::Script_Hiragana || s == QChar::Script_Katakana
        || (c.unicode() >= 0x3000 && c.unicode() <= 0x303F) || (c.unicode() >= 0xFF00 && c.unicode() <= 0xFFEF);
}

} // namespace

OcrStore::OcrStore(project::Connection &connection)
    : m_connection(connection)
{
    DocumentMigrations::ensure(m_connection.db());
}

void OcrStore::save(
    qint64 assetId, int page, const QList<OcrWord> &words, const QString &engine, const QString &languages, int dpi)
{
    project::Database &db = m_connection.db();
    project::Transaction tx(db);
    db.prepare("DELETE FROM document_ocr_pages WHERE asset_id = ?1 AND page = ?2").bind(1, assetId).bind(2, page).run();
    db.prepare("INSERT INTO document_ocr_pages (asset_id, page, engine, languages, dpi, created) "
               "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        .bind(1, assetId)
        .bind(2, page)
        .bind(3, engine)
        .bind(4, languages)
        .bind(5, dpi)
        .bind(6, project::Connection::now())
        .run();
    project::Statement insert = db.prepare("INSERT INTO document_ocr_words "
                                           "(asset_id, page, seq, line, text, x, y, w, h, confidence) "
                                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    for (int i = 0; i < words.size(); ++i) {
        const OcrWord &w = words.at(i);
        insert.reset();
        insert.bind(1, assetId)
            .bind(2, page)
            .bind(3, i)
            .bind(4, w.line)
            .bind(5, w.text)
            .bind(6, w.box.x())
            .bind(7, w.box.y())
            .bind(8, w.box.width())
            .bind(9, w.box.height())
            .bind(10, w.confidence)
            .run();
    }
    tx.commit();
}

bool OcrStore::hasPage(qint64 assetId, int page) const
{
    project::Statement q
        = m_connection.db().prepare("SELECT 1 FROM document_ocr_pages WHERE asset_id = ?1 AND page = ?2");
    q.bind(1, assetId).bind(2, page);
    return q.step();
}

QList<int> OcrStore::pages(qint64 assetId) const
{
    QList<int> out;
    project::Statement q
        = m_connection.db().prepare("SELECT page FROM document_ocr_pages WHERE asset_id = ?1 ORDER BY page");
    q.bind(1, assetId);
    while (q.step())
        out.append(q.int32(0));
    return out;
}

QList<OcrWord> OcrStore::words(qint64 assetId, int page) const
{
    QList<OcrWord> out;
    project::Statement q
        = m_connection.db().prepare("SELECT text, x, y, w, h, line, confidence FROM document_ocr_words "
                                    "WHERE asset_id = ?1 AND page = ?2 ORDER BY seq");
    q.bind(1, assetId).bind(2, page);
    while (q.step())
        out.append({ q.text(0), QRectF(q.real(1), q.real(2), q.real(3), q.real(4)), q.int32(5), q.real(6) });
    return out;
}

std::optional<PageText> OcrStore::pageText(qint64 assetId, int page) const
{
    if (!hasPage(assetId, page))
        return std::nullopt;
    return toPageText(words(assetId, page));
}

PageText OcrStore::toPageText(const QList<OcrWord> &words)
{
    PageText text;
    for (int i = 0; i < words.size(); ++i) {
        const OcrWord &w = words.at(i);
        if (i > 0) {
            const OcrWord &prev = words.at(i - 1);
            if (prev.line != w.line) {
                text.appendSeparator(QLatin1Char('\n'), QRectF(prev.box.right(), prev.box.top(), 0, prev.box.height()));
            } else if (!(isCjk(prev.text.back()) && isCjk(w.text.front()))) {
                text.appendSeparator(QLatin1Char(' '),
                    QRectF(prev.box.right(), prev.box.top(), std::max(0.0, w.box.left() - prev.box.right()),
                        prev.box.height()));
            }
        }
        text.appendWord(w.text, w.box);
    }
    return text;
}

} // namespace rwb::document
