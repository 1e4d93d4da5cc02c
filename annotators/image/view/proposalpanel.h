#pragma once

#include <QSet>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QPushButton;
class QUndoStack;

namespace rwb::project {
class Project;
}
namespace rwb::assist {
class ModelRunner;
}

namespace rwb::image {

/// The model proposals of the open image, for review: a list best first (class, confidence,
/// model), accept / reject the selected ones, accept all at or above a threshold, accept the
/// rest, and run a model (chosen from the project's models/ folder) on the image (key I) or on
/// the region of the selected shapes (Shift+I). Every decision is an undo step; the core of it
/// is assist::ProposalReview.
class ProposalPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProposalPanel(QWidget *parent = nullptr);
    ~ProposalPanel() override;

    void setProject(project::Project *project, QUndoStack *undoStack);
    void setAsset(std::optional<qint64> assetId);
    /// The annotations selected on the canvas: what Accept / Reject act on, and the region of Shift+I.
    void setSelection(const QSet<qint64> &ids);
    /// Re-reads the proposals (after the asset's annotations changed).
    void reload();

    QListWidget *list() const { return m_list; }
    QComboBox *modelChooser() const { return m_models; }
    QDoubleSpinBox *thresholdBox() const { return m_threshold; }
    QAction *runAction() const { return m_run; }
    QAction *runRegionAction() const { return m_runRegion; }
    /// Folders searched for models: the project's models/ and any added here.
    void addModelFolder(const QString &folder);

public slots:
    void acceptSelected();
    void rejectSelected();
    void acceptAboveThreshold();
    void acceptRest();
    /// Runs the chosen model on the whole image (\a region empty) or on \a region.
    bool runModel(const QRect &region = {});

signals:
    /// Selecting a row asks the host to select the annotation on the canvas.
    void selectRequested(const QSet<qint64> &ids);
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillModels();
    QSet<qint64> chosenIds() const;
    void report(const QString &error, const QString &done);

    project::Project *m_project = nullptr;
    QUndoStack *m_undo = nullptr;
    std::optional<qint64> m_assetId;
    QSet<qint64> m_selection;
    QStringList m_extraFolders;
    std::unique_ptr<assist::ModelRunner> m_runner;
    QString m_runnerFile;

    QLabel *m_title = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_reject = nullptr;
    QPushButton *m_acceptAbove = nullptr;
    QDoubleSpinBox *m_threshold = nullptr;
    QPushButton *m_acceptRest = nullptr;
    QComboBox *m_models = nullptr;
    QPushButton *m_runButton = nullptr;
    QAction *m_run = nullptr;
    QAction *m_runRegion = nullptr;
};

} // namespace rwb::image
