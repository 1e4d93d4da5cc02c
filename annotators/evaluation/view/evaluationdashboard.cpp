#include "evaluationdashboard.h"

#include "confusionheatmap.h"

#include "evaluation/evaluationstore.h"
#include "project/assetstore.h"
#include "project/connection.h"
#include "project/jobs/jobmanager.h"
#include "project/project.h"
#include "project/statement.h"
#include "project/userstore.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>
#include <QValueAxis>
#include <utility>

#include <algorithm>

namespace rwb::evaluation {

using project::Job;
using Cell = ReportTableModel::Cell;
using Row = ReportTableModel::Row;

namespace {

/// The words the dashboard shows for the split and object-size keys of the diagnostics.
QString keyTitle(const QString &key)
{
    static constexpr std::pair<const char *, const char *> Titles[] = {
        { "train", QT_TRANSLATE_NOOP("rwb::evaluation::EvaluationDashboard", "train") },
        { "val", QT_TRANSLATE_NOOP("rwb::evaluation::EvaluationDashboard", "val") },
        { "test", QT_TRANSLATE_NOOP("rwb::evaluation::EvaluationDashboard", "test") },
        { "none", QT_TRANSLATE_NOOP("rwb::evaluation::EvaluationDashboard", "no split") },
        { "tiny", QT_TRANSLATE_NOOP("rwb::evaluation::EvaluationDashboard", "tiny") },
        { "small", QT_TRANSLATE_NOOP("rwb::evaluation::EvaluationDashboard", "small") },
        { "medium", QT_TRANSLATE_NOOP("rwb::evaluation::EvaluationDashboard", "medium") },
        { "large", QT_TRANSLATE_NOOP("rwb::evaluation::EvaluationDashboard", "large") },
    };
    for (const auto &[k, title] : Titles)
        if (key == QLatin1String(k))
            return QCoreApplication::translate("rwb::evaluation::EvaluationDashboard", title);
    return key;
}

const QList<EvaluationDashboard::DiagnosticsTable> AllTables = {
    EvaluationDashboard::DiagnosticsTable::ClassBalance,
    EvaluationDashboard::DiagnosticsTable::TinyObjects,
    EvaluationDashboard::DiagnosticsTable::WithoutLabels,
    EvaluationDashboard::DiagnosticsTable::NearDuplicates,
    EvaluationDashboard::DiagnosticsTable::SplitLeaks,
    EvaluationDashboard::DiagnosticsTable::LabelErrors,
    EvaluationDashboard::DiagnosticsTable::AttributeCoverage,
    EvaluationDashboard::DiagnosticsTable::KnowledgeCoverage,
};

const QList<LabelingQueue::Strategy> AllStrategies
    = { LabelingQueue::Strategy::LeastConfidence, LabelingQueue::Strategy::Margin, LabelingQueue::Strategy::Entropy,
          LabelingQueue::Strategy::Weakness, LabelingQueue::Strategy::Diversity };

QString num(double v)
{
    return v < 0 ? EvaluationDashboard::tr("n/a") : QString::number(v, 'f', 3);
}

QString num(std::optional<double> v)
{
    return v ? QString::number(*v, 'f', 3) : EvaluationDashboard::tr("n/a");
}

QVariant stat(double v)
{
    return v < 0 ? QVariant() : QVariant(v);
}

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    auto *proxy = new QSortFilterProxyModel(view);
    proxy->setSourceModel(model);
    proxy->setSortRole(ReportTableModel::SortRole);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->setVisible(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    return view;
}

QChartView *makeChartView(QWidget *parent)
{
    auto *view = new QChartView(new QChart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->chart()->legend()->setAlignment(Qt::AlignBottom);
    view->chart()->setMargins(QMargins(2, 2, 2, 2));
    view->setMinimumSize(240, 180);
    return view;
}

void resetChart(QChart *chart, const QString &title)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTitle(title);
}

QImage chartImage(QWidget *view, QSize size = QSize(720, 420))
{
    view->resize(size);
    if (auto *chartView = qobject_cast<QChartView *>(view))
        chartView->chart()->resize(size);
    view->setAttribute(Qt::WA_DontShowOnScreen);
    view->show(); // laid out and polished as on screen, never mapped
    QImage image = view->grab().toImage();
    view->hide();
    return image;
}

// Where the "evaluation" migration set is not registered (other entry points, tests) the
// project has no queue tables: no queues then, rather than an error.
bool hasQueueTables(project::Project &project)
{
    project::Statement s = project.connection().db().prepare(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'labeling_queues'");
    return s.step();
}

} // namespace

EvaluationDashboard::EvaluationDashboard(QWidget *parent)
    : QWidget(parent)
    , m_runLabel(new QLabel(this))
    , m_run(new QComboBox(this))
    , m_iouType(new QComboBox(this))
    , m_iouLabel(new QLabel(this))
    , m_iou(new QDoubleSpinBox(this))
    , m_scoreLabel(new QLabel(this))
    , m_score(new QDoubleSpinBox(this))
    , m_evaluateButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(this))
    , m_exportButton(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_jobText(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_classModel(new ReportTableModel(this))
    , m_diagModel(new ReportTableModel(this))
    , m_queueModel(new ReportTableModel(this))
    , m_compareModel(new ReportTableModel(this))
{
    setObjectName(QStringLiteral("evaluationDashboard"));
    m_run->setObjectName(QStringLiteral("modelRun"));
    m_run->setMinimumContentsLength(14);
    m_run->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_iouType->addItem(QString(), int(CocoEvaluator::IouType::Box));
    m_iouType->addItem(QString(), int(CocoEvaluator::IouType::Segm));
    m_iou->setRange(0.5, 0.95);
    m_iou->setSingleStep(0.05);
    m_iou->setDecimals(2);
    m_iou->setValue(0.5);
    m_score->setRange(0, 1);
    m_score->setSingleStep(0.05);
    m_score->setDecimals(2);
    m_score->setValue(0.5);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    m_cancelButton->setVisible(false);
    m_evaluateButton->setObjectName(QStringLiteral("evaluateButton"));
    connect(m_evaluateButton, &QPushButton::clicked, this, [this] { evaluate(); });
    connect(m_cancelButton, &QPushButton::clicked, this, &EvaluationDashboard::cancel);
    connect(m_exportButton, &QPushButton::clicked, this, &EvaluationDashboard::exportDialog);
    connect(m_run, &QComboBox::currentIndexChanged, this, &EvaluationDashboard::updateActions);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_runLabel);
    bar->addWidget(m_run, 1);
    bar->addWidget(m_iouType);
    bar->addWidget(m_iouLabel);
    bar->addWidget(m_iou);
    bar->addWidget(m_scoreLabel);
    bar->addWidget(m_score);
    bar->addWidget(m_evaluateButton);
    bar->addWidget(m_cancelButton);
    bar->addWidget(m_progress);
    bar->addWidget(m_jobText);
    bar->addStretch();
    bar->addWidget(m_exportButton);

    // Model tab: numbers on top, figures and the per-class table below.
    auto *model = new QWidget(m_tabs);
    m_summary = new QLabel(model);
    m_summary->setObjectName(QStringLiteral("evaluationSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems = new QLabel(model);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #a05a00"));
    m_prView = makeChartView(model);
    m_apView = makeChartView(model);
    m_heatMap = new ConfusionHeatMap(model);
    m_classTable = makeTable(m_classModel, model);
    auto *figures = new QSplitter(Qt::Horizontal, model);
    figures->addWidget(m_prView);
    figures->addWidget(m_apView);
    figures->addWidget(m_heatMap);
    figures->setChildrenCollapsible(false);
    auto *modelSplit = new QSplitter(Qt::Vertical, model);
    modelSplit->addWidget(figures);
    modelSplit->addWidget(m_classTable);
    modelSplit->setStretchFactor(0, 3);
    modelSplit->setStretchFactor(1, 2);
    modelSplit->setSizes({ 420, 160 });
    figures->setSizes({ 400, 400, 300 });
    auto *modelLayout = new QVBoxLayout(model);
    modelLayout->addWidget(m_summary);
    modelLayout->addWidget(m_problems);
    modelLayout->addWidget(modelSplit, 1);
    m_tabs->addTab(model, QString());

    // Diagnostics tab.
    auto *diag = new QWidget(m_tabs);
    m_diagChoice = new QComboBox(diag);
    m_diagChoice->setObjectName(QStringLiteral("diagnosticsTable"));
    for (DiagnosticsTable t : AllTables)
        m_diagChoice->addItem(QString(), int(t));
    m_diagSummary = new QLabel(diag);
    m_diagSummary->setWordWrap(true);
    m_diagTable = makeTable(m_diagModel, diag);
    m_diagTable->setObjectName(QStringLiteral("diagnosticsView"));
    m_balanceView = makeChartView(diag);
    connect(m_diagChoice, &QComboBox::currentIndexChanged, this, &EvaluationDashboard::fillDiagnostics);
    connect(m_diagTable, &QTableView::activated, this, &EvaluationDashboard::openIndex);
    connect(m_diagTable, &QTableView::clicked, this, &EvaluationDashboard::openIndex);
    auto *diagSplit = new QSplitter(Qt::Horizontal, diag);
    diagSplit->addWidget(m_diagTable);
    diagSplit->addWidget(m_balanceView);
    diagSplit->setStretchFactor(0, 3);
    diagSplit->setStretchFactor(1, 2);
    diagSplit->setSizes({ 500, 400 }); // the chart wide enough for its class names
    auto *diagLayout = new QVBoxLayout(diag);
    diagLayout->addWidget(m_diagChoice);
    diagLayout->addWidget(m_diagSummary);
    diagLayout->addWidget(diagSplit, 1);
    m_tabs->addTab(diag, QString());

    // Agreement tab.
    auto *agree = new QWidget(m_tabs);
    m_userALabel = new QLabel(agree);
    m_userBLabel = new QLabel(agree);
    m_userA = new QComboBox(agree);
    m_userB = new QComboBox(agree);
    m_compareUsersButton = new QPushButton(agree);
    m_agreementText = new QLabel(agree);
    m_agreementText->setTextFormat(Qt::RichText);
    m_agreementText->setWordWrap(true);
    m_agreementText->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    connect(m_compareUsersButton, &QPushButton::clicked, this,
        [this] { compareUsers(m_userA->currentData().toLongLong(), m_userB->currentData().toLongLong()); });
    auto *agreeBar = new QHBoxLayout;
    agreeBar->addWidget(m_userALabel);
    agreeBar->addWidget(m_userA);
    agreeBar->addWidget(m_userBLabel);
    agreeBar->addWidget(m_userB);
    agreeBar->addWidget(m_compareUsersButton);
    agreeBar->addStretch();
    auto *agreeLayout = new QVBoxLayout(agree);
    agreeLayout->addLayout(agreeBar);
    agreeLayout->addWidget(m_agreementText, 1);
    m_tabs->addTab(agree, QString());

    // Queue tab.
    auto *queue = new QWidget(m_tabs);
    m_strategyLabel = new QLabel(queue);
    m_strategy = new QComboBox(queue);
    for (LabelingQueue::Strategy s : AllStrategies)
        m_strategy->addItem(QString(), int(s));
    m_limitLabel = new QLabel(queue);
    m_limit = new QSpinBox(queue);
    m_limit->setRange(1, 100000);
    m_limit->setValue(100);
    m_buildQueueButton = new QPushButton(queue);
    m_queueLabel = new QLabel(queue);
    m_queue = new QComboBox(queue);
    m_queue->setObjectName(QStringLiteral("queueChoice"));
    m_queue->setMinimumContentsLength(20);
    m_queue->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_queueTable = makeTable(m_queueModel, queue);
    m_assigneeLabel = new QLabel(queue);
    m_assignee = new QComboBox(queue);
    m_assignButton = new QPushButton(queue);
    m_applyQueueButton = new QPushButton(queue);
    connect(m_buildQueueButton, &QPushButton::clicked, this,
        [this] { buildQueue(LabelingQueue::Strategy(m_strategy->currentData().toInt()), m_limit->value()); });
    connect(m_queue, &QComboBox::currentIndexChanged, this, [this] {
        fillQueue(m_queue->currentData().toLongLong());
        updateActions();
    });
    connect(m_queueTable, &QTableView::activated, this, &EvaluationDashboard::openIndex);
    connect(m_assignButton, &QPushButton::clicked, this, [this] {
        const int n = assignQueue(m_assignee->currentData().toLongLong());
        emit statusMessage(tr("%n asset(s) assigned to %1", nullptr, n).arg(m_assignee->currentText()));
    });
    connect(m_applyQueueButton, &QPushButton::clicked, this, &EvaluationDashboard::applyQueue);
    auto *queueBar = new QHBoxLayout;
    queueBar->addWidget(m_strategyLabel);
    queueBar->addWidget(m_strategy);
    queueBar->addWidget(m_limitLabel);
    queueBar->addWidget(m_limit);
    queueBar->addWidget(m_buildQueueButton);
    queueBar->addStretch();
    auto *queueBar2 = new QHBoxLayout;
    queueBar2->addWidget(m_queueLabel);
    queueBar2->addWidget(m_queue, 1);
    queueBar2->addWidget(m_assigneeLabel);
    queueBar2->addWidget(m_assignee);
    queueBar2->addWidget(m_assignButton);
    queueBar2->addWidget(m_applyQueueButton);
    auto *queueLayout = new QVBoxLayout(queue);
    queueLayout->addLayout(queueBar);
    queueLayout->addLayout(queueBar2);
    queueLayout->addWidget(m_queueTable, 1);
    m_tabs->addTab(queue, QString());

    // Comparison tab.
    auto *compare = new QWidget(m_tabs);
    m_runBLabel = new QLabel(compare);
    m_runB = new QComboBox(compare);
    m_runB->setMinimumContentsLength(14);
    m_runB->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_compareRunsButton = new QPushButton(compare);
    m_compareTable = makeTable(m_compareModel, compare);
    connect(m_compareRunsButton, &QPushButton::clicked, this, [this] { compareRun(m_runB->currentText()); });
    auto *compareBar = new QHBoxLayout;
    compareBar->addWidget(m_runBLabel);
    compareBar->addWidget(m_runB, 1);
    compareBar->addWidget(m_compareRunsButton);
    compareBar->addStretch();
    auto *compareLayout = new QVBoxLayout(compare);
    compareLayout->addLayout(compareBar);
    compareLayout->addWidget(m_compareTable, 1);
    m_tabs->addTab(compare, QString());

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);

    retranslateUi();
    updateActions();
}

EvaluationDashboard::~EvaluationDashboard()
{
    if (m_job)
        m_job->cancel();
    if (m_ownJobs)
        m_ownJobs->waitForAll();
}

void EvaluationDashboard::setProject(project::Project *project, project::JobManager *jobs)
{
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
    }
    m_job = nullptr;
    if (m_ownJobs)
        m_ownJobs->waitForAll();
    m_project = project;
    m_jobs = jobs;
    if (!m_jobs && project) {
        if (!m_ownJobs)
            m_ownJobs = std::make_unique<project::JobManager>();
        m_jobs = m_ownJobs.get();
    }
    m_result.reset();
    m_comparison.reset();
    m_agreement.reset();
    refresh();
    fillResult();
    fillComparison();
    m_agreementText->clear();
}

