#include "documentannotatorwidget.h"

#include "pdfview.h"
#include "textview.h"

#include "document/documentspan.h"
#include "document/labelclasslinkprovider.h"
#include "document/ocrjob.h"
#include "document/ocrstore.h"
#include "document/pageregion.h"
#include "document/pagerenderer.h"
#include "document/pdfdocument.h"
#include "document/preannotationjob.h"
#include "document/textdocument.h"

#include "project/commands/addannotationcommand.h"
#include "project/commands/addrelationcommand.h"
#include "project/commands/editannotationcommand.h"
#include "project/commands/removeannotationcommand.h"
#include "project/commands/storecommand.h"
#include "project/jobs/jobmanager.h"
#include "project/knowledgelinkprovider.h"
#include "project/project.h"
#include "project/ui/attributeeditor.h"
#include "project/ui/reviewpanel.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QElapsedTimer>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStringListModel>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rwb::document {

namespace {

constexpr int ThumbnailDpi = 14;
/// Room left and right of a fitted page, in pixels.
constexpr int PageMargin = 12;
/// The label-class shape that makes a class a relation type (see project::shape::all()).
constexpr const char *RelationShape = "relation";

} // namespace

DocumentAnnotatorWidget::DocumentAnnotatorWidget(QWidget *parent)
    : QWidget(parent)
    , m_jobs(std::make_unique<project::JobManager>())
{
    buildUi();
    retranslateUi();
}

DocumentAnnotatorWidget::~DocumentAnnotatorWidget()
{
    m_jobs->cancelAll();
    m_jobs->waitForAll();
    close();
}

