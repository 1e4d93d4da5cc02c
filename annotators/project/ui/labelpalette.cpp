#include "labelpalette.h"

#include "project/models/labelclassmodel.h"
#include "project/project.h"
#include "widgets/searchlineedit.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace rwb::project {

LabelPalette::LabelPalette(QWidget *parent)
    : QWidget(parent)
    , m_model(new LabelClassModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new widgets::SearchLineEdit(this))
    , m_view(new QTreeView(this))
    , m_empty(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(LabelClassModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setRecursiveFilteringEnabled(true);

    m_filter->setDelay(0); // a few hundred classes at most: filter at every key
    m_filter->setObjectName(QStringLiteral("paletteFilter"));
    connect(m_filter, &widgets::SearchLineEdit::searchChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        if (!text.isEmpty())
            m_view->expandAll();
    });

    m_view->setModel(m_proxy);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(LabelClassModel::TitleColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(LabelClassModel::ShortcutColumn, QHeaderView::ResizeToContents);
    connect(m_view, &QTreeView::clicked, this,
        [this](const QModelIndex &index) { choose(index.data(LabelClassModel::ClassIdRole).toLongLong()); });
    connect(m_view, &QTreeView::activated, this,
        [this](const QModelIndex &index) { choose(index.data(LabelClassModel::ClassIdRole).toLongLong()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &LabelPalette::onModelReset);

    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);
    retranslateUi();
    onModelReset();
}

LabelPalette::~LabelPalette() = default;

void LabelPalette::setProject(Project *project)
{
    m_current.reset();
    m_model->setProject(project);
}

void LabelPalette::setCurrentClass(std::optional<qint64> classId)
{
    m_current = classId;
    const QModelIndex index = classId ? m_proxy->mapFromSource(m_model->indexOfClass(*classId)) : QModelIndex();
    if (index.isValid())
        m_view->setCurrentIndex(index);
    else
        m_view->selectionModel()->clear();
}

void LabelPalette::setReservedShortcuts(const QList<QKeySequence> &keys)
{
    m_reserved = keys;
    rebuildShortcuts();
}

void LabelPalette::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

void LabelPalette::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LabelPalette::retranslateUi()
{
    m_filter->setPlaceholderText(tr("Filter label classes"));
    updateEmptyText();
    m_model->retranslate();
}

void LabelPalette::rebuildShortcuts()
{
    qDeleteAll(m_shortcuts);
    m_shortcuts.clear();
    const QList<QPair<LabelClass, int>> classes = m_model->flattened();
    for (const auto &entry : classes) {
        const LabelClass &c = entry.first;
        const QKeySequence key(c.shortcut, QKeySequence::PortableText);
        if (c.shortcut.isEmpty() || key.isEmpty() || m_reserved.contains(key))
            continue;
        auto *shortcut = new QShortcut(key, this);
        shortcut->setContext(Qt::WindowShortcut);
        const qint64 id = c.id;
        connect(shortcut, &QShortcut::activated, this, [this, id] { choose(id); });
        m_shortcuts.append(shortcut);
    }
}

void LabelPalette::choose(qint64 classId)
{
    if (classId <= 0)
        return;
    setCurrentClass(classId);
    emit classChosen(classId);
}

void LabelPalette::onModelReset()
{
    const bool empty = m_model->classCount() == 0;
    m_view->setVisible(!empty);
    m_filter->setVisible(!empty);
    m_empty->setVisible(empty);
    updateEmptyText();
    // Branch decorations only when some class has subclasses: a flat list stays flush left.
    bool nested = false;
    for (int row = 0; row < m_model->rowCount() && !nested; ++row)
        nested = m_model->rowCount(m_model->index(row, 0)) > 0;
    m_view->setRootIsDecorated(nested);
    m_view->expandAll();
    if (m_current && !m_model->indexOfClass(*m_current).isValid())
        m_current.reset();
    setCurrentClass(m_current);
    rebuildShortcuts();
}

void LabelPalette::updateEmptyText()
{
    m_empty->setText(m_model->project() ? tr("This project has no label classes yet.") : tr("No project is open."));
}

} // namespace rwb::project
