#include "testdocuments.h"

#include <QFile>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>

namespace rwb::document::test {

QList<QList<DrawnLine>> writeTextPdf(
    const QString &path, const QList<QStringList> &pages, const QString &family, int pointSize)
{
    QList<QList<DrawnLine>> drawn;
    QPdfWriter writer(path);
    writer.setResolution(72); // painter units are PDF points
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter(&writer);
    QFont font(family);
    font.setPointSizeF(pointSize);
    font.setKerning(false);
    painter.setFont(font);
    const QFontMetricsF metrics(font, &writer);
    for (int p = 0; p < pages.size(); ++p) {
        if (p > 0)
            writer.newPage();
        QList<DrawnLine> lines;
        double y = 72;
        for (const QString &text : pages.at(p)) {
            DrawnLine line { text, QPointF(72, y), {} };
            painter.drawText(line.baseline, text);
            double x = line.baseline.x();
            for (const uint cp : text.toUcs4()) {
                const QString ch = QString::fromUcs4(reinterpret_cast<const char32_t *>(&cp), 1);
                const double w = metrics.horizontalAdvance(ch);
                line.charRects.append(QRectF(x, y - metrics.ascent(), w, metrics.height()));
                x += w;
            }
            lines.append(line);
            y += metrics.height() * 2;
        }
        drawn.append(lines);
    }
    painter.end();
    return drawn;
}

void writeScannedPdf(const QString &path, const QStringList &lines, const QString &family)
{
    constexpr int Dpi = 300;
    QImage scan(int(8.27 * Dpi), int(11.69 * Dpi), QImage::Format_RGB32);
    scan.fill(Qt::white);
    {
        QPainter p(&scan);
        QFont font(family);
        font.setPixelSize(Dpi / 4); // 18 pt
        p.setFont(font);
        p.setPen(Qt::black);
        int y = Dpi;
        for (const QString &line : lines) {
            p.drawText(Dpi, y, line);
            y += Dpi / 2;
        }
    }
    QPdfWriter writer(path);
    writer.setResolution(Dpi);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter(&writer);
    painter.drawImage(QRect(0, 0, scan.width(), scan.height()), scan);
}

void writeEncryptedPdf(const QString &path)
{
    // Minimal PDF with an /Encrypt dictionary whose /U entry matches no password: Poppler
    // cannot open it with the empty password and reports it locked.
    QByteArray body = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    const QList<QByteArray> objects {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        "<< /Filter /Standard /V 1 /R 2 /O <" + QByteArray(64, 'a') + "> /U <" + QByteArray(64, 'b') + "> /P -4 >>",
    };
    for (int i = 0; i < objects.size(); ++i) {
        offsets.append(body.size());
        body += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = body.size();
    body += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype o : offsets)
        body += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    body += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1)
        + " /Root 1 0 R /Encrypt 4 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>] "
          ">>\n";
    body += "startxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(body);
}

} // namespace rwb::document::test
