#pragma once

#include "project/asset.h"
#include "project/assetfilter.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace rwb::project {

class Project;

/// The assets of a project that match a filter, as a table loaded lazily in pages
/// (canFetchMore/fetchMore) so that a project of 100 000 assets opens at once. A thin adapter
/// over AssetStore::list(); it follows the project's change notifications.
class AssetListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, KindColumn, StatusColumn, SplitColumn, AnnotationsColumn, SizeColumn, ColumnCount };
    enum Role {
        AssetIdRole = Qt::UserRole + 1, ///< qint64
        UriRole, ///< QString, as stored
        KindRole, ///< int(AssetKind)
        StatusRole, ///< int(AssetStatus)
        StatusColorRole, ///< QColor of the status badge
        StatusTextRole, ///< translated status name
        AnnotationCountRole, ///< qint64: annotations on the asset (rejected proposals included)
        CountTextRole, ///< the count as shown on a thumbnail ("12"), empty when there is none
    };
    static constexpr int PageSize = 200;

    explicit AssetListModel(QObject *parent = nullptr);
    ~AssetListModel() override;

    /// Shows the assets of \a project (null: none). The model does not own the project; call
    /// setProject(nullptr) before the project goes away.
    void setProject(Project *project);
    Project *project() const { return m_project; }

    /// Replaces the filter (and sort order) and reloads from the first page.
    void setFilter(const AssetFilter &filter);
    AssetFilter filter() const { return m_filter; }

    /// Number of assets matching the filter, loaded or not.
    qint64 totalCount() const { return m_total; }
    /// Reloads from the store, keeping as many rows loaded as before.
    void reload();
    /// Re-emits translated texts (kinds, statuses, headers) after a language change.
    void retranslate();

    /// The row of asset \a id, or -1 when it is not loaded (or does not match the filter).
    int rowOfAsset(qint64 id) const;
    QModelIndex indexOfAsset(qint64 id, int column = 0) const;
    /// The asset of a loaded \a row.
    std::optional<Asset> assetAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    /// Sorts in the store: by name (uri), by status, else in the order assets were added.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    /// Changes the order only, keeping the loaded rows' selection (a layout change).
    void setSort(AssetFilter::Sort sort, bool descending);
    QHash<int, QByteArray> roleNames() const override;

    /// The colour that marks \a status in lists and badges.
    static QColor statusColor(AssetStatus status);

signals:
    /// After a reset (new project, filter or reload): views restore their current item.
    void reloaded();

private:
    struct Row
    {
        Asset asset;
        qint64 annotationCount = 0;
    };

    QList<Row> loadRows(qint64 offset, qint64 limit) const;
    void rebuildIndex();
    void scheduleReload();
    void onAssetChanged(qint64 id);
    void onAnnotationsChanged(qint64 assetId);
    bool matchesAssetFields(const Asset &asset) const;

    Project *m_project = nullptr;
    AssetFilter m_filter;
    qint64 m_total = 0;
    QList<Row> m_rows;
    QHash<qint64, int> m_rowById;
    bool m_reloadPending = false;
    bool m_changing = false; ///< a reset, layout change or insertion is being announced
    QList<QMetaObject::Connection> m_connections;
};

} // namespace rwb::project