void EvaluationDashboard::refresh()
{
    fillRuns();
    fillUsers();
    fillQueues();
    updateActions();
}

void EvaluationDashboard::fillRuns()
{
    const QString current = m_run->currentData().toString();
    const QString currentB = m_runB->currentData().toString();
    m_run->clear();
    m_runB->clear();
    if (!m_project)
        return;
    project::Statement s = m_project->connection().db().prepare(
        "SELECT source_ref, count(*) FROM annotations WHERE source = 'model' AND ifnull(source_ref, '') <> ''"
        " GROUP BY source_ref ORDER BY source_ref");
    while (s.step()) {
        const QString run = s.text(0);
        m_run->addItem(tr("%1 (%n annotation(s))", nullptr, int(s.int64(1))).arg(run), run);
        m_runB->addItem(run, run);
    }
    if (const int i = m_run->findData(current); i >= 0)
        m_run->setCurrentIndex(i);
    if (const int i = m_runB->findData(currentB); i >= 0)
        m_runB->setCurrentIndex(i);
    else if (m_runB->count() > 1)
        m_runB->setCurrentIndex(1);
}

void EvaluationDashboard::fillUsers()
{
    const qint64 a = m_userA->currentData().toLongLong(), b = m_userB->currentData().toLongLong(),
                 who = m_assignee->currentData().toLongLong();
    for (QComboBox *c : { m_userA, m_userB, m_assignee })
        c->clear();
    if (!m_project)
        return;
    for (const project::User &u : project::UserStore(m_project->connection()).all()) {
        const QString name = u.displayName.isEmpty() ? u.name : u.displayName;
        for (QComboBox *c : { m_userA, m_userB, m_assignee })
            c->addItem(name, u.id);
    }
    auto restore = [](QComboBox *c, qint64 id, int fallback) {
        const int i = c->findData(id);
        c->setCurrentIndex(i >= 0 ? i : std::min(fallback, int(c->count()) - 1));
    };
    restore(m_userA, a, 0);
    restore(m_userB, b, 1);
    restore(m_assignee, who, 0);
}

