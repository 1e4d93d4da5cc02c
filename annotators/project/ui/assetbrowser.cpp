#include "assetbrowser.h"

#include "thumbnailcache.h"
#include "thumbnailproxymodel.h"

#include "project/models/assetlistmodel.h"
#include "project/models/labelclassmodel.h"
#include "project/project.h"
#include "widgets/searchlineedit.h"
#include "widgets/thumbnaildelegate.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace rwb::project {

namespace {

constexpr int AllItems = -1;

/// Icons of the view toggle, drawn in the text colour: three lines, four squares.
QIcon viewModeIcon(AssetBrowser::ViewMode mode, const QColor &color)
{
    const qreal dpr = 2.0;
    QPixmap pixmap(QSize(16, 16) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    if (mode == AssetBrowser::ViewMode::List) {
        for (int i = 0; i < 3; ++i) {
            p.drawRect(QRectF(2, 3 + i * 4.5, 2.5, 2.5));
            p.drawRect(QRectF(6, 3 + i * 4.5, 8, 2.5));
        }
    } else {
        for (int i = 0; i < 2; ++i) {
            for (int j = 0; j < 2; ++j)
                p.drawRoundedRect(QRectF(2 + i * 6.5, 2 + j * 6.5, 5.5, 5.5), 1, 1);
        }
    }
    return QIcon(pixmap);
}

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(color.darker(130));
    p.setBrush(color);
    p.drawRoundedRect(QRectF(0.5, 0.5, 11, 11), 2, 2);
    return QIcon(pixmap);
}

template<typename T> std::optional<T> comboValue(const QComboBox *combo)
{
    const int v = combo->currentData().toInt();
    return v == AllItems ? std::nullopt : std::optional<T>(T(v));
}

void setComboValue(QComboBox *combo, int value)
{
    const int i = combo->findData(value);
    combo->setCurrentIndex(i < 0 ? 0 : i);
}

} // namespace

