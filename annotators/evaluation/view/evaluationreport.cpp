#include "evaluationreport.h"

#include <QBuffer>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>

namespace rwb::evaluation {

namespace {
QString md(QString text)
{
    text.replace(QLatin1Char('|'), QLatin1String("\\|")).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}
// QTextDocument lays out in CSS pixels (96 per inch); an A4 page less 15 mm margins is ~680 wide.
constexpr double LayoutDpi = 96;
constexpr int PdfFigureWidth = 640;

QUrl figureUrl(int section, qsizetype figure)
{
    return QUrl(QStringLiteral("figure:%1-%2").arg(section).arg(figure));
}
} // namespace

QString EvaluationReport::pngDataUrl(const QImage &image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

QString EvaluationReport::toHtml() const
{
    return html(false);
}

QString EvaluationReport::html(bool forTextDocument) const
{
    QString h;
    if (forTextDocument)
        h += QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title><style>"
                            "th{background-color:#eeeeee;text-align:left}</style></head><body>\n<h1>%1</h1>\n")
                 .arg(title.toHtmlEscaped());
    else
        h += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>\n"
                            "<style>body{font-family:sans-serif;margin:2em;max-width:70em}"
                            "table{border-collapse:collapse;margin:.5em 0 1.5em}"
                            "td,th{border:1px solid #bbb;padding:2px 8px;text-align:left}"
                            "th{background:#eee}img{max-width:100%;border:1px solid #ddd}"
                            "figure{margin:1em 0}</style></head><body>\n<h1>%1</h1>\n")
                 .arg(title.toHtmlEscaped());
    for (int si = 0; si < sections.size(); ++si) {
        const Section &s = sections[si];
        h += QStringLiteral("<h2>%1</h2>\n").arg(s.title.toHtmlEscaped());
        for (const QString &p : s.paragraphs)
            h += QStringLiteral("<p>%1</p>\n").arg(p.toHtmlEscaped());
        for (qsizetype i = 0; i < s.figures.size(); ++i) {
            const QString caption = s.figureCaptions.value(i);
            if (forTextDocument) {
                const int width = std::min(PdfFigureWidth, int(s.figures[i].width()));
                h += QStringLiteral("<p><img src=\"%1\" width=\"%2\"><br><i>%3</i></p>\n")
                         .arg(figureUrl(si, i).toString())
                         .arg(width)
                         .arg(caption.toHtmlEscaped());
            } else {
                h += QStringLiteral("<figure><img alt=\"%1\" src=\"%2\"><figcaption>%1</figcaption></figure>\n")
                         .arg(caption.toHtmlEscaped(), pngDataUrl(s.figures[i]));
            }
            const QList<Link> links = s.figureLinks.value(i);
            if (!links.isEmpty()) {
                QStringList anchors;
                for (const Link &l : links)
                    anchors << (l.url.isEmpty() ? l.text.toHtmlEscaped()
                                                : QStringLiteral("<a href=\"%1\">%2</a>")
                                                      .arg(l.url.toHtmlEscaped(), l.text.toHtmlEscaped()));
                h += QStringLiteral("<p class=\"assets\">%1 %2</p>\n")
                         .arg(tr("Assets behind this figure:").toHtmlEscaped(), anchors.join(QStringLiteral(", ")));
            }
        }
        for (const Table &t : s.tables) {
            // In the PDF the header row repeats on each page a long table runs over.
            h += forTextDocument
                ? QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n<thead><tr>")
                : QStringLiteral("<table>\n<tr>");
            for (const QString &c : t.headers)
                h += QStringLiteral("<th>%1</th>").arg(c.toHtmlEscaped());
            h += forTextDocument ? QStringLiteral("</tr></thead>\n") : QStringLiteral("</tr>\n");
            for (qsizetype r = 0; r < t.rows.size(); ++r) {
                h += QStringLiteral("<tr>");
                const QString link = t.links.value(r);
                for (qsizetype c = 0; c < t.rows[r].size(); ++c) {
                    const QString cell = t.rows[r][c].toHtmlEscaped();
                    h += c == 0 && !link.isEmpty()
                        ? QStringLiteral("<td><a href=\"%1\">%2</a></td>").arg(link.toHtmlEscaped(), cell)
                        : QStringLiteral("<td>%1</td>").arg(cell);
                }
                h += QStringLiteral("</tr>\n");
            }
            h += QStringLiteral("</table>\n");
        }
    }
    h += QStringLiteral("</body></html>\n");
    return h;
}

