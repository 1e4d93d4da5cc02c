#include "knowledgeworkspace.h"

#include "edgetablemodel.h"
#include "evidencepanel.h"
#include "graphcanvas.h"
#include "graphinspector.h"
#include "nodetablemodel.h"
#include "querypanel.h"
#include "validationpanel.h"

#include "knowledge/commands/importgraphcommand.h"
#include "knowledge/graphqueries.h"
#include "knowledge/graphsnapshot.h"
#include "knowledge/graphstore.h"
#include "knowledge/io/neo4jcsv.h"
#include "knowledge/io/rdfreader.h"
#include "knowledge/nodepositions.h"
#include "project/project.h"
#include "project/storeerror.h"
#include "widgets/searchlineedit.h"

#include <QDir>
#include <QDockWidget>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

namespace rwb::knowledge {

namespace {

bool localeIsChinese()
{
    return QLocale().language() == QLocale::Chinese;
}

} // namespace

KnowledgeWorkspace::KnowledgeWorkspace(QWidget *parent)
    : QMainWindow(parent)
    , m_zh(localeIsChinese())
{
    setObjectName(QStringLiteral("KnowledgeWorkspace"));
    setWindowFlags(Qt::Widget);
    setDockNestingEnabled(true);

    m_canvas = new GraphCanvas(this);
    setCentralWidget(m_canvas);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("knowledgeToolBar"));
    m_toolBar->setMovable(false);
    m_search = new widgets::SearchLineEdit(this);
    m_search->setObjectName(QStringLiteral("knowledgeSearch"));
    m_search->setMinimumWidth(220);
    m_search->setMaximumWidth(300);
    m_toolBar->addWidget(m_search);
    m_typeMenu = new QMenu(this);
    m_typeButton = new QToolButton(this);
    m_typeButton->setMenu(m_typeMenu);
    m_typeButton->setPopupMode(QToolButton::InstantPopup);
    m_toolBar->addWidget(m_typeButton);
    m_toolBar->addSeparator();
    m_addNodeAction = m_toolBar->addAction(QString());
    m_deleteAction = m_toolBar->addAction(QString());
    m_toolBar->addSeparator();
    m_focusAction = m_toolBar->addAction(QString());
    m_expandAction = m_toolBar->addAction(QString());
    m_showAllAction = m_toolBar->addAction(QString());
    m_clearHighlightAction = m_toolBar->addAction(QString());
    m_importAction = m_toolBar->addAction(QString());
    m_toolBar->addSeparator();
    m_layoutMenu = new QMenu(this);
    for (GraphLayout::Engine engine :
        { GraphLayout::Engine::Dot, GraphLayout::Engine::Sfdp, GraphLayout::Engine::Neato })
        m_layoutMenu->addAction(QString())->setData(int(engine));
    m_layoutButton = new QToolButton(this);
    m_layoutButton->setMenu(m_layoutMenu);
    m_layoutButton->setPopupMode(QToolButton::InstantPopup);
    m_toolBar->addWidget(m_layoutButton);
    m_fitAction = m_toolBar->addAction(QString());
    m_minimapAction = m_toolBar->addAction(QString());
    m_minimapAction->setCheckable(true);
    m_minimapAction->setChecked(true);
    m_hint = new QLabel(this);
    m_hint->setContentsMargins(8, 0, 0, 0);
    m_hint->setEnabled(false);
    m_toolBar->addWidget(m_hint);

    m_inspector = new GraphInspector(this);
    m_evidence = new EvidencePanel(this);
    m_query = new QueryPanel(this);
    m_validation = new ValidationPanel(this);
    m_nodeModel = new NodeTableModel(this);
    m_edgeModel = new EdgeTableModel(this);
    m_tables = new QTabWidget(this);
    m_nodeTable = new QTableView(this);
    m_nodeTable->setModel(m_nodeModel);
    m_edgeTable = new QTableView(this);
    m_edgeTable->setModel(m_edgeModel);
    for (QTableView *table : { m_nodeTable, m_edgeTable }) {
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->verticalHeader()->hide();
        table->horizontalHeader()->setStretchLastSection(true);
        table->setSortingEnabled(false);
    }
    m_tables->addTab(m_nodeTable, QString());
    m_tables->addTab(m_edgeTable, QString());

