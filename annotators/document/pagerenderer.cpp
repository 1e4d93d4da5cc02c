#include "pagerenderer.h"

#include "pdfdocument.h"

#include <QRunnable>

namespace rwb::document {

PageRenderer::PageRenderer(const QString &path, int threads, qint64 cacheBytes, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_maxDocs(std::max(1, threads))
{
    m_pool.setMaxThreadCount(m_maxDocs);
    // QCache counts cost in KiB so that large caches fit in its int.
    m_cache.setMaxCost(int(std::min<qint64>(cacheBytes >> 10, std::numeric_limits<int>::max())));
}

PageRenderer::~PageRenderer()
{
    m_pool.clear();
    m_pool.waitForDone();
}

QImage PageRenderer::page(int page, int dpi)
{
    {
        QMutexLocker lock(&m_mutex);
        if (QImage *image = m_cache.object(key(page, dpi)))
            return *image;
    }
    request(page, dpi);
    return {};
}

bool PageRenderer::isCached(int page, int dpi) const
{
    QMutexLocker lock(&m_mutex);
    return m_cache.contains(key(page, dpi));
}

void PageRenderer::request(int page, int dpi)
{
    const Key k = key(page, dpi);
    {
        QMutexLocker lock(&m_mutex);
        if (m_cache.contains(k) || m_inFlight.contains(k))
            return;
        m_inFlight.insert(k);
    }
    m_pool.start([this, page, dpi] {
        PdfDocument *doc = acquire();
        const QImage image = doc ? doc->render(page, dpi) : QImage();
        release(doc);
        store(page, dpi, image);
    });
}

void PageRenderer::cancelPending()
{
    m_pool.clear();
    QMutexLocker lock(&m_mutex);
    // Tasks already running remove their own key; the cleared ones would never.
    m_inFlight.clear();
}

void PageRenderer::waitForDone()
{
    m_pool.waitForDone();
}

PdfDocument *PageRenderer::acquire()
{
    QMutexLocker lock(&m_mutex);
    while (m_free.isEmpty()) {
        if (int(m_docs.size()) < m_maxDocs) {
            lock.unlock();
            QString error;
            std::unique_ptr<PdfDocument> doc = PdfDocument::load(m_path, &error);
            lock.relock();
            if (!doc)
                return nullptr;
            m_docs.push_back(std::move(doc));
            return m_docs.back().get();
        }
        m_docFree.wait(&m_mutex);
    }
    return m_free.takeLast();
}

void PageRenderer::release(PdfDocument *doc)
{
    if (!doc)
        return;
    QMutexLocker lock(&m_mutex);
    m_free.append(doc);
    m_docFree.wakeOne();
}

void PageRenderer::store(int page, int dpi, const QImage &image)
{
    {
        QMutexLocker lock(&m_mutex);
        m_inFlight.remove(key(page, dpi));
        if (image.isNull())
            return;
        m_cache.insert(key(page, dpi), new QImage(image), std::max<int>(1, int(image.sizeInBytes() >> 10)));
    }
    QMetaObject::invokeMethod(
        this, [this, page, dpi] { emit pageReady(page, dpi); }, Qt::QueuedConnection);
}

} // namespace rwb::document
