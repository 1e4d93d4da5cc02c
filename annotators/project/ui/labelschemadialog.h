#pragma once

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QKeySequenceEdit;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;
class QUndoCommand;
class QUndoStack;

namespace rwb::project {

class Project;
struct LabelClass;

/// Edits the label schema: classes (hierarchy, titles in both languages, colour, shortcut,
/// the asset kinds and shapes they apply to) and typed attributes (per class or for all).
/// Every change is an undo command pushed on the window's stack, committed at once.
class LabelSchemaDialog : public QDialog
{
    Q_OBJECT
public:
    LabelSchemaDialog(Project &project, QUndoStack &undoStack, QWidget *parent = nullptr);
    ~LabelSchemaDialog() override;

    /// Selects a class (tests, and the palette's "edit class" entry).
    void selectClass(qint64 classId);
    std::optional<qint64> selectedClassId() const;

    // The form's editors, for tests driving the dialog like a user.
    QLineEdit *nameEdit() const { return m_name; }
    QTableWidget *attributeTable() const { return m_attributes; }

public slots:
    void addClass();
    void addChildClass();
    void removeSelectedClass();
    void addAttribute();
    void removeSelectedAttribute();

private:
    void buildUi();
    void reload();
    void loadClassForm();
    void applyClassForm();
    void loadAttributes();
    void applyAttributeRow(int row);
    void chooseColor();
    bool push(QUndoCommand *command);
    QString uniqueClassName() const;

    Project &m_project;
    QUndoStack &m_undo;
    bool m_loading = false;
    QTreeWidget *m_classes = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_titleEn = nullptr;
    QLineEdit *m_titleZh = nullptr;
    QPushButton *m_color = nullptr;
    QString m_colorValue;
    QKeySequenceEdit *m_shortcut = nullptr;
    QCheckBox *m_overlap = nullptr;
    QComboBox *m_parent = nullptr;
    QList<QCheckBox *> m_kinds;
    QListWidget *m_shapes = nullptr;
    QTableWidget *m_attributes = nullptr;
    QPushButton *m_removeClass = nullptr;
    QPushButton *m_addChild = nullptr;
    QPushButton *m_removeAttribute = nullptr;
};

} // namespace rwb::project
