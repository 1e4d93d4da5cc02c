#include "assetlistmodel.h"

#include "project/project.h"

#include <QColor>
#include <QFileInfo>
#include <QLocale>
#include <QScopedValueRollback>

namespace rwb::project {

AssetListModel::AssetListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

AssetListModel::~AssetListModel() = default;

void AssetListModel::setProject(Project *project)
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_project = project;
    if (m_project) {
        ProjectSignals *n = m_project->notifier();
        m_connections.append(connect(n, &ProjectSignals::assetsAdded, this, [this] { scheduleReload(); }));
        m_connections.append(connect(n, &ProjectSignals::assetChanged, this, &AssetListModel::onAssetChanged));
        m_connections.append(
            connect(n, &ProjectSignals::annotationsChanged, this, &AssetListModel::onAnnotationsChanged));
    }
    m_rows.clear();
    reload();
}

void AssetListModel::setFilter(const AssetFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_rows.clear(); // a new filter starts again at the first page
    reload();
}

void AssetListModel::reload()
{
    m_reloadPending = false;
    {
        const QScopedValueRollback<bool> guard(m_changing, true);
        beginResetModel();
        const qint64 keep = qMax<qint64>(PageSize, m_rows.size());
        m_rows.clear();
        m_total = 0;
        if (m_project) {
            m_total = m_project->assets().count(m_filter);
            m_rows = loadRows(0, keep);
        }
        rebuildIndex();
        endResetModel();
    }
    emit reloaded();
}

void AssetListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int AssetListModel::rowOfAsset(qint64 id) const
{
    return m_rowById.value(id, -1);
}

QModelIndex AssetListModel::indexOfAsset(qint64 id, int column) const
{
    const int row = rowOfAsset(id);
    return row < 0 ? QModelIndex() : index(row, column);
}

std::optional<Asset> AssetListModel::assetAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows[row].asset;
}

int AssetListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AssetListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AssetListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    const Asset &a = row.asset;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return QFileInfo(a.uri).fileName();
        case KindColumn:
            return displayName(a.kind);
        case StatusColumn:
            return displayName(a.status);
        case SplitColumn:
            return displayName(a.split);
        case AnnotationsColumn:
            return row.annotationCount;
        case SizeColumn:
            return QLocale().formattedDataSize(a.byteSize);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return a.uri;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == AnnotationsColumn || index.column() == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn)
            return statusColor(a.status);
        break;
    case AssetIdRole:
        return a.id;
    case UriRole:
        return a.uri;
    case KindRole:
        return int(a.kind);
    case StatusRole:
        return int(a.status);
    case StatusColorRole:
        return statusColor(a.status);
    case StatusTextRole:
        return displayName(a.status);
    case AnnotationCountRole:
        return row.annotationCount;
    case CountTextRole:
        return row.annotationCount > 0 ? QLocale().toString(row.annotationCount) : QString();
    default:
        break;
    }
    return {};
}

QVariant AssetListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case StatusColumn:
        return tr("Status");
    case SplitColumn:
        return tr("Split");
    case AnnotationsColumn:
        return tr("Annotations");
    case SizeColumn:
        return tr("Size");
    }
    return {};
}

bool AssetListModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while a change is being announced: receivers of its signals (QAbstractItemModelTester
    // does) may ask for more before the change is complete.
    return !parent.isValid() && !m_changing && m_project && m_rows.size() < m_total;
}

void AssetListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    QList<Row> page = loadRows(m_rows.size(), PageSize);
    if (page.isEmpty()) {
        // Assets went away behind our back: the total is stale.
        scheduleReload();
        return;
    }
    const QScopedValueRollback<bool> guard(m_changing, true); // no re-entrant fetches
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page.size()) - 1);
    m_rows.append(std::move(page));
    for (int i = first; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows[i].asset.id, i);
    endInsertRows();
}

void AssetListModel::sort(int column, Qt::SortOrder order)
{
    AssetFilter::Sort by = AssetFilter::Sort::Id;
    if (column == NameColumn)
        by = AssetFilter::Sort::Uri;
    else if (column == StatusColumn)
        by = AssetFilter::Sort::Status;
    setSort(by, order == Qt::DescendingOrder);
}

