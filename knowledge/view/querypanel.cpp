#include "querypanel.h"

#include "knowledge/graphqueries.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rwb::knowledge {

namespace {
constexpr int NodesRole = Qt::UserRole + 1;
constexpr int EdgesRole = Qt::UserRole + 2;
constexpr int NodeRole = Qt::UserRole + 3;
} // namespace

QueryPanel::QueryPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("QueryPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *form = new QFormLayout;
    m_query = new QComboBox(this);
    m_query->addItem(tr("Root causes"), int(Query::RootCauses));
    m_query->addItem(tr("Impact"), int(Query::Impact));
    m_query->addItem(tr("Shortest path"), int(Query::ShortestPath));
    m_query->addItem(tr("Neighbours within k"), int(Query::Neighbours));
    m_from = new QLineEdit(this);
    m_from->setPlaceholderText(tr("the selected node, or a label"));
    m_to = new QLineEdit(this);
    m_to->setPlaceholderText(tr("a label"));
    m_depth = new QSpinBox(this);
    m_depth->setRange(1, 20);
    m_depth->setValue(6);
    form->addRow(tr("Query:"), m_query);
    form->addRow(tr("From:"), m_from);
    m_toLabel = new QLabel(tr("To:"), this);
    form->addRow(m_toLabel, m_to);
    form->addRow(tr("Depth:"), m_depth);
    layout->addLayout(form);
    m_run = new QPushButton(tr("Run Query"), this);
    layout->addWidget(m_run);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_results = new QTreeWidget(this);
    m_results->setHeaderLabels({ tr("Result"), tr("Steps") });
    m_results->setRootIsDecorated(false);
    m_results->setWordWrap(true);
    m_results->setUniformRowHeights(false);
    m_results->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_results->header()->setStretchLastSection(false);
    m_results->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    layout->addWidget(m_results, 1);

    connect(m_run, &QPushButton::clicked, this, &QueryPanel::run);
    connect(m_from, &QLineEdit::returnPressed, this, &QueryPanel::run);
    connect(m_to, &QLineEdit::returnPressed, this, &QueryPanel::run);
    connect(m_from, &QLineEdit::textEdited, this, [this] { m_start = 0; });
    connect(m_to, &QLineEdit::textEdited, this, [this] { m_end = 0; });
    connect(m_query, &QComboBox::currentIndexChanged, this, &QueryPanel::updateInputs);
    connect(m_results, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) { showResult(item); });
    updateInputs();
}

void QueryPanel::setGraph(std::shared_ptr<const GraphSnapshot> graph)
{
    m_graph = std::move(graph);
    if (m_graph && m_start && m_graph->nodeIndex(m_start) < 0)
        m_start = 0;
    if (m_graph && m_end && m_graph->nodeIndex(m_end) < 0)
        m_end = 0;
}

void QueryPanel::setChinese(bool zh)
{
    m_zh = zh;
}

void QueryPanel::setStartNode(qint64 nodeId)
{
    m_start = nodeId;
    const int i = m_graph ? m_graph->nodeIndex(nodeId) : -1;
    m_from->setText(i >= 0 ? m_graph->label(i, m_zh) : QString());
}

void QueryPanel::setEndNode(qint64 nodeId)
{
    m_end = nodeId;
    const int i = m_graph ? m_graph->nodeIndex(nodeId) : -1;
    m_to->setText(i >= 0 ? m_graph->label(i, m_zh) : QString());
}

void QueryPanel::setQuery(Query query)
{
    m_query->setCurrentIndex(m_query->findData(int(query)));
}

void QueryPanel::setDepth(int depth)
{
    m_depth->setValue(depth);
}

void QueryPanel::updateInputs()
{
    const bool path = Query(m_query->currentData().toInt()) == Query::ShortestPath;
    m_to->setVisible(path);
    m_toLabel->setVisible(path);
    m_depth->setEnabled(!path);
}

qint64 QueryPanel::resolve(const QLineEdit *edit, qint64 chosen) const
{
    if (!m_graph)
        return 0;
    if (chosen > 0 && m_graph->nodeIndex(chosen) >= 0)
        return chosen;
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return 0;
    const std::vector<GraphQueries::Hit> hits = GraphQueries(*m_graph).search(text, 1);
    return hits.empty() ? 0 : m_graph->nodeId(hits.front().node);
}

QString QueryPanel::pathText(const std::vector<int> &path, bool backwards) const
{
    if (path.empty())
        return {};
    QStringList names;
    if (backwards) {
        // Root causes: from the deepest cause forwards to the defect.
        names.append(m_graph->label(m_graph->edgeFrom(path.back()), m_zh));
        for (auto it = path.rbegin(); it != path.rend(); ++it)
            names.append(m_graph->label(m_graph->edgeTo(*it), m_zh));
    } else {
        names.append(m_graph->label(m_graph->edgeFrom(path.front()), m_zh));
        for (int e : path)
            names.append(m_graph->label(m_graph->edgeTo(e), m_zh));
    }
    return names.join(QStringLiteral(" → "));
}