AssetBrowser::AssetBrowser(QWidget *parent)
    : QWidget(parent)
    , m_model(new AssetListModel(this))
    , m_classes(new LabelClassModel(this))
    , m_thumbnails(new ThumbnailCache(this))
    , m_proxy(new ThumbnailProxyModel(m_thumbnails, this))
    , m_selection(nullptr)
    , m_delegate(new widgets::ThumbnailDelegate(this))
    , m_search(new widgets::SearchLineEdit(this))
    , m_listButton(new QToolButton(this))
    , m_gridButton(new QToolButton(this))
    , m_kind(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_class(new QComboBox(this))
    , m_split(new QComboBox(this))
    , m_sort(new QComboBox(this))
    , m_queue(new QComboBox(this))
    , m_descending(new QToolButton(this))
    , m_openProposals(new QCheckBox(this))
    , m_stack(new QStackedWidget(this))
    , m_list(new QTreeView(this))
    , m_grid(new QListView(this))
    , m_placeholder(new QLabel(this))
    , m_count(new QLabel(this))
{
    m_proxy->setAssetModel(m_model);
    m_selection = new QItemSelectionModel(m_proxy, this);

    // Filter bar.
    m_search->setObjectName(QStringLiteral("assetSearch"));
    const QColor iconColor = palette().color(QPalette::WindowText);
    m_listButton->setIcon(viewModeIcon(ViewMode::List, iconColor));
    m_gridButton->setIcon(viewModeIcon(ViewMode::Grid, iconColor));
    for (QToolButton *b : { m_listButton, m_gridButton }) {
        b->setCheckable(true);
        b->setAutoRaise(true);
    }
    auto *modeGroup = new QButtonGroup(this);
    modeGroup->addButton(m_listButton);
    modeGroup->addButton(m_gridButton);
    connect(m_listButton, &QToolButton::clicked, this, [this] { setViewMode(ViewMode::List); });
    connect(m_gridButton, &QToolButton::clicked, this, [this] { setViewMode(ViewMode::Grid); });

    m_kind->addItem(QString(), AllItems);
    for (AssetKind k : allAssetKinds())
        m_kind->addItem(QString(), int(k));
    m_status->addItem(QString(), AllItems);
    for (AssetStatus s : allAssetStatuses())
        m_status->addItem(swatch(AssetListModel::statusColor(s)), QString(), int(s));
    m_split->addItem(QString(), AllItems);
    for (Split s : allSplits())
        m_split->addItem(QString(), int(s));
    for (AssetFilter::Sort s : { AssetFilter::Sort::Id, AssetFilter::Sort::Uri, AssetFilter::Sort::Status,
             AssetFilter::Sort::Modified, AssetFilter::Sort::QueueRank })
        m_sort->addItem(QString(), int(s));
    m_queue->addItem(QString(), AllItems);
    m_queue->setObjectName(QStringLiteral("queueFilter"));
    m_queue->setVisible(false);
    m_queue->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_queue->setMinimumContentsLength(6);
    // A queue comes in its own order; leaving it leaves that order too.
    connect(m_queue, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updatingControls)
            return;
        const bool inQueue = m_queue->currentData().toLongLong() != AllItems;
        const auto sort = AssetFilter::Sort(m_sort->currentData().toInt());
        m_updatingControls = true;
        if (inQueue && sort == AssetFilter::Sort::Id)
            setComboValue(m_sort, int(AssetFilter::Sort::QueueRank));
        else if (!inQueue && sort == AssetFilter::Sort::QueueRank)
            setComboValue(m_sort, int(AssetFilter::Sort::Id));
        m_updatingControls = false;
        applyControls();
    });
    m_descending->setCheckable(true);
    m_descending->setAutoRaise(true);
    m_descending->setArrowType(Qt::UpArrow);
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_class->setObjectName(QStringLiteral("classFilter"));
    m_split->setObjectName(QStringLiteral("splitFilter"));
    m_sort->setObjectName(QStringLiteral("sortOrder"));
    for (QComboBox *c : { m_kind, m_status, m_class, m_split, m_sort }) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(6);
        connect(c, &QComboBox::currentIndexChanged, this, &AssetBrowser::applyControls);
    }
    connect(m_descending, &QToolButton::toggled, this, [this](bool on) {
        m_descending->setArrowType(on ? Qt::DownArrow : Qt::UpArrow);
        applyControls();
    });
    m_openProposals->setObjectName(QStringLiteral("openProposalsFilter"));
    connect(m_openProposals, &QCheckBox::toggled, this, &AssetBrowser::applyControls);
    connect(m_search, &widgets::SearchLineEdit::searchChanged, this, &AssetBrowser::applyControls);
    connect(m_classes, &QAbstractItemModel::modelReset, this, &AssetBrowser::fillClassCombo);

    // Views: both show the same model and share the selection.
    m_list->setModel(m_proxy);
    m_list->setSelectionModel(m_selection);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setAlternatingRowColors(true);
    m_list->setTextElideMode(Qt::ElideMiddle); // file names differ at their end
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    const int rowIcon = qRound(fontMetrics().height() * 1.5);
    m_list->setIconSize(QSize(rowIcon, rowIcon));
    QHeaderView *header = m_list->header();
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AssetListModel::NameColumn, QHeaderView::Stretch);
    // A dock is narrow: kind shows in the icon, split and size on request (header menu).
    for (int column : { AssetListModel::KindColumn, AssetListModel::SplitColumn, AssetListModel::SizeColumn })
        header->setSectionHidden(column, true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this, header](const QPoint &pos) {
        QMenu menu(this);
        for (int column = AssetListModel::NameColumn + 1; column < AssetListModel::ColumnCount; ++column) {
            QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
            action->setCheckable(true);
            action->setChecked(!header->isSectionHidden(column));
            connect(action, &QAction::toggled, header,
                [header, column](bool on) { header->setSectionHidden(column, !on); });
        }
        menu.exec(header->mapToGlobal(pos));
    });
    connect(header, &QHeaderView::sectionClicked, this, &AssetBrowser::onHeaderClicked);

    m_grid->setModel(m_proxy);
    m_grid->setSelectionModel(m_selection);
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setMovement(QListView::Static);
    m_grid->setUniformItemSizes(true);
    m_grid->setLayoutMode(QListView::Batched);
    m_grid->setBatchSize(200);
    m_grid->setSpacing(2);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setItemDelegate(m_delegate);
    m_grid->setMouseTracking(true);
    m_delegate->setBadgeRoles(AssetListModel::StatusTextRole, AssetListModel::StatusColorRole);
    m_delegate->setCountRole(AssetListModel::CountTextRole);
    setThumbnailSize(m_thumbnails->size());

    for (QAbstractItemView *view :
        { static_cast<QAbstractItemView *>(m_list), static_cast<QAbstractItemView *>(m_grid) })
        connect(view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
            if (index.isValid())
                emit assetActivated(index.data(AssetListModel::AssetIdRole).toLongLong());
        });
    connect(m_selection, &QItemSelectionModel::currentChanged, this, &AssetBrowser::onCurrentChanged);
    connect(m_model, &AssetListModel::reloaded, this, &AssetBrowser::onModelReloaded);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AssetBrowser::updatePlaceholder);

    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setEnabled(false);
    m_placeholder->setMargin(12);
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_grid);
    m_stack->addWidget(m_placeholder);
    m_count->setEnabled(false);

    auto *searchRow = new QHBoxLayout;
    searchRow->setSpacing(2);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_listButton);
    searchRow->addWidget(m_gridButton);
    auto *filters = new QGridLayout;
    filters->setHorizontalSpacing(4);
    filters->setVerticalSpacing(4);
    filters->addWidget(m_kind, 0, 0);
    filters->addWidget(m_status, 0, 1);
    filters->addWidget(m_class, 1, 0);
    filters->addWidget(m_split, 1, 1);
    auto *sortRow = new QHBoxLayout;
    sortRow->setSpacing(2);
    sortRow->addWidget(m_sort, 1);
    sortRow->addWidget(m_descending);
    filters->addLayout(sortRow, 2, 0, 1, 2);
    filters->addWidget(m_openProposals, 3, 0, 1, 2);
    filters->addWidget(m_queue, 4, 0, 1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(searchRow);
    layout->addLayout(filters);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_count);

    setViewMode(ViewMode::Grid);
    retranslateUi();
    syncSortIndicator();
    onModelReloaded();
}