void DocumentAnnotatorWidget::buildUi()
{
    auto *toolbar = new QToolBar(this);
    m_textTool = toolbar->addAction(QString());
    m_regionTool = toolbar->addAction(QString());
    m_relationTool = toolbar->addAction(QString());
    for (QAction *a : { m_textTool, m_regionTool, m_relationTool })
        a->setCheckable(true);
    m_textTool->setChecked(true);
    m_textTool->setObjectName(QStringLiteral("document.tool.text"));
    m_textTool->setShortcut(QKeySequence(Qt::Key_T));
    m_regionTool->setObjectName(QStringLiteral("document.tool.region"));
    m_regionTool->setShortcut(QKeySequence(Qt::Key_R));
    m_relationTool->setObjectName(QStringLiteral("document.tool.relation"));
    m_relationTool->setShortcut(QKeySequence(Qt::Key_L));
    m_relationType = new QComboBox(toolbar);
    m_relationType->setEditable(true);
    m_relationType->setMinimumContentsLength(12);
    toolbar->addWidget(m_relationType);
    toolbar->addSeparator();
    m_zoomOut = toolbar->addAction(QStringLiteral("−"));
    m_zoomOut->setObjectName(QStringLiteral("document.zoom.out"));
    m_zoomOut->setShortcut(QKeySequence::ZoomOut);
    m_zoomIn = toolbar->addAction(QStringLiteral("+"));
    m_zoomIn->setObjectName(QStringLiteral("document.zoom.in"));
    m_zoomIn->setShortcut(QKeySequence::ZoomIn);
    m_continuous = toolbar->addAction(QString());
    m_continuous->setCheckable(true);
    m_continuous->setChecked(true);
    m_fitWidth = toolbar->addAction(QString());
    m_fitWidth->setObjectName(QStringLiteral("document.zoom.fit"));
    m_pageLabel = new QLabel(toolbar);
    toolbar->addWidget(m_pageLabel);
    // Search and the jobs on a second row: one row does not hold them next to the tools in a
    // window with the docks open, and an overflow menu would hide them.
    auto *findBar = new QToolBar(this);
    m_search = new QLineEdit(findBar);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(160);
    m_search->setMaximumWidth(320);
    findBar->addWidget(m_search);
    m_findPrevious = findBar->addAction(QStringLiteral("↑"));
    m_findPrevious->setShortcut(QKeySequence::FindPrevious);
    m_findPrevious->setObjectName(QStringLiteral("document.find.previous"));
    m_findNext = findBar->addAction(QStringLiteral("↓"));
    m_findNext->setShortcut(QKeySequence::FindNext);
    m_findNext->setObjectName(QStringLiteral("document.find.next"));
    findBar->addSeparator();
    m_ocr = findBar->addAction(QString());
    m_preannotate = findBar->addAction(QString());
    m_preannotateTerms = findBar->addAction(QString());
    m_preannotateTerms->setObjectName(QStringLiteral("document.preannotate.terms"));
    m_ocr->setObjectName(QStringLiteral("document.ocr"));
    m_preannotate->setObjectName(QStringLiteral("document.preannotate"));
    m_accept = new QAction(this);
    m_accept->setObjectName(QStringLiteral("document.proposal.accept"));
    m_accept->setShortcut(QKeySequence(Qt::Key_A));
    m_reject = new QAction(this);
    m_reject->setObjectName(QStringLiteral("document.proposal.reject"));
    m_reject->setShortcut(QKeySequence(Qt::Key_X));
    m_delete = new QAction(this);
    m_delete->setObjectName(QStringLiteral("document.delete"));
    m_delete->setShortcut(QKeySequence::Delete);
    for (QAction *a : { m_accept, m_reject, m_delete }) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }

    m_pdfView = new PdfView(this);
    m_textView = new TextView(this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_pdfView);
    m_stack->addWidget(m_textView);
    m_thumbnails = new QListWidget(this);
    m_thumbnails->setViewMode(QListView::IconMode);
    m_thumbnails->setFlow(QListView::TopToBottom);
    m_thumbnails->setWrapping(false);
    m_thumbnails->setIconSize(QSize(96, 128));
    m_thumbnails->setUniformItemSizes(true);
    m_thumbnails->setMaximumWidth(140);

    m_spanList = new QListWidget(this);
    m_attributes = new project::AttributeEditor(this);
    m_link = new QLineEdit(this);
    m_link->setClearButtonEnabled(true);
    m_linkNames = new QStringListModel(this);
    auto *completer = new QCompleter(m_linkNames, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_link->setCompleter(completer);
    m_stateLabel = new QLabel(this);
    m_linkLabel = new QLabel(this);
    auto *acceptButton = new QPushButton(this);
    auto *rejectButton = new QPushButton(this);
    connect(acceptButton, &QPushButton::clicked, m_accept, &QAction::trigger);
    connect(rejectButton, &QPushButton::clicked, m_reject, &QAction::trigger);
    acceptButton->setObjectName(QStringLiteral("acceptButton"));
    rejectButton->setObjectName(QStringLiteral("rejectButton"));
    auto *inspector = new QWidget(this);
    auto *il = new QVBoxLayout(inspector);
    il->addWidget(m_attributes);
    il->addWidget(m_linkLabel);
    il->addWidget(m_link);
    il->addWidget(m_stateLabel);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(acceptButton);
    buttons->addWidget(rejectButton);
    il->addLayout(buttons);
    il->addStretch();
    m_review = new project::ReviewPanel(this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_spanList, QString());
    m_tabs->addTab(inspector, QString());
    m_tabs->addTab(m_review, QString());

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_thumbnails);
    splitter->addWidget(m_stack);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 1);
    // Small sizes: the splitter gives what the window has beyond them to the page view (its
    // only stretch), while larger ones would be taken from the page view alone.
    splitter->setSizes({ 110, 400, 200 });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolbar);
    layout->addWidget(findBar);
    layout->addWidget(splitter);

    auto chooseTool = [this](QAction *chosen) {
        for (QAction *a : { m_textTool, m_regionTool, m_relationTool })
            a->setChecked(a == chosen);
        m_pdfView->setTool(chosen == m_regionTool
                ? PdfView::Tool::Region
                : (chosen == m_relationTool ? PdfView::Tool::Relation : PdfView::Tool::Text));
        m_textView->setRelationMode(chosen == m_relationTool);
    };
    for (QAction *a : { m_textTool, m_regionTool, m_relationTool })
        connect(a, &QAction::triggered, this, [chooseTool, a] { chooseTool(a); });
    connect(m_zoomIn, &QAction::triggered, this, [this] { m_pdfView->setZoom(m_pdfView->zoom() * 1.25); });
    connect(m_zoomOut, &QAction::triggered, this, [this] { m_pdfView->setZoom(m_pdfView->zoom() / 1.25); });
    connect(m_continuous, &QAction::toggled, m_pdfView, &PdfView::setContinuous);
    connect(m_fitWidth, &QAction::triggered, this, &DocumentAnnotatorWidget::fitWidth);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { search(m_search->text()); });
    connect(m_findNext, &QAction::triggered, this, [this] { stepSearch(1); });
    connect(m_findPrevious, &QAction::triggered, this, [this] { stepSearch(-1); });
    connect(m_ocr, &QAction::triggered, this, &DocumentAnnotatorWidget::runOcr);
    connect(m_preannotate, &QAction::triggered, this, &DocumentAnnotatorWidget::runPreAnnotation);
    connect(m_preannotateTerms, &QAction::triggered, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Term List"), QString(), tr("Term lists (*.txt *.tsv);;All files (*)"));
        if (!file.isEmpty())
            preAnnotate(file);
    });
    connect(m_accept, &QAction::triggered, this, [this] { setSelectedState(true); });
    connect(m_reject, &QAction::triggered, this, [this] { setSelectedState(false); });
    connect(m_delete, &QAction::triggered, this, &DocumentAnnotatorWidget::removeSelected);
    connect(m_pdfView, &PdfView::spanDrawn, this, &DocumentAnnotatorWidget::addSpan);
    connect(m_pdfView, &PdfView::regionDrawn, this, &DocumentAnnotatorWidget::addRegion);
    connect(m_pdfView, &PdfView::relationDrawn, this, &DocumentAnnotatorWidget::addRelation);
    connect(m_pdfView, &PdfView::annotationClicked, this, [this](qint64 id) { selectAnnotation(id); });
    connect(m_pdfView, &PdfView::currentPageChanged, this, [this](int page) {
        m_pageLabel->setText(tr("Page %1 of %2").arg(page + 1).arg(m_pdfView->pageCount()));
        QSignalBlocker block(m_thumbnails);
        m_thumbnails->setCurrentRow(page);
        updateThumbnails();
    });
    connect(m_textView, &TextView::spanDrawn, this, [this](qint64 start, qint64 end) { addSpan(-1, start, end); });
    connect(m_textView, &TextView::relationDrawn, this, &DocumentAnnotatorWidget::addRelation);
    connect(m_textView, &TextView::annotationClicked, this, [this](qint64 id) { selectAnnotation(id); });
    connect(m_thumbnails, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_pdfView->goToPage(row);
    });
    connect(
        m_thumbnails->verticalScrollBar(), &QScrollBar::valueChanged, this, &DocumentAnnotatorWidget::updateThumbnails);
    connect(m_spanList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            selectAnnotation(m_spanList->item(row)->data(Qt::UserRole).toLongLong(), true);
    });
    connect(m_attributes, &project::AttributeEditor::classChosen, this, [this](std::optional<qint64> classId) {
        if (m_selected && m_project)
            m_message = project::EditAnnotationCommand::editEach(
                m_undo, *m_project, { *m_selected }, [classId](project::Annotation &a) { a.classId = classId; },
                tr("Change class"));
    });
    connect(m_attributes, &project::AttributeEditor::attributeEdited, this,
        [this](const QString &name, const QJsonValue &value) {
            if (!m_selected || !m_project)
                return;
            m_message = project::EditAnnotationCommand::editEach(
                m_undo, *m_project, { *m_selected },
                [&](project::Annotation &a) {
                    if (value.isUndefined())
                        a.attributes.remove(name);
                    else
                        a.attributes.insert(name, value);
                },
                tr("Set %1").arg(name));
        });
    connect(m_link, &QLineEdit::editingFinished, this, [this] { linkSelected(m_link->text()); });
    connect(m_review, &project::ReviewPanel::failed, this, &DocumentAnnotatorWidget::statusMessage);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setInterval(0);
    connect(m_searchTimer, &QTimer::timeout, this, [this] {
        if (!continueSearch(30))
            m_searchTimer->stop();
    });
    m_indexTimer = new QTimer(this);
    m_indexTimer->setInterval(200);
    connect(m_indexTimer, &QTimer::timeout, this, [this] {
        if (!m_text)
            return m_indexTimer->stop();
        m_textView->refreshLines();
        if (m_text->isIndexed()) {
            m_indexTimer->stop();
            reload();
            emit statusMessage(tr("%1: %n line(s), %2", nullptr, int(m_text->lineCount()))
                                   .arg(QFileInfo(m_text->path()).fileName(), m_text->encoding().name()));
        }
    });
}