int QueryPanel::run()
{
    m_results->clear();
    m_nodes.clear();
    m_edges.clear();
    if (!m_graph) {
        m_summary->setText(tr("No graph is open."));
        return 0;
    }
    const Query query = Query(m_query->currentData().toInt());
    const qint64 startId = resolve(m_from, m_start);
    if (startId == 0) {
        m_summary->setText(tr("Choose a start node: select one on the canvas or type its label."));
        emit highlightRequested({}, {});
        return 0;
    }
    const int start = m_graph->nodeIndex(startId);
    const GraphQueries queries(*m_graph);
    const int depth = m_depth->value();
    auto addPath = [&](const std::vector<int> &path, bool backwards) {
        auto *item = new QTreeWidgetItem(m_results, { pathText(path, backwards), QString::number(path.size()) });
        item->setToolTip(0, item->text(0));
        QVariantList nodes;
        QVariantList edges;
        nodes.append(startId);
        for (int e : path) {
            edges.append(m_graph->edgeId(e));
            nodes.append(m_graph->nodeId(m_graph->edgeFrom(e)));
            nodes.append(m_graph->nodeId(m_graph->edgeTo(e)));
            m_edges.insert(m_graph->edgeId(e));
            m_nodes.insert(m_graph->nodeId(m_graph->edgeFrom(e)));
            m_nodes.insert(m_graph->nodeId(m_graph->edgeTo(e)));
        }
        item->setData(0, NodesRole, nodes);
        item->setData(0, EdgesRole, edges);
        item->setData(0, NodeRole, m_graph->nodeId(backwards ? queries.rootOf(path) : m_graph->edgeTo(path.back())));
    };
    auto addNode = [&](int n, int distance) {
        auto *item = new QTreeWidgetItem(m_results, { m_graph->label(n, m_zh), QString::number(distance) });
        item->setData(0, NodesRole, QVariantList { m_graph->nodeId(n) });
        item->setData(0, NodeRole, m_graph->nodeId(n));
        m_nodes.insert(m_graph->nodeId(n));
    };
    m_nodes.insert(startId);
    switch (query) {
    case Query::RootCauses: {
        const GraphQueries::Paths paths = queries.rootCauses(start, depth, 1000);
        for (const auto &p : paths.paths)
            addPath(p, true);
        m_summary->setText(paths.truncated
                ? tr("%n root-cause chain(s) (more exist; only the first are listed)", nullptr, int(paths.paths.size()))
                : tr("%n root-cause chain(s)", nullptr, int(paths.paths.size())));
        break;
    }
    case Query::Impact: {
        const auto reached = queries.impact(start, depth);
        for (const auto &[n, d] : reached)
            addNode(n, d);
        // The causal edges among the reached nodes show how the effect spreads.
        for (int e = 0; e < m_graph->edgeCount(); ++e)
            if (m_graph->edgeCausal(e) && m_nodes.contains(m_graph->nodeId(m_graph->edgeFrom(e)))
                && m_nodes.contains(m_graph->nodeId(m_graph->edgeTo(e))))
                m_edges.insert(m_graph->edgeId(e));
        m_summary->setText(tr("%n node(s) affected", nullptr, int(reached.size())));
        break;
    }
    case Query::ShortestPath: {
        const qint64 endId = resolve(m_to, m_end);
        if (endId == 0) {
            m_summary->setText(tr("Choose the node the path leads to."));
            break;
        }
        const auto path = queries.shortestPath(start, m_graph->nodeIndex(endId), false);
        if (path.empty()) {
            m_summary->setText(tr("No path connects the two nodes."));
        } else {
            // Undirected walks may run an edge backwards: name the nodes in walk order.
            auto *item = new QTreeWidgetItem(m_results);
            QStringList names { m_graph->label(start, m_zh) };
            int at = start;
            QVariantList nodes { startId };
            QVariantList edges;
            for (int e : path) {
                at = m_graph->edgeFrom(e) == at ? m_graph->edgeTo(e) : m_graph->edgeFrom(e);
                names.append(m_graph->label(at, m_zh));
                nodes.append(m_graph->nodeId(at));
                edges.append(m_graph->edgeId(e));
                m_nodes.insert(m_graph->nodeId(at));
                m_edges.insert(m_graph->edgeId(e));
            }
            item->setText(0, names.join(QStringLiteral(" — ")));
            item->setText(1, QString::number(path.size()));
            item->setData(0, NodesRole, nodes);
            item->setData(0, EdgesRole, edges);
            item->setData(0, NodeRole, endId);
            m_summary->setText(tr("A path of %n step(s)", nullptr, int(path.size())));
        }
        break;
    }
    case Query::Neighbours: {
        const auto near = queries.neighbours(start, depth);
        for (const auto &[n, d] : near)
            if (n != start)
                addNode(n, d);
        for (int e = 0; e < m_graph->edgeCount(); ++e)
            if (m_nodes.contains(m_graph->nodeId(m_graph->edgeFrom(e)))
                && m_nodes.contains(m_graph->nodeId(m_graph->edgeTo(e))))
                m_edges.insert(m_graph->edgeId(e));
        m_summary->setText(tr("%n neighbour(s)", nullptr, int(m_nodes.size() - 1)));
        break;
    }
    }
    emit highlightRequested(m_nodes, m_edges);
    return m_results->topLevelItemCount();
}

void QueryPanel::showResult(QTreeWidgetItem *item)
{
    if (!item)
        return;
    QSet<qint64> nodes;
    QSet<qint64> edges;
    for (const QVariant &v : item->data(0, NodesRole).toList())
        nodes.insert(v.toLongLong());
    for (const QVariant &v : item->data(0, EdgesRole).toList())
        edges.insert(v.toLongLong());
    emit highlightRequested(nodes, edges);
    emit centreRequested(item->data(0, NodeRole).toLongLong());
}

} // namespace rwb::knowledge
