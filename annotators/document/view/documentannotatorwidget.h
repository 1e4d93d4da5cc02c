#pragma once

#include "document/pagetext.h"
#include "project/annotation.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QStackedWidget;
class QStringListModel;
class QTabWidget;
class QTimer;
class QUndoCommand;
class QUndoStack;

namespace rwb::project {
class AttributeEditor;
class Job;
class JobManager;
class KnowledgeLinkProvider;
class Project;
class ReviewPanel;
struct Annotation;
} // namespace rwb::project

namespace rwb::document {

class PdfDocument;
class PageRenderer;
class PdfView;
class TextDocument;
class TextView;

/// The document annotator: a PDF view (with page thumbnails) or a text view in the middle, a
/// search bar and tools above (select text, page region, relation, zoom, continuous pages,
/// OCR, pre-annotation), and on the right the span list with jump-to, the inspector (class,
/// attributes, knowledge link with completion over node labels and aliases in both languages,
/// accept / reject of proposals) and the review panel. Every edit is an undo command on the
/// stack given to open().
class DocumentAnnotatorWidget : public QWidget
{
    Q_OBJECT
public:
    explicit DocumentAnnotatorWidget(QWidget *parent = nullptr);
    ~DocumentAnnotatorWidget() override;

    /// Opens asset \a assetId of \a project; false (with message()) when its file cannot be read.
    bool open(project::Project &project, qint64 assetId, QUndoStack *undoStack);
    void close();
    void setCurrentClass(std::optional<qint64> classId);
    /// Link targets for the inspector and pre-annotation (default: the label classes); not owned.
    void setLinkProvider(const project::KnowledgeLinkProvider *provider);
    /// Where OCR and pre-annotation run (the main window's, so that its job panel shows them);
    /// not owned. Null: a job manager of the widget's own.
    void setJobManager(project::JobManager *jobs);
    project::JobManager *jobManager() const;
    /// The relation types offered: the names of the label classes with shape "relation", then
    /// types already used in the document.
    QStringList relationTypes() const;
    /// Chooses the type of the relations drawn next.
    void setRelationType(const QString &type);
    /// Relates two annotations with the chosen type (what a drag with the relation tool does).
    void relate(qint64 from, qint64 to) { addRelation(from, to); }
    bool isLoading() const;
    QString message() const { return m_message; }
    QList<QAction *> keyActions() const;

    PdfView *pdfView() const { return m_pdfView; }
    TextView *textView() const { return m_textView; }
    QListWidget *spanList() const { return m_spanList; }
    QLineEdit *searchEdit() const { return m_search; }
    QLineEdit *linkEdit() const { return m_link; }
    std::optional<qint64> selectedAnnotation() const { return m_selected; }
    void selectAnnotation(std::optional<qint64> id, bool jump = false);
    /// Searches \a text (case-insensitive) and shows the first hit; returns the number of hits
    /// found at once. Long documents are searched on in steps (searchFinished() at the end), so
    /// that the window never freezes.
    int search(const QString &text);
    bool isSearching() const;
    /// Links the selected span to the target whose name is \a name (empty: removes the link).
    bool linkSelected(const QString &name);
    /// Starts pre-annotation of every document with the names of the link targets and, when
    /// \a termsPath is given, the terms of that file (PreAnnotationJob::readTerms()); null, with
    /// message(), when the file is refused.
    project::Job *preAnnotate(const QString &termsPath = {});
    /// Accepts or rejects the selected proposal.
    bool setSelectedState(bool accept);

signals:
    void statusMessage(const QString &text);
    void searchFinished(int hits);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void reload();
    void refreshRelationTypes();
    void fitWidth();
    void refreshSpanList();
    void updateInspector();
    void updateThumbnails();
    bool push(QUndoCommand *command);
    void addSpan(int page, qint64 start, qint64 end);
    void addRegion(int page, const QRectF &rect);
    void addRelation(qint64 from, qint64 to);
    void removeSelected();
    void runOcr();
    void runPreAnnotation();
    void stepSearch(int delta);
    /// Searches on for about \a budgetMs; false when done.
    bool continueSearch(int budgetMs);
    PageText pageTextFor(int page) const;
    QString spanText(int page, qint64 start, qint64 end) const;
    QColor classColor(std::optional<qint64> classId) const;
    const project::KnowledgeLinkProvider *provider() const;

    project::Project *m_project = nullptr;
    QUndoStack *m_undo = nullptr;
    qint64 m_assetId = 0;
    std::optional<qint64> m_currentClass;
    std::optional<qint64> m_selected;
    QString m_message;
    std::unique_ptr<PdfDocument> m_pdf;
    std::unique_ptr<TextDocument> m_text;
    std::unique_ptr<project::KnowledgeLinkProvider> m_defaultProvider;
    const project::KnowledgeLinkProvider *m_provider = nullptr;
    std::unique_ptr<project::JobManager> m_jobs;
    project::JobManager *m_externalJobs = nullptr;
    QList<project::Annotation> m_annotations;
    QHash<qint64, int> m_annotationIndex;
    struct Hit
    {
        int page;
        qint64 start;
        qint64 end;
    };
    QList<Hit> m_hits;
    int m_hitIndex = -1;
    QString m_searchText;
    qsizetype m_searchNext = 0; ///< next page (PDF) or line (text) to search
    QTimer *m_searchTimer = nullptr;
    QMetaObject::Connection m_changed;
    QMetaObject::Connection m_relationsChanged;
    QMetaObject::Connection m_schemaChanged;

    QStackedWidget *m_stack = nullptr;
    PdfView *m_pdfView = nullptr;
    TextView *m_textView = nullptr;
    QListWidget *m_thumbnails = nullptr;
    QListWidget *m_spanList = nullptr;
    QTabWidget *m_tabs = nullptr;
    project::AttributeEditor *m_attributes = nullptr;
    project::ReviewPanel *m_review = nullptr;
    QLineEdit *m_search = nullptr;
    QLineEdit *m_link = nullptr;
    QStringListModel *m_linkNames = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_linkLabel = nullptr;
    QLabel *m_pageLabel = nullptr;
    QComboBox *m_relationType = nullptr;
    QAction *m_textTool = nullptr;
    QAction *m_regionTool = nullptr;
    QAction *m_relationTool = nullptr;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_continuous = nullptr;
    QAction *m_fitWidth = nullptr;
    QAction *m_ocr = nullptr;
    QAction *m_preannotate = nullptr;
    QAction *m_preannotateTerms = nullptr;
    QAction *m_accept = nullptr;
    QAction *m_reject = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_findNext = nullptr;
    QAction *m_findPrevious = nullptr;
    QTimer *m_indexTimer = nullptr;
    std::unique_ptr<PageRenderer> m_thumbRenderer;
};

} // namespace rwb::document