void EvaluationDashboard::fillQueues()
{
    const qint64 current = m_queue->currentData().toLongLong();
    QList<std::pair<qint64, QString>> list;
    {
        const QSignalBlocker block(m_queue);
        m_queue->clear();
        if (m_project && hasQueueTables(*m_project)) {
            for (const EvaluationStore::Queue &q : EvaluationStore(m_project->connection()).queues()) {
                list.append({ q.id, q.name });
                m_queue->addItem(tr("%1 — %2").arg(q.name,
                                     LabelingQueue::toString(LabelingQueue::strategyFromString(q.strategy)
                                                                 .value_or(LabelingQueue::Strategy::LeastConfidence))),
                    q.id);
            }
        }
        const int i = m_queue->findData(current);
        m_queue->setCurrentIndex(i >= 0 ? i : int(m_queue->count()) - 1);
    }
    fillQueue(m_queue->currentData().toLongLong());
    emit queuesChanged(list);
}

QStringList EvaluationDashboard::modelRuns() const
{
    QStringList out;
    for (int i = 0; i < m_run->count(); ++i)
        out << m_run->itemData(i).toString();
    return out;
}

bool EvaluationDashboard::selectRun(const QString &modelId)
{
    const int i = m_run->findData(modelId);
    if (i < 0)
        return false;
    m_run->setCurrentIndex(i);
    return true;
}

QString EvaluationDashboard::currentRun() const
{
    return m_run->currentData().toString();
}

EvaluationJob::Request EvaluationDashboard::baseRequest() const
{
    EvaluationJob::Request r;
    r.evaluation.modelId = currentRun();
    r.evaluation.iouType = CocoEvaluator::IouType(m_iouType->currentData().toInt());
    r.evaluation.iou = m_iou->value();
    r.evaluation.scoreThreshold = m_score->value();
    return r;
}

project::Job *EvaluationDashboard::startJob(Purpose purpose, EvaluationJob::Request request)
{
    if (!m_project || isBusy())
        return nullptr;
    auto job = std::make_unique<EvaluationJob>(*m_project, std::move(request));
    m_job = job.get();
    m_purpose = purpose;
    connect(m_job, &Job::progressChanged, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, int(std::max<qint64>(total, 1)));
        m_progress->setValue(int(done));
    });
    connect(m_job, &Job::statusTextChanged, m_jobText, &QLabel::setText);
    connect(m_job, &Job::finished, this, &EvaluationDashboard::onJobFinished, Qt::QueuedConnection);
    m_progress->setRange(0, 0);
    m_jobs->start(std::move(job));
    updateActions();
    return m_job;
}

project::Job *EvaluationDashboard::evaluate()
{
    if (currentRun().isEmpty())
        return nullptr;
    EvaluationJob::Request r = baseRequest();
    r.diagnose = true;
    r.save = true;
    return startJob(Purpose::Evaluate, r);
}

project::Job *EvaluationDashboard::buildQueue(LabelingQueue::Strategy strategy, int limit)
{
    EvaluationJob::Request r = baseRequest();
    // Only the weakness strategy needs the run evaluated; the others rank its proposals.
    LabelingQueue::Options o;
    o.strategy = strategy;
    o.limit = limit;
    o.modelId = r.evaluation.modelId;
    if (strategy != LabelingQueue::Strategy::Weakness)
        r.evaluation.modelId.clear();
    r.queue = o;
    return startJob(Purpose::Queue, r);
}

project::Job *EvaluationDashboard::compareUsers(qint64 userA, qint64 userB)
{
    EvaluationJob::Request r;
    r.agreement = std::make_pair(userA, userB);
    return startJob(Purpose::Agreement, r);
}

