#include "textdocument.h"

#include <QFileInfo>

#include <algorithm>
#include <cstring>

namespace rwb::document {

TextDocument::~TextDocument()
{
    m_stop.store(true);
    if (m_indexer.joinable())
        m_indexer.join();
}

bool TextDocument::open(const QString &path, QString *error)
{
    const QString name = QFileInfo(path).fileName();
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        *error = tr("“%1” cannot be read: %2").arg(name, m_file.errorString());
        return false;
    }
    m_size = m_file.size();
    if (m_size > 0) {
        m_data = m_file.map(0, m_size);
        if (!m_data) {
            *error = tr("“%1” cannot be mapped into memory: %2").arg(name, m_file.errorString());
            return false;
        }
    }
    const QByteArray head
        = QByteArray::fromRawData(reinterpret_cast<const char *>(m_data), std::min<qint64>(m_size, 64 * 1024));
    m_encoding = TextEncoding::detect(head);
    if (TextEncoding::looksBinary(head, m_encoding)) {
        *error = tr("“%1” holds binary data, not text").arg(name);
        m_file.unmap(const_cast<uchar *>(m_data));
        m_data = nullptr;
        m_file.close();
        return false;
    }
    m_bodyStart = m_encoding.bomSize();
    m_scanPos = m_bodyStart;
    m_lineBytes.assign(1, m_bodyStart);
    m_lineCodePoints.assign(1, 0);
    m_indexed.store(m_scanPos >= m_size);
    return true;
}

qint64 TextDocument::countCodePoints(QByteArrayView bytes) const
{
    switch (m_encoding.kind) {
    case TextEncoding::Kind::Utf8:
    case TextEncoding::Kind::Utf8Bom: {
        qint64 n = 0;
        for (const char c : bytes)
            n += (quint8(c) & 0xC0) != 0x80;
        return n;
    }
    case TextEncoding::Kind::Latin1:
        return bytes.size();
    default: {
        const QString s = m_encoding.decode(bytes);
        qint64 n = 0;
        for (const QChar c : s)
            n += !c.isLowSurrogate();
        return n;
    }
    }
}

bool TextDocument::indexMore(qint64 maxBytes)
{
    if (m_indexed.load())
        return true;
    const int unit = m_encoding.unitSize();
    const qint64 end = std::min(m_size, m_scanPos + std::max<qint64>(unit, maxBytes / unit * unit));
    std::vector<qint64> bytes;
    std::vector<qint64> points;
    qint64 pos = m_scanPos;
    qint64 lineBegin = m_lineBytes.back();
    qint64 cp = m_scanCodePoints;
    const char *data = reinterpret_cast<const char *>(m_data);
    while (pos < end) {
        qint64 nl = -1;
        if (unit == 1) {
            const void *hit = std::memchr(data + pos, '\n', size_t(end - pos));
            if (hit)
                nl = static_cast<const char *>(hit) - data;
        } else {
            const bool le = m_encoding.kind == TextEncoding::Kind::Utf16Le;
            for (qint64 i = pos; i + 1 < m_size && i < end; i += 2) {
                if ((le && data[i] == '\n' && data[i + 1] == 0) || (!le && data[i] == 0 && data[i + 1] == '\n')) {
                    nl = i;
                    break;
                }
            }
        }
        if (nl < 0) {
            // The rest of the chunk is the start of a line; it is counted when the line ends.
            pos = end;
            break;
        }
        const qint64 next = nl + unit;
        cp += countCodePoints(QByteArrayView(data + lineBegin, next - lineBegin));
        bytes.push_back(next);
        points.push_back(cp);
        lineBegin = next;
        pos = next;
    }
    const bool done = pos >= m_size;
    {
        QWriteLocker lock(&m_lock);
        m_lineBytes.insert(m_lineBytes.end(), bytes.begin(), bytes.end());
        m_lineCodePoints.insert(m_lineCodePoints.end(), points.begin(), points.end());
        m_scanCodePoints = cp;
        m_scanPos = done ? m_size : pos;
        if (done && lineBegin < m_size) {
            // The last line without a line break.
            m_scanCodePoints += countCodePoints(QByteArrayView(data + lineBegin, m_size - lineBegin));
            m_lineBytes.push_back(m_size);
            m_lineCodePoints.push_back(m_scanCodePoints);
        } else if (done) {
            m_lineBytes.push_back(m_size);
            m_lineCodePoints.push_back(m_scanCodePoints);
        }
    }
    m_indexedBytes.store(done ? m_size : lineBegin);
    if (done)
        m_indexed.store(true);
    return done;
}

