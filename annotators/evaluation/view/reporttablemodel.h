#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace rwb::evaluation {

/// A read-only table of the dashboard (per-class metrics, diagnostics, queue items, run
/// comparison): each cell holds a value (numbers stay numbers, so that a sort proxy orders them
/// right) and may name the asset behind it, which is what activating the cell opens.
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        AssetIdRole = Qt::UserRole + 1, ///< qint64 of the asset behind the cell (invalid: none)
        SortRole, ///< the raw value
    };
    struct Cell
    {
        Cell() = default;
        Cell(QVariant v, std::optional<qint64> asset = std::nullopt, QString tip = {})
            : value(std::move(v))
            , assetId(asset)
            , toolTip(std::move(tip))
        { }
        QVariant value;
        std::optional<qint64> assetId;
        QString toolTip;
    };
    using Row = QList<Cell>;

    explicit ReportTableModel(QObject *parent = nullptr);

    void setTable(const QStringList &headers, const QList<Row> &rows);
    void clear();

    /// The asset a cell opens: its own, else the first asset named in its row.
    std::optional<qint64> assetAt(const QModelIndex &index) const;
    const QStringList &headers() const { return m_headers; }
    const QList<Row> &rows() const { return m_rows; }
    /// The cell as shown (numbers with \a decimals digits; an undefined ratio as "n/a").
    QString text(int row, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// A cell for an optional ratio: empty (shown "n/a") when undefined.
    static Cell ratio(std::optional<double> value);

private:
    QStringList m_headers;
    QList<Row> m_rows;
};

} // namespace rwb::evaluation
