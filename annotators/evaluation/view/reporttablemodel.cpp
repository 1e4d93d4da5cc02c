#include "reporttablemodel.h"

namespace rwb::evaluation {

ReportTableModel::ReportTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ReportTableModel::setTable(const QStringList &headers, const QList<Row> &rows)
{
    beginResetModel();
    m_headers = headers;
    m_rows = rows;
    for (Row &row : m_rows) {
        while (row.size() < m_headers.size())
            row.append(Cell {});
    }
    endResetModel();
}

void ReportTableModel::clear()
{
    setTable({}, {});
}

std::optional<qint64> ReportTableModel::assetAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return std::nullopt;
    const Row &row = m_rows[index.row()];
    if (index.column() < row.size() && row[index.column()].assetId)
        return row[index.column()].assetId;
    for (const Cell &c : row) {
        if (c.assetId)
            return c.assetId;
    }
    return std::nullopt;
}

QString ReportTableModel::text(int row, int column) const
{
    if (row < 0 || row >= m_rows.size() || column < 0 || column >= m_rows[row].size())
        return {};
    const QVariant &v = m_rows[row][column].value;
    if (!v.isValid())
        return tr("n/a");
    if (v.typeId() == QMetaType::Double)
        return QString::number(v.toDouble(), 'f', 3);
    return v.toString();
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Cell &c = m_rows[index.row()][index.column()];
    switch (role) {
    case Qt::DisplayRole:
        return text(index.row(), index.column());
    case Qt::ToolTipRole:
        return c.toolTip.isEmpty() ? QVariant() : QVariant(c.toolTip);
    case Qt::TextAlignmentRole: {
        const int t = c.value.typeId();
        const bool number
            = !c.value.isValid() || t == QMetaType::Double || t == QMetaType::Int || t == QMetaType::LongLong;
        return number ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    }
    case AssetIdRole: {
        const auto id = assetAt(index);
        return id ? QVariant(*id) : QVariant();
    }
    case SortRole:
        return c.value.isValid() ? c.value : QVariant(-1.0);
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_headers.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    return m_headers[section];
}

ReportTableModel::Cell ReportTableModel::ratio(std::optional<double> value)
{
    return Cell { value ? QVariant(*value) : QVariant() };
}

} // namespace rwb::evaluation
