#pragma once

#include "evaluation/evaluationjob.h"
#include "evaluationreport.h"
#include "reporttablemodel.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QChart;
class QChartView;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QModelIndex;

namespace rwb::project {
class Job;
class JobManager;
class Project;
} // namespace rwb::project

namespace rwb::evaluation {

class ConfusionHeatMap;

/// The evaluation dashboard: pick a model run, evaluate it as a job and see its numbers (AP,
/// AP50, AP75, AP by size, P/R at the threshold), PR curves, per-class AP bars and the confusion
/// heat-map; the dataset diagnostics tables; agreement of two users; labeling queues (build,
/// rank, assign, show in the asset browser); a second run side by side; export to HTML, PDF or
/// Markdown. Rows naming an asset open it through openAssetRequested().
class EvaluationDashboard : public QWidget
{
    Q_OBJECT
public:
    enum class DiagnosticsTable {
        ClassBalance,
        TinyObjects,
        WithoutLabels,
        NearDuplicates,
        SplitLeaks,
        LabelErrors,
        AttributeCoverage,
        KnowledgeCoverage,
    };
    Q_ENUM(DiagnosticsTable)

    explicit EvaluationDashboard(QWidget *parent = nullptr);
    ~EvaluationDashboard() override;

    /// Shows \a project (null: none); jobs run on \a jobs (null: a manager of its own). Both
    /// must outlive the dashboard or be unset first.
    void setProject(project::Project *project, project::JobManager *jobs = nullptr);
    /// Lists the model runs, users and queues again.
    void refresh();

    QStringList modelRuns() const;
    bool selectRun(const QString &modelId);
    QString currentRun() const;

    /// Evaluates the chosen run and diagnoses the dataset in a job; null when no run or busy.
    project::Job *evaluate();
    /// Builds a queue with \a strategy from the chosen run in a job.
    project::Job *buildQueue(LabelingQueue::Strategy strategy, int limit = 100);
    /// Compares the annotations of two users in a job.
    project::Job *compareUsers(qint64 userA, qint64 userB);
    /// Evaluates \a otherRun with the same settings, for the side-by-side comparison.
    project::Job *compareRun(const QString &otherRun);
    void cancel();
    bool isBusy() const;
    project::Job *currentJob() const;

    /// Assigns the shown queue to \a userId; returns the number of assets assigned.
    int assignQueue(qint64 userId);
    bool showQueue(qint64 queueId);
    std::optional<qint64> currentQueue() const;
    /// Asks the asset browser to filter and order by the shown queue.
    void applyQueue();

    void showDiagnostics(DiagnosticsTable table);
    std::shared_ptr<const EvaluationJob::Result> result() const { return m_result; }
    std::shared_ptr<const EvaluationJob::Result> comparison() const { return m_comparison; }

    ReportTableModel *classModel() const { return m_classModel; }
    ReportTableModel *diagnosticsModel() const { return m_diagModel; }
    ReportTableModel *queueModel() const { return m_queueModel; }
    ReportTableModel *comparisonModel() const { return m_compareModel; }
    QTableView *diagnosticsView() const { return m_diagTable; }
    QTableView *queueView() const { return m_queueTable; }
    ConfusionHeatMap *heatMap() const { return m_heatMap; }
    QChart *prChart() const;
    QChart *apChart() const;
    QString summaryText() const;
    QString agreementText() const;
    QTabWidget *tabs() const { return m_tabs; }

    EvaluationReport report() const;
    bool exportReport(const QString &file, QString *error = nullptr) const;

signals:
    void openAssetRequested(qint64 assetId);
    /// The asset browser should show this labeling queue in its order.
    void applyQueueRequested(qint64 queueId);
    /// The project's queues changed (id, name), for the asset browser's queue filter.
    void queuesChanged(const QList<std::pair<qint64, QString>> &queues);
    void statusMessage(const QString &text);
    /// A job of the dashboard ended (whatever its state).
    void jobEnded(rwb::project::Job *job);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Purpose { Evaluate, Queue, Agreement, CompareRun };
    project::Job *startJob(Purpose purpose, EvaluationJob::Request request);
    EvaluationJob::Request baseRequest() const;
    void onJobFinished();
    void retranslateUi();
    void updateActions();
    void fillResult();
    void fillDiagnostics();
    void populateModelFigures(QChart *pr, QChart *ap, ConfusionHeatMap *heat, QList<ReportTableModel::Row> *rows) const;
    void populateBalance(QChart *chart) const;
    void fillQueue(qint64 queueId);
    void fillComparison();
    void fillRuns();
    void fillUsers();
    void fillQueues();
    void openIndex(const QModelIndex &index);
    void exportDialog();
    QString assetName(qint64 id) const;
    QString assetUrl(qint64 id) const;
    /// A label class as the rest of the UI shows it: its title in the UI language (else its name).
    QString classTitle(qint64 id) const;
    /// The assets a report figure counts: those with ground truth or (when \a modelId is not
    /// empty) predictions of that run, in id order, at most \a limit of them.
    QList<EvaluationReport::Link> figureAssets(const QString &modelId, int limit = 500) const;
    QList<ReportTableModel::Row> diagnosticsRows(DiagnosticsTable table, QStringList *headers) const;
    static QString diagnosticsTitle(DiagnosticsTable table);

    project::Project *m_project = nullptr;
    project::JobManager *m_jobs = nullptr;
    std::unique_ptr<project::JobManager> m_ownJobs;
    QPointer<EvaluationJob> m_job;
    Purpose m_purpose = Purpose::Evaluate;
    std::shared_ptr<const EvaluationJob::Result> m_result;
    std::shared_ptr<const EvaluationJob::Result> m_comparison;
    std::optional<AnnotatorAgreement::Report> m_agreement;

    QLabel *m_runLabel;
    QComboBox *m_run;
    QComboBox *m_iouType;
    QLabel *m_iouLabel;
    QDoubleSpinBox *m_iou;
    QLabel *m_scoreLabel;
    QDoubleSpinBox *m_score;
    QPushButton *m_evaluateButton;
    QPushButton *m_cancelButton;
    QPushButton *m_exportButton;
    QProgressBar *m_progress;
    QLabel *m_jobText;
    QTabWidget *m_tabs;

    QLabel *m_summary;
    QLabel *m_problems;
    QChartView *m_prView;
    QChartView *m_apView;
    ConfusionHeatMap *m_heatMap;
    QTableView *m_classTable;
    ReportTableModel *m_classModel;

    QComboBox *m_diagChoice;
    QLabel *m_diagSummary;
    QTableView *m_diagTable;
    ReportTableModel *m_diagModel;
    QChartView *m_balanceView;

    QLabel *m_userALabel;
    QLabel *m_userBLabel;
    QComboBox *m_userA;
    QComboBox *m_userB;
    QPushButton *m_compareUsersButton;
    QLabel *m_agreementText;

    QLabel *m_strategyLabel;
    QComboBox *m_strategy;
    QLabel *m_limitLabel;
    QSpinBox *m_limit;
    QPushButton *m_buildQueueButton;
    QLabel *m_queueLabel;
    QComboBox *m_queue;
    QTableView *m_queueTable;
    ReportTableModel *m_queueModel;
    QLabel *m_assigneeLabel;
    QComboBox *m_assignee;
    QPushButton *m_assignButton;
    QPushButton *m_applyQueueButton;

    QLabel *m_runBLabel;
    QComboBox *m_runB;
    QPushButton *m_compareRunsButton;
    QTableView *m_compareTable;
    ReportTableModel *m_compareModel;
};

} // namespace rwb::evaluation