void DocumentAnnotatorWidget::retranslateUi()
{
    m_textTool->setText(tr("Select text"));
    m_textTool->setToolTip(tr("Drag over text to label it with the current class (T)"));
    m_regionTool->setText(tr("Page region"));
    m_regionTool->setToolTip(tr("Drag a rectangle on a page: tables, figures, nameplates (R)"));
    m_relationTool->setText(tr("Relation"));
    m_relationTool->setToolTip(tr("Drag from one span to another to relate them (L)"));
    m_relationType->setToolTip(tr("Type of the relations drawn"));
    m_zoomIn->setToolTip(tr("Zoom in"));
    m_zoomOut->setToolTip(tr("Zoom out"));
    m_fitWidth->setText(tr("Fit width"));
    m_fitWidth->setToolTip(tr("Zoom so that the page fills the width of the view"));
    m_continuous->setText(tr("Continuous"));
    m_continuous->setToolTip(tr("Show the pages one below the other, or one at a time"));
    m_search->setPlaceholderText(tr("Search in the document"));
    m_findNext->setToolTip(tr("Next hit"));
    m_findPrevious->setToolTip(tr("Previous hit"));
    m_ocr->setText(tr("Recognize text"));
    m_ocr->setToolTip(tr("Run OCR (Chinese and English) on the pages without a text layer"));
    m_preannotate->setText(tr("Pre-annotate"));
    m_preannotate->setToolTip(tr("Propose spans for every label and alias of the knowledge graph in all documents"));
    m_preannotateTerms->setText(tr("Terms…"));
    m_preannotateTerms->setToolTip(tr("Pre-annotate with the knowledge graph and a term list (one term a line, "
                                      "optionally a tab and a label class name)"));
    m_accept->setText(tr("Accept proposal"));
    m_reject->setText(tr("Reject proposal"));
    m_delete->setText(tr("Delete annotation"));
    m_tabs->setTabText(0, tr("Spans"));
    m_tabs->setTabText(1, tr("Inspector"));
    m_tabs->setTabText(2, tr("Review"));
    m_linkLabel->setText(tr("Knowledge link:"));
    m_link->setPlaceholderText(tr("Node label or alias (中文 / English)"));
    if (auto *b = findChild<QPushButton *>(QStringLiteral("acceptButton")))
        b->setText(tr("Accept"));
    if (auto *b = findChild<QPushButton *>(QStringLiteral("rejectButton")))
        b->setText(tr("Reject"));
    updateInspector();
}

void DocumentAnnotatorWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QList<QAction *> DocumentAnnotatorWidget::keyActions() const
{
    return { m_textTool, m_regionTool, m_relationTool, m_zoomIn, m_zoomOut, m_findNext, m_findPrevious, m_accept,
        m_reject, m_delete };
}

void DocumentAnnotatorWidget::setLinkProvider(const project::KnowledgeLinkProvider *provider)
{
    m_provider = provider;
    updateInspector();
}

void DocumentAnnotatorWidget::fitWidth()
{
    if (!m_pdf || m_pdf->pageCount() == 0)
        return;
    const int page = std::clamp(m_pdfView->currentPage(), 0, m_pdf->pageCount() - 1);
    const double available = m_pdfView->viewport()->width() - 2 * PageMargin;
    const double width = m_pdf->pageSize(page).width();
    if (available > 100 && width > 0)
        m_pdfView->setZoom(available / width);
}

