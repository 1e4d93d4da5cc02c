#pragma once

#include "knowledge/graphsnapshot.h"

#include <QWidget>

#include <memory>

class QLabel;
class QTableView;

namespace rwb::knowledge {

class ValidationReportModel;

/// The validation report (domain/range, cardinality, causal cycles, orphans, duplicate labels,
/// evidence rules); activating an entry asks for its node or edge to be selected and centred.
class ValidationPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ValidationPanel(QWidget *parent = nullptr);

    void setGraph(std::shared_ptr<const GraphSnapshot> graph);
    /// Validates the graph now; returns the number of issues.
    int validate();
    ValidationReportModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    /// What activating row \a row does (tests, keyboard).
    void activateRow(int row);

signals:
    void jumpRequested(qint64 nodeId, qint64 edgeId);

private:
    std::shared_ptr<const GraphSnapshot> m_graph;
    ValidationReportModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace rwb::knowledge