    m_inspectorDock = addDock(m_inspector, QStringLiteral("kgInspectorDock"), Qt::RightDockWidgetArea);
    m_evidenceDock = addDock(m_evidence, QStringLiteral("kgEvidenceDock"), Qt::RightDockWidgetArea);
    m_queryDock = addDock(m_query, QStringLiteral("kgQueryDock"), Qt::LeftDockWidgetArea);
    m_validationDock = addDock(m_validation, QStringLiteral("kgValidationDock"), Qt::LeftDockWidgetArea);
    m_tablesDock = addDock(m_tables, QStringLiteral("kgTablesDock"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_queryDock, m_validationDock);
    m_queryDock->raise();
    m_tablesDock->hide();
    resizeDocks({ m_inspectorDock, m_queryDock }, { 300, 280 }, Qt::Horizontal);
    resizeDocks({ m_inspectorDock, m_evidenceDock }, { 260, 400 }, Qt::Vertical);

    connect(m_search, &widgets::SearchLineEdit::searchChanged, this, [this](const QString &text) {
        if (!text.isEmpty())
            search(text);
    });
    connect(m_importAction, &QAction::triggered, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Import Graph"), QString(), tr("Graphs (*.ttl *.nt *.csv);;All files (*)"));
        if (file.isEmpty())
            return;
        const GraphImporter::Report r = importGraph(file);
        if (!r.ok)
            QMessageBox::warning(this, tr("Import Graph"), r.errors.join(QLatin1Char('\n')));
        else if (!r.evidenceMissing.isEmpty())
            QMessageBox::information(this, tr("Import Graph"),
                tr("Imported %1 nodes and %2 edges. This evidence was not linked, the project has no such "
                   "annotation:\n%3")
                    .arg(r.nodesAdded)
                    .arg(r.edgesAdded)
                    .arg(r.evidenceMissing.join(QLatin1Char('\n'))));
        else
            emit statusMessage(tr("Imported %1: %2 nodes and %3 edges added, %4 nodes matched")
                                   .arg(QFileInfo(file).fileName())
                                   .arg(r.nodesAdded)
                                   .arg(r.edgesAdded)
                                   .arg(r.nodesMatched));
    });
    connect(m_addNodeAction, &QAction::triggered, this, [this] {
        QMenu menu(this);
        for (const NodeType &t : m_graph ? m_graph->ontology().nodeTypes : QList<NodeType>())
            menu.addAction(t.title(m_zh))->setData(t.id);
        if (QAction *chosen = menu.exec(QCursor::pos()))
            m_canvas->createNode(chosen->data().toLongLong(), m_canvas->center());
    });
    connect(m_deleteAction, &QAction::triggered, m_canvas, &GraphCanvas::deleteSelection);
    connect(m_focusAction, &QAction::triggered, m_canvas, &GraphCanvas::focusOnSelection);
    connect(m_expandAction, &QAction::triggered, m_canvas, &GraphCanvas::expandSelection);
    connect(m_showAllAction, &QAction::triggered, m_canvas, &GraphCanvas::showAll);
    connect(m_clearHighlightAction, &QAction::triggered, this, [this] { m_canvas->setHighlight({}, {}); });
    connect(m_fitAction, &QAction::triggered, m_canvas, &GraphCanvas::fitAll);
    connect(m_minimapAction, &QAction::toggled, m_canvas, &GraphCanvas::setMinimapVisible);
    connect(m_layoutMenu, &QMenu::triggered, this,
        [this](QAction *a) { runLayout(GraphLayout::Engine(a->data().toInt())); });
    connect(m_canvas, &GraphCanvas::selectionChanged, this, &KnowledgeWorkspace::onSelectionChanged);
    connect(m_canvas, &GraphCanvas::statusMessage, this, &KnowledgeWorkspace::statusMessage);
    connect(m_canvas, &GraphCanvas::layoutFinished, this, [this](const QString &error) {
        if (!error.isEmpty())
            emit statusMessage(error);
    });
    connect(m_query, &QueryPanel::highlightRequested, m_canvas, &GraphCanvas::setHighlight);
    connect(m_query, &QueryPanel::centreRequested, m_canvas, &GraphCanvas::centerOnNode);
    connect(m_validation, &ValidationPanel::jumpRequested, this, &KnowledgeWorkspace::jumpTo);
    connect(m_evidence, &EvidencePanel::openAssetRequested, this, &KnowledgeWorkspace::openAssetRequested);
    for (auto *source : { static_cast<QObject *>(m_inspector), static_cast<QObject *>(m_evidence),
             static_cast<QObject *>(m_nodeModel), static_cast<QObject *>(m_edgeModel) })
        connect(source, SIGNAL(editFailed(QString)), this, SIGNAL(statusMessage(QString)));
    connect(m_nodeTable, &QTableView::activated, this,
        [this](const QModelIndex &index) { jumpTo(index.data(NodeTableModel::NodeIdRole).toLongLong()); });
    connect(m_edgeTable, &QTableView::activated, this,
        [this](const QModelIndex &index) { jumpTo(0, index.data(EdgeTableModel::EdgeIdRole).toLongLong()); });
    connect(m_validationDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            m_validation->validate();
    });

    retranslate();
    setChinese(m_zh);
}

