#pragma once

#include "project/labelclass.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

namespace rwb::project {

class Project;

/// The label classes of a project as a tree (classes below their parent class): title in the
/// UI language, colour swatch, shortcut. Follows labelSchemaChanged.
class LabelClassModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, ShortcutColumn, ColumnCount };
    enum Role {
        ClassIdRole = Qt::UserRole + 1, ///< qint64
        NameRole, ///< the class's stable name
        ColorRole, ///< QColor
        ShortcutRole, ///< QString
        SearchTextRole, ///< name and both titles, for filtering
    };

    explicit LabelClassModel(QObject *parent = nullptr);
    ~LabelClassModel() override;

    /// Shows the classes of \a project (null: none). Call setProject(nullptr) before the
    /// project goes away.
    void setProject(Project *project);
    Project *project() const { return m_project; }
    /// Re-reads the label schema.
    void reload();
    /// Titles in Chinese (true) or English; by default the language of the default QLocale.
    void setChineseTitles(bool chinese);
    bool chineseTitles() const { return m_chinese; }
    /// Follows the default QLocale after a language change (titles and headers).
    void retranslate();

    QModelIndex indexOfClass(qint64 id, int column = 0) const;
    std::optional<LabelClass> classAt(const QModelIndex &index) const;
    /// Number of classes (all levels).
    int classCount() const { return int(m_nodes.size()); }
    /// Classes in tree order (depth first) with their depth, for flat lists such as combo boxes.
    QList<QPair<LabelClass, int>> flattened() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Node
    {
        LabelClass cls;
        qint64 parent = 0; ///< 0: top level
        int row = 0;
        QList<qint64> children;
    };

    const QList<qint64> &childrenOf(qint64 parentId) const;
    void emitDataChanged(qint64 parentId);
    void appendFlattened(qint64 parentId, int depth, QList<QPair<LabelClass, int>> &out) const;

    Project *m_project = nullptr;
    bool m_chinese = false;
    QHash<qint64, Node> m_nodes; ///< by class id
    QList<qint64> m_topLevel;
    QMetaObject::Connection m_connection;
};

} // namespace rwb::project