project::Job *EvaluationDashboard::compareRun(const QString &otherRun)
{
    if (otherRun.isEmpty())
        return nullptr;
    EvaluationJob::Request r = baseRequest();
    r.evaluation.modelId = otherRun;
    return startJob(Purpose::CompareRun, r);
}

void EvaluationDashboard::cancel()
{
    if (m_job)
        m_job->cancel();
}

bool EvaluationDashboard::isBusy() const
{
    return m_job && (m_job->state() == Job::State::Pending || m_job->state() == Job::State::Running);
}

project::Job *EvaluationDashboard::currentJob() const
{
    return m_job;
}

void EvaluationDashboard::onJobFinished()
{
    EvaluationJob *job = m_job;
    if (!job)
        return;
    const auto result = job->result();
    switch (job->state()) {
    case Job::State::Finished:
        emit statusMessage(tr("%1: done").arg(job->title()));
        break;
    case Job::State::Cancelled:
        emit statusMessage(tr("%1: cancelled").arg(job->title()));
        break;
    default:
        emit statusMessage(tr("%1 failed: %2").arg(job->title(), job->failureMessage()));
        break;
    }
    if (result) {
        switch (m_purpose) {
        case Purpose::Evaluate:
            m_result = result;
            fillResult();
            fillComparison();
            break;
        case Purpose::Queue:
            fillQueues();
            if (result->queueId) {
                showQueue(*result->queueId);
                m_tabs->setCurrentIndex(3);
            }
            break;
        case Purpose::Agreement:
            m_agreement = result->agreement;
            m_agreementText->setText(agreementText());
            break;
        case Purpose::CompareRun:
            m_comparison = result;
            fillComparison();
            break;
        }
    }
    m_job = nullptr;
    m_jobText->clear();
    updateActions();
    emit jobEnded(job);
}

void EvaluationDashboard::updateActions()
{
    const bool busy = isBusy();
    const bool open = m_project != nullptr;
    m_evaluateButton->setEnabled(open && !busy && !currentRun().isEmpty());
    m_cancelButton->setVisible(busy);
    m_progress->setVisible(busy);
    m_exportButton->setEnabled(m_result != nullptr);
    m_compareUsersButton->setEnabled(open && !busy && m_userA->count() > 0);
    m_buildQueueButton->setEnabled(open && !busy);
    const bool queue = m_queue->currentIndex() >= 0;
    m_assignButton->setEnabled(open && queue && m_assignee->count() > 0);
    m_applyQueueButton->setEnabled(open && queue);
    m_compareRunsButton->setEnabled(open && !busy && m_runB->count() > 0);
}

QString EvaluationDashboard::assetName(qint64 id) const
{
    if (m_result) {
        if (const project::Asset *a = m_result->data.asset(id))
            return a->uri;
    }
    if (m_project) {
        if (const auto a = project::AssetStore(m_project->connection()).byId(id))
            return a->uri;
    }
    return QStringLiteral("#%1").arg(id);
}

QList<EvaluationReport::Link> EvaluationDashboard::figureAssets(const QString &modelId, int limit) const
{
    QList<EvaluationReport::Link> links;
    if (!m_result)
        return links;
    QSet<qint64> behind;
    for (const project::Annotation &a : m_result->data.annotations) {
        const bool prediction = !modelId.isEmpty() && a.sourceRef == modelId;
        const bool truth = a.classId && a.state == project::AnnotationState::Accepted
            && (modelId.isEmpty() || a.sourceRef != modelId);
        if (prediction || truth)
            behind.insert(a.assetId);
    }
    for (const project::Asset &asset : m_result->data.assets) {
        if (!behind.contains(asset.id))
            continue;
        if (links.size() == limit) {
            links.append({ tr("… and %n more", nullptr, int(behind.size()) - limit), QString() });
            break;
        }
        links.append({ QFileInfo(asset.uri).fileName(), assetUrl(asset.id) });
    }
    return links;
}

QString EvaluationDashboard::classTitle(qint64 id) const
{
    if (m_result) {
        const auto it = m_result->data.classes.constFind(id);
        if (it != m_result->data.classes.constEnd())
            return it->title(QLocale().language() == QLocale::Chinese);
    }
    return QStringLiteral("#%1").arg(id);
}

QString EvaluationDashboard::assetUrl(qint64 id) const
{
    if (!m_project)
        return {};
    const QString uri = assetName(id);
    return QUrl::fromLocalFile(QDir::isAbsolutePath(uri) ? uri : m_project->folder().absoluteFilePath(uri)).toString();
}

QString EvaluationDashboard::summaryText() const
{
    if (!m_result || !m_result->evaluation)
        return m_project ? tr("Choose a model run and press Evaluate.") : tr("No project is open.");
    const ModelEvaluation &ev = *m_result->evaluation;
    QStringList parts;
    parts << tr("<b>%1</b>: %n prediction(s)", nullptr, int(ev.predictions)).arg(ev.options.modelId.toHtmlEscaped())
            + QStringLiteral(", ") + tr("%n ground-truth label(s)", nullptr, int(ev.truths));
    if (ev.detection) {
        const std::vector<double> s = ev.detection->stats();
        parts << tr("Detection on %n image(s): AP %1 · AP50 %2 · AP75 %3 · AP small %4 · medium %5 · large %6 · "
                    "AR100 %7",
            nullptr, int(ev.detectionImages))
                     .arg(num(s[0]), num(s[1]), num(s[2]), num(s[3]), num(s[4]), num(s[5]), num(s[8]));
        const Prf &p = ev.detectionAtThreshold;
        parts << tr("At score ≥ %1 and IoU %2: precision %3 · recall %4 · F1 %5 (TP %6, FP %7, FN %8)")
                     .arg(ev.options.scoreThreshold, 0, 'f', 2)
                     .arg(ev.options.iou, 0, 'f', 2)
                     .arg(num(p.precision()), num(p.recall()), num(p.f1()))
                     .arg(p.tp)
                     .arg(p.fp)
                     .arg(p.fn);
    }
    if (ev.tags)
        parts << tr("Image tags on %n asset(s): accuracy %1 · micro F1 %2 · macro F1 %3", nullptr, int(ev.tags->items))
                     .arg(num(ev.tags->accuracy), num(ev.tags->micro.f1()), num(ev.tags->macroF1));
    // A modality the run made no predictions for is left out rather than shown as zeros.
    if (ev.seriesEvents && ev.seriesEvents->micro.tp + ev.seriesEvents->micro.fp > 0)
        parts << tr("Time series: event F1 %1 (precision %2, recall %3) · point-wise F1 %4")
                     .arg(num(ev.seriesEvents->micro.f1()), num(ev.seriesEvents->micro.precision()),
                         num(ev.seriesEvents->micro.recall()),
                         num(ev.seriesPoints ? ev.seriesPoints->micro.f1() : std::nullopt));
    if (ev.spansExact && ev.spansExact->micro.tp + ev.spansExact->micro.fp > 0)
        parts << tr("Document spans: exact F1 %1 · overlap F1 %2")
                     .arg(num(ev.spansExact->micro.f1()),
                         num(ev.spansOverlap ? ev.spansOverlap->micro.f1() : std::nullopt));
    return parts.join(QStringLiteral("<br>"));
}

