#pragma once

#include "pagetext.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace rwb::project {
class Connection;
struct Asset;
} // namespace rwb::project

namespace rwb::document {

/// The extracted text of a whole document for exports and pre-annotation: one part per PDF
/// page (text layer, else the OCR layer stored in the project; pages with neither are empty)
/// or one part (page -1) for a text file. The flat text joins the parts with a line break, so
/// that a span's (page, offset) maps to one offset in it and back.
class DocumentText
{
    Q_DECLARE_TR_FUNCTIONS(rwb::document::DocumentText)
public:
    struct Part
    {
        int page = -1;
        QString text;
        qint64 size = 0; ///< code points
        qint64 offset = 0; ///< code-point offset in the flat text
    };

    /// Loads the document at \a path (asset \a assetId, whose OCR pages \a connection holds;
    /// the connection may be null for files outside a project). Nullopt with \a error set when
    /// the file cannot be read.
    static std::optional<DocumentText> load(
        const QString &path, qint64 assetId, project::Connection *connection, QString *error);
    /// A document of one text part (tests, imports of text).
    static DocumentText fromText(const QString &text, int page = -1);
    void appendPart(int page, const QString &text);

    const QList<Part> &parts() const { return m_parts; }
    QString flatText() const;
    /// Offset in the flat text of \a offset in \a page's part (-1: unknown page).
    qint64 toFlat(int page, qint64 offset) const;
    /// The part and offset in it of flat offset \a flat, nullopt when it lies on a separator
    /// between parts or beyond the end.
    std::optional<std::pair<int, qint64>> fromFlat(qint64 flat) const;

private:
    QList<Part> m_parts;
};

/// Code points of \a s (surrogate pairs count once).
qint64 codePointLength(QStringView s);
/// The code points [\a start, \a end) of \a s.
QString codePointSlice(QStringView s, qint64 start, qint64 end);

} // namespace rwb::document
