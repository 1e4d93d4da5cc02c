#include "ocrengine.h"

#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

namespace rwb::document {

OcrEngine::OcrEngine(const QString &languages)
    : m_api(std::make_unique<tesseract::TessBaseAPI>())
    , m_languages(languages)
{
    // Tesseract's own language combination ("chi_sim+eng") lets the English model win on
    // Chinese glyphs with confident garbage. So the first language reads the page (chi_sim
    // reads Latin letters too) and the English model re-reads the words that came out Latin.
    QStringList parts = languages.split(QLatin1Char('+'), Qt::SkipEmptyParts);
    const QString primary = parts.value(0);
    if (parts.size() > 1 && parts.contains(QLatin1String("eng")) && primary != QLatin1String("eng")) {
        m_latin = std::make_unique<tesseract::TessBaseAPI>();
        if (m_latin->Init(nullptr, "eng", tesseract::OEM_DEFAULT) != 0)
            m_latin.reset();
    }
    if (primary.isEmpty() || m_api->Init(nullptr, primary.toUtf8().constData(), tesseract::OEM_DEFAULT) != 0) {
        m_error = tr("Tesseract could not load the language data “%1” (install tesseract-ocr-chi-sim and "
                     "tesseract-ocr-eng)")
                      .arg(languages);
        return;
    }
    // Chinese text has no spaces between words; without this Tesseract inserts them.
    m_api->SetVariable("preserve_interword_spaces", "1");
    m_ready = true;
}

OcrEngine::~OcrEngine()
{
    if (m_api)
        m_api->End();
    if (m_latin)
        m_latin->End();
}

QString OcrEngine::engineName()
{
    return QStringLiteral("tesseract ") + QString::fromLatin1(tesseract::TessBaseAPI::Version());
}

QList<OcrWord> OcrEngine::recognize(const QImage &image, double dpi)
{
    QList<OcrWord> words;
    if (!m_ready || image.isNull())
        return words;
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    m_api->SetPageSegMode(tesseract::PSM_AUTO);
    m_api->SetImage(gray.constBits(), gray.width(), gray.height(), 1, int(gray.bytesPerLine()));
    m_api->SetSourceResolution(int(dpi));
    if (m_api->Recognize(nullptr) != 0)
        return words;
    if (m_latin) {
        m_latin->SetPageSegMode(tesseract::PSM_SINGLE_WORD);
        m_latin->SetImage(gray.constBits(), gray.width(), gray.height(), 1, int(gray.bytesPerLine()));
        m_latin->SetSourceResolution(int(dpi));
    }
    std::unique_ptr<tesseract::ResultIterator> it(m_api->GetIterator());
    if (!it)
        return words;
    const double scale = 72.0 / dpi;
    int line = -1;
    const tesseract::PageIteratorLevel level = tesseract::RIL_WORD;
    do {
        if (it->Empty(level))
            continue;
        if (it->IsAtBeginningOf(tesseract::RIL_TEXTLINE) || line < 0)
            ++line;
        std::unique_ptr<char[]> text(it->GetUTF8Text(level));
        int x1 = 0, y1 = 0, x2 = 0, y2 = 0;
        if (!text || !it->BoundingBox(level, &x1, &y1, &x2, &y2))
            continue;
        QString s = QString::fromUtf8(text.get()).trimmed();
        if (s.isEmpty())
            continue;
        double confidence = it->Confidence(level);
        bool latin = true;
        for (const QChar c : std::as_const(s))
            latin = latin && c.unicode() < 0x80;
        if (latin && m_latin) {
            m_latin->SetRectangle(std::max(0, x1 - 2), std::max(0, y1 - 2), x2 - x1 + 4, y2 - y1 + 4);
            std::unique_ptr<char[]> again(m_latin->GetUTF8Text());
            const QString word = QString::fromUtf8(again.get()).simplified();
            const double c2 = m_latin->MeanTextConf();
            if (!word.isEmpty() && !word.contains(QLatin1Char(' ')) && c2 >= confidence) {
                s = word;
                confidence = c2;
            }
        }
        words.append({ s, QRectF(x1 * scale, y1 * scale, (x2 - x1) * scale, (y2 - y1) * scale), line, confidence });
    } while (it->Next(level));
    m_api->Clear();
    if (m_latin)
        m_latin->Clear();
    return words;
}

} // namespace rwb::document
