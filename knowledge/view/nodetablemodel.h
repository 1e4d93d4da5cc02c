#pragma once

#include "knowledge/node.h"
#include "knowledge/ontology.h"

#include <QAbstractTableModel>
#include <QPointer>

class QUndoStack;

namespace rwb::project {
class Connection;
}

namespace rwb::knowledge {

/// The graph's nodes as a table for bulk editing: key, type, labels and aliases in both
/// languages, evidence count. Edits go through EditNodeCommand on the undo stack; the model is
/// reloaded from the store afterwards (reload()).
class NodeTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { KeyColumn, TypeColumn, LabelEnColumn, LabelZhColumn, AliasesEnColumn, AliasesZhColumn, ColumnCount };
    enum Role { NodeIdRole = Qt::UserRole + 1 };

    explicit NodeTableModel(QObject *parent = nullptr);

    void setEditing(project::Connection *connection, QUndoStack *stack);
    /// Re-reads the nodes and the ontology from the store.
    void reload();
    void setChinese(bool zh);
    int rowOf(qint64 nodeId) const;
    const Node &node(int row) const { return m_nodes[row]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void editFailed(const QString &message);

private:
    project::Connection *m_connection = nullptr;
    QPointer<QUndoStack> m_stack;
    QList<Node> m_nodes;
    Ontology m_ontology;
    bool m_zh = false;
};

} // namespace rwb::knowledge
