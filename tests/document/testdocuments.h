#pragma once

#include <QFont>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace rwb::document::test {

/// A line of text drawn into a generated PDF, and where each of its characters went (points).
struct DrawnLine
{
    QString text;
    QPointF baseline;
    QList<QRectF> charRects; ///< one per code point, from the font's metrics
};

/// Writes a PDF of one A4 page per entry of \a pages (each a list of lines) with \a family at
/// \a pointSize; returns where every line's characters were drawn. QPdfWriter embeds the font
/// with a ToUnicode map, so Poppler gives the text back.
QList<QList<DrawnLine>> writeTextPdf(const QString &path, const QList<QStringList> &pages,
    const QString &family = QStringLiteral("DejaVu Sans"), int pointSize = 14);
/// Writes a PDF whose only page is an image of \a lines (no text layer: a scan).
void writeScannedPdf(const QString &path, const QStringList &lines, const QString &family);
/// A PDF that needs a password (standard security handler with an unknown user password).
void writeEncryptedPdf(const QString &path);

} // namespace rwb::document::test
