#include "labelclassmodel.h"

#include "project/project.h"

#include <QColor>
#include <QLocale>
#include <QSet>

namespace rwb::project {

namespace {

bool localeIsChinese()
{
    return QLocale().language() == QLocale::Chinese;
}

} // namespace

LabelClassModel::LabelClassModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_chinese(localeIsChinese())
{ }

LabelClassModel::~LabelClassModel() = default;

void LabelClassModel::setProject(Project *project)
{
    disconnect(m_connection);
    m_project = project;
    if (m_project)
        m_connection
            = connect(m_project->notifier(), &ProjectSignals::labelSchemaChanged, this, &LabelClassModel::reload);
    reload();
}

void LabelClassModel::reload()
{
    beginResetModel();
    m_nodes.clear();
    m_topLevel.clear();
    const QList<LabelClass> classes = m_project ? m_project->labels().classes() : QList<LabelClass>();
    for (const LabelClass &c : classes)
        m_nodes.insert(c.id, Node { c, 0, 0, {} });
    for (const LabelClass &c : classes) {
        // A parent that is missing, or a loop of parents, puts the class at the top level.
        qint64 parent = c.parentId.value_or(0);
        QSet<qint64> seen { c.id };
        for (qint64 p = parent; p != 0;) {
            auto it = m_nodes.constFind(p);
            if (it == m_nodes.constEnd() || seen.contains(p)) {
                parent = 0;
                break;
            }
            seen.insert(p);
            p = it->cls.parentId.value_or(0);
        }
        Node &node = m_nodes[c.id];
        node.parent = parent;
        QList<qint64> &siblings = parent == 0 ? m_topLevel : m_nodes[parent].children;
        node.row = int(siblings.size());
        siblings.append(c.id);
    }
    endResetModel();
}

void LabelClassModel::setChineseTitles(bool chinese)
{
    if (chinese == m_chinese)
        return;
    m_chinese = chinese;
    emitDataChanged(0);
}

void LabelClassModel::emitDataChanged(qint64 parentId)
{
    const QList<qint64> &children = childrenOf(parentId);
    if (children.isEmpty())
        return;
    const QModelIndex parent = parentId == 0 ? QModelIndex() : indexOfClass(parentId);
    emit dataChanged(index(0, 0, parent), index(int(children.size()) - 1, ColumnCount - 1, parent));
    for (qint64 id : children)
        emitDataChanged(id);
}

void LabelClassModel::retranslate()
{
    setChineseTitles(localeIsChinese());
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QModelIndex LabelClassModel::indexOfClass(qint64 id, int column) const
{
    auto it = m_nodes.constFind(id);
    if (it == m_nodes.constEnd())
        return {};
    return createIndex(it->row, column, quintptr(id));
}

std::optional<LabelClass> LabelClassModel::classAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return std::nullopt;
    auto it = m_nodes.constFind(qint64(index.internalId()));
    if (it == m_nodes.constEnd())
        return std::nullopt;
    return it->cls;
}

QList<QPair<LabelClass, int>> LabelClassModel::flattened() const
{
    QList<QPair<LabelClass, int>> out;
    appendFlattened(0, 0, out);
    return out;
}

void LabelClassModel::appendFlattened(qint64 parentId, int depth, QList<QPair<LabelClass, int>> &out) const
{
    for (qint64 id : childrenOf(parentId)) {
        out.append({ m_nodes[id].cls, depth });
        appendFlattened(id, depth + 1, out);
    }
}

const QList<qint64> &LabelClassModel::childrenOf(qint64 parentId) const
{
    if (parentId == 0)
        return m_topLevel;
    static const QList<qint64> none;
    auto it = m_nodes.constFind(parentId);
    return it == m_nodes.constEnd() ? none : it->children;
}

QModelIndex LabelClassModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const qint64 parentId = parent.isValid() ? qint64(parent.internalId()) : 0;
    return createIndex(row, column, quintptr(childrenOf(parentId).at(row)));
}

QModelIndex LabelClassModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    auto it = m_nodes.constFind(qint64(child.internalId()));
    if (it == m_nodes.constEnd() || it->parent == 0)
        return {};
    return indexOfClass(it->parent);
}

int LabelClassModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childrenOf(parent.isValid() ? qint64(parent.internalId()) : 0).size());
}

int LabelClassModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant LabelClassModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const LabelClass &c = m_nodes[qint64(index.internalId())].cls;
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == TitleColumn ? c.title(m_chinese) : c.shortcut;
    case Qt::DecorationRole:
        if (index.column() == TitleColumn)
            return QColor(c.color);
        break;
    case Qt::ToolTipRole: {
        QStringList lines { c.name };
        if (!c.titleEn.isEmpty() && c.titleEn != c.name)
            lines.append(c.titleEn);
        if (!c.titleZh.isEmpty())
            lines.append(c.titleZh);
        return lines.join(QLatin1Char('\n'));
    }
    case ClassIdRole:
        return c.id;
    case NameRole:
        return c.name;
    case ColorRole:
        return QColor(c.color);
    case ShortcutRole:
        return c.shortcut;
    case SearchTextRole:
        return QStringList { c.name, c.titleEn, c.titleZh }.join(QLatin1Char(' '));
    default:
        break;
    }
    return {};
}

QVariant LabelClassModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Label class");
    case ShortcutColumn:
        return tr("Shortcut");
    }
    return {};
}

QHash<int, QByteArray> LabelClassModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(ClassIdRole, "classId");
    names.insert(NameRole, "name");
    names.insert(ColorRole, "color");
    names.insert(ShortcutRole, "shortcut");
    names.insert(SearchTextRole, "searchText");
    return names;
}

} // namespace rwb::project
