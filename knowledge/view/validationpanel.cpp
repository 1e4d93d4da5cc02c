#include "validationpanel.h"

#include "knowledge/validationreportmodel.h"
#include "knowledge/validator.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace rwb::knowledge {

ValidationPanel::ValidationPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new ValidationReportModel(this))
{
    setObjectName(QStringLiteral("ValidationPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *top = new QHBoxLayout;
    auto *button = new QPushButton(tr("Validate"), this);
    m_summary = new QLabel(this);
    top->addWidget(button);
    top->addWidget(m_summary, 1);
    layout->addLayout(top);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);
    connect(button, &QPushButton::clicked, this, &ValidationPanel::validate);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) { activateRow(index.row()); });
    connect(m_view, &QTableView::clicked, this, [this](const QModelIndex &index) { activateRow(index.row()); });
}

void ValidationPanel::setGraph(std::shared_ptr<const GraphSnapshot> graph)
{
    m_graph = std::move(graph);
    if (isVisible())
        validate();
}

int ValidationPanel::validate()
{
    if (!m_graph) {
        m_model->setIssues({});
        m_summary->clear();
        return 0;
    }
    const QList<ValidationIssue> issues = Validator(*m_graph).run();
    m_model->setIssues(issues);
    int errors = 0;
    for (const ValidationIssue &i : issues)
        errors += i.severity == ValidationIssue::Severity::Error ? 1 : 0;
    m_summary->setText(issues.isEmpty() ? tr("No problems found.")
                                        : tr("%1 error(s), %2 warning(s)").arg(errors).arg(issues.size() - errors));
    m_view->resizeColumnToContents(0);
    m_view->resizeColumnToContents(1);
    return int(issues.size());
}

void ValidationPanel::activateRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row, 0);
    emit jumpRequested(index.data(ValidationReportModel::NodeIdRole).toLongLong(),
        index.data(ValidationReportModel::EdgeIdRole).toLongLong());
}

} // namespace rwb::knowledge