void DocumentAnnotatorWidget::setJobManager(project::JobManager *jobs)
{
    m_externalJobs = jobs;
}

project::JobManager *DocumentAnnotatorWidget::jobManager() const
{
    return m_externalJobs ? m_externalJobs : m_jobs.get();
}

QStringList DocumentAnnotatorWidget::relationTypes() const
{
    QStringList types;
    for (int i = 0; i < m_relationType->count(); ++i)
        types.append(m_relationType->itemData(i).toString());
    return types;
}

void DocumentAnnotatorWidget::setRelationType(const QString &type)
{
    const int index = m_relationType->findData(type);
    if (index >= 0)
        m_relationType->setCurrentIndex(index);
    else
        m_relationType->setEditText(type);
}

void DocumentAnnotatorWidget::refreshRelationTypes()
{
    // The schema's relation classes (shown by title, stored by name), then the types the
    // document uses already, so that an imported type can be drawn again.
    const QString current = m_relationType->currentIndex() >= 0
        ? m_relationType->itemData(m_relationType->currentIndex()).toString()
        : m_relationType->currentText();
    QSignalBlocker block(m_relationType);
    m_relationType->clear();
    if (!m_project)
        return;
    const bool zh = locale().language() == QLocale::Chinese;
    for (const project::LabelClass &c : m_project->labels().classes()) {
        if (c.shapes.contains(QLatin1String(RelationShape)) && c.appliesTo(project::AssetKind::Document))
            m_relationType->addItem(c.title(zh), c.name);
    }
    for (const project::Relation &r : m_project->relations().forAsset(m_assetId)) {
        if (m_relationType->findData(r.type) < 0)
            m_relationType->addItem(r.type, r.type);
    }
    const int index = m_relationType->findData(current);
    m_relationType->setCurrentIndex(index >= 0 ? index : 0);
}

const project::KnowledgeLinkProvider *DocumentAnnotatorWidget::provider() const
{
    return m_provider ? m_provider : m_defaultProvider.get();
}

bool DocumentAnnotatorWidget::isLoading() const
{
    if (m_text)
        return !m_text->isIndexed();
    return m_pdf && !m_pdfView->isSettled();
}

void DocumentAnnotatorWidget::setCurrentClass(std::optional<qint64> classId)
{
    m_currentClass = classId;
}

bool DocumentAnnotatorWidget::open(project::Project &project, qint64 assetId, QUndoStack *undoStack)
{
    close();
    m_project = &project;
    m_undo = undoStack;
    m_assetId = assetId;
    m_defaultProvider = std::make_unique<LabelClassLinkProvider>(project.labels());
    m_attributes->setProject(&project, project::AssetKind::Document);
    m_review->setProject(&project, undoStack);
    m_review->setAsset(assetId);
    const std::optional<project::Asset> asset = project.assets().byId(assetId);
    if (!asset) {
        m_message = tr("Asset %1 is not in the project").arg(assetId);
        emit statusMessage(m_message);
        return false;
    }
    const QString path = project.resolve(asset->uri);
    QString error;
    if (QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0) {
        m_pdf = PdfDocument::load(path, &error);
        if (!m_pdf) {
            m_message = error;
            emit statusMessage(error);
            return false;
        }
        QList<QSizeF> sizes;
        sizes.reserve(m_pdf->pageCount());
        for (int p = 0; p < m_pdf->pageCount(); ++p)
            sizes.append(m_pdf->pageSize(p));
        m_pdfView->setDocument(path, sizes, [this](int page) { return pageTextFor(page); });
        m_stack->setCurrentWidget(m_pdfView);
        m_thumbnails->show();
        m_thumbRenderer = std::make_unique<PageRenderer>(path, 1, 32ll << 20);
        connect(m_thumbRenderer.get(), &PageRenderer::pageReady, this, [this](int page, int) {
            if (QListWidgetItem *item = m_thumbnails->item(page))
                item->setIcon(QPixmap::fromImage(m_thumbRenderer->page(page, ThumbnailDpi)));
        });
        m_thumbnails->clear();
        for (int p = 0; p < m_pdf->pageCount(); ++p) {
            auto *item = new QListWidgetItem(QString::number(p + 1), m_thumbnails);
            QPixmap blank(m_thumbnails->iconSize());
            blank.fill(Qt::white);
            item->setIcon(blank);
        }
        m_pageLabel->setText(tr("Page %1 of %2").arg(1).arg(m_pdf->pageCount()));
        QTimer::singleShot(0, this, &DocumentAnnotatorWidget::updateThumbnails);
        // A page wider than the view is fitted to it once the view has its size, so that lines
        // are not cut off at the right.
        QTimer::singleShot(0, this, [this] {
            if (m_pdf && m_pdf->pageCount() > 0
                && m_pdf->pageSize(0).width() * m_pdfView->zoom() > m_pdfView->viewport()->width())
                fitWidth();
        });
        emit statusMessage(tr("%1: %n page(s)", nullptr, m_pdf->pageCount()).arg(QFileInfo(path).fileName()));
    } else {
        m_text = std::make_unique<TextDocument>();
        if (!m_text->open(path, &error)) {
            m_text.reset();
            m_message = error;
            emit statusMessage(error);
            return false;
        }
        // The first megabytes at once, so that the top of the file shows at once; the rest in
        // the background.
        m_text->indexMore(4 << 20);
        m_text->startIndexing();
        m_textView->setDocument(m_text.get());
        m_stack->setCurrentWidget(m_textView);
        m_thumbnails->hide();
        m_pageLabel->clear();
        m_indexTimer->start();
        emit statusMessage(tr("%1: text in %2").arg(QFileInfo(path).fileName(), m_text->encoding().name()));
    }
    m_ocr->setEnabled(m_pdf != nullptr);
    m_continuous->setEnabled(m_pdf != nullptr);
    m_fitWidth->setEnabled(m_pdf != nullptr);
    m_changed = connect(project.notifier(), &project::ProjectSignals::annotationsChanged, this, [this](qint64 id) {
        if (id == m_assetId)
            reload();
    });
    m_relationsChanged
        = connect(project.notifier(), &project::ProjectSignals::relationsChanged, this, [this] { reload(); });
    m_schemaChanged = connect(project.notifier(), &project::ProjectSignals::labelSchemaChanged, this, [this] {
        refreshRelationTypes();
        refreshSpanList();
    });
    m_message.clear();
    reload();
    return true;
}