QChart *EvaluationDashboard::prChart() const
{
    return m_prView->chart();
}

QChart *EvaluationDashboard::apChart() const
{
    return m_apView->chart();
}

void EvaluationDashboard::populateModelFigures(QChart *pr, QChart *ap, ConfusionHeatMap *heat, QList<Row> *rows) const
{
    const ModelEvaluation *ev = m_result && m_result->evaluation ? &*m_result->evaluation : nullptr;
    // PR curves at IoU 0.5, one line per class.
    resetChart(pr, tr("Precision–recall at IoU 0.5"));
    resetChart(ap, tr("AP per class"));
    if (ev && ev->detection) {
        const CocoEvaluator::Result &d = *ev->detection;
        auto *x = new QValueAxis;
        auto *y = new QValueAxis;
        x->setRange(0, 1);
        y->setRange(0, 1.05);
        x->setTitleText(tr("Recall"));
        y->setTitleText(tr("Precision"));
        x->setLabelFormat(QStringLiteral("%.1f"));
        y->setLabelFormat(QStringLiteral("%.1f"));
        x->setTickCount(6);
        // Room above 1.0 so a perfect curve stays visible, ticks still at round values.
        y->setTickType(QValueAxis::TicksDynamic);
        y->setTickAnchor(0);
        y->setTickInterval(0.2);
        // Class names in full at the side rather than cut short in a row below.
        pr->legend()->setAlignment(Qt::AlignRight);
        pr->addAxis(x, Qt::AlignBottom);
        pr->addAxis(y, Qt::AlignLeft);
        auto *apSet = new QBarSet(tr("AP@[.5:.95]"));
        auto *ap50Set = new QBarSet(tr("AP@0.5"));
        QStringList names;
        const int t = std::max(0, d.iouIndex(ev->options.iou));
        for (int k = 0; k < d.K; ++k) {
            const qint64 cls = d.categories[k];
            const QString name = classTitle(cls);
            const std::vector<double> curve = d.prCurve(0, k);
            if (!curve.empty()) {
                auto *line = new QLineSeries;
                line->setName(name);
                for (size_t r = 0; r < curve.size(); ++r) {
                    if (curve[r] >= 0)
                        line->append(d.params.recallThresholds[r], curve[r]);
                }
                pr->addSeries(line);
                line->attachAxis(x);
                line->attachAxis(y);
            }
            const double apAll = d.summarize(true, std::nullopt, QStringLiteral("all"), d.params.maxDets.back(), k);
            const double ap50 = d.summarize(true, 0.5, QStringLiteral("all"), d.params.maxDets.back(), k);
            const double ap75 = d.summarize(true, 0.75, QStringLiteral("all"), d.params.maxDets.back(), k);
            names << name;
            *apSet << std::max(0.0, apAll);
            *ap50Set << std::max(0.0, ap50);
            const Prf p = d.countsAt(t, ev->options.scoreThreshold, k);
            rows->append(Row { Cell { name }, Cell { qint64(d.ranked[k].groundTruth) }, Cell { qint64(p.tp + p.fp) },
                Cell { stat(apAll) }, Cell { stat(ap50) }, Cell { stat(ap75) }, ReportTableModel::ratio(p.precision()),
                ReportTableModel::ratio(p.recall()), ReportTableModel::ratio(p.f1()) });
        }
        auto *bars = new QHorizontalBarSeries; // class names stay readable on the left
        bars->append(apSet);
        bars->append(ap50Set);
        ap->addSeries(bars);
        auto *cats = new QBarCategoryAxis;
        cats->append(names);
        auto *value = new QValueAxis;
        value->setRange(0, 1);
        value->setLabelFormat(QStringLiteral("%.1f"));
        value->setTickCount(6);
        ap->addAxis(cats, Qt::AlignLeft);
        ap->addAxis(value, Qt::AlignBottom);
        bars->attachAxis(cats);
        bars->attachAxis(value);

        const ConfusionMatrix &cm = ev->detectionConfusion;
        QStringList labels;
        for (qint64 c : cm.classIds())
            labels << classTitle(c);
        labels << tr("background");
        std::vector<qint64> counts;
        for (int r = 0; r < cm.size(); ++r)
            for (int c = 0; c < cm.size(); ++c)
                counts.push_back(cm.at(r, c));
        heat->setMatrix(labels, counts);
    } else if (ev && ev->tags) {
        const ConfusionMatrix &cm = ev->tags->confusion;
        QStringList labels;
        for (qint64 c : cm.classIds())
            labels << classTitle(c);
        labels << tr("background");
        std::vector<qint64> counts;
        for (int r = 0; r < cm.size(); ++r)
            for (int c = 0; c < cm.size(); ++c)
                counts.push_back(cm.at(r, c));
        heat->setMatrix(labels, counts);
        for (auto it = ev->tags->perClass.begin(); it != ev->tags->perClass.end(); ++it)
            rows->append(Row { Cell { classTitle(it.key()) }, Cell { it->tp + it->fn }, Cell { it->tp + it->fp },
                Cell {}, Cell {}, Cell {}, ReportTableModel::ratio(it->precision()),
                ReportTableModel::ratio(it->recall()), ReportTableModel::ratio(it->f1()) });
    } else {
        heat->setMatrix({}, {});
    }
}

