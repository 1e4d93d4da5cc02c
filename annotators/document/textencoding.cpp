#include "textencoding.h"

#include <QStringDecoder>

#include <iconv.h>
#include <uchardet.h>

#include <cerrno>
#include <memory>

namespace rwb::document {

namespace {

bool validUtf8(QByteArrayView bytes)
{
    // A multi-byte character cut at the end of a sampled head is not an error.
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const auto c = quint8(bytes[i]);
        int more = 0;
        if (c < 0x80)
            more = 0;
        else if (c >= 0xC2 && c <= 0xDF)
            more = 1;
        else if (c >= 0xE0 && c <= 0xEF)
            more = 2;
        else if (c >= 0xF0 && c <= 0xF4)
            more = 3;
        else
            return false;
        if (i + more >= n)
            return true;
        for (int k = 1; k <= more; ++k) {
            if ((quint8(bytes[i + k]) & 0xC0) != 0x80)
                return false;
        }
        i += more + 1;
    }
    return true;
}

/// GB18030 through Qt's ICU converter where Qt has ICU, else through the C library's iconv.
/// \a ok is false when the bytes are not GB18030 (undecodable bytes become U+FFFD).
QString decodeGb18030(QByteArrayView bytes, bool *ok)
{
    QStringDecoder decoder("GB18030");
    if (decoder.isValid()) {
        QString text = decoder.decode(bytes);
        *ok = !decoder.hasError() && !text.contains(QChar::ReplacementCharacter);
        return text;
    }
    *ok = true;
    iconv_t cd = iconv_open("UTF-16LE", "GB18030");
    if (cd == iconv_t(-1)) {
        *ok = false;
        return QString::fromLatin1(bytes);
    }
    QString out;
    out.reserve(bytes.size());
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    char *in = const_cast<char *>(bytes.data());
    size_t inLeft = size_t(bytes.size());
    while (inLeft > 0) {
        char *dst = buffer.data();
        size_t dstLeft = size_t(buffer.size());
        const size_t rc = iconv(cd, &in, &inLeft, &dst, &dstLeft);
        out.append(QStringView(
            reinterpret_cast<const char16_t *>(buffer.constData()), (buffer.size() - qsizetype(dstLeft)) / 2));
        if (rc == size_t(-1) && errno != E2BIG) {
            if (errno == EINVAL)
                break; // cut character at the end
            *ok = false;
            out.append(QChar::ReplacementCharacter);
            ++in;
            --inLeft;
        }
    }
    iconv_close(cd);
    return out;
}

bool validGb18030(QByteArrayView bytes)
{
    bool ok = false;
    (void)decodeGb18030(bytes.first(std::max<qsizetype>(0, bytes.size() - 4)), &ok);
    return ok;
}

std::optional<TextEncoding::Kind> fromCharsetName(QByteArray name)
{
    name = name.toLower();
    if (name == "utf-8" || name == "ascii")
        return TextEncoding::Kind::Utf8;
    if (name == "utf-16le")
        return TextEncoding::Kind::Utf16Le;
    if (name == "utf-16be")
        return TextEncoding::Kind::Utf16Be;
    if (name == "gb18030" || name == "gbk" || name == "gb2312" || name == "hz-gb-2312")
        return TextEncoding::Kind::Gb18030;
    if (name.startsWith("iso-8859") || name.startsWith("windows-125"))
        return TextEncoding::Kind::Latin1;
    return std::nullopt;
}

} // namespace

QString TextEncoding::name() const
{
    switch (kind) {
    case Kind::Utf8:
        return QStringLiteral("utf-8");
    case Kind::Utf8Bom:
        return QStringLiteral("utf-8-bom");
    case Kind::Utf16Le:
        return QStringLiteral("utf-16le");
    case Kind::Utf16Be:
        return QStringLiteral("utf-16be");
    case Kind::Gb18030:
        return QStringLiteral("gb18030");
    case Kind::Latin1:
        return QStringLiteral("latin-1");
    }
    return {};
}