void DocumentAnnotatorWidget::close()
{
    disconnect(m_changed);
    disconnect(m_relationsChanged);
    disconnect(m_schemaChanged);
    if (m_indexTimer)
        m_indexTimer->stop();
    m_pdfView->clear();
    m_textView->setDocument(nullptr);
    m_thumbRenderer.reset();
    m_pdf.reset();
    m_text.reset();
    m_annotations.clear();
    m_annotationIndex.clear();
    m_hits.clear();
    if (m_searchTimer)
        m_searchTimer->stop();
    m_selected.reset();
    if (m_spanList)
        m_spanList->clear();
    if (m_thumbnails)
        m_thumbnails->clear();
    if (m_review)
        m_review->setAsset(std::nullopt);
    m_project = nullptr;
}

QColor DocumentAnnotatorWidget::classColor(std::optional<qint64> classId) const
{
    if (m_project && classId) {
        if (std::optional<project::LabelClass> c = m_project->labels().classById(*classId))
            return QColor(c->color);
    }
    return QColor(128, 128, 128);
}

void DocumentAnnotatorWidget::reload()
{
    if (!m_project)
        return;
    m_annotations = m_project->annotations().forAsset(m_assetId);
    m_annotationIndex.clear();
    QHash<qint64, QColor> colors;
    for (const project::LabelClass &c : m_project->labels().classes())
        colors.insert(c.id, QColor(c.color));
    QList<PdfView::SpanItem> pdfSpans;
    QList<PdfView::RegionItem> regions;
    QList<TextView::SpanItem> textSpans;
    for (int i = 0; i < m_annotations.size(); ++i) {
        const project::Annotation &a = m_annotations.at(i);
        m_annotationIndex.insert(a.id, i);
        if (a.state == project::AnnotationState::Rejected)
            continue;
        const QColor color = a.classId ? colors.value(*a.classId, QColor(128, 128, 128)) : QColor(128, 128, 128);
        const bool proposed = a.state == project::AnnotationState::Proposed;
        if (const std::optional<DocumentSpan> s = DocumentSpan::fromAnnotation(a)) {
            if (s->page >= 0)
                pdfSpans.append({ a.id, s->page, s->start, s->end, color, proposed });
            else
                textSpans.append({ a.id, s->start, s->end, color, proposed });
        } else if (const std::optional<PageRegion> r = PageRegion::fromAnnotation(a)) {
            regions.append({ a.id, r->page, r->rect, color });
        }
    }
    QList<PdfView::RelationItem> pdfRelations;
    QList<TextView::RelationItem> textRelations;
    refreshRelationTypes();
    for (const project::Relation &r : m_project->relations().forAsset(m_assetId)) {
        // Drawn with the type's title in the UI language where the schema has one.
        const int type = m_relationType->findData(r.type);
        const QString shown = type >= 0 ? m_relationType->itemText(type) : r.type;
        pdfRelations.append({ r.id, r.fromId, r.toId, shown });
        textRelations.append({ r.id, r.fromId, r.toId, shown });
    }
    m_pdfView->setSpans(pdfSpans);
    m_pdfView->setRegions(regions);
    m_pdfView->setRelations(pdfRelations);
    m_textView->setSpans(textSpans);
    m_textView->setRelations(textRelations);
    if (m_selected && !m_annotationIndex.contains(*m_selected))
        m_selected.reset();
    refreshSpanList();
    updateInspector();
}

void DocumentAnnotatorWidget::refreshSpanList()
{
    QSignalBlocker block(m_spanList);
    m_spanList->clear();
    QHash<qint64, QString> names;
    if (m_project) {
        const bool zh = locale().language() == QLocale::Chinese;
        for (const project::LabelClass &c : m_project->labels().classes())
            names.insert(c.id, c.title(zh));
    }
    // A list of 20 000 items is fine for QListWidget; it is rebuilt only when annotations change.
    for (const project::Annotation &a : std::as_const(m_annotations)) {
        QString text;
        if (const auto s = DocumentSpan::fromAnnotation(a)) {
            text = s->page >= 0 ? tr("p. %1: %2").arg(s->page + 1).arg(s->text) : s->text;
        } else if (const auto r = PageRegion::fromAnnotation(a)) {
            text = tr("p. %1: region").arg(r->page + 1);
        } else {
            continue;
        }
        const QString cls = a.classId ? names.value(*a.classId) : tr("(no class)");
        QString state;
        if (a.state == project::AnnotationState::Proposed)
            state = tr(" · proposed");
        else if (a.state == project::AnnotationState::Rejected)
            state = tr(" · rejected");
        auto *item = new QListWidgetItem(QStringLiteral("[%1] %2%3").arg(cls, text.left(80), state), m_spanList);
        item->setData(Qt::UserRole, a.id);
        item->setForeground(classColor(a.classId).darker(130));
        if (m_selected == a.id)
            m_spanList->setCurrentItem(item);
    }
}

