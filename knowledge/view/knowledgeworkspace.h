#pragma once

#include "graphlayout.h"
#include "knowledge/io/graphimporter.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QTableView;
class QTabWidget;
class QToolBar;
class QToolButton;
class QUndoStack;

namespace rwb::project {
class Project;
}

namespace rwb::widgets {
class SearchLineEdit;
}

namespace rwb::knowledge {

class EdgeTableModel;
class EvidencePanel;
class GraphCanvas;
class GraphInspector;
class GraphSnapshot;
class NodeTableModel;
class QueryPanel;
class ValidationPanel;

/// The "Knowledge Graph" workspace: the graph canvas with its tool bar (search, type filter,
/// focus, expand, layouts), and docks for the inspector, the node page with its evidence, the
/// query panel, the validation report and the node/edge tables. Edits go on the main window's
/// undo stack; every change of the stack reloads the graph.
class KnowledgeWorkspace : public QMainWindow
{
    Q_OBJECT
public:
    explicit KnowledgeWorkspace(QWidget *parent = nullptr);
    ~KnowledgeWorkspace() override;

    /// Opens the project's graph (null: none).
    void setProject(project::Project *project, QUndoStack *stack);
    /// Reads the graph again from the project.
    void reload();
    void setChinese(bool zh);
    bool isChinese() const { return m_zh; }
    /// Whether a layout is still running (screenshots wait for it).
    bool isBusy() const;

    /// Selects the nodes whose labels or aliases (either language) contain \a text and centres
    /// on the best; returns how many were found.
    int search(const QString &text);
    /// Selects and centres node \a nodeId (or edge \a edgeId).
    void jumpTo(qint64 nodeId, qint64 edgeId = 0);
    /// Shows the root-cause chains of the node with key \a key, highlighted (screenshots).
    bool showRootCauses(const QString &key);
    void runLayout(GraphLayout::Engine engine);
    /// Imports \a file — Turtle (.ttl), N-Triples (.nt) or a Neo4j nodes CSV with its edges.csv
    /// beside it — as one step on the undo stack, adding unknown types to the ontology. Nothing
    /// is written when the report is not ok; its errors say why.
    GraphImporter::Report importGraph(const QString &file);

    void setAssetProvider(std::function<std::optional<qint64>()> provider);

    GraphCanvas *canvas() const { return m_canvas; }
    GraphInspector *inspector() const { return m_inspector; }
    QueryPanel *queryPanel() const { return m_query; }
    ValidationPanel *validationPanel() const { return m_validation; }
    EvidencePanel *evidencePanel() const { return m_evidence; }
    NodeTableModel *nodeModel() const { return m_nodeModel; }
    EdgeTableModel *edgeModel() const { return m_edgeModel; }
    widgets::SearchLineEdit *searchBox() const { return m_search; }
    std::shared_ptr<const GraphSnapshot> graph() const;

signals:
    void openAssetRequested(qint64 assetId);
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onSelectionChanged();
    void updateTypeFilter();
    QDockWidget *addDock(QWidget *widget, const QString &name, Qt::DockWidgetArea area);

    project::Project *m_project = nullptr;
    QPointer<QUndoStack> m_stack;
    bool m_zh = false;
    bool m_reloading = false;
    std::shared_ptr<const GraphSnapshot> m_graph;

    GraphCanvas *m_canvas = nullptr;
    GraphInspector *m_inspector = nullptr;
    EvidencePanel *m_evidence = nullptr;
    QueryPanel *m_query = nullptr;
    ValidationPanel *m_validation = nullptr;
    NodeTableModel *m_nodeModel = nullptr;
    EdgeTableModel *m_edgeModel = nullptr;
    QTableView *m_nodeTable = nullptr;
    QTableView *m_edgeTable = nullptr;
    QTabWidget *m_tables = nullptr;

    QToolBar *m_toolBar = nullptr;
    widgets::SearchLineEdit *m_search = nullptr;
    QToolButton *m_typeButton = nullptr;
    QMenu *m_typeMenu = nullptr;
    QToolButton *m_layoutButton = nullptr;
    QMenu *m_layoutMenu = nullptr;
    QAction *m_addNodeAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_focusAction = nullptr;
    QAction *m_expandAction = nullptr;
    QAction *m_showAllAction = nullptr;
    QAction *m_fitAction = nullptr;
    QAction *m_minimapAction = nullptr;
    QAction *m_clearHighlightAction = nullptr;
    QAction *m_importAction = nullptr;
    QDockWidget *m_inspectorDock = nullptr;
    QDockWidget *m_evidenceDock = nullptr;
    QDockWidget *m_queryDock = nullptr;
    QDockWidget *m_validationDock = nullptr;
    QDockWidget *m_tablesDock = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace rwb::knowledge
