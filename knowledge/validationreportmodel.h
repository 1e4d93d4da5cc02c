#pragma once

#include "validationissue.h"

#include <QAbstractTableModel>
#include <QList>

namespace rwb::knowledge {

/// The validation report as a table (severity, rule, message); NodeIdRole / EdgeIdRole give
/// the ids a view jumps to when an entry is activated.
class ValidationReportModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, RuleColumn, MessageColumn, ColumnCount };
    enum Role { NodeIdRole = Qt::UserRole + 1, EdgeIdRole, RuleRole };

    explicit ValidationReportModel(QObject *parent = nullptr);

    void setIssues(const QList<ValidationIssue> &issues);
    const QList<ValidationIssue> &issues() const { return m_issues; }
    ValidationIssue issue(int row) const { return m_issues.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ValidationIssue> m_issues;
};

} // namespace rwb::knowledge