void DocumentAnnotatorWidget::selectAnnotation(std::optional<qint64> id, bool jump)
{
    m_selected = id;
    m_pdfView->setSelectedAnnotation(id);
    m_textView->setSelectedAnnotation(id);
    if (id && jump && m_annotationIndex.contains(*id)) {
        const project::Annotation &a = m_annotations.at(m_annotationIndex.value(*id));
        if (const auto s = DocumentSpan::fromAnnotation(a)) {
            if (s->page >= 0)
                m_pdfView->showOffset(s->page, s->start);
            else
                m_textView->showOffset(s->start);
        } else if (const auto r = PageRegion::fromAnnotation(a)) {
            m_pdfView->goToPage(r->page);
        }
    }
    {
        QSignalBlocker block(m_spanList);
        for (int i = 0; i < m_spanList->count(); ++i) {
            if (id && m_spanList->item(i)->data(Qt::UserRole).toLongLong() == *id) {
                m_spanList->setCurrentRow(i);
                break;
            }
        }
    }
    updateInspector();
}

void DocumentAnnotatorWidget::updateInspector()
{
    if (!m_attributes)
        return;
    // Names of every link target in both languages, for completion.
    QStringList names;
    if (const project::KnowledgeLinkProvider *p = provider()) {
        for (const project::KnowledgeTarget &t : p->targets())
            names += t.names();
    }
    names.removeDuplicates();
    m_linkNames->setStringList(names);
    const project::Annotation *a = m_selected && m_annotationIndex.contains(*m_selected)
        ? &m_annotations.at(m_annotationIndex.value(*m_selected))
        : nullptr;
    m_attributes->setAnnotations(a ? QList<project::Annotation> { *a } : QList<project::Annotation> {});
    const std::optional<DocumentSpan> span = a ? DocumentSpan::fromAnnotation(*a) : std::nullopt;
    m_link->setEnabled(span.has_value());
    {
        QSignalBlocker block(m_link);
        QString shown;
        if (span && span->link) {
            shown = span->link->label;
            if (const project::KnowledgeLinkProvider *p = provider()) {
                if (const auto t = p->target(span->link->target))
                    shown = (locale().language() == QLocale::Chinese && !t->labelZh.isEmpty()) ? t->labelZh : t->label;
            }
            if (shown.isEmpty())
                shown = span->link->target;
        }
        m_link->setText(shown);
    }
    if (!a)
        m_stateLabel->clear();
    else
        m_stateLabel->setText(tr("State: %1").arg(project::displayName(a->state)));
    m_accept->setEnabled(a && a->state != project::AnnotationState::Accepted);
    m_reject->setEnabled(a && a->state != project::AnnotationState::Rejected);
}

void DocumentAnnotatorWidget::updateThumbnails()
{
    if (!m_thumbRenderer || !m_thumbnails->isVisible())
        return;
    const QRect area = m_thumbnails->viewport()->rect();
    for (int i = 0; i < m_thumbnails->count(); ++i) {
        QListWidgetItem *item = m_thumbnails->item(i);
        const QRect r = m_thumbnails->visualItemRect(item);
        if (r.bottom() < area.top())
            continue;
        if (r.top() > area.bottom())
            break;
        const QImage image = m_thumbRenderer->page(i, ThumbnailDpi);
        if (!image.isNull())
            item->setIcon(QPixmap::fromImage(image));
    }
}

bool DocumentAnnotatorWidget::push(QUndoCommand *command)
{
    const QString error = project::StoreCommand::pushTo(m_undo, command);
    if (!error.isEmpty()) {
        m_message = error;
        emit statusMessage(error);
        return false;
    }
    return true;
}

QString DocumentAnnotatorWidget::spanText(int page, qint64 start, qint64 end) const
{
    if (page >= 0)
        return m_pdfView->pageText(page).slice(start, end);
    return m_text ? m_text->text(start, end) : QString();
}

void DocumentAnnotatorWidget::addSpan(int page, qint64 start, qint64 end)
{
    if (!m_project || end <= start)
        return;
    // A class that forbids overlapping labels gets no span over one of its own.
    if (m_currentClass) {
        const std::optional<project::LabelClass> c = m_project->labels().classById(*m_currentClass);
        if (c && !c->allowOverlap) {
            for (const project::Annotation &a : std::as_const(m_annotations)) {
                const auto s = DocumentSpan::fromAnnotation(a);
                if (s && a.classId == m_currentClass && s->page == page && s->start < end && start < s->end
                    && a.state != project::AnnotationState::Rejected) {
                    m_message = tr("“%1” does not allow overlapping spans").arg(c->title(false));
                    emit statusMessage(m_message);
                    return;
                }
            }
        }
    }
    DocumentSpan span;
    span.page = page;
    span.start = start;
    span.end = end;
    span.text = spanText(page, start, end);
    project::Annotation a = span.toAnnotation(m_assetId, m_currentClass);
    a.author = m_project->userId();
    m_project->labels().applyDefaults(a);
    auto *command = new project::AddAnnotationCommand(m_project->connection(), a);
    command->setText(tr("Add span “%1”").arg(span.text.left(30)));
    if (push(command)) {
        const qint64 id = command->annotationId();
        selectAnnotation(id);
        emit statusMessage(tr("Span “%1” (%2–%3)").arg(span.text.left(40)).arg(start).arg(end));
    }
}