KnowledgeWorkspace::~KnowledgeWorkspace() = default;

QDockWidget *KnowledgeWorkspace::addDock(QWidget *widget, const QString &name, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(this);
    dock->setObjectName(name);
    dock->setWidget(widget);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(area, dock);
    return dock;
}

void KnowledgeWorkspace::retranslate()
{
    m_toolBar->setWindowTitle(tr("Knowledge Graph"));
    m_search->setPlaceholderText(tr("Search labels and aliases…"));
    m_typeButton->setText(tr("Node Types"));
    m_typeButton->setToolTip(tr("Show or hide nodes by type"));
    m_addNodeAction->setText(tr("Add Node"));
    m_addNodeAction->setToolTip(tr("Add a node at the centre (or double-click the canvas)"));
    m_deleteAction->setText(tr("Delete"));
    m_focusAction->setText(tr("Focus"));
    m_focusAction->setToolTip(tr("Show only the selected nodes"));
    m_expandAction->setText(tr("Expand"));
    m_expandAction->setToolTip(tr("Add the neighbours of the selected nodes"));
    m_showAllAction->setText(tr("Show All"));
    m_clearHighlightAction->setText(tr("Clear Highlight"));
    m_importAction->setText(tr("Import…"));
    m_importAction->setToolTip(tr("Import a graph from Turtle, N-Triples or Neo4j CSV (one undoable step)"));
    m_layoutButton->setText(tr("Layout"));
    for (QAction *a : m_layoutMenu->actions())
        a->setText(GraphLayout::title(GraphLayout::Engine(a->data().toInt())));
    m_fitAction->setText(tr("Fit"));
    m_minimapAction->setText(tr("Minimap"));
    m_hint->setText(tr("Shift+drag from a node to another to connect them"));
    m_inspectorDock->setWindowTitle(tr("Inspector"));
    m_evidenceDock->setWindowTitle(tr("Node Page and Evidence"));
    m_queryDock->setWindowTitle(tr("Queries"));
    m_validationDock->setWindowTitle(tr("Validation"));
    m_tablesDock->setWindowTitle(tr("Nodes and Edges"));
    m_tables->setTabText(0, tr("Nodes"));
    m_tables->setTabText(1, tr("Edges"));
    updateTypeFilter();
}

void KnowledgeWorkspace::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        setChinese(localeIsChinese());
    }
    QMainWindow::changeEvent(event);
}

void KnowledgeWorkspace::setChinese(bool zh)
{
    m_zh = zh;
    m_canvas->setChinese(zh);
    m_inspector->setChinese(zh);
    m_evidence->setChinese(zh);
    m_query->setChinese(zh);
    m_nodeModel->setChinese(zh);
    m_edgeModel->setChinese(zh);
    updateTypeFilter();
}

