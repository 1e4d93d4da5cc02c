#pragma once

#include "textencoding.h"

#include <QCoreApplication>
#include <QFile>
#include <QReadWriteLock>
#include <QString>

#include <atomic>
#include <thread>
#include <vector>

namespace rwb::document {

/// A text file (log, Markdown, code, configuration) opened for annotation without reading it
/// all: the file is memory-mapped, the encoding detected from its head, and the line index
/// (byte and code-point offset of every line) built in steps — indexMore() or a background
/// thread (startIndexing()) — while the lines indexed so far can already be shown. Offsets are
/// Unicode code points of the decoded file, line breaks included, so that spans survive
/// reopening whatever the view does with the lines.
class TextDocument
{
    Q_DECLARE_TR_FUNCTIONS(rwb::document::TextDocument)
public:
    TextDocument() = default;
    ~TextDocument();
    TextDocument(const TextDocument &) = delete;
    TextDocument &operator=(const TextDocument &) = delete;

    /// Maps \a path and detects its encoding; false with \a error (naming the file) for a
    /// file that cannot be read or holds binary data.
    bool open(const QString &path, QString *error);
    QString path() const { return m_file.fileName(); }
    const TextEncoding &encoding() const { return m_encoding; }
    qint64 byteSize() const { return m_size; }

    /// Indexes about \a maxBytes more of the file; returns true when the index is complete.
    bool indexMore(qint64 maxBytes = 4 << 20);
    /// Indexes the rest on a background thread (stopped by the destructor).
    void startIndexing();
    void waitForIndex();
    bool isIndexed() const { return m_indexed.load(); }
    qint64 indexedBytes() const { return m_indexedBytes.load(); }

    /// Lines indexed so far (all lines once isIndexed()).
    qsizetype lineCount() const;
    /// Code-point offset of the start of \a line.
    qint64 lineStart(qsizetype line) const;
    /// Code points of \a line, its line break included.
    qint64 lineLength(qsizetype line) const;
    /// The text of \a line without its line break ("\n" or "\r\n").
    QString line(qsizetype line) const;
    /// The line holding code point \a offset (the last indexed line when beyond).
    qsizetype lineAt(qint64 offset) const;
    /// Code points indexed so far (the whole file once isIndexed()).
    qint64 codePointCount() const;
    /// The code points [\a start, \a end) (within the indexed part).
    QString text(qint64 start, qint64 end) const;
    /// The whole text (decodes the file: for exports and pre-annotation, not for the view).
    QString fullText() const;

private:
    QByteArrayView lineBytes(qsizetype line) const;
    qint64 countCodePoints(QByteArrayView bytes) const;

    QFile m_file;
    const uchar *m_data = nullptr;
    qint64 m_size = 0;
    qint64 m_bodyStart = 0; ///< after the BOM
    TextEncoding m_encoding;
    mutable QReadWriteLock m_lock;
    std::vector<qint64> m_lineBytes; ///< byte offset of each line start
    std::vector<qint64> m_lineCodePoints; ///< code-point offset of each line start
    qint64 m_scanPos = 0; ///< first byte not yet indexed
    qint64 m_scanCodePoints = 0;
    std::atomic<qint64> m_indexedBytes { 0 };
    std::atomic<bool> m_indexed { false };
    std::atomic<bool> m_stop { false };
    std::thread m_indexer;
};

} // namespace rwb::document
