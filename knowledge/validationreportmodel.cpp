#include "validationreportmodel.h"

namespace rwb::knowledge {

ValidationReportModel::ValidationReportModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ValidationReportModel::setIssues(const QList<ValidationIssue> &issues)
{
    beginResetModel();
    m_issues = issues;
    endResetModel();
}

int ValidationReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_issues.size());
}

int ValidationReportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ValidationReportModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_issues.size())
        return {};
    const ValidationIssue &i = m_issues[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return i.severity == ValidationIssue::Severity::Error ? tr("Error") : tr("Warning");
        case RuleColumn:
            return ValidationIssue::ruleName(i.rule);
        case MessageColumn:
            return i.message;
        }
        return {};
    case Qt::ToolTipRole:
        return i.message;
    case NodeIdRole:
        return i.nodeId;
    case EdgeIdRole:
        return i.edgeId;
    case RuleRole:
        return int(i.rule);
    }
    return {};
}

QVariant ValidationReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case RuleColumn:
        return tr("Rule");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

} // namespace rwb::knowledge