void KnowledgeWorkspace::setProject(project::Project *project, QUndoStack *stack)
{
    if (m_stack)
        disconnect(m_stack, nullptr, this, nullptr);
    m_project = project;
    m_stack = stack;
    project::Connection *connection = project ? &project->connection() : nullptr;
    m_canvas->setEditing(connection, stack);
    m_inspector->setEditing(connection, stack);
    m_evidence->setProject(project, stack);
    m_nodeModel->setEditing(connection, stack);
    m_edgeModel->setEditing(connection, stack);
    m_canvas->setFocusNodes({});
    m_canvas->setHighlight({}, {});
    m_canvas->setSelection({});
    if (stack)
        connect(stack, &QUndoStack::indexChanged, this, &KnowledgeWorkspace::reload);
    reload();
    if (m_canvas->unplacedCount() > 0)
        m_canvas->runLayout(GraphLayout::Engine::Dot, false, false);
    else
        m_canvas->fitAll();
}

std::shared_ptr<const GraphSnapshot> KnowledgeWorkspace::graph() const
{
    return m_graph;
}

GraphImporter::Report KnowledgeWorkspace::importGraph(const QString &file)
{
    GraphImporter::Report report;
    if (!m_project) {
        report.errors.append(tr("No project is open"));
        return report;
    }
    const QFileInfo info(file);
    const QString source = info.fileName();
    try {
        ImportData in;
        const QString suffix = info.suffix().toLower();
        if (suffix == QLatin1String("csv")) {
            auto readAll = [](const QString &path) {
                QFile f(path);
                if (!f.open(QIODevice::ReadOnly))
                    throw project::StoreError(
                        project::StoreError::Code::NotFound, tr("%1: cannot read: %2").arg(path, f.errorString()));
                return f.readAll();
            };
            const QString edges = info.dir().filePath(QStringLiteral("edges.csv"));
            const bool hasEdges = edges != info.filePath() && QFileInfo::exists(edges);
            in = Neo4jCsv::read(readAll(file), hasEdges ? readAll(edges) : QByteArray(), source,
                hasEdges ? QStringLiteral("edges.csv") : QString());
        } else {
            in = RdfReader::readFile(
                file, suffix == QLatin1String("nt") ? RdfReader::Syntax::NTriples : RdfReader::Syntax::Turtle);
        }
        report = GraphImporter(m_project->connection()).run(in, GraphImporter::UnknownTypes::Add, source);
    } catch (const project::StoreError &e) {
        report.errors.append(e.message());
        return report;
    }
    if (report.ok) {
        auto *command = new ImportGraphCommand(m_project->connection(), report, source);
        if (m_stack)
            m_stack->push(command); // the push reloads the graph
        else {
            delete command;
            reload();
        }
    }
    return report;
}

void KnowledgeWorkspace::reload()
{
    if (m_reloading)
        return;
    m_reloading = true;
    m_graph.reset();
    QHash<qint64, QPointF> positions;
    if (m_project) {
        try {
            // The first use installs the starter ontology.
            GraphStore store(m_project->connection());
            m_graph = std::make_shared<const GraphSnapshot>(GraphSnapshot::load(m_project->connection()));
            positions = NodePositions::load(m_project->connection());
        } catch (const project::StoreError &e) {
            emit statusMessage(e.message());
        }
    }
    m_canvas->setStoredPositions(positions);
    m_canvas->setGraph(m_graph);
    m_query->setGraph(m_graph);
    m_validation->setGraph(m_graph);
    m_nodeModel->reload();
    m_edgeModel->reload();
    m_inspector->refresh();
    m_evidence->refresh();
    updateTypeFilter();
    m_reloading = false;
}

void KnowledgeWorkspace::updateTypeFilter()
{
    m_typeMenu->clear();
    if (!m_graph)
        return;
    const QSet<qint64> hidden = m_canvas->hiddenTypes();
    for (const NodeType &t : m_graph->ontology().nodeTypes) {
        QPixmap swatch(12, 12);
        swatch.fill(QColor(t.color));
        QAction *a = m_typeMenu->addAction(QIcon(swatch), t.title(m_zh));
        a->setCheckable(true);
        a->setChecked(!hidden.contains(t.id));
        connect(a, &QAction::toggled, this, [this, id = t.id](bool shown) {
            QSet<qint64> h = m_canvas->hiddenTypes();
            if (shown)
                h.remove(id);
            else
                h.insert(id);
            m_canvas->setHiddenTypes(h);
        });
    }
}