void EvaluationDashboard::fillResult()
{
    m_summary->setText(summaryText());
    const ModelEvaluation *ev = m_result && m_result->evaluation ? &*m_result->evaluation : nullptr;
    // Two notes at most in the page, all of them in the tool tip.
    const QStringList problems = ev ? ev->problems : QStringList();
    QString shown = problems.mid(0, 2).join(QLatin1Char('\n'));
    if (problems.size() > 2)
        shown += QLatin1Char('\n')
            + tr("… and %n more note(s) (hover to see them all)", nullptr, int(problems.size() - 2));
    m_problems->setText(shown);
    m_problems->setToolTip(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(ev && !ev->problems.isEmpty());

    QList<Row> rows;
    populateModelFigures(m_prView->chart(), m_apView->chart(), m_heatMap, &rows);
    m_classModel->setTable({ tr("Class"), tr("Ground truth"), tr("Predictions"), tr("AP"), tr("AP50"), tr("AP75"),
                               tr("Precision"), tr("Recall"), tr("F1") },
        rows);
    m_classTable->resizeColumnsToContents();
    fillDiagnostics();
    updateActions();
}

QString EvaluationDashboard::diagnosticsTitle(DiagnosticsTable table)
{
    switch (table) {
    case DiagnosticsTable::ClassBalance:
        return tr("Class balance per split");
    case DiagnosticsTable::TinyObjects:
        return tr("Tiny objects");
    case DiagnosticsTable::WithoutLabels:
        return tr("Images without labels");
    case DiagnosticsTable::NearDuplicates:
        return tr("Near-duplicate images");
    case DiagnosticsTable::SplitLeaks:
        return tr("Duplicates leaking across splits");
    case DiagnosticsTable::LabelErrors:
        return tr("Suspected label errors");
    case DiagnosticsTable::AttributeCoverage:
        return tr("Attribute coverage");
    case DiagnosticsTable::KnowledgeCoverage:
        return tr("Knowledge coverage");
    }
    return {};
}

QList<Row> EvaluationDashboard::diagnosticsRows(DiagnosticsTable table, QStringList *headers) const
{
    QList<Row> rows;
    if (!m_result || !m_result->diagnostics) {
        headers->clear();
        return rows;
    }
    const DatasetDiagnostics &d = *m_result->diagnostics;
    const DatasetSnapshot &snap = m_result->data;
    auto asset = [&](qint64 id) { return Cell { assetName(id), id }; };
    auto className = [&](std::optional<qint64> id) { return id ? classTitle(*id) : QString(); };
    switch (table) {
    case DiagnosticsTable::ClassBalance: {
        QStringList splits;
        for (const auto &perSplit : d.classBalance)
            for (auto it = perSplit.begin(); it != perSplit.end(); ++it)
                if (!splits.contains(it.key()))
                    splits << it.key();
        std::sort(splits.begin(), splits.end());
        QStringList splitTitles;
        for (const QString &sp : splits)
            splitTitles << keyTitle(sp);
        *headers = QStringList { tr("Class") } + splitTitles + QStringList { tr("Total") };
        for (auto it = d.classBalance.begin(); it != d.classBalance.end(); ++it) {
            Row row { Cell { it.key() } };
            qint64 total = 0;
            for (const QString &s : splits) {
                row.append(Cell { it->value(s) });
                total += it->value(s);
            }
            row.append(Cell { total });
            rows.append(row);
        }
        break;
    }
    case DiagnosticsTable::TinyObjects: {
        *headers = { tr("Asset"), tr("Class"), tr("Annotation"), tr("Box area (px²)") };
        QHash<qint64, const project::Annotation *> byId;
        for (const auto &a : snap.annotations)
            byId.insert(a.id, &a);
        for (qint64 id : d.tinyObjects) {
            const project::Annotation *a = byId.value(id);
            if (!a)
                continue;
            rows.append(Row { asset(a->assetId), Cell { className(a->classId) }, Cell { id },
                Cell { a->extent.width() * a->extent.height() } });
        }
        break;
    }
    case DiagnosticsTable::WithoutLabels:
        *headers = { tr("Asset"), tr("Split") };
        for (qint64 id : d.imagesWithoutLabels) {
            const project::Asset *a = snap.asset(id);
            rows.append(Row { asset(id), Cell { a ? project::toString(a->split) : QString() } });
        }
        break;
    case DiagnosticsTable::NearDuplicates:
    case DiagnosticsTable::SplitLeaks: {
        *headers = { tr("Asset"), tr("Split"), tr("Near-duplicate"), tr("Split"), tr("Distance (bits)") };
        for (const auto &p : table == DiagnosticsTable::SplitLeaks ? d.splitLeaks : d.nearDuplicates) {
            const project::Asset *a = snap.asset(p.a), *b = snap.asset(p.b);
            rows.append(Row { asset(p.a), Cell { a ? project::toString(a->split) : QString() }, asset(p.b),
                Cell { b ? project::toString(b->split) : QString() }, Cell { p.distance } });
        }
        break;
    }
    case DiagnosticsTable::LabelErrors:
        *headers = { tr("Asset"), tr("Problem"), tr("Model says"), tr("Label says"), tr("Score") };
        for (const auto &e : d.labelErrors) {
            QString kind;
            switch (e.kind) {
            case DatasetDiagnostics::LabelError::Kind::WrongClass:
                kind = tr("Different class");
                break;
            case DatasetDiagnostics::LabelError::Kind::MissingLabel:
                kind = tr("Missing label");
                break;
            case DatasetDiagnostics::LabelError::Kind::WrongTag:
                kind = tr("Different tag");
                break;
            }
            rows.append(Row { asset(e.assetId), Cell { kind }, Cell { classTitle(e.predictedClass) },
                Cell { className(e.truthClass) }, Cell { e.score } });
        }
        break;
    case DiagnosticsTable::AttributeCoverage:
        *headers = { tr("Attribute"), tr("Class"), tr("Labels"), tr("Filled"), tr("Coverage") };
        for (const auto &c : d.attributeCoverage)
            rows.append(Row { Cell { c.name }, Cell { c.classId ? classTitle(*c.classId) : tr("(all)") },
                Cell { c.labels }, Cell { c.filled },
                ReportTableModel::ratio(
                    c.labels > 0 ? std::optional<double>(double(c.filled) / double(c.labels)) : std::nullopt) });
        break;
    case DiagnosticsTable::KnowledgeCoverage:
        *headers
            = { tr("Graph node"), tr("Evidence"), tr("By modality"), tr("Classes"), tr("Labels"), tr("Model recall") };
        for (const auto &n : d.knowledgeCoverage) {
            QStringList modal, classes;
            for (auto it = n.evidenceByModality.begin(); it != n.evidenceByModality.end(); ++it)
                modal << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
            for (qint64 c : n.classes)
                classes << classTitle(c);
            rows.append(Row { Cell { n.label.isEmpty() ? n.key : n.label }, Cell { n.evidence },
                Cell { modal.join(QLatin1String(", ")) }, Cell { classes.join(QLatin1String(", ")) },
                Cell { n.truthAnnotations }, ReportTableModel::ratio(n.recall) });
        }
        break;
    }
    return rows;
}

void EvaluationDashboard::showDiagnostics(DiagnosticsTable table)
{
    const int i = m_diagChoice->findData(int(table));
    if (i >= 0)
        m_diagChoice->setCurrentIndex(i);
    fillDiagnostics();
}

void EvaluationDashboard::populateBalance(QChart *chart) const
{
    resetChart(chart, tr("Labels per class and split"));
    if (!m_result || !m_result->diagnostics)
        return;
    const DatasetDiagnostics &d = *m_result->diagnostics;
    QStringList splits;
    for (const auto &perSplit : d.classBalance)
        for (auto it = perSplit.begin(); it != perSplit.end(); ++it)
            if (!splits.contains(it.key()))
                splits << it.key();
    std::sort(splits.begin(), splits.end());
    auto *bars = new QHorizontalStackedBarSeries; // class names stay readable on the left
    for (const QString &s : splits) {
        auto *set = new QBarSet(keyTitle(s));
        for (auto it = d.classBalance.begin(); it != d.classBalance.end(); ++it)
            *set << double(it->value(s));
        bars->append(set);
    }
    chart->addSeries(bars);
    auto *cats = new QBarCategoryAxis;
    cats->append(d.classBalance.keys());
    auto *value = new QValueAxis;
    value->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(cats, Qt::AlignLeft);
    chart->addAxis(value, Qt::AlignBottom);
    bars->attachAxis(cats);
    bars->attachAxis(value);
    value->applyNiceNumbers(); // whole counts on the ticks, not 5.5
}

void EvaluationDashboard::fillDiagnostics()
{
    const auto table = DiagnosticsTable(m_diagChoice->currentData().toInt());
    QStringList headers;
    const QList<Row> rows = diagnosticsRows(table, &headers);
    m_diagModel->setTable(headers, rows);
    m_diagTable->resizeColumnsToContents();

    populateBalance(m_balanceView->chart());
    if (!m_result || !m_result->diagnostics) {
        m_diagSummary->setText(m_project ? tr("Evaluate a model run to diagnose the dataset.") : QString());
        return;
    }
    const DatasetDiagnostics &d = *m_result->diagnostics;
    QStringList sizes;
    for (auto it = d.sizeBuckets.begin(); it != d.sizeBuckets.end(); ++it)
        sizes << QStringLiteral("%1 %2").arg(keyTitle(it.key())).arg(it.value());
    m_diagSummary->setText(tr("%n image(s) hashed; %1 near-duplicate pair(s), %2 leaking across splits; "
                              "%3 image(s) without labels; %4 suspected label error(s). Object sizes: %5.",
        nullptr, int(d.imagesHashed))
                               .arg(d.nearDuplicates.size())
                               .arg(d.splitLeaks.size())
                               .arg(d.imagesWithoutLabels.size())
                               .arg(d.labelErrors.size())
                               .arg(sizes.isEmpty() ? tr("none") : sizes.join(QLatin1String(", "))));
}

void EvaluationDashboard::fillQueue(qint64 queueId)
{
    QList<Row> rows;
    if (m_project && queueId > 0 && hasQueueTables(*m_project)) {
        for (const EvaluationStore::Item &item : EvaluationStore(m_project->connection()).items(queueId))
            rows.append(Row { Cell { item.rank }, Cell { assetName(item.assetId), item.assetId }, Cell { item.score },
                Cell { item.reason } });
    }
    m_queueModel->setTable({ tr("Rank"), tr("Asset"), tr("Score"), tr("Why") }, rows);
    m_queueTable->resizeColumnsToContents();
}

bool EvaluationDashboard::showQueue(qint64 queueId)
{
    const int i = m_queue->findData(queueId);
    if (i < 0)
        return false;
    m_queue->setCurrentIndex(i);
    fillQueue(queueId);
    return true;
}

std::optional<qint64> EvaluationDashboard::currentQueue() const
{
    return m_queue->currentIndex() >= 0 ? std::optional<qint64>(m_queue->currentData().toLongLong()) : std::nullopt;
}

int EvaluationDashboard::assignQueue(qint64 userId)
{
    const auto queue = currentQueue();
    if (!m_project || !queue || userId <= 0)
        return 0;
    const int n = EvaluationStore(m_project->connection()).assign(*queue, userId);
    fillQueues();
    return n;
}

void EvaluationDashboard::applyQueue()
{
    if (const auto queue = currentQueue())
        emit applyQueueRequested(*queue);
}

void EvaluationDashboard::fillComparison()
{
    QList<Row> rows;
    const ModelEvaluation *a = m_result && m_result->evaluation ? &*m_result->evaluation : nullptr;
    const ModelEvaluation *b = m_comparison && m_comparison->evaluation ? &*m_comparison->evaluation : nullptr;
    const QString nameA = a ? a->options.modelId : tr("run A");
    const QString nameB = b ? b->options.modelId : tr("run B");
    if (a || b) {
        QList<qint64> classes;
        for (const ModelEvaluation *ev : { a, b }) {
            if (ev && ev->detection)
                for (qint64 c : ev->detection->categories)
                    if (!classes.contains(c))
                        classes << c;
        }
        std::sort(classes.begin(), classes.end());
        auto delta
            = [](std::optional<double> x, std::optional<double> y) { return x && y ? Cell { *y - *x } : Cell {}; };
        auto overall = [](const ModelEvaluation *ev) -> std::optional<double> {
            if (!ev || !ev->detection)
                return std::nullopt;
            const double v = ev->detection->stats()[0];
            return v < 0 ? std::nullopt : std::optional<double>(v);
        };
        rows.append(Row { Cell { tr("(all classes)") }, ReportTableModel::ratio(overall(a)),
            ReportTableModel::ratio(overall(b)), delta(overall(a), overall(b)),
            ReportTableModel::ratio(a ? a->detectionAtThreshold.recall() : std::nullopt),
            ReportTableModel::ratio(b ? b->detectionAtThreshold.recall() : std::nullopt),
            delta(a ? a->detectionAtThreshold.recall() : std::nullopt,
                b ? b->detectionAtThreshold.recall() : std::nullopt) });
        for (qint64 c : classes) {
            const auto apA = a ? a->classAp(c) : std::nullopt, apB = b ? b->classAp(c) : std::nullopt;
            const auto rA = a ? a->classRecall(c) : std::nullopt, rB = b ? b->classRecall(c) : std::nullopt;
            const QString name = classTitle(c);
            rows.append(Row { Cell { name }, ReportTableModel::ratio(apA), ReportTableModel::ratio(apB),
                delta(apA, apB), ReportTableModel::ratio(rA), ReportTableModel::ratio(rB), delta(rA, rB) });
        }
    }
    m_compareModel->setTable({ tr("Class"), tr("AP %1").arg(nameA), tr("AP %1").arg(nameB), tr("Δ AP"),
                                 tr("Recall %1").arg(nameA), tr("Recall %1").arg(nameB), tr("Δ recall") },
        rows);
    m_compareTable->resizeColumnsToContents();
}

QString EvaluationDashboard::agreementText() const
{
    if (!m_agreement)
        return {};
    const AnnotatorAgreement::Report &r = *m_agreement;
    QStringList parts;
    parts << tr("<b>%1</b> and <b>%2</b>: %n asset(s) labelled by both", nullptr, int(r.sharedAssets))
                 .arg(r.userA.toHtmlEscaped(), r.userB.toHtmlEscaped());
    parts << tr("Shapes (IoU-matched): F1 %1 · precision %2 · recall %3")
                 .arg(num(r.shapes.f1()), num(r.shapes.precision()), num(r.shapes.recall()));
    parts << tr("Image tags: Cohen's κ %1 over %n item(s) (observed %2, chance %3)", nullptr, int(r.tags.items))
                 .arg(num(r.tags.kappa), num(r.tags.observed), num(r.tags.expected));
    parts << tr("Time ranges: Krippendorff's α %1 over %2 sample(s)").arg(num(r.ranges.alpha)).arg(r.ranges.positions);
    parts << tr("Text spans: Krippendorff's α %1 over %2 character(s)").arg(num(r.spans.alpha)).arg(r.spans.positions);
    for (const QString &p : r.problems)
        parts << p.toHtmlEscaped();
    return parts.join(QStringLiteral("<br>"));
}

void EvaluationDashboard::openIndex(const QModelIndex &index)
{
    const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(index.model());
    const QModelIndex source = proxy ? proxy->mapToSource(index) : index;
    const auto *model = qobject_cast<const ReportTableModel *>(source.model());
    if (!model)
        return;
    if (const auto id = model->assetAt(source))
        emit openAssetRequested(*id);
}

EvaluationReport EvaluationDashboard::report() const
{
    EvaluationReport r;
    const ModelEvaluation *ev = m_result && m_result->evaluation ? &*m_result->evaluation : nullptr;
    r.title = ev ? tr("Evaluation of %1").arg(ev->options.modelId) : tr("Evaluation");
    auto tableOf = [this](const QStringList &headers, const QList<Row> &rows) {
        EvaluationReport::Table t;
        t.headers = headers;
        ReportTableModel m;
        m.setTable(headers, rows);
        for (int i = 0; i < m.rowCount(); ++i) {
            QStringList cells;
            for (int c = 0; c < m.columnCount(); ++c)
                cells << m.text(i, c);
            t.rows << cells;
            const auto id = m.assetAt(m.index(i, 0));
            t.links << (id ? assetUrl(*id) : QString());
        }
        return t;
    };
    EvaluationReport::Section summary;
    summary.title = tr("Summary");
    QString plain = summaryText();
    plain.replace(QStringLiteral("<br>"), QStringLiteral("\n"));
    plain.remove(QStringLiteral("<b>")).remove(QStringLiteral("</b>"));
    summary.paragraphs = plain.split(QLatin1Char('\n'));
    if (ev)
        summary.paragraphs += ev->problems;
    r.sections << summary;
    if (ev && (ev->detection || ev->tags)) {
        EvaluationReport::Section model;
        model.title = tr("Per class");
        // Figures drawn afresh at a fixed size, whatever the dashboard's layout.
        QChartView prView(new QChart), apView(new QChart);
        ConfusionHeatMap heat;
        QList<Row> ignored;
        populateModelFigures(prView.chart(), apView.chart(), &heat, &ignored);
        if (ev->detection) {
            model.figures << chartImage(&prView) << chartImage(&apView);
            model.figureCaptions << prView.chart()->title() << apView.chart()->title();
            model.figureLinks << figureAssets(ev->options.modelId) << figureAssets(ev->options.modelId);
        }
        model.figures << chartImage(&heat, QSize(560, 560));
        model.figureCaptions << tr("Confusion matrix (rows: ground truth, columns: prediction)");
        model.figureLinks << figureAssets(ev->options.modelId);
        model.tables << tableOf(m_classModel->headers(), m_classModel->rows());
        r.sections << model;
    }
    if (m_result && m_result->diagnostics) {
        EvaluationReport::Section diag;
        diag.title = tr("Dataset diagnostics");
        diag.paragraphs << m_diagSummary->text();
        diag.paragraphs += m_result->diagnostics->problems;
        QChartView balance(new QChart);
        populateBalance(balance.chart());
        diag.figures << chartImage(&balance);
        diag.figureCaptions << balance.chart()->title();
        diag.figureLinks << figureAssets({});
        r.sections << diag;
        for (DiagnosticsTable t : AllTables) {
            QStringList headers;
            const QList<Row> rows = diagnosticsRows(t, &headers);
            EvaluationReport::Section s;
            s.title = diagnosticsTitle(t);
            if (rows.isEmpty())
                s.paragraphs << tr("None.");
            else
                s.tables << tableOf(headers, rows);
            r.sections << s;
        }
    }
    if (m_comparison && m_compareModel->rowCount() > 0) {
        EvaluationReport::Section s;
        s.title = tr("Comparison of two runs");
        s.tables << tableOf(m_compareModel->headers(), m_compareModel->rows());
        r.sections << s;
    }
    return r;
}

bool EvaluationDashboard::exportReport(const QString &file, QString *error) const
{
    return report().write(file, EvaluationReport::formatFor(file), error);
}

void EvaluationDashboard::exportDialog()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Export Evaluation Report"),
        m_project ? m_project->folder().absoluteFilePath(QStringLiteral("evaluation.html")) : QString(),
        tr("HTML (*.html);;PDF (*.pdf);;Markdown (*.md)"));
    if (file.isEmpty())
        return;
    QString error;
    if (exportReport(file, &error))
        emit statusMessage(tr("Report written to %1").arg(QDir::toNativeSeparators(file)));
    else
        emit statusMessage(error);
}