void AssetListModel::setSort(AssetFilter::Sort sort, bool descending)
{
    if (sort == m_filter.sort && descending == m_filter.descending)
        return;
    // A layout change rather than a reset: views keep their selection and current item.
    const QScopedValueRollback<bool> guard(m_changing, true);
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_filter.sort = sort;
    m_filter.descending = descending;
    const qint64 keep = qMax<qint64>(PageSize, m_rows.size());
    const QModelIndexList before = persistentIndexList();
    QList<qint64> beforeIds;
    beforeIds.reserve(before.size());
    for (const QModelIndex &i : before)
        beforeIds.append(m_rows[i.row()].asset.id);
    m_rows = m_project ? loadRows(0, keep) : QList<Row>();
    rebuildIndex();
    QModelIndexList after;
    after.reserve(before.size());
    for (int i = 0; i < before.size(); ++i)
        after.append(indexOfAsset(beforeIds[i], before[i].column()));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

QHash<int, QByteArray> AssetListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(AssetIdRole, "assetId");
    names.insert(UriRole, "uri");
    names.insert(KindRole, "kind");
    names.insert(StatusRole, "status");
    names.insert(StatusColorRole, "statusColor");
    names.insert(StatusTextRole, "statusText");
    names.insert(AnnotationCountRole, "annotationCount");
    names.insert(CountTextRole, "countText");
    return names;
}

QColor AssetListModel::statusColor(AssetStatus status)
{
    switch (status) {
    case AssetStatus::Todo:
        return QColor(0x80, 0x80, 0x80);
    case AssetStatus::InProgress:
        return QColor(0x1e, 0x88, 0xe5);
    case AssetStatus::Done:
        return QColor(0x2e, 0x9d, 0x4f);
    case AssetStatus::NeedsReview:
        return QColor(0xef, 0x8a, 0x00);
    case AssetStatus::Accepted:
        return QColor(0x00, 0x89, 0x7b);
    case AssetStatus::Rejected:
        return QColor(0xd3, 0x2f, 0x2f);
    }
    return {};
}

QList<AssetListModel::Row> AssetListModel::loadRows(qint64 offset, qint64 limit) const
{
    QList<Row> rows;
    const QList<Asset> assets = m_project->assets().list(m_filter, offset, limit);
    rows.reserve(assets.size());
    for (const Asset &a : assets)
        rows.append({ a, m_project->annotations().countForAsset(a.id) });
    return rows;
}

void AssetListModel::rebuildIndex()
{
    m_rowById.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows[i].asset.id, i);
}

void AssetListModel::scheduleReload()
{
    // Coalesces the notifications of a burst of edits into one reload.
    if (m_reloadPending)
        return;
    m_reloadPending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_reloadPending)
                reload();
        },
        Qt::QueuedConnection);
}

void AssetListModel::onAssetChanged(qint64 id)
{
    if (!m_project || m_reloadPending)
        return;
    const std::optional<Asset> asset = m_project->assets().byId(id);
    const int row = rowOfAsset(id);
    const bool matches = asset && matchesAssetFields(*asset);
    const bool orderDependsOnEdits
        = m_filter.sort == AssetFilter::Sort::Status || m_filter.sort == AssetFilter::Sort::Modified;
    if (row >= 0 && matches && !orderDependsOnEdits) {
        m_rows[row].asset = *asset;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    if (row >= 0) {
        scheduleReload(); // it left the filtered list, or moved
        return;
    }
    // Not loaded: reload when it joined or left the list, or may have moved into the loaded part.
    if ((matches && orderDependsOnEdits) || m_project->assets().count(m_filter) != m_total)
        scheduleReload();
}

void AssetListModel::onAnnotationsChanged(qint64 assetId)
{
    if (!m_project)
        return;
    if (m_filter.classId || m_filter.withOpenProposals) {
        scheduleReload();
        return;
    }
    const int row = rowOfAsset(assetId);
    if (row < 0)
        return;
    m_rows[row].annotationCount = m_project->annotations().countForAsset(assetId);
    emit dataChanged(index(row, AnnotationsColumn), index(row, AnnotationsColumn));
}

bool AssetListModel::matchesAssetFields(const Asset &a) const
{
    // The parts of the filter that depend on the asset's own fields; the others (class,
    // proposals) depend on annotations and are handled by onAnnotationsChanged().
    if (m_filter.kind && a.kind != *m_filter.kind)
        return false;
    if (m_filter.status && a.status != *m_filter.status)
        return false;
    if (m_filter.split && a.split != *m_filter.split)
        return false;
    if (m_filter.assignee && a.assignee != m_filter.assignee)
        return false;
    if (!m_filter.uriContains.isEmpty() && !a.uri.contains(m_filter.uriContains, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace rwb::project
