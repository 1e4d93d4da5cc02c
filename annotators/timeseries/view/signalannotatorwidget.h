#pragma once

#include "../minmaxpyramid.h"
#include "signalview.h"

#include <QFutureWatcher>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QDoubleSpinBox;
class QActionGroup;
class QLabel;
class QListWidget;
class QToolBar;
class QUndoCommand;
class QUndoStack;

namespace rwb::project {
class AttributeEditor;
class Project;
struct Annotation;
} // namespace rwb::project

namespace rwb::timeseries {

class SignalData;

/// The time-series annotator's widget: tools, the signal plot, the labels of the asset (jump to
/// one with a double click), the channels (show/hide), the inspector of the selected labels and
/// the rule-based assist. The signal is read from the asset's binary cache, made from the
/// source file (CSV, WAV, FLAC) in the background the first time; the min/max pyramids are
/// built in the background too. Every change is an undo command on the stack given to open().
class SignalAnnotatorWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SignalAnnotatorWidget(QWidget *parent = nullptr);
    ~SignalAnnotatorWidget() override;

    /// Shows \a assetId; false with a message shown when the signal cannot be read.
    bool open(project::Project &project, qint64 assetId, QUndoStack *undoStack);
    void close();
    bool isLoading() const;
    void setCurrentClass(std::optional<qint64> classId);
    /// The cache file of an asset (made from its source file when missing).
    static QString cachePathFor(project::Project &project, const QString &sha256);

    SignalView *view() const { return m_view; }
    QListWidget *labelList() const { return m_labelList; }
    QListWidget *channelList() const { return m_channelList; }
    QDoubleSpinBox *gainBox() const { return m_gain; }
    QDoubleSpinBox *offsetBox() const { return m_offset; }
    QString message() const;
    QList<QAction *> keyActions() const;

public slots:
    void deleteSelection();
    /// Rule-based assist on the current channel; findings become proposals.
    void runThreshold(double low, double high);
    void runZScore(qint64 window, double z);
    void runCusum(double drift, double limit);

signals:
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void showData(std::shared_ptr<SignalData> signal);
    void reloadLabels();
    void addLabel(const SignalLabel &label);
    void editLabel(qint64 id, const SignalLabel &label);
    /// Why \a label (of \a classId, replacing label \a ignore) breaks the class's overlap rule.
    QString overlapProblem(std::optional<qint64> classId, const SignalLabel &label, qint64 ignore) const;
    void addProposals(const QList<SignalLabel> &labels, const QList<double> &scores, const QString &rule);
    void push(QUndoCommand *command);
    void editSelected(const std::function<void(project::Annotation &)> &change, const QString &text);
    void updateAttributeEditor();
    int currentChannel() const;
    void askThreshold();
    void askZScore();
    void askCusum();

    project::Project *m_project = nullptr;
    QUndoStack *m_undo = nullptr;
    std::optional<qint64> m_assetId;
    std::optional<qint64> m_classId;
    std::shared_ptr<SignalData> m_data;
    QFutureWatcher<QString> m_cacheWatcher; ///< makes the cache file; result: the error, if any
    QFutureWatcher<std::vector<MinMaxPyramid>> m_pyramidWatcher;
    QList<QMetaObject::Connection> m_projectConnections;
    bool m_reloadPending = false;
    bool m_syncing = false;

    SignalView *m_view = nullptr;
    QToolBar *m_toolBar = nullptr;
    QActionGroup *m_toolGroup = nullptr;
    QAction *m_selectAction = nullptr;
    QAction *m_rangeAction = nullptr;
    QAction *m_eventAction = nullptr;
    QAction *m_fitAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_thresholdAction = nullptr;
    QAction *m_zscoreAction = nullptr;
    QAction *m_cusumAction = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_labelsTitle = nullptr;
    QListWidget *m_labelList = nullptr;
    QLabel *m_channelsTitle = nullptr;
    QListWidget *m_channelList = nullptr;
    QLabel *m_gainLabel = nullptr;
    QLabel *m_offsetLabel = nullptr;
    QDoubleSpinBox *m_gain = nullptr;
    QDoubleSpinBox *m_offset = nullptr;
    project::AttributeEditor *m_attributes = nullptr;
};

} // namespace rwb::timeseries
