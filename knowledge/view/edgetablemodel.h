#pragma once

#include "knowledge/edge.h"
#include "knowledge/ontology.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

class QUndoStack;

namespace rwb::project {
class Connection;
}

namespace rwb::knowledge {

/// The graph's edges as a table for bulk editing: relation, source, target, confidence.
/// Relation (by name or title) and confidence are editable through EditEdgeCommand.
class EdgeTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { RelationColumn, FromColumn, ToColumn, ConfidenceColumn, ColumnCount };
    enum Role { EdgeIdRole = Qt::UserRole + 1 };

    explicit EdgeTableModel(QObject *parent = nullptr);

    void setEditing(project::Connection *connection, QUndoStack *stack);
    void reload();
    void setChinese(bool zh);
    int rowOf(qint64 edgeId) const;
    const Edge &edge(int row) const { return m_edges[row]; }

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
    QList<Edge> m_edges;
    QHash<qint64, QString> m_labels; // node id → label
    Ontology m_ontology;
    bool m_zh = false;
};

} // namespace rwb::knowledge
