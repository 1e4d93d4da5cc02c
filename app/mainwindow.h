#pragma once

#include "project/projecttypes.h"
#include "project/ui/annotatorregistry.h"
#include "project/ui/importsource.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QStackedWidget;
class QTranslator;
class QUndoCommand;
class QUndoStack;

namespace rwb::project {
class AssetBrowser;
class ImportJob;
class Job;
class JobManager;
class JobPanel;
class LabelPalette;
class Project;
class ReviewPanel;
class WelcomePage;
} // namespace rwb::project

namespace rwb::knowledge {
class KnowledgeWorkspace;
}
namespace rwb::exchange {
class ExchangeActions;
}

namespace rwb::evaluation {
class EvaluationDashboard;
}

namespace rwb::app {

class Settings;
class ShortcutManager;

/// The main window: menus, docks (asset browser, label palette, jobs), the central area
/// (welcome page, or the annotator of the open asset) and the status bar. It wires the
/// project's parts together and holds no domain logic of its own.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// Makes the translators for a language ("zh_CN", "en"); see loadTranslators().
    using TranslatorLoader = std::function<std::vector<std::unique_ptr<QTranslator>>(const QString &language)>;

    explicit MainWindow(Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Creates the project file \a path (named \a name, or after the file) and opens it.
    bool createProject(const QString &path, const QString &name = {});
    /// Opens \a path, closing the open project first. Errors are shown to the user.
    bool openProject(const QString &path);
    /// Closes the open project (running jobs are cancelled) and shows the welcome page.
    void closeProject();
    project::Project *project() const { return m_project.get(); }
    /// The open project's undo stack (null when none is open).
    QUndoStack *undoStack() const { return m_undoStack.get(); }

    /// Imports files and folders into the open project as a job; null when no project is open.
    project::Job *importFiles(const QStringList &inputs);

    /// Shows asset \a assetId in the central area with the annotator the registry picks.
    bool openAsset(qint64 assetId);
    std::optional<qint64> currentAssetId() const { return m_currentAssetId; }
    project::Annotator *currentAnnotator() const { return m_currentAnnotator; }
    /// Sets the open asset's status through the undo stack.
    bool setCurrentAssetStatus(project::AssetStatus status);

    /// Switches the UI language at once ("zh_CN", "en"; empty: the system's) without saving it.
    void applyLanguage(const QString &language);
    /// The language in use ("zh_CN" or "en").
    QString language() const { return m_language; }
    /// Replaces how translators are made (tests); applies to the next applyLanguage().
    void setTranslatorLoader(TranslatorLoader loader);
    /// The application's translation (:/i18n/resonance_<language>.qm) and Qt's own (qtbase).
    static std::vector<std::unique_ptr<QTranslator>> loadTranslators(const QString &language);

    /// Errors go to the status bar and stderr instead of message boxes (--screenshot, tests).
    void setDialogsEnabled(bool enabled) { m_dialogsEnabled = enabled; }
    /// Whether jobs, thumbnails or the annotator are still loading.
    bool isBusy() const;

    project::AnnotatorRegistry &annotators() { return m_annotators; }
    /// Adds a File menu entry that imports what \a source picks.
    void addImportSource(const project::ImportSource &source);
    project::AssetBrowser *assetBrowser() const { return m_browser; }
    project::LabelPalette *labelPalette() const { return m_palette; }
    project::JobPanel *jobPanel() const { return m_jobPanel; }
    project::ReviewPanel *reviewPanel() const { return m_reviewPanel; }
    ShortcutManager *shortcuts() const { return m_shortcuts.get(); }
    /// Opens the next asset still to do or in progress (wrapping round); false when none is left.
    bool openNextUnfinished();
    /// Opens the next asset waiting for review; false when none is.
    bool openNextNeedsReview();
    /// Re-points the assets whose files are missing at copies found under \a folder.
    QString relocateMissingFiles(const QString &folder);
    project::JobManager *jobManager() const { return m_jobs.get(); }
    /// Shows the "Knowledge Graph" workspace of the open project in the central area.
    knowledge::KnowledgeWorkspace *showKnowledgeGraph();
    knowledge::KnowledgeWorkspace *knowledgeWorkspace() const { return m_knowledge; }
    /// Shows the evaluation dashboard of the open project in the central area.
    evaluation::EvaluationDashboard *showEvaluation();
    evaluation::EvaluationDashboard *evaluationDashboard() const { return m_evaluation; }
    QMenu *fileMenu() const { return m_fileMenu; }
    exchange::ExchangeActions *exchangeActions() const { return m_exchange; }

signals:
    void projectOpened(const QString &path);
    void projectClosed();
    void importFinished(rwb::project::Job *job);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void createKnowledgeWorkspace();
    void createExchangeActions(); // File ▸ Export / Import / Publish Dataset (issue 9)
    void createEvaluationDashboard();
    void createStatusBar();
    void retranslateUi();
    void updateActions();
    void updateTitle();
    void updateStatusCounts();
    void updateRecentMenu();
    void updateUndoActions();

    void newProjectDialog();
    void openProjectDialog();
    void importFilesDialog();
    void importFolderDialog();
    void showPreferences();
    void showAbout();
    void onJobFinished(project::Job *job);
    void indexPendingExtents();
    void showLabelSchema();
    void importLabelSchema();
    void exportLabelSchema();
    void onImportFinished(project::ImportJob *job);
    void onJobActivity(bool running, qint64 done, qint64 total, const QString &text);
    bool push(QUndoCommand *command);
    void showError(const QString &title, const QString &text);
    void closeAnnotator();
    void prefetchNext();
    void relocateDialog();
    void registerAnnotatorKeys(project::Annotator *annotator);

    Settings &m_settings;
    std::unique_ptr<project::Project> m_project;
    std::unique_ptr<QUndoStack> m_undoStack; ///< declared after m_project: goes first
    std::unique_ptr<project::JobManager> m_jobs;
    project::AnnotatorRegistry m_annotators;
    project::Annotator *m_currentAnnotator = nullptr;
    std::optional<qint64> m_currentAssetId;
    QHash<const project::Job *, QString> m_importProjects; ///< import job → project file
    QList<QMetaObject::Connection> m_projectConnections;
    std::unique_ptr<ShortcutManager> m_shortcuts;

    QString m_language;
    std::vector<std::unique_ptr<QTranslator>> m_translators;
    TranslatorLoader m_translatorLoader;
    bool m_dialogsEnabled = true;

    QStackedWidget *m_central = nullptr;
    project::WelcomePage *m_welcome = nullptr;
    project::AssetBrowser *m_browser = nullptr;
    project::LabelPalette *m_palette = nullptr;
    project::JobPanel *m_jobPanel = nullptr;
    project::ReviewPanel *m_reviewPanel = nullptr;
    QDockWidget *m_reviewDock = nullptr;
    QDockWidget *m_browserDock = nullptr;
    QDockWidget *m_paletteDock = nullptr;
    QDockWidget *m_jobsDock = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_assetMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_importFilesAction = nullptr;
    QAction *m_importFolderAction = nullptr;
    std::vector<std::pair<project::ImportSource, QAction *>> m_importSources;
    QAction *m_importSourcesEnd = nullptr; ///< the separator after the import entries
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_labelSchemaAction = nullptr;
    QAction *m_importSchemaAction = nullptr;
    QAction *m_exportSchemaAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_doneAction = nullptr;
    QAction *m_nextUnfinishedAction = nullptr;
    QAction *m_nextReviewAction = nullptr;
    QAction *m_acceptAction = nullptr;
    QAction *m_rejectAction = nullptr;
    QAction *m_relocateAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QAction *m_clearRecentAction = nullptr;
    knowledge::KnowledgeWorkspace *m_knowledge = nullptr;
    exchange::ExchangeActions *m_exchange = nullptr;
    QAction *m_knowledgeAction = nullptr;
    evaluation::EvaluationDashboard *m_evaluation = nullptr;
    QAction *m_evaluationAction = nullptr;

    QLabel *m_projectLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_jobLabel = nullptr;
    QProgressBar *m_jobProgress = nullptr;
};

} // namespace rwb::app