int TextEncoding::bomSize() const
{
    switch (kind) {
    case Kind::Utf8Bom:
        return 3;
    case Kind::Utf16Le:
    case Kind::Utf16Be:
        return detector == QLatin1String("bom") ? 2 : 0;
    default:
        return 0;
    }
}

TextEncoding TextEncoding::detect(const QByteArray &head)
{
    if (head.startsWith("\xEF\xBB\xBF"))
        return { Kind::Utf8Bom, QStringLiteral("bom") };
    if (head.startsWith("\xFF\xFE"))
        return { Kind::Utf16Le, QStringLiteral("bom") };
    if (head.startsWith("\xFE\xFF"))
        return { Kind::Utf16Be, QStringLiteral("bom") };

    // BOM-less UTF-16 of mostly ASCII text: every other byte is NUL.
    if (head.size() >= 4) {
        int evenNul = 0, oddNul = 0;
        for (qsizetype i = 0; i + 1 < head.size(); i += 2) {
            evenNul += head[i] == '\0';
            oddNul += head[i + 1] == '\0';
        }
        const qsizetype units = head.size() / 2;
        if (oddNul > units * 6 / 10 && evenNul == 0)
            return { Kind::Utf16Le, QStringLiteral("fallback") };
        if (evenNul > units * 6 / 10 && oddNul == 0)
            return { Kind::Utf16Be, QStringLiteral("fallback") };
    }
    std::unique_ptr<std::remove_pointer_t<uchardet_t>, void (*)(uchardet_t)> detector(uchardet_new(), uchardet_delete);
    if (detector && uchardet_handle_data(detector.get(), head.constData(), size_t(head.size())) == 0) {
        uchardet_data_end(detector.get());
        const std::optional<Kind> kind = fromCharsetName(uchardet_get_charset(detector.get()));
        // uchardet guesses from statistics; a guess the bytes contradict is not taken.
        if (kind == Kind::Utf8 && validUtf8(head))
            return { Kind::Utf8, QStringLiteral("uchardet") };
        if (kind == Kind::Gb18030 && validGb18030(head))
            return { Kind::Gb18030, QStringLiteral("uchardet") };
        if ((kind == Kind::Utf16Le || kind == Kind::Utf16Be) && head.size() % 2 == 0)
            return { *kind, QStringLiteral("uchardet") };
        if (kind == Kind::Latin1 && !validUtf8(head))
            return { Kind::Latin1, QStringLiteral("uchardet") };
    }
    if (validUtf8(head))
        return { Kind::Utf8, QStringLiteral("fallback") };
    if (validGb18030(head))
        return { Kind::Gb18030, QStringLiteral("fallback") };
    return { Kind::Latin1, QStringLiteral("fallback") };
}

bool TextEncoding::looksBinary(const QByteArray &head, const TextEncoding &encoding)
{
    if (encoding.unitSize() == 2)
        return false;
    qsizetype controls = 0;
    for (const char c : head) {
        const auto u = quint8(c);
        if (u == 0)
            return true;
        if (u < 0x20 && u != '\n' && u != '\r' && u != '\t' && u != '\f' && u != 0x1B)
            ++controls;
    }
    return head.size() > 0 && controls * 100 > head.size() * 5;
}

QString TextEncoding::decode(QByteArrayView bytes) const
{
    switch (kind) {
    case Kind::Utf8:
    case Kind::Utf8Bom:
        return QString::fromUtf8(bytes);
    case Kind::Utf16Le:
        return QStringDecoder(QStringDecoder::Utf16LE, QStringDecoder::Flag::Stateless).decode(bytes);
    case Kind::Utf16Be:
        return QStringDecoder(QStringDecoder::Utf16BE, QStringDecoder::Flag::Stateless).decode(bytes);
    case Kind::Gb18030: {
        bool ok = false;
        return decodeGb18030(bytes, &ok);
    }
    case Kind::Latin1:
        return QString::fromLatin1(bytes);
    }
    return {};
}

} // namespace rwb::document
