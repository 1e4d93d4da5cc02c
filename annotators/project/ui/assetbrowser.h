#pragma once

#include "project/assetfilter.h"

#include <QWidget>

#include <optional>

class QAbstractItemView;
class QComboBox;
class QItemSelectionModel;
class QLabel;
class QListView;
class QModelIndex;
class QStackedWidget;
class QCheckBox;
class QToolButton;
class QTreeView;

namespace rwb::widgets {
class SearchLineEdit;
class ThumbnailDelegate;
} // namespace rwb::widgets

namespace rwb::project {

class AssetListModel;
class LabelClassModel;
class Project;
class ThumbnailCache;
class ThumbnailProxyModel;

/// The asset browser (a dock's content): a filter bar (kind, status, label class, split,
/// text), the sort order, and the matching assets as a list or as a thumbnail grid. Making an
/// asset current (click, keys, selectNext()…) emits assetActivated().
class AssetBrowser : public QWidget
{
    Q_OBJECT
public:
    enum class ViewMode { List, Grid };
    Q_ENUM(ViewMode)

    explicit AssetBrowser(QWidget *parent = nullptr);
    ~AssetBrowser() override;

    /// Shows the assets of \a project (null: none) and makes the first one current. The
    /// project must outlive the browser or be unset first.
    void setProject(Project *project);
    Project *project() const;
    AssetListModel *model() const { return m_model; }
    ThumbnailCache *thumbnails() const { return m_thumbnails; }

    void setViewMode(ViewMode mode);
    ViewMode viewMode() const { return m_mode; }
    QAbstractItemView *currentView() const;
    void setThumbnailSize(int size);
    int thumbnailSize() const;

    /// Sets the filter controls to \a filter and applies it.
    void setFilter(const AssetFilter &filter);
    AssetFilter filter() const;

    std::optional<qint64> currentAssetId() const { return m_currentId; }
    /// Makes asset \a id current (loading pages as needed); false when it is not listed.
    bool selectAsset(qint64 id);
    /// Makes the next (previous) listed asset current; false at the end (start).
    bool selectNext();
    bool selectPrevious();
    /// Makes the next asset (in id order after the current one, wrapping round) with one of
    /// \a statuses current, widening a status filter that hides it; false when there is none.
    bool selectNextWithStatus(const QList<AssetStatus> &statuses);
    /// The asset after the current one in the list (what D opens next, for prefetching).
    std::optional<qint64> nextAssetId() const;
    /// Reloads the list from the project.
    void reload();
    /// The targeted-labeling queues offered in the queue filter (id, name); the filter is
    /// hidden while there are none. Choosing one filters to it in queue order.
    void setLabelingQueues(const QList<std::pair<qint64, QString>> &queues);

signals:
    void assetActivated(qint64 assetId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillClassCombo();
    void applyControls();
    void syncSortIndicator();
    void onHeaderClicked(int section);
    void onCurrentChanged(const QModelIndex &current);
    void onModelReloaded();
    void updatePlaceholder();
    void setCurrentRow(int row);

    AssetListModel *m_model;
    LabelClassModel *m_classes;
    ThumbnailCache *m_thumbnails;
    ThumbnailProxyModel *m_proxy;
    QItemSelectionModel *m_selection;
    widgets::ThumbnailDelegate *m_delegate;

    widgets::SearchLineEdit *m_search;
    QToolButton *m_listButton;
    QToolButton *m_gridButton;
    QComboBox *m_kind;
    QComboBox *m_status;
    QComboBox *m_class;
    QComboBox *m_split;
    QComboBox *m_sort;
    QComboBox *m_queue;
    QToolButton *m_descending;
    QCheckBox *m_openProposals; ///< only assets with model proposals still to review
    QStackedWidget *m_stack;
    QTreeView *m_list;
    QListView *m_grid;
    QLabel *m_placeholder;
    QLabel *m_count;

    ViewMode m_mode = ViewMode::Grid;
    std::optional<qint64> m_currentId;
    int m_lastRow = -1;
    bool m_updatingControls = false;
};

} // namespace rwb::project