void DocumentAnnotatorWidget::addRegion(int page, const QRectF &rect)
{
    if (!m_project)
        return;
    project::Annotation a = PageRegion { page, rect }.toAnnotation(m_assetId, m_currentClass);
    a.author = m_project->userId();
    m_project->labels().applyDefaults(a);
    auto *command = new project::AddAnnotationCommand(m_project->connection(), a);
    command->setText(tr("Add page region"));
    if (push(command))
        selectAnnotation(command->annotationId());
}

void DocumentAnnotatorWidget::addRelation(qint64 from, qint64 to)
{
    if (!m_project)
        return;
    project::Relation r;
    // A type picked from the list is stored by its class name; a typed one as written.
    const int index = m_relationType->currentIndex();
    r.type = index >= 0 && m_relationType->itemText(index) == m_relationType->currentText()
        ? m_relationType->itemData(index).toString()
        : m_relationType->currentText().trimmed();
    if (r.type.isEmpty())
        r.type = QStringLiteral("related_to");
    r.fromId = from;
    r.toId = to;
    r.author = m_project->userId();
    auto *command = new project::AddRelationCommand(m_project->connection(), r);
    command->setText(tr("Add relation “%1”").arg(r.type));
    push(command);
}

void DocumentAnnotatorWidget::removeSelected()
{
    if (!m_project || !m_selected)
        return;
    auto *command = new project::RemoveAnnotationCommand(m_project->connection(), *m_selected);
    command->setText(tr("Delete annotation"));
    if (push(command))
        selectAnnotation(std::nullopt);
}

bool DocumentAnnotatorWidget::linkSelected(const QString &name)
{
    if (!m_project || !m_selected || !m_annotationIndex.contains(*m_selected))
        return false;
    const project::Annotation &before = m_annotations.at(m_annotationIndex.value(*m_selected));
    std::optional<DocumentSpan> span = DocumentSpan::fromAnnotation(before);
    if (!span)
        return false;
    std::optional<KnowledgeLink> link;
    if (!name.trimmed().isEmpty()) {
        const project::KnowledgeLinkProvider *p = provider();
        const QList<project::KnowledgeTarget> hits
            = p ? p->complete(name.trimmed(), 50) : QList<project::KnowledgeTarget> {};
        // An exact name first; else the only candidate.
        for (const project::KnowledgeTarget &t : hits) {
            if (t.names().contains(name.trimmed(), Qt::CaseInsensitive)) {
                link = KnowledgeLink { t.id, t.label.isEmpty() ? t.labelZh : t.label };
                break;
            }
        }
        if (!link && hits.size() == 1)
            link = KnowledgeLink { hits.first().id, hits.first().label };
        if (!link) {
            m_message = tr("No knowledge node is called “%1”").arg(name);
            emit statusMessage(m_message);
            updateInspector();
            return false;
        }
    }
    if (span->link == link)
        return true;
    const QString oldTarget = span->link ? span->link->target : QString();
    span->link = link;
    project::Annotation after = before;
    span->applyTo(after);
    // One undo step: the link, and what the provider does with it (the graph records the span
    // as evidence of the node).
    auto *command = new QUndoCommand(link ? tr("Link to “%1”").arg(link->label) : tr("Remove link"));
    new project::EditAnnotationCommand(m_project->connection(), before, after, false, command);
    if (const project::KnowledgeLinkProvider *p = provider())
        p->addLinkCommands(m_project->connection(), before.id, oldTarget, link ? link->target : QString(), command);
    return push(command);
}

bool DocumentAnnotatorWidget::setSelectedState(bool accept)
{
    if (!m_project || !m_selected)
        return false;
    const qint64 id = *m_selected;
    const project::AnnotationState state
        = accept ? project::AnnotationState::Accepted : project::AnnotationState::Rejected;
    const QString text = accept ? tr("Accept proposal") : tr("Reject proposal");
    // An accepted link (a pre-annotation proposes linked spans) is evidence of its node; a
    // rejected one is not. One undo step with the state.
    std::optional<KnowledgeLink> link;
    if (m_annotationIndex.contains(id)) {
        if (const auto span = DocumentSpan::fromAnnotation(m_annotations.at(m_annotationIndex.value(id))))
            link = span->link;
    }
    const project::KnowledgeLinkProvider *p = provider();
    const bool evidence = link && p && m_undo;
    if (evidence)
        m_undo->beginMacro(text);
    m_message = project::EditAnnotationCommand::editEach(
        m_undo, *m_project, { id }, [state](project::Annotation &a) { a.state = state; }, text);
    if (evidence) {
        if (m_message.isEmpty()) {
            auto *command = new QUndoCommand(text);
            p->addLinkCommands(m_project->connection(), id, accept ? QString() : link->target,
                accept ? link->target : QString(), command);
            if (command->childCount() > 0)
                push(command);
            else
                delete command;
        }
        m_undo->endMacro();
    }
    return m_message.isEmpty();
}

