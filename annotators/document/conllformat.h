#pragma once

#include "exchangedocument.h"

#include <QByteArray>
#include <QCoreApplication>

namespace rwb::document {

/// CoNLL-2003 with BIO tags: "-DOCSTART- -X- -X- O" before each document, one token per line
/// ("token -X- _ TAG"), a blank line after each line of text. Chinese is tokenized per
/// character (each Han/Kana character is a token); other text into runs of letters and digits
/// and single punctuation marks. BIO cannot nest: of overlapping spans the first (longest)
/// wins. Relations and links are not part of the format.
class ConllFormat
{
    Q_DECLARE_TR_FUNCTIONS(rwb::document::ConllFormat)
public:
    struct Token
    {
        qint64 start; ///< code points
        qint64 end;
    };
    /// Tokens of \a text, with their offsets.
    static QList<Token> tokenize(const QString &text);
    static QByteArray write(const QList<ExchangeDocument> &documents);
    /// Rebuilds text and spans: tokens joined by spaces, except between CJK tokens; a line of
    /// text per sentence. On a bad line, \a error names it.
    static QList<ExchangeDocument> read(const QByteArray &data, QString *error);
};

} // namespace rwb::document
