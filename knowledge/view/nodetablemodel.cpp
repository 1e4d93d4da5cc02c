#include "nodetablemodel.h"

#include "knowledge/commands/editnodecommand.h"
#include "knowledge/graphstore.h"
#include "project/commands/storecommand.h"
#include "project/storeerror.h"

#include <QColor>
#include <QRegularExpression>
#include <QUndoStack>

namespace rwb::knowledge {

namespace {

QStringList splitAliases(const QString &text)
{
    QStringList aliases;
    for (const QString &part : text.split(QRegularExpression(QStringLiteral("[;；]")), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            aliases.append(part.trimmed());
    return aliases;
}

} // namespace

NodeTableModel::NodeTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void NodeTableModel::setEditing(project::Connection *connection, QUndoStack *stack)
{
    m_connection = connection;
    m_stack = stack;
    reload();
}

void NodeTableModel::reload()
{
    beginResetModel();
    m_nodes.clear();
    m_ontology = {};
    if (m_connection) {
        try {
            GraphStore store(*m_connection);
            m_nodes = store.nodes();
            m_ontology = store.ontology();
        } catch (const project::StoreError &e) {
            emit editFailed(e.message());
        }
    }
    endResetModel();
}

void NodeTableModel::setChinese(bool zh)
{
    m_zh = zh;
    if (!m_nodes.isEmpty())
        emit dataChanged(index(0, TypeColumn), index(rowCount() - 1, TypeColumn));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int NodeTableModel::rowOf(qint64 nodeId) const
{
    for (int i = 0; i < m_nodes.size(); ++i)
        if (m_nodes[i].id == nodeId)
            return i;
    return -1;
}

int NodeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_nodes.size());
}

int NodeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NodeTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_nodes.size())
        return {};
    const Node &n = m_nodes[index.row()];
    if (role == NodeIdRole)
        return n.id;
    const NodeType *type = m_ontology.nodeType(n.typeId);
    if (role == Qt::DecorationRole && index.column() == TypeColumn && type)
        return QColor(type->color);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case KeyColumn:
        return n.key;
    case TypeColumn:
        return type ? (role == Qt::EditRole ? type->name : type->title(m_zh)) : QString::number(n.typeId);
    case LabelEnColumn:
        return n.labelEn;
    case LabelZhColumn:
        return n.labelZh;
    case AliasesEnColumn:
        return n.aliasesEn.join(QStringLiteral("; "));
    case AliasesZhColumn:
        return n.aliasesZh.join(QStringLiteral("; "));
    default:
        return {};
    }
}

bool NodeTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !m_connection || index.row() >= m_nodes.size())
        return false;
    const Node before = m_nodes[index.row()];
    Node after = before;
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case KeyColumn:
        after.key = text;
        break;
    case TypeColumn: {
        // By identifier or by title in either language.
        const NodeType *type = m_ontology.nodeType(text);
        for (const NodeType &t : m_ontology.nodeTypes)
            if (!type && (t.nameEn.compare(text, Qt::CaseInsensitive) == 0 || t.nameZh == text))
                type = &t;
        if (!type) {
            emit editFailed(tr("There is no node type \"%1\".").arg(text));
            return false;
        }
        after.typeId = type->id;
        break;
    }
    case LabelEnColumn:
        after.labelEn = text;
        break;
    case LabelZhColumn:
        after.labelZh = text;
        break;
    case AliasesEnColumn:
        after.aliasesEn = splitAliases(text);
        break;
    case AliasesZhColumn:
        after.aliasesZh = splitAliases(text);
        break;
    default:
        return false;
    }
    if (after == before)
        return false;
    const QString error = project::StoreCommand::pushTo(m_stack, new EditNodeCommand(*m_connection, before, after));
    if (!error.isEmpty()) {
        emit editFailed(error);
        return false;
    }
    // The store stamps the modification time: read the row back.
    if (const std::optional<Node> stored = GraphStore(*m_connection).node(before.id))
        m_nodes[index.row()] = *stored;
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

Qt::ItemFlags NodeTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | (m_connection ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

QVariant NodeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case TypeColumn:
        return tr("Type");
    case LabelEnColumn:
        return tr("Label (English)");
    case LabelZhColumn:
        return tr("Label (Chinese)");
    case AliasesEnColumn:
        return tr("Aliases (English)");
    case AliasesZhColumn:
        return tr("Aliases (Chinese)");
    default:
        return {};
    }
}

} // namespace rwb::knowledge
