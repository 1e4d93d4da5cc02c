#pragma once

#include "project/jobs/job.h"

#include <QList>

#include <optional>

namespace rwb::project {
class Project;
}

namespace rwb::document {

/// Recognizes the pages of a PDF asset that have no text layer (Tesseract, chi_sim+eng) and
/// stores their words in the project, one transaction per page: a cancelled job keeps the pages
/// it finished. Afterwards the pages can be annotated like born-digital text.
class OcrJob : public project::Job
{
    Q_OBJECT
public:
    /// \a pages: the pages to recognize (empty: every page without text layer and not yet
    /// recognized). \a dpi: rendering resolution for recognition.
    OcrJob(project::Project &project, qint64 assetId, const QList<int> &pages = {}, int dpi = 300,
        QObject *parent = nullptr);

    QList<int> recognizedPages() const { return m_recognized; }

protected:
    void run() override;

private:
    QString m_projectPath;
    std::optional<qint64> m_userId;
    QString m_pdfPath;
    qint64 m_assetId;
    QList<int> m_pages;
    int m_dpi;
    QList<int> m_recognized;
};

} // namespace rwb::document
