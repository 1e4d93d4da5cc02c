#pragma once

#include <QByteArray>
#include <QString>

namespace rwb::document {

/// The character encoding of a text file and how it was found. Detection looks at a byte-order
/// mark first, then asks uchardet, then checks the bytes: valid UTF-8 stays UTF-8, anything
/// else that decodes as GB18030 is GB18030 (it covers GBK and GB2312), the rest is Latin-1.
struct TextEncoding
{
    enum class Kind { Utf8, Utf8Bom, Utf16Le, Utf16Be, Gb18030, Latin1 };

    Kind kind = Kind::Utf8;
    QString detector; ///< "bom", "uchardet" or "fallback"

    /// Stable name ("utf-8", "utf-8-bom", "utf-16le", "utf-16be", "gb18030", "latin-1").
    QString name() const;
    /// Bytes of the byte-order mark at the start of the file (0 when there is none).
    int bomSize() const;
    /// Width of one code unit in bytes (2 for UTF-16), for scanning line breaks.
    int unitSize() const { return kind == Kind::Utf16Le || kind == Kind::Utf16Be ? 2 : 1; }

    /// Detects the encoding of \a head (the first bytes of a file).
    static TextEncoding detect(const QByteArray &head);
    /// Whether \a head looks like binary data rather than text in \a encoding (NUL bytes
    /// outside UTF-16, many control characters).
    static bool looksBinary(const QByteArray &head, const TextEncoding &encoding);
    /// Decodes \a bytes (without BOM) in one go.
    QString decode(QByteArrayView bytes) const;
};

} // namespace rwb::document