void TextDocument::startIndexing()
{
    if (m_indexed.load() || m_indexer.joinable())
        return;
    m_indexer = std::thread([this] {
        while (!m_stop.load() && !indexMore(8 << 20)) { }
    });
}

void TextDocument::waitForIndex()
{
    if (m_indexer.joinable())
        m_indexer.join();
    while (!indexMore(64 << 20)) { }
}

// m_lineBytes holds one entry per indexed line start plus, once complete, the end of the file;
// while indexing, the last entry is the start of the line being scanned.
qsizetype TextDocument::lineCount() const
{
    QReadLocker lock(&m_lock);
    return qsizetype(m_lineBytes.size()) - 1;
}

qint64 TextDocument::lineStart(qsizetype line) const
{
    QReadLocker lock(&m_lock);
    return m_lineCodePoints.at(size_t(std::clamp<qsizetype>(line, 0, qsizetype(m_lineCodePoints.size()) - 1)));
}

qint64 TextDocument::lineLength(qsizetype line) const
{
    QReadLocker lock(&m_lock);
    if (line < 0 || size_t(line) + 1 >= m_lineCodePoints.size())
        return 0;
    return m_lineCodePoints[size_t(line) + 1] - m_lineCodePoints[size_t(line)];
}

QByteArrayView TextDocument::lineBytes(qsizetype line) const
{
    QReadLocker lock(&m_lock);
    if (line < 0 || size_t(line) + 1 >= m_lineBytes.size())
        return {};
    const qint64 a = m_lineBytes[size_t(line)];
    const qint64 b = m_lineBytes[size_t(line) + 1];
    return QByteArrayView(reinterpret_cast<const char *>(m_data) + a, b - a);
}

QString TextDocument::line(qsizetype line) const
{
    QString s = m_encoding.decode(lineBytes(line));
    if (s.endsWith(QLatin1Char('\n')))
        s.chop(1);
    if (s.endsWith(QLatin1Char('\r')))
        s.chop(1);
    return s;
}

qsizetype TextDocument::lineAt(qint64 offset) const
{
    QReadLocker lock(&m_lock);
    if (m_lineCodePoints.size() < 2)
        return 0;
    auto it = std::upper_bound(m_lineCodePoints.begin(), m_lineCodePoints.end() - 1, offset);
    return std::max<qsizetype>(0, qsizetype(it - m_lineCodePoints.begin()) - 1);
}

qint64 TextDocument::codePointCount() const
{
    QReadLocker lock(&m_lock);
    return m_lineCodePoints.back();
}

QString TextDocument::text(qint64 start, qint64 end) const
{
    if (end <= start)
        return {};
    const qsizetype first = lineAt(start);
    const qsizetype last = lineAt(end - 1);
    QString chunk;
    for (qsizetype l = first; l <= last; ++l)
        chunk += m_encoding.decode(lineBytes(l));
    qint64 skip = start - lineStart(first);
    qint64 take = end - start;
    qsizetype i = 0;
    while (i < chunk.size() && skip > 0) {
        i += chunk[i].isHighSurrogate() ? 2 : 1;
        --skip;
    }
    qsizetype j = i;
    while (j < chunk.size() && take > 0) {
        j += chunk[j].isHighSurrogate() ? 2 : 1;
        --take;
    }
    return chunk.mid(i, j - i);
}

QString TextDocument::fullText() const
{
    return m_encoding.decode(
        QByteArrayView(reinterpret_cast<const char *>(m_data) + m_bodyStart, m_size - m_bodyStart));
}

} // namespace rwb::document
