#pragma once

#include "ocrword.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>

#include <memory>

namespace tesseract {
class TessBaseAPI;
}

namespace rwb::document {

/// Tesseract behind one class: recognizes the words of a rendered page. One engine per thread
/// (Tesseract's API object is not thread-safe); loading the models takes a second or two, so a
/// job keeps its engine for all pages.
class OcrEngine
{
    Q_DECLARE_TR_FUNCTIONS(rwb::document::OcrEngine)
public:
    /// \a languages in Tesseract's form ("chi_sim+eng").
    explicit OcrEngine(const QString &languages = QStringLiteral("chi_sim+eng"));
    ~OcrEngine();

    /// Whether the models loaded; else error() says why (e.g. language data not installed).
    bool isReady() const { return m_ready; }
    QString error() const { return m_error; }
    QString languages() const { return m_languages; }
    static QString engineName();

    /// The words on \a image rendered at \a dpi, boxes converted to PDF points.
    QList<OcrWord> recognize(const QImage &image, double dpi);

private:
    std::unique_ptr<tesseract::TessBaseAPI> m_api;
    std::unique_ptr<tesseract::TessBaseAPI> m_latin; ///< re-reads Latin words when "eng" is a second language
    QString m_languages;
    QString m_error;
    bool m_ready = false;
};

} // namespace rwb::document