QString EvaluationReport::toMarkdown() const
{
    QString m = QStringLiteral("# %1\n\n").arg(title);
    for (const Section &s : sections) {
        m += QStringLiteral("## %1\n\n").arg(s.title);
        for (const QString &p : s.paragraphs)
            m += p + QStringLiteral("\n\n");
        for (qsizetype i = 0; i < s.figures.size(); ++i) {
            m += QStringLiteral("![%1](%2)\n\n").arg(md(s.figureCaptions.value(i)), pngDataUrl(s.figures[i]));
            const QList<Link> links = s.figureLinks.value(i);
            if (!links.isEmpty()) {
                QStringList anchors;
                for (const Link &l : links)
                    anchors << (l.url.isEmpty() ? md(l.text) : QStringLiteral("[%1](%2)").arg(md(l.text), l.url));
                m += tr("Assets behind this figure:") + QLatin1Char(' ') + anchors.join(QStringLiteral(", "))
                    + QStringLiteral("\n\n");
            }
        }
        for (const Table &t : s.tables) {
            if (t.headers.isEmpty())
                continue;
            QStringList head, rule;
            for (const QString &c : t.headers) {
                head << md(c);
                rule << QStringLiteral("---");
            }
            m += QStringLiteral("| %1 |\n| %2 |\n")
                     .arg(head.join(QLatin1String(" | ")), rule.join(QLatin1String(" | ")));
            for (qsizetype r = 0; r < t.rows.size(); ++r) {
                QStringList cells;
                for (qsizetype c = 0; c < t.rows[r].size(); ++c) {
                    const QString link = t.links.value(r);
                    cells << (c == 0 && !link.isEmpty() ? QStringLiteral("[%1](%2)").arg(md(t.rows[r][c]), link)
                                                        : md(t.rows[r][c]));
                }
                m += QStringLiteral("| %1 |\n").arg(cells.join(QLatin1String(" | ")));
            }
            m += QLatin1Char('\n');
        }
    }
    return m;
}

EvaluationReport::Format EvaluationReport::formatFor(const QString &file)
{
    const QString suffix = QFileInfo(file).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    return suffix == QLatin1String("md") || suffix == QLatin1String("markdown") ? Format::Markdown : Format::Html;
}

bool EvaluationReport::writePdf(const QString &file, QString *error, int *pages) const
{
    QTextDocument doc;
    for (int si = 0; si < sections.size(); ++si)
        for (qsizetype i = 0; i < sections[si].figures.size(); ++i)
            doc.addResource(QTextDocument::ImageResource, figureUrl(si, i), sections[si].figures[i]);
    doc.setHtml(html(true));

    // Into memory first: a file is only replaced by a complete PDF.
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Resonance Workbench"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        const double scale = writer.resolution() / LayoutDpi;
        const QRectF paint = writer.pageLayout().paintRectPixels(writer.resolution());
        const QSizeF page(paint.width() / scale, paint.height() / scale);
        doc.setPageSize(page); // paginates: no line is cut across two pages
        const int count = doc.pageCount();
        QPainter painter(&writer);
        if (!painter.isActive()) {
            if (error)
                *error = tr("%1: cannot be written: %2").arg(file, tr("no PDF output"));
            return false;
        }
        painter.scale(scale, scale);
        for (int p = 0; p < count; ++p) {
            if (p > 0)
                writer.newPage();
            painter.save();
            painter.translate(0, -p * page.height());
            doc.drawContents(&painter, QRectF(QPointF(0, p * page.height()), page));
            painter.restore();
        }
        painter.end();
        if (pages)
            *pages = count;
    }
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(pdf) != pdf.size() || !out.commit()) {
        if (error)
            *error = tr("%1: cannot be written: %2").arg(file, out.errorString());
        return false;
    }
    return true;
}

bool EvaluationReport::write(const QString &file, Format format, QString *error) const
{
    if (format == Format::Pdf)
        return writePdf(file, error);
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("%1: cannot be written: %2").arg(file, out.errorString());
        return false;
    }
    out.write((format == Format::Html ? toHtml() : toMarkdown()).toUtf8());
    if (!out.commit()) {
        if (error)
            *error = tr("%1: cannot be written: %2").arg(file, out.errorString());
        return false;
    }
    return true;
}

} // namespace rwb::evaluation