AssetBrowser::~AssetBrowser() = default;

void AssetBrowser::setProject(Project *project)
{
    m_thumbnails->clear();
    m_currentId.reset();
    m_lastRow = project ? 0 : -1; // the first asset becomes current
    m_classes->setProject(project);
    m_model->setProject(project);
}

Project *AssetBrowser::project() const
{
    return m_model->project();
}

void AssetBrowser::setViewMode(ViewMode mode)
{
    m_mode = mode;
    m_listButton->setChecked(mode == ViewMode::List);
    m_gridButton->setChecked(mode == ViewMode::Grid);
    updatePlaceholder();
    if (const QModelIndex current = m_selection->currentIndex(); current.isValid())
        currentView()->scrollTo(current);
}

QAbstractItemView *AssetBrowser::currentView() const
{
    if (m_mode == ViewMode::List)
        return m_list;
    return m_grid;
}

void AssetBrowser::setThumbnailSize(int size)
{
    m_thumbnails->setSize(size);
    m_delegate->setThumbnailSize(m_thumbnails->size());
    m_grid->setIconSize(QSize(m_thumbnails->size(), m_thumbnails->size()));
    m_grid->viewport()->update();
    m_list->viewport()->update();
}

int AssetBrowser::thumbnailSize() const
{
    return m_thumbnails->size();
}