void EvaluationDashboard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void EvaluationDashboard::retranslateUi()
{
    m_runLabel->setText(tr("Model run:"));
    m_run->setToolTip(tr("The model run (its proposals) to evaluate against the accepted labels"));
    m_iouType->setItemText(0, tr("Boxes"));
    m_iouType->setItemText(1, tr("Masks"));
    m_iouType->setToolTip(tr("Match by box IoU or by mask IoU"));
    m_iouLabel->setText(tr("IoU:"));
    m_scoreLabel->setText(tr("Score ≥"));
    m_score->setToolTip(tr("The run's operating point, for precision, recall and the confusion matrix"));
    m_evaluateButton->setText(tr("Evaluate"));
    m_cancelButton->setText(tr("Cancel"));
    m_exportButton->setText(tr("Export Report…"));
    m_tabs->setTabText(0, tr("Model"));
    m_tabs->setTabText(1, tr("Diagnostics"));
    m_tabs->setTabText(2, tr("Agreement"));
    m_tabs->setTabText(3, tr("Labeling Queue"));
    m_tabs->setTabText(4, tr("Compare Runs"));
    for (int i = 0; i < m_diagChoice->count(); ++i)
        m_diagChoice->setItemText(i, diagnosticsTitle(DiagnosticsTable(m_diagChoice->itemData(i).toInt())));
    m_diagTable->setToolTip(tr("Click a row to open its asset"));
    m_userALabel->setText(tr("Annotator:"));
    m_userBLabel->setText(tr("compared with:"));
    m_compareUsersButton->setText(tr("Compare"));
    m_strategyLabel->setText(tr("Strategy:"));
    const QStringList strategies = { tr("Least confidence"), tr("Margin"), tr("Entropy"),
        tr("Weakness (low AP, little evidence)"), tr("Diversity") };
    for (int i = 0; i < m_strategy->count(); ++i)
        m_strategy->setItemText(i, strategies.value(i));
    m_limitLabel->setText(tr("Assets:"));
    m_buildQueueButton->setText(tr("Build Queue"));
    m_queueLabel->setText(tr("Queue:"));
    m_assigneeLabel->setText(tr("Assign to:"));
    m_assignButton->setText(tr("Assign"));
    m_applyQueueButton->setText(tr("Show in Asset Browser"));
    m_applyQueueButton->setToolTip(tr("Filter the asset browser to this queue, in its order"));
    m_runBLabel->setText(tr("Compare with run:"));
    m_compareRunsButton->setText(tr("Compare"));
    fillRuns();
    fillResult();
    fillComparison();
    fillQueue(m_queue->currentData().toLongLong());
    if (m_agreement)
        m_agreementText->setText(agreementText());
}

} // namespace rwb::evaluation
