#pragma once

#include "knowledge/graphsnapshot.h"

#include <QSet>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace rwb::knowledge {

/// Runs the graph queries — root-cause chains from a defect, impact, shortest path,
/// neighbours within k — lists the results and asks the canvas to highlight them.
class QueryPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Query { RootCauses, Impact, ShortestPath, Neighbours };

    explicit QueryPanel(QWidget *parent = nullptr);

    void setGraph(std::shared_ptr<const GraphSnapshot> graph);
    void setChinese(bool zh);
    /// The start node (the canvas selection).
    void setStartNode(qint64 nodeId);
    void setEndNode(qint64 nodeId);
    void setQuery(Query query);
    void setDepth(int depth);
    /// Runs the query; returns the number of results listed.
    int run();

    QTreeWidget *results() const { return m_results; }
    QSet<qint64> resultNodes() const { return m_nodes; }
    QSet<qint64> resultEdges() const { return m_edges; }

signals:
    void highlightRequested(const QSet<qint64> &nodes, const QSet<qint64> &edges);
    void centreRequested(qint64 nodeId);

private:
    qint64 resolve(const QLineEdit *edit, qint64 chosen) const;
    void showResult(QTreeWidgetItem *item);
    void updateInputs();
    QString pathText(const std::vector<int> &path, bool backwards) const;

    std::shared_ptr<const GraphSnapshot> m_graph;
    bool m_zh = false;
    qint64 m_start = 0;
    qint64 m_end = 0;
    QSet<qint64> m_nodes;
    QSet<qint64> m_edges;

    QComboBox *m_query = nullptr;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_to = nullptr;
    QLabel *m_toLabel = nullptr;
    QSpinBox *m_depth = nullptr;
    QPushButton *m_run = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_results = nullptr;
};

} // namespace rwb::knowledge