void AssetBrowser::setFilter(const AssetFilter &filter)
{
    m_updatingControls = true;
    setComboValue(m_kind, filter.kind ? int(*filter.kind) : AllItems);
    setComboValue(m_status, filter.status ? int(*filter.status) : AllItems);
    setComboValue(m_split, filter.split ? int(*filter.split) : AllItems);
    setComboValue(m_class, filter.classId ? int(*filter.classId) : AllItems);
    setComboValue(m_sort, int(filter.sort));
    if (filter.labelingQueue && m_queue->findData(*filter.labelingQueue) < 0) {
        m_queue->addItem(tr("Queue #%1").arg(*filter.labelingQueue), *filter.labelingQueue);
        m_queue->setVisible(true);
    }
    setComboValue(m_queue, filter.labelingQueue ? int(*filter.labelingQueue) : AllItems);
    m_descending->setChecked(filter.descending);
    m_openProposals->setChecked(filter.withOpenProposals);
    m_search->setText(filter.uriContains);
    m_updatingControls = false;
    // Parts without a control (assignee) are kept as given.
    AssetFilter f = filter;
    f.uriContains = f.uriContains.trimmed();
    m_lastRow = -1;
    m_model->setFilter(f);
    syncSortIndicator();
}

AssetFilter AssetBrowser::filter() const
{
    AssetFilter f = m_model->filter();
    f.kind = comboValue<AssetKind>(m_kind);
    f.status = comboValue<AssetStatus>(m_status);
    f.split = comboValue<Split>(m_split);
    const qint64 classId = m_class->currentData().toLongLong();
    f.classId = classId == AllItems ? std::nullopt : std::optional<qint64>(classId);
    f.uriContains = m_search->text().trimmed();
    f.sort = AssetFilter::Sort(m_sort->currentData().toInt());
    const qint64 queue = m_queue->currentData().toLongLong();
    f.labelingQueue = queue == AllItems ? std::nullopt : std::optional<qint64>(queue);
    f.descending = m_descending->isChecked();
    f.withOpenProposals = m_openProposals->isChecked();
    return f;
}

bool AssetBrowser::selectAsset(qint64 id)
{
    int row = m_model->rowOfAsset(id);
    while (row < 0 && m_model->canFetchMore({})) {
        m_model->fetchMore({});
        row = m_model->rowOfAsset(id);
    }
    if (row < 0)
        return false;
    setCurrentRow(row);
    return true;
}

bool AssetBrowser::selectNext()
{
    const QModelIndex current = m_selection->currentIndex();
    const int row = current.isValid() ? current.row() + 1 : 0;
    if (row >= m_model->rowCount() && m_model->canFetchMore({}))
        m_model->fetchMore({});
    if (row >= m_model->rowCount())
        return false;
    setCurrentRow(row);
    return true;
}

bool AssetBrowser::selectNextWithStatus(const QList<AssetStatus> &statuses)
{
    Project *p = project();
    if (!p)
        return false;
    const std::optional<qint64> next = p->assets().nextWithStatus(filter(), statuses, m_currentId.value_or(0));
    if (!next)
        return false;
    if (selectAsset(*next))
        return true;
    // Hidden by the status filter: show every status so the asset can be current.
    AssetFilter relaxed = filter();
    relaxed.status.reset();
    setFilter(relaxed);
    return selectAsset(*next);
}

std::optional<qint64> AssetBrowser::nextAssetId() const
{
    const QModelIndex current = m_selection->currentIndex();
    const int row = current.isValid() ? current.row() + 1 : 0;
    if (row >= m_model->rowCount())
        return std::nullopt;
    const QModelIndex next = m_proxy->mapToSource(m_proxy->index(row, 0));
    const std::optional<Asset> asset = m_model->assetAt(next.isValid() ? next.row() : row);
    return asset ? std::optional<qint64>(asset->id) : std::nullopt;
}

bool AssetBrowser::selectPrevious()
{
    const QModelIndex current = m_selection->currentIndex();
    const int row = current.isValid() ? current.row() - 1 : 0;
    if (row < 0 || row >= m_model->rowCount())
        return false;
    setCurrentRow(row);
    return true;
}

