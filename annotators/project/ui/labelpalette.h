#pragma once

#include <QKeySequence>
#include <QList>
#include <QWidget>

#include <optional>

class QLabel;
class QShortcut;
class QSortFilterProxyModel;
class QTreeView;

namespace rwb::widgets {
class SearchLineEdit;
}

namespace rwb::project {

class LabelClassModel;
class Project;

/// The label palette (a dock's content): the project's label classes with colour swatch and
/// shortcut, a filter box, and the classes' keyboard shortcuts. Choosing a class (click,
/// Enter or its shortcut) emits classChosen().
class LabelPalette : public QWidget
{
    Q_OBJECT
public:
    explicit LabelPalette(QWidget *parent = nullptr);
    ~LabelPalette() override;

    void setProject(Project *project);
    LabelClassModel *model() const { return m_model; }
    std::optional<qint64> currentClassId() const { return m_current; }
    /// Makes \a classId current (no signal); none clears.
    void setCurrentClass(std::optional<qint64> classId);
    /// Keys the window uses itself (A, D, Space…): classes with such a shortcut do not get it.
    void setReservedShortcuts(const QList<QKeySequence> &keys);
    /// Sets the filter text (as typed in the filter box).
    void setFilterText(const QString &text);
    QTreeView *view() const { return m_view; }

signals:
    void classChosen(qint64 classId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuildShortcuts();
    void choose(qint64 classId);
    void onModelReset();
    void updateEmptyText();

    LabelClassModel *m_model;
    QSortFilterProxyModel *m_proxy;
    widgets::SearchLineEdit *m_filter;
    QTreeView *m_view;
    QLabel *m_empty;
    QList<QShortcut *> m_shortcuts;
    QList<QKeySequence> m_reserved;
    std::optional<qint64> m_current;
};

} // namespace rwb::project
