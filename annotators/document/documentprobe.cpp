#include "documentprobe.h"

#include "textencoding.h"

#include <poppler-qt6.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace rwb::document {

QStringList DocumentProbe::suffixes() const
{
    return { QStringLiteral("pdf"), QStringLiteral("txt"), QStringLiteral("md"), QStringLiteral("log"),
        QStringLiteral("json"), QStringLiteral("jsonl"), QStringLiteral("yaml"), QStringLiteral("yml"),
        QStringLiteral("xml"), QStringLiteral("ini"), QStringLiteral("cfg"), QStringLiteral("conf"),
        QStringLiteral("c"), QStringLiteral("cpp"), QStringLiteral("h"), QStringLiteral("py"), QStringLiteral("js"),
        QStringLiteral("st"), QStringLiteral("scl") };
}

project::ProbeResult DocumentProbe::probe(const QString &path) const
{
    if (QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0)
        return probePdf(path);
    return probeText(path);
}

project::ProbeResult DocumentProbe::probePdf(const QString &path) const
{
    project::ProbeResult r;
    r.kind = project::AssetKind::Document;
    r.mediaType = QStringLiteral("application/pdf");
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    if (!doc) {
        r.error = QCoreApplication::translate("rwb::document::DocumentProbe", "not a readable PDF");
        return r;
    }
    if (doc->isLocked()) {
        r.error = QCoreApplication::translate("rwb::document::DocumentProbe", "the PDF is password-protected");
        return r;
    }
    r.pages = doc->numPages();
    const QString title = doc->info(QStringLiteral("Title"));
    if (!title.isEmpty())
        r.metadata.insert(QStringLiteral("title"), title);
    // A page without any text needs OCR before it can be annotated as text. Extracting text is
    // the slow part of import, so only the first pages are sampled here.
    constexpr int SampledPages = 50;
    const int checked = qMin(doc->numPages(), SampledPages);
    int pagesWithText = 0;
    for (int i = 0; i < checked; ++i) {
        std::unique_ptr<Poppler::Page> page(doc->page(i));
        if (page && !page->text(QRectF()).trimmed().isEmpty())
            ++pagesWithText;
    }
    r.metadata.insert(QStringLiteral("text_pages_checked"), checked);
    r.metadata.insert(QStringLiteral("pages_with_text"), pagesWithText);
    return r;
}

project::ProbeResult DocumentProbe::probeText(const QString &path) const
{
    project::ProbeResult r;
    r.kind = project::AssetKind::Document;
    r.mediaType = QStringLiteral("text/plain");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        r.error = file.errorString();
        return r;
    }
    const QByteArray head = file.peek(64 * 1024);
    const TextEncoding encoding = TextEncoding::detect(head);
    if (TextEncoding::looksBinary(head, encoding)) {
        r.error = QCoreApplication::translate("rwb::document::DocumentProbe", "binary data, not a text file");
        return r;
    }
    r.metadata.insert(QStringLiteral("encoding"), encoding.name());
    qint64 lines = 0;
    char buffer[1 << 16];
    qint64 n = 0;
    while ((n = file.read(buffer, sizeof buffer)) > 0) {
        for (qint64 i = 0; i < n; ++i)
            lines += buffer[i] == '\n';
    }
    r.metadata.insert(QStringLiteral("lines"), lines);
    return r;
}

} // namespace rwb::document