void AssetBrowser::reload()
{
    m_model->reload();
}

void AssetBrowser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AssetBrowser::retranslateUi()
{
    m_search->setPlaceholderText(tr("Filter by file name"));
    m_listButton->setToolTip(tr("Show assets as a list"));
    m_gridButton->setToolTip(tr("Show assets as thumbnails"));
    m_kind->setItemText(0, tr("All kinds"));
    for (int i = 1; i < m_kind->count(); ++i)
        m_kind->setItemText(i, displayName(AssetKind(m_kind->itemData(i).toInt())));
    m_status->setItemText(0, tr("Any status"));
    for (int i = 1; i < m_status->count(); ++i)
        m_status->setItemText(i, displayName(AssetStatus(m_status->itemData(i).toInt())));
    m_split->setItemText(0, tr("All splits"));
    for (int i = 1; i < m_split->count(); ++i)
        m_split->setItemText(i, displayName(Split(m_split->itemData(i).toInt())));
    m_sort->setItemText(0, tr("Sort: order added"));
    m_sort->setItemText(1, tr("Sort: name"));
    m_sort->setItemText(2, tr("Sort: status"));
    m_sort->setItemText(3, tr("Sort: last modified"));
    m_sort->setItemText(4, tr("Sort: queue rank"));
    m_queue->setItemText(0, tr("No labeling queue"));
    m_queue->setToolTip(tr("Only the assets of this targeted-labeling queue, in its order"));
    m_kind->setToolTip(tr("Kind of asset"));
    m_status->setToolTip(tr("Labeling status"));
    m_class->setToolTip(tr("Assets with at least one annotation of this label class"));
    m_split->setToolTip(tr("Dataset split"));
    m_descending->setToolTip(tr("Reverse the order"));
    m_openProposals->setText(tr("With open proposals"));
    m_openProposals->setToolTip(tr("Only images with model proposals still to review"));
    m_classes->retranslate();
    fillClassCombo();
    m_model->retranslate();
    updatePlaceholder();
}

void AssetBrowser::fillClassCombo()
{
    const bool wasUpdating = m_updatingControls;
    m_updatingControls = true;
    const QVariant current = m_class->currentData();
    m_class->clear();
    m_class->addItem(tr("All classes"), AllItems);
    const bool zh = m_classes->chineseTitles();
    const QList<QPair<LabelClass, int>> classes = m_classes->flattened();
    for (const auto &entry : classes) {
        const LabelClass &c = entry.first;
        m_class->addItem(swatch(QColor(c.color)), QString(entry.second * 2, QLatin1Char(' ')) + c.title(zh), c.id);
    }
    const int i = current.isValid() ? m_class->findData(current) : 0;
    m_class->setCurrentIndex(qMax(0, i));
    m_updatingControls = wasUpdating;
    if (i < 0 && !m_updatingControls)
        applyControls(); // the class filtered by is gone
}

void AssetBrowser::setLabelingQueues(const QList<std::pair<qint64, QString>> &queues)
{
    const qint64 current = m_queue->currentData().toLongLong();
    m_updatingControls = true;
    while (m_queue->count() > 1)
        m_queue->removeItem(1);
    for (const auto &[id, name] : queues)
        m_queue->addItem(name, id);
    const int index = m_queue->findData(current);
    m_queue->setCurrentIndex(index < 0 ? 0 : index);
    m_queue->setVisible(!queues.isEmpty());
    m_updatingControls = false;
    applyControls(); // a removed queue no longer filters
}

void AssetBrowser::applyControls()
{
    if (m_updatingControls)
        return;
    const AssetFilter f = filter();
    if (f == m_model->filter())
        return;
    AssetFilter sameOrder = f;
    sameOrder.sort = m_model->filter().sort;
    sameOrder.descending = m_model->filter().descending;
    if (sameOrder == m_model->filter()) {
        // Only the order changed: resort, keeping the selection.
        m_model->setSort(f.sort, f.descending);
        syncSortIndicator();
        if (const QModelIndex current = m_selection->currentIndex(); current.isValid())
            currentView()->scrollTo(current);
        return;
    }
    // Another selection of assets: the open one stays selected if it is listed.
    m_lastRow = -1;
    m_model->setFilter(f);
    syncSortIndicator();
}