void KnowledgeWorkspace::onSelectionChanged()
{
    const QSet<qint64> nodes = m_canvas->selectedNodes();
    const QSet<qint64> edges = m_canvas->selectedEdges();
    if (nodes.size() == 1 && edges.isEmpty()) {
        const qint64 id = *nodes.begin();
        m_inspector->showNode(id);
        m_evidence->showNode(id);
        m_query->setStartNode(id);
        const int row = m_nodeModel->rowOf(id);
        if (row >= 0)
            m_nodeTable->selectRow(row);
    } else if (edges.size() == 1 && nodes.isEmpty()) {
        const qint64 id = *edges.begin();
        m_inspector->showEdge(id);
        m_evidence->showEdge(id);
        const int row = m_edgeModel->rowOf(id);
        if (row >= 0)
            m_edgeTable->selectRow(row);
    } else {
        m_inspector->clear();
        m_evidence->showNode(0);
    }
}

int KnowledgeWorkspace::search(const QString &text)
{
    if (!m_graph || text.trimmed().isEmpty())
        return 0;
    const std::vector<GraphQueries::Hit> hits = GraphQueries(*m_graph).search(text.trimmed(), 200);
    QSet<qint64> nodes;
    for (const GraphQueries::Hit &h : hits)
        nodes.insert(m_graph->nodeId(h.node));
    if (hits.empty()) {
        emit statusMessage(tr("No node matches \"%1\".").arg(text));
        return 0;
    }
    // A hit hidden by the focus or the type filter is shown again.
    const qint64 best = m_graph->nodeId(hits.front().node);
    if (!m_canvas->isNodeVisible(hits.front().node)) {
        m_canvas->showAll();
        QSet<qint64> hidden = m_canvas->hiddenTypes();
        hidden.remove(m_graph->nodeType(hits.front().node));
        m_canvas->setHiddenTypes(hidden);
        updateTypeFilter();
    }
    m_canvas->setSelection(nodes);
    m_canvas->centerOnNode(best);
    emit statusMessage(tr("%n node(s) found", nullptr, int(hits.size())));
    return int(hits.size());
}

void KnowledgeWorkspace::jumpTo(qint64 nodeId, qint64 edgeId)
{
    if (!m_graph)
        return;
    // An issue about an edge names its nodes too: the edge is what it is about.
    if (edgeId > 0 && m_graph->edgeIndex(edgeId) >= 0) {
        const int e = m_graph->edgeIndex(edgeId);
        if (!m_canvas->isNodeVisible(m_graph->edgeFrom(e)) || !m_canvas->isNodeVisible(m_graph->edgeTo(e)))
            m_canvas->showAll();
        m_canvas->setSelection({}, { edgeId });
        const QPointF mid = (m_canvas->position(m_graph->nodeId(m_graph->edgeFrom(e)))
                                + m_canvas->position(m_graph->nodeId(m_graph->edgeTo(e))))
            / 2;
        if (m_canvas->scale() < GraphCanvas::LabelScale)
            m_canvas->setScale(1.0);
        m_canvas->centerOn(mid);
    } else if (nodeId > 0 && m_graph->nodeIndex(nodeId) >= 0) {
        if (!m_canvas->isNodeVisible(m_graph->nodeIndex(nodeId)))
            m_canvas->showAll();
        m_canvas->setSelection({ nodeId });
        m_canvas->centerOnNode(nodeId);
    }
}

bool KnowledgeWorkspace::showRootCauses(const QString &key)
{
    if (!m_graph)
        return false;
    qint64 id = 0;
    for (int i = 0; i < m_graph->nodeCount() && id == 0; ++i)
        if (m_graph->nodeKey(i) == key)
            id = m_graph->nodeId(i);
    if (id == 0)
        return false;
    m_canvas->setSelection({ id });
    m_query->setQuery(QueryPanel::Query::RootCauses);
    m_query->setStartNode(id);
    m_query->run();
    m_queryDock->raise();
    return true;
}

void KnowledgeWorkspace::runLayout(GraphLayout::Engine engine)
{
    m_canvas->runLayout(engine, true, true);
}

bool KnowledgeWorkspace::isBusy() const
{
    return m_canvas->isLayoutRunning();
}

void KnowledgeWorkspace::setAssetProvider(std::function<std::optional<qint64>()> provider)
{
    m_evidence->setAssetProvider(std::move(provider));
}

} // namespace rwb::knowledge
