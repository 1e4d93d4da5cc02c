#include "documenttext.h"

#include "ocrstore.h"
#include "pdfdocument.h"
#include "textdocument.h"

#include <QFileInfo>

namespace rwb::document {

qint64 codePointLength(QStringView s)
{
    qint64 n = 0;
    for (const QChar c : s)
        n += !c.isLowSurrogate();
    return n;
}

QString codePointSlice(QStringView s, qint64 start, qint64 end)
{
    qsizetype i = 0;
    qint64 cp = 0;
    for (; i < s.size() && cp < start; ++i)
        cp += !s[i].isHighSurrogate();
    qsizetype j = i;
    for (; j < s.size() && cp < end; ++j)
        cp += !s[j].isHighSurrogate();
    return s.sliced(i, j - i).toString();
}

std::optional<DocumentText> DocumentText::load(
    const QString &path, qint64 assetId, project::Connection *connection, QString *error)
{
    DocumentText doc;
    if (QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0) {
        std::unique_ptr<PdfDocument> pdf = PdfDocument::load(path, error);
        if (!pdf)
            return std::nullopt;
        std::optional<OcrStore> ocr;
        if (connection)
            ocr.emplace(*connection);
        for (int p = 0; p < pdf->pageCount(); ++p) {
            PageText page = pdf->pageText(p);
            if (page.isEmpty() && ocr) {
                if (std::optional<PageText> recognized = ocr->pageText(assetId, p))
                    page = *recognized;
            }
            doc.appendPart(p, page.text());
        }
        return doc;
    }
    TextDocument text;
    if (!text.open(path, error))
        return std::nullopt;
    doc.appendPart(-1, text.fullText());
    return doc;
}

DocumentText DocumentText::fromText(const QString &text, int page)
{
    DocumentText doc;
    doc.appendPart(page, text);
    return doc;
}

void DocumentText::appendPart(int page, const QString &text)
{
    Part part;
    part.page = page;
    part.text = text;
    part.size = codePointLength(text);
    part.offset = m_parts.isEmpty() ? 0 : m_parts.last().offset + m_parts.last().size + 1;
    m_parts.append(part);
}

QString DocumentText::flatText() const
{
    QString out;
    for (const Part &p : m_parts) {
        if (&p != &m_parts.first())
            out += QLatin1Char('\n');
        out += p.text;
    }
    return out;
}

qint64 DocumentText::toFlat(int page, qint64 offset) const
{
    for (const Part &p : m_parts) {
        if (p.page == page)
            return p.offset + offset;
    }
    return -1;
}

std::optional<std::pair<int, qint64>> DocumentText::fromFlat(qint64 flat) const
{
    for (const Part &p : m_parts) {
        if (flat >= p.offset && flat <= p.offset + p.size)
            return std::make_pair(p.page, flat - p.offset);
    }
    return std::nullopt;
}

} // namespace rwb::document
