#pragma once

#include "knowledge/edge.h"
#include "knowledge/node.h"
#include "knowledge/ontology.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QUndoStack;

namespace rwb::project {
class Connection;
}

namespace rwb::knowledge {

/// Edits the selected node (key, type, labels and aliases in both languages, typed properties)
/// or edge (relation, confidence, properties). Each finished edit is one undo command.
class GraphInspector : public QWidget
{
    Q_OBJECT
public:
    explicit GraphInspector(QWidget *parent = nullptr);

    void setEditing(project::Connection *connection, QUndoStack *stack);
    void setChinese(bool zh);
    /// Shows node \a nodeId (0: nothing).
    void showNode(qint64 nodeId);
    void showEdge(qint64 edgeId);
    void clear();
    /// Re-reads what is shown (after an undo, a table edit).
    void refresh();
    qint64 nodeId() const { return m_node ? m_node->id : 0; }
    qint64 edgeId() const { return m_edge ? m_edge->id : 0; }

    QLineEdit *labelEnEdit() const { return m_labelEn; }
    QLineEdit *labelZhEdit() const { return m_labelZh; }
    QDoubleSpinBox *confidenceEdit() const { return m_confidence; }

signals:
    void editFailed(const QString &message);

private:
    void buildNodeProperties();
    void buildEdgeProperties();
    void applyNode();
    void applyEdge();
    QJsonObject readProperties(const QList<PropertyDef> &defs, QFormLayout *form, const QJsonObject &base) const;

    project::Connection *m_connection = nullptr;
    QPointer<QUndoStack> m_stack;
    bool m_zh = false;
    bool m_filling = false;
    Ontology m_ontology;
    std::optional<Node> m_node;
    std::optional<Edge> m_edge;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_empty = nullptr;
    QLineEdit *m_key = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_labelEn = nullptr;
    QLineEdit *m_labelZh = nullptr;
    QLineEdit *m_aliasesEn = nullptr;
    QLineEdit *m_aliasesZh = nullptr;
    QFormLayout *m_nodeProperties = nullptr;
    QComboBox *m_relation = nullptr;
    QLabel *m_from = nullptr;
    QLabel *m_to = nullptr;
    QDoubleSpinBox *m_confidence = nullptr;
    QFormLayout *m_edgeProperties = nullptr;
};

} // namespace rwb::knowledge
