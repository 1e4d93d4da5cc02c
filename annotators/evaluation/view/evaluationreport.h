#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QStringList>

namespace rwb::evaluation {

/// A self-contained evaluation report (HTML, Markdown or PDF): sections of text, figures embedded
/// as PNG data URLs (in the PDF as images), and tables whose rows link to the assets behind them.
class EvaluationReport
{
    Q_DECLARE_TR_FUNCTIONS(rwb::evaluation::EvaluationReport)
public:
    enum class Format { Html, Markdown, Pdf };
    struct Table
    {
        QStringList headers;
        QList<QStringList> rows;
        QStringList links; ///< per row: URL of the asset behind it (empty: none)
    };
    /// An asset behind a figure: its name and the URL that opens it.
    struct Link
    {
        QString text;
        QString url;
    };
    struct Section
    {
        QString title;
        QStringList paragraphs;
        QList<QImage> figures;
        QStringList figureCaptions;
        QList<QList<Link>> figureLinks; ///< per figure: the assets whose labels it counts
        QList<Table> tables;
    };

    QString title;
    QList<Section> sections;

    QString toHtml() const;
    QString toMarkdown() const;
    /// Writes the report as an A4 PDF laid out by QTextDocument (text stays text, row links stay
    /// links); \a pages, when given, receives the number of pages written.
    bool writePdf(const QString &file, QString *error = nullptr, int *pages = nullptr) const;
    /// Writes the report to \a file; false with \a error set when it cannot be written.
    bool write(const QString &file, Format format, QString *error = nullptr) const;
    static Format formatFor(const QString &file);
    static QString pngDataUrl(const QImage &image);

private:
    /// HTML for the browser (figures as data URLs) or for QTextDocument (figures as
    /// "figure:N" resources, attributes instead of the CSS it does not know).
    QString html(bool forTextDocument) const;
};

} // namespace rwb::evaluation