PageText DocumentAnnotatorWidget::pageTextFor(int page) const
{
    PageText text = m_pdf ? m_pdf->pageText(page) : PageText();
    if (text.isEmpty() && m_project) {
        if (std::optional<PageText> ocr = OcrStore(m_project->connection()).pageText(m_assetId, page))
            text = *ocr;
    }
    return text;
}

int DocumentAnnotatorWidget::search(const QString &text)
{
    m_searchTimer->stop();
    m_hits.clear();
    m_hitIndex = -1;
    m_searchText = text;
    m_searchNext = 0;
    m_pdfView->setHighlights({});
    m_textView->setHighlights({});
    if (text.isEmpty())
        return 0;
    if (continueSearch(100))
        m_searchTimer->start();
    return int(m_hits.size());
}

bool DocumentAnnotatorWidget::isSearching() const
{
    return m_searchTimer->isActive();
}

bool DocumentAnnotatorWidget::continueSearch(int budgetMs)
{
    QElapsedTimer timer;
    timer.start();
    const qint64 length = m_searchText.toUcs4().size();
    const qsizetype firstNew = m_hits.size();
    bool more = false;
    if (m_pdf) {
        // Not through the view's page cache: a search must not hold every page's boxes.
        for (; m_searchNext < m_pdf->pageCount(); ++m_searchNext) {
            if (timer.elapsed() > budgetMs) {
                more = true;
                break;
            }
            const int p = int(m_searchNext);
            for (const qint64 at : pageTextFor(p).find(m_searchText))
                m_hits.append({ p, at, at + length });
        }
    } else if (m_text) {
        // Line by line, so that a 100 MB file is not decoded at once.
        for (; m_searchNext < m_text->lineCount(); ++m_searchNext) {
            if ((m_searchNext & 1023) == 0 && timer.elapsed() > budgetMs) {
                more = true;
                break;
            }
            const QString line = m_text->line(m_searchNext);
            qsizetype from = 0;
            while ((from = line.indexOf(m_searchText, from, Qt::CaseInsensitive)) >= 0) {
                const qint64 at = m_text->lineStart(m_searchNext) + QStringView(line).first(from).toUcs4().size();
                m_hits.append({ -1, at, at + length });
                from += m_searchText.size();
            }
        }
        more = more || !m_text->isIndexed();
    }
    if (m_hits.size() > firstNew) {
        QList<PdfView::SpanItem> pdfHits;
        QList<TextView::SpanItem> textHits;
        for (const Hit &h : std::as_const(m_hits)) {
            if (h.page >= 0)
                pdfHits.append({ 0, h.page, h.start, h.end, {}, false });
            else
                textHits.append({ 0, h.start, h.end, {}, false });
        }
        m_pdfView->setHighlights(pdfHits);
        m_textView->setHighlights(textHits);
        if (m_hitIndex < 0)
            stepSearch(1);
    }
    if (more)
        emit statusMessage(tr("%n hit(s) so far…", nullptr, int(m_hits.size())));
    else {
        emit statusMessage(tr("%n hit(s)", nullptr, int(m_hits.size())));
        emit searchFinished(int(m_hits.size()));
    }
    return more;
}

void DocumentAnnotatorWidget::stepSearch(int delta)
{
    if (m_hits.isEmpty())
        return;
    m_hitIndex = int((m_hitIndex + delta + m_hits.size()) % m_hits.size());
    const Hit &h = m_hits.at(m_hitIndex);
    if (h.page >= 0)
        m_pdfView->showOffset(h.page, h.start);
    else
        m_textView->showOffset(h.start);
}

void DocumentAnnotatorWidget::runOcr()
{
    if (!m_project || !m_pdf)
        return;
    project::Job *job = jobManager()->start(std::make_unique<OcrJob>(*m_project, m_assetId));
    emit statusMessage(tr("Recognizing the pages without text…"));
    connect(job, &project::Job::finished, this, [this, job](project::Job::State state) {
        if (state == project::Job::State::Failed) {
            emit statusMessage(job->failureMessage());
            return;
        }
        for (int p = 0; p < m_pdfView->pageCount(); ++p)
            m_pdfView->invalidateText(p);
        emit statusMessage(tr(
            "OCR finished: %n page(s) recognized", nullptr, int(static_cast<OcrJob *>(job)->recognizedPages().size())));
    });
}

void DocumentAnnotatorWidget::runPreAnnotation()
{
    preAnnotate();
}

project::Job *DocumentAnnotatorWidget::preAnnotate(const QString &termsPath)
{
    if (!m_project)
        return nullptr;
    QList<PreAnnotationJob::Term> terms;
    if (!termsPath.isEmpty()) {
        QString error;
        const std::optional<QList<PreAnnotationJob::Term>> read
            = PreAnnotationJob::readTerms(termsPath, m_project->labels(), &error);
        if (!read) {
            m_message = error;
            emit statusMessage(error);
            return nullptr;
        }
        terms = *read;
    }
    project::Job *job = jobManager()->start(std::make_unique<PreAnnotationJob>(*m_project, provider(), terms));
    connect(job, &project::Job::finished, this, [this, job](project::Job::State) {
        reload();
        emit statusMessage(
            tr("%n span(s) proposed", nullptr, int(static_cast<PreAnnotationJob *>(job)->proposedCount())));
    });
    return job;
}

} // namespace rwb::document
