#pragma once

#include <QCache>
#include <QImage>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QString>
#include <QThreadPool>
#include <QWaitCondition>

#include <memory>
#include <vector>

namespace rwb::document {

class PdfDocument;

/// Renders the pages of one PDF on background threads and keeps the results in a cache
/// bounded in bytes. Each thread works on its own Poppler document (one is not thread-safe),
/// so rendering never waits for the GUI's text queries. Requests for a page and resolution in
/// flight or cached are not repeated; the GUI asks again for what it shows on every paint.
class PageRenderer : public QObject
{
    Q_OBJECT
public:
    /// \a cacheBytes bounds the cache (default 256 MiB).
    explicit PageRenderer(
        const QString &path, int threads = 2, qint64 cacheBytes = 256ll << 20, QObject *parent = nullptr);
    ~PageRenderer() override;

    /// The cached rendering of \a page at \a dpi, or a null image (then it is requested).
    QImage page(int page, int dpi);
    /// Whether \a page at \a dpi is cached.
    bool isCached(int page, int dpi) const;
    /// Queues \a page at \a dpi unless cached or queued.
    void request(int page, int dpi);
    /// Drops requests not started yet (the view moved on).
    void cancelPending();
    /// Waits until every request is done (tests, benchmarks).
    void waitForDone();

signals:
    /// Emitted (queued to the renderer's thread) when \a page at \a dpi is in the cache.
    void pageReady(int page, int dpi);

private:
    using Key = quint64;
    static Key key(int page, int dpi) { return (quint64(quint32(page)) << 32) | quint32(dpi); }
    PdfDocument *acquire();
    void release(PdfDocument *doc);
    void store(int page, int dpi, const QImage &image);

    QString m_path;
    QThreadPool m_pool;
    mutable QMutex m_mutex;
    QWaitCondition m_docFree;
    std::vector<std::unique_ptr<PdfDocument>> m_docs;
    QList<PdfDocument *> m_free;
    int m_maxDocs;
    QCache<Key, QImage> m_cache;
    QSet<Key> m_inFlight;
};

} // namespace rwb::document
