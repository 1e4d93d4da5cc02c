#include "edgetablemodel.h"

#include "knowledge/commands/editedgecommand.h"
#include "knowledge/graphstore.h"
#include "project/commands/storecommand.h"
#include "project/storeerror.h"

#include <QLocale>
#include <QUndoStack>

namespace rwb::knowledge {

EdgeTableModel::EdgeTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void EdgeTableModel::setEditing(project::Connection *connection, QUndoStack *stack)
{
    m_connection = connection;
    m_stack = stack;
    reload();
}

void EdgeTableModel::reload()
{
    beginResetModel();
    m_edges.clear();
    m_labels.clear();
    m_ontology = {};
    if (m_connection) {
        try {
            GraphStore store(*m_connection);
            m_edges = store.edges();
            m_ontology = store.ontology();
            for (const Node &n : store.nodes())
                m_labels.insert(n.id, n.label(m_zh));
        } catch (const project::StoreError &e) {
            emit editFailed(e.message());
        }
    }
    endResetModel();
}

void EdgeTableModel::setChinese(bool zh)
{
    m_zh = zh;
    reload();
}

int EdgeTableModel::rowOf(qint64 edgeId) const
{
    for (int i = 0; i < m_edges.size(); ++i)
        if (m_edges[i].id == edgeId)
            return i;
    return -1;
}

int EdgeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_edges.size());
}

int EdgeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EdgeTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_edges.size())
        return {};
    const Edge &e = m_edges[index.row()];
    if (role == EdgeIdRole)
        return e.id;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const RelationType *type = m_ontology.relationType(e.typeId);
    switch (index.column()) {
    case RelationColumn:
        return type ? (role == Qt::EditRole ? type->name : type->title(m_zh)) : QString::number(e.typeId);
    case FromColumn:
        return m_labels.value(e.fromId, QString::number(e.fromId));
    case ToColumn:
        return m_labels.value(e.toId, QString::number(e.toId));
    case ConfidenceColumn:
        if (!e.confidence)
            return role == Qt::EditRole ? QVariant(QString()) : QVariant(tr("not assessed"));
        return role == Qt::EditRole ? QVariant(*e.confidence) : QVariant(QString::number(*e.confidence, 'f', 2));
    default:
        return {};
    }
}

bool EdgeTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !m_connection || index.row() >= m_edges.size())
        return false;
    const Edge before = m_edges[index.row()];
    Edge after = before;
    const QString text = value.toString().trimmed();
    if (index.column() == RelationColumn) {
        const RelationType *type = m_ontology.relationType(text);
        for (const RelationType &t : m_ontology.relationTypes)
            if (!type && (t.nameEn.compare(text, Qt::CaseInsensitive) == 0 || t.nameZh == text))
                type = &t;
        if (!type) {
            emit editFailed(tr("There is no relation type \"%1\".").arg(text));
            return false;
        }
        after.typeId = type->id;
    } else if (index.column() == ConfidenceColumn) {
        if (text.isEmpty()) {
            after.confidence.reset();
        } else {
            bool ok = false;
            const double c = QLocale().toDouble(text, &ok);
            const double c2 = ok ? c : text.toDouble(&ok);
            if (!ok || c2 < 0 || c2 > 1) {
                emit editFailed(tr("A confidence is a number from 0 to 1, not \"%1\".").arg(text));
                return false;
            }
            after.confidence = c2;
        }
    } else {
        return false;
    }
    if (after == before)
        return false;
    const QString error = project::StoreCommand::pushTo(m_stack, new EditEdgeCommand(*m_connection, before, after));
    if (!error.isEmpty()) {
        emit editFailed(error);
        return false;
    }
    if (const std::optional<Edge> stored = GraphStore(*m_connection).edge(before.id))
        m_edges[index.row()] = *stored;
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

Qt::ItemFlags EdgeTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (m_connection && (index.column() == RelationColumn || index.column() == ConfidenceColumn))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant EdgeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RelationColumn:
        return tr("Relation");
    case FromColumn:
        return tr("From");
    case ToColumn:
        return tr("To");
    case ConfidenceColumn:
        return tr("Confidence");
    default:
        return {};
    }
}

} // namespace rwb::knowledge