void AssetBrowser::syncSortIndicator()
{
    const AssetFilter f = m_model->filter();
    const Qt::SortOrder order = f.descending ? Qt::DescendingOrder : Qt::AscendingOrder;
    QHeaderView *header = m_list->header();
    const QSignalBlocker blocker(header);
    if (f.sort == AssetFilter::Sort::Uri)
        header->setSortIndicator(AssetListModel::NameColumn, order);
    else if (f.sort == AssetFilter::Sort::Status)
        header->setSortIndicator(AssetListModel::StatusColumn, order);
    else
        header->setSortIndicator(-1, order);
}

void AssetBrowser::onHeaderClicked(int section)
{
    AssetFilter::Sort sort;
    // The header flips its indicator itself on every click; it is set from the filter again
    // once the click is handled (other columns do not sort).
    QMetaObject::invokeMethod(this, &AssetBrowser::syncSortIndicator, Qt::QueuedConnection);
    if (section == AssetListModel::NameColumn)
        sort = AssetFilter::Sort::Uri;
    else if (section == AssetListModel::StatusColumn)
        sort = AssetFilter::Sort::Status;
    else
        return;
    const AssetFilter f = m_model->filter();
    const bool descending = f.sort == sort ? !f.descending : false;
    m_updatingControls = true;
    setComboValue(m_sort, int(sort));
    m_descending->setChecked(descending);
    m_updatingControls = false;
    applyControls();
}

void AssetBrowser::onCurrentChanged(const QModelIndex &current)
{
    if (!current.isValid())
        return;
    m_lastRow = current.row();
    const qint64 id = current.data(AssetListModel::AssetIdRole).toLongLong();
    if (m_currentId == id)
        return;
    m_currentId = id;
    emit assetActivated(id);
}

void AssetBrowser::onModelReloaded()
{
    updatePlaceholder();
    if (m_currentId) {
        if (const int row = m_model->rowOfAsset(*m_currentId); row >= 0) {
            setCurrentRow(row);
            return;
        }
    }
    // The current asset left the list (e.g. marked done while showing "to do" only): its
    // successor takes its place.
    if (m_lastRow >= 0 && m_model->rowCount() > 0)
        setCurrentRow(qMin(m_lastRow, m_model->rowCount() - 1));
}

void AssetBrowser::updatePlaceholder()
{
    const qint64 total = m_model->totalCount();
    for (QWidget *w : std::initializer_list<QWidget *> { m_search, m_listButton, m_gridButton, m_kind, m_status,
             m_class, m_split, m_sort, m_descending, m_openProposals })
        w->setEnabled(m_model->project() != nullptr);
    if (!m_model->project()) {
        m_placeholder->setText(tr("No project is open."));
        m_count->clear();
    } else if (total == 0) {
        const bool anyAsset = m_model->project()->assets().count() > 0;
        m_placeholder->setText(anyAsset ? tr("No asset matches the filter.")
                                        : tr("No assets yet.\nUse File ▸ Import Files… to add images, signals or "
                                             "documents."));
    }
    if (m_model->project()) {
        const qint64 all = m_model->project()->assets().count();
        const QLocale locale;
        m_count->setText(total == all ? tr("%n asset(s)", nullptr, int(all))
                                      : tr("%1 of %2 assets").arg(locale.toString(total), locale.toString(all)));
    }
    if (!m_model->project() || total == 0)
        m_stack->setCurrentWidget(m_placeholder);
    else
        m_stack->setCurrentWidget(currentView());
}

void AssetBrowser::setCurrentRow(int row)
{
    const QModelIndex index = m_proxy->index(row, 0);
    if (!index.isValid())
        return;
    m_selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    currentView()->scrollTo(index);
}

} // namespace rwb::project
