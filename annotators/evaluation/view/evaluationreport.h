#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QStringList>

namespace rwb::evaluation {

/// A self-contained evaluation report (HTML or Markdown): sections of text, figures embedded
/// as PNG data URLs, and tables whose rows link to the assets behind them.
class EvaluationReport
{
    Q_DECLARE_TR_FUNCTIONS(rwb::evaluation::EvaluationReport)
public:
    enum class Format { Html, Markdown };
    struct Table
    {
        QStringList headers;
        QList<QStringList> rows;
        QStringList links; ///< per row: URL of the asset behind it (empty: none)
    };
    struct Section
    {
        QString title;
        QStringList paragraphs;
        QList<QImage> figures;
        QStringList figureCaptions;
        QList<Table> tables;
    };

    QString title;
    QList<Section> sections;

    QString toHtml() const;
    QString toMarkdown() const;
    /// Writes the report to \a file; false with \a error set when it cannot be written.
    bool write(const QString &file, Format format, QString *error = nullptr) const;
    static Format formatFor(const QString &file);
    static QString pngDataUrl(const QImage &image);
};

} // namespace rwb::evaluation
