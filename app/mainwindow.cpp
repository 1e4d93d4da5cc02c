#include "mainwindow.h"

#include "preferencesdialog.h"
#include "settings.h"
#include "shortcutmanager.h"

#include "evaluation/view/evaluationdashboard.h"
#include "exchange/labelschemafile.h"
#include "exchange/view/exchangeactions.h"
#include "knowledge/view/knowledgeworkspace.h"
#include "project/assetprobe.h"
#include "project/assetrelocator.h"
#include "project/commands/editassetcommand.h"
#include "project/commands/storecommand.h"
#include "project/jobs/importjob.h"
#include "project/jobs/jobmanager.h"
#include "project/jobs/spatialindexjob.h"
#include "project/models/assetlistmodel.h"
#include "project/project.h"
#include "project/storeerror.h"
#include "project/ui/assetbrowser.h"
#include "project/ui/jobpanel.h"
#include "project/ui/labelpalette.h"
#include "project/ui/labelschemadialog.h"
#include "project/ui/reviewpanel.h"
#include "project/ui/thumbnailcache.h"
#include "project/ui/welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDebug>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTranslator>
#include <QUndoStack>

namespace rwb::app {

using project::AssetStatus;

namespace {

constexpr int StatusMessageMs = 8000;

QString projectFilter()
{
    return MainWindow::tr("Resonance projects (*.rwb)");
}

} // namespace

MainWindow::MainWindow(Settings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_jobs(std::make_unique<project::JobManager>())
    , m_language(QStringLiteral("en"))
{
    setObjectName(QStringLiteral("MainWindow"));
    setDockNestingEnabled(true);

    m_central = new QStackedWidget(this);
    m_welcome = new project::WelcomePage(m_central);
    m_central->addWidget(m_welcome);
    setCentralWidget(m_central);
    connect(m_welcome, &project::WelcomePage::newProjectRequested, this, &MainWindow::newProjectDialog);
    connect(m_welcome, &project::WelcomePage::openProjectRequested, this, &MainWindow::openProjectDialog);
    connect(m_welcome, &project::WelcomePage::recentProjectChosen, this, &MainWindow::openProject);

    createActions();
    createMenus();
    createDocks();
    createKnowledgeWorkspace();
    createExchangeActions();
    createEvaluationDashboard();
    createStatusBar();

    // Every action with a key can be remapped (Preferences ▸ Keys); the names are what the
    // settings file stores, so they never change.
    const std::pair<QAction *, const char *> named[]
        = { { m_newAction, "main.new-project" }, { m_openAction, "main.open-project" },
              { m_importFilesAction, "main.import-files" }, { m_importFolderAction, "main.import-folder" },
              { m_closeAction, "main.close-project" }, { m_undoAction, "main.undo" }, { m_redoAction, "main.redo" },
              { m_previousAction, "main.previous" }, { m_nextAction, "main.next" }, { m_doneAction, "main.done" },
              { m_nextUnfinishedAction, "main.next-unfinished" }, { m_nextReviewAction, "main.next-review" },
              { m_acceptAction, "main.accept" }, { m_rejectAction, "main.reject" } };
    m_shortcuts = std::make_unique<ShortcutManager>(m_settings);
    QList<QAction *> keyed;
    for (const auto &[action, name] : named) {
        action->setObjectName(QLatin1String(name));
        keyed.append(action);
    }
    m_shortcuts->registerActions(keyed);
    auto reserveKeys = [this] {
        m_palette->setReservedShortcuts(
            { m_previousAction->shortcut(), m_nextAction->shortcut(), m_doneAction->shortcut() });
    };
    reserveKeys();
    connect(&m_settings, &Settings::shortcutsChanged, this, reserveKeys);

    connect(&m_settings, &Settings::recentProjectsChanged, this, &MainWindow::updateRecentMenu);
    connect(&m_settings, &Settings::languageChanged, this, &MainWindow::applyLanguage);
    connect(&m_settings, &Settings::thumbnailSizeChanged, m_browser, &project::AssetBrowser::setThumbnailSize);
    connect(&m_settings, &Settings::userNameChanged, this, [this](const QString &name) {
        if (m_project && name != m_project->userName())
            statusBar()->showMessage(tr("The new user name applies when a project is opened."), StatusMessageMs);
    });
    connect(m_jobs.get(), &project::JobManager::jobFinished, this, &MainWindow::onJobFinished);
    // Jobs that annotators start (OCR, pre-annotation) show like imports; the background
    // indexing job does not open the panel.
    connect(m_jobs.get(), &project::JobManager::jobAdded, this, [this](project::Job *job) {
        if (!qobject_cast<project::SpatialIndexJob *>(job))
            m_jobsDock->show();
    });

    m_browser->setThumbnailSize(m_settings.thumbnailSize());
    // A first start fills most of the screen: the canvas needs the room between the docks.
    const QSize screen = this->screen() ? this->screen()->availableGeometry().size() : QSize(1280, 800);
    const QSize first(std::max(1024, screen.width() * 9 / 10), std::max(700, screen.height() * 9 / 10));
    resize(first);
    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(first);
    restoreState(m_settings.windowState());

    retranslateUi();
    updateRecentMenu();
    updateActions();
}

MainWindow::~MainWindow()
{
    closeProject();
    m_jobPanel->setJobManager(nullptr);
    for (const auto &t : m_translators)
        QCoreApplication::removeTranslator(t.get());
}

// --- Projects -------------------------------------------------------------------------------

bool MainWindow::createProject(const QString &path, const QString &name)
{
    QString file = path;
    if (QFileInfo(file).suffix().compare(QLatin1String(project::Project::FileSuffix), Qt::CaseInsensitive) != 0)
        file += QLatin1Char('.') + QLatin1String(project::Project::FileSuffix);
    if (QFileInfo::exists(file)) {
        showError(tr("Cannot Create Project"),
            tr("\"%1\" already exists. Choose another name, or open it with File ▸ Open Project….")
                .arg(QDir::toNativeSeparators(file)));
        return false;
    }
    closeProject();
    try {
        const QString projectName = name.isEmpty() ? QFileInfo(file).completeBaseName() : name;
        project::Project::create(file, projectName, m_settings.userName());
    } catch (const project::StoreError &e) {
        showError(tr("Cannot Create Project"), e.message());
        return false;
    }
    return openProject(file);
}

bool MainWindow::openProject(const QString &path)
{
    const QString file = QFileInfo(path).absoluteFilePath();
    std::unique_ptr<project::Project> opened;
    try {
        opened = project::Project::open(file, m_settings.userName());
    } catch (const project::StoreError &e) {
        if (e.code() == project::StoreError::Code::NotFound)
            m_settings.removeRecentProject(file);
        showError(tr("Cannot Open Project"), e.message());
        return false;
    }
    closeProject();
    m_project = std::move(opened);
    m_undoStack = std::make_unique<QUndoStack>();
    connect(m_undoStack.get(), &QUndoStack::canUndoChanged, this, &MainWindow::updateUndoActions);
    connect(m_undoStack.get(), &QUndoStack::canRedoChanged, this, &MainWindow::updateUndoActions);
    connect(m_undoStack.get(), &QUndoStack::undoTextChanged, this, &MainWindow::updateUndoActions);
    connect(m_undoStack.get(), &QUndoStack::redoTextChanged, this, &MainWindow::updateUndoActions);

    project::ProjectSignals *n = m_project->notifier();
    m_projectConnections.append(
        connect(n, &project::ProjectSignals::assetsAdded, this, &MainWindow::updateStatusCounts));
    m_projectConnections.append(
        connect(n, &project::ProjectSignals::assetChanged, this, &MainWindow::updateStatusCounts));

    m_palette->setProject(m_project.get());
    m_reviewPanel->setProject(m_project.get(), m_undoStack.get());
    m_knowledge->setProject(m_project.get(), m_undoStack.get());
    m_evaluation->setProject(m_project.get(), m_jobs.get());
    m_browser->setProject(m_project.get()); // makes the first asset current, which opens it
    indexPendingExtents();

    m_settings.addRecentProject(file);
    m_settings.setLastFolder(QFileInfo(file).absolutePath());
    updateTitle();
    updateStatusCounts();
    updateActions();
    updateUndoActions();
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(file)), StatusMessageMs);
    emit projectOpened(file);
    return true;
}

void MainWindow::closeProject()
{
    if (!m_project)
        return;
    // Jobs write through their own connections: let them stop before the file is closed.
    m_jobs->cancelAll();
    m_jobs->waitForAll();
    m_importProjects.clear();
    closeAnnotator();
    for (const QMetaObject::Connection &c : std::as_const(m_projectConnections))
        disconnect(c);
    m_projectConnections.clear();
    m_browser->setProject(nullptr);
    m_palette->setProject(nullptr);
    m_reviewPanel->setProject(nullptr, nullptr);
    m_knowledge->setProject(nullptr, nullptr);
    m_evaluation->setProject(nullptr);
    m_undoStack.reset(); // its commands refer to the project's connection
    m_project.reset();
    m_central->setCurrentWidget(m_welcome);
    updateTitle();
    updateStatusCounts();
    updateActions();
    updateUndoActions();
    emit projectClosed();
}

// --- Assets ---------------------------------------------------------------------------------

project::Job *MainWindow::importFiles(const QStringList &inputs)
{
    if (!m_project || inputs.isEmpty())
        return nullptr;
    project::Job *job = m_jobs->start(std::make_unique<project::ImportJob>(*m_project, inputs));
    m_importProjects.insert(job, m_project->path());
    // Show assets batch by batch; a batch that commits before this connection is made is
    // announced with the rest when the job finishes.
    const QString projectPath = m_project->path();
    connect(
        static_cast<project::ImportJob *>(job), &project::ImportJob::batchCommitted, this,
        [this, projectPath](int count) {
            if (m_project && m_project->path() == projectPath)
                emit m_project->notifier()->assetsAdded(count);
        },
        Qt::QueuedConnection);
    m_jobsDock->show();
    return job;
}

bool MainWindow::openAsset(qint64 assetId)
{
    if (!m_project)
        return false;
    const std::optional<project::Asset> asset = m_project->assets().byId(assetId);
    if (!asset)
        return false;
    project::Annotator *annotator = m_annotators.annotatorFor(*asset);
    if (annotator == m_currentAnnotator && m_currentAssetId == assetId)
        return true;
    if (m_currentAnnotator && m_currentAnnotator != annotator)
        closeAnnotator();
    QWidget *page = annotator->widget();
    if (m_central->indexOf(page) < 0)
        m_central->addWidget(page);
    annotator->setJobManager(m_jobs.get());
    annotator->open(*m_project, *asset, m_undoStack.get());
    annotator->setCurrentClass(m_palette->currentClassId());
    if (m_currentAnnotator != annotator)
        connect(annotator, &project::Annotator::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, StatusMessageMs); });
    m_currentAnnotator = annotator;
    m_currentAssetId = assetId;
    registerAnnotatorKeys(annotator);
    m_central->setCurrentWidget(page);
    if (m_browser->currentAssetId() != assetId)
        m_browser->selectAsset(assetId);
    m_reviewPanel->setAsset(assetId);
    updateActions();
    prefetchNext();
    return true;
}

void MainWindow::prefetchNext()
{
    if (!m_project)
        return;
    const std::optional<qint64> next = m_browser->nextAssetId();
    if (!next)
        return;
    if (const std::optional<project::Asset> asset = m_project->assets().byId(*next))
        m_annotators.annotatorFor(*asset)->prefetch(*m_project, *asset);
}

bool MainWindow::openNextUnfinished()
{
    if (m_browser->selectNextWithStatus({ AssetStatus::Todo, AssetStatus::InProgress }))
        return true;
    statusBar()->showMessage(tr("Every asset is labeled: none is left to do or in progress."), StatusMessageMs);
    return false;
}

bool MainWindow::openNextNeedsReview()
{
    if (m_browser->selectNextWithStatus({ AssetStatus::NeedsReview }))
        return true;
    statusBar()->showMessage(tr("No other asset is waiting for review."), StatusMessageMs);
    return false;
}

QString MainWindow::relocateMissingFiles(const QString &folder)
{
    if (!m_project)
        return {};
    try {
        const project::AssetRelocator::Result result = project::AssetRelocator::relocateMissing(*m_project, folder);
        if (result.relocated > 0 && m_currentAssetId && m_currentAnnotator) {
            // The open asset may be one of them: show it from its new place.
            const qint64 id = *m_currentAssetId;
            closeAnnotator();
            openAsset(id);
        }
        return project::AssetRelocator::summary(result);
    } catch (const project::StoreError &e) {
        showError(tr("Cannot Change the Project"), e.message());
        return {};
    }
}

void MainWindow::relocateDialog()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Folder the Missing Files Are In Now"), m_project ? m_project->folder().absolutePath() : QString());
    if (folder.isEmpty())
        return;
    const QString summary = relocateMissingFiles(folder);
    if (!summary.isEmpty() && m_dialogsEnabled)
        QMessageBox::information(this, tr("Relocate Missing Files"), summary);
    statusBar()->showMessage(summary, StatusMessageMs);
}

void MainWindow::registerAnnotatorKeys(project::Annotator *annotator)
{
    if (annotator)
        m_shortcuts->registerActions(annotator->keyActions());
}

bool MainWindow::setCurrentAssetStatus(AssetStatus status)
{
    if (!m_project || !m_currentAssetId)
        return false;
    const std::optional<project::Asset> asset = m_project->assets().byId(*m_currentAssetId);
    if (!asset)
        return false;
    if (asset->status == status)
        return true;
    return push(project::EditAssetCommand::setStatus(m_project->connection(), *asset, status));
}

void MainWindow::closeAnnotator()
{
    if (m_currentAnnotator) {
        disconnect(m_currentAnnotator, &project::Annotator::statusMessage, this, nullptr);
        m_currentAnnotator->close();
    }
    m_currentAnnotator = nullptr;
    m_currentAssetId.reset();
}

bool MainWindow::push(QUndoCommand *command)
{
    m_undoStack->push(command);
    const QString error = project::StoreCommand::takeLastError();
    if (!error.isEmpty()) {
        showError(tr("Cannot Change the Project"), error);
        return false;
    }
    return true;
}

// --- Language -------------------------------------------------------------------------------

void MainWindow::applyLanguage(const QString &language)
{
    const QString resolved = Settings::resolveLanguage(language);
    bool changed = !m_translators.empty();
    for (const auto &t : m_translators)
        QCoreApplication::removeTranslator(t.get());
    m_translators.clear();
    QLocale::setDefault(resolved == QLatin1String("zh_CN") ? QLocale(QLocale::Chinese, QLocale::China)
                                                           : QLocale(QLocale::English, QLocale::UnitedStates));
    m_translators = m_translatorLoader ? m_translatorLoader(resolved) : loadTranslators(resolved);
    for (const auto &t : m_translators)
        changed = QCoreApplication::installTranslator(t.get()) || changed;
    m_language = resolved;
    if (!changed) {
        // No translator came or went (English without .qm files), but texts that follow the
        // locale (numbers, class titles) still have to be redone.
        QEvent event(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &event);
    }
}

void MainWindow::setTranslatorLoader(TranslatorLoader loader)
{
    m_translatorLoader = std::move(loader);
}

std::vector<std::unique_ptr<QTranslator>> MainWindow::loadTranslators(const QString &language)
{
    std::vector<std::unique_ptr<QTranslator>> out;
    auto own = std::make_unique<QTranslator>();
    if (own->load(QStringLiteral(":/i18n/resonance_%1.qm").arg(language)))
        out.push_back(std::move(own));
    if (language != QLatin1String("en")) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            out.push_back(std::move(qt));
    }
    return out;
}

bool MainWindow::isBusy() const
{
    return m_jobs->hasRunningJobs() || m_browser->thumbnails()->pendingCount() > 0
        || (m_currentAnnotator && m_currentAnnotator->isBusy()) || m_knowledge->isBusy();
}

// --- Events ---------------------------------------------------------------------------------

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_jobs->hasRunningJobs() && m_dialogsEnabled) {
        const auto answer = QMessageBox::question(this, tr("Jobs Are Running"),
            tr("Some jobs have not finished. Cancel them and quit? What they have done so far is kept."),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    closeProject();
    event->accept();
}

// --- Building the window --------------------------------------------------------------------

void MainWindow::createActions()
{
    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newProjectDialog);
    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openProjectDialog);
    m_importFilesAction = new QAction(this);
    m_importFilesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importFilesAction, &QAction::triggered, this, &MainWindow::importFilesDialog);
    m_importFolderAction = new QAction(this);
    m_importFolderAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    connect(m_importFolderAction, &QAction::triggered, this, &MainWindow::importFolderDialog);
    m_closeAction = new QAction(this);
    m_closeAction->setShortcut(QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeProject);
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    m_clearRecentAction = new QAction(this);
    connect(m_clearRecentAction, &QAction::triggered, &m_settings, &Settings::clearRecentProjects);

    m_undoAction = new QAction(this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    connect(m_undoAction, &QAction::triggered, this, [this] {
        if (m_undoStack)
            m_undoStack->undo();
        if (const QString error = project::StoreCommand::takeLastError(); !error.isEmpty())
            showError(tr("Cannot Undo"), error);
    });
    m_redoAction = new QAction(this);
    m_redoAction->setShortcut(QKeySequence::Redo);
    connect(m_redoAction, &QAction::triggered, this, [this] {
        if (m_undoStack)
            m_undoStack->redo();
        if (const QString error = project::StoreCommand::takeLastError(); !error.isEmpty())
            showError(tr("Cannot Redo"), error);
    });
    m_labelSchemaAction = new QAction(this);
    connect(m_labelSchemaAction, &QAction::triggered, this, &MainWindow::showLabelSchema);
    m_importSchemaAction = new QAction(this);
    connect(m_importSchemaAction, &QAction::triggered, this, &MainWindow::importLabelSchema);
    m_exportSchemaAction = new QAction(this);
    connect(m_exportSchemaAction, &QAction::triggered, this, &MainWindow::exportLabelSchema);
    m_preferencesAction = new QAction(this);
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);

    // Labeling keys (USER-STORIES.md, 1): one hand on A/D/Space, the other on the mouse.
    m_previousAction = new QAction(this);
    m_previousAction->setShortcut(QKeySequence(Qt::Key_A));
    connect(m_previousAction, &QAction::triggered, this, [this] { m_browser->selectPrevious(); });
    m_nextAction = new QAction(this);
    m_nextAction->setShortcut(QKeySequence(Qt::Key_D));
    connect(m_nextAction, &QAction::triggered, this, [this] { m_browser->selectNext(); });
    m_doneAction = new QAction(this);
    m_doneAction->setShortcut(QKeySequence(Qt::Key_Space));
    connect(m_doneAction, &QAction::triggered, this, [this] { setCurrentAssetStatus(AssetStatus::Done); });
    m_nextUnfinishedAction = new QAction(this);
    m_nextUnfinishedAction->setShortcut(QKeySequence(Qt::Key_N));
    connect(m_nextUnfinishedAction, &QAction::triggered, this, &MainWindow::openNextUnfinished);
    m_nextReviewAction = new QAction(this);
    m_nextReviewAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_N));
    connect(m_nextReviewAction, &QAction::triggered, this, &MainWindow::openNextNeedsReview);
    m_acceptAction = new QAction(this);
    m_acceptAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(m_acceptAction, &QAction::triggered, this, [this] { m_reviewPanel->decide(int(AssetStatus::Accepted)); });
    m_rejectAction = new QAction(this);
    m_rejectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Backspace));
    connect(m_rejectAction, &QAction::triggered, this, [this] { m_reviewPanel->decide(int(AssetStatus::Rejected)); });
    m_relocateAction = new QAction(this);
    connect(m_relocateAction, &QAction::triggered, this, &MainWindow::relocateDialog);

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_importFilesAction);
    m_fileMenu->addAction(m_importFolderAction);
    m_importSourcesEnd = m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_closeAction);
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_labelSchemaAction);
    m_editMenu->addAction(m_importSchemaAction);
    m_editMenu->addAction(m_exportSchemaAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_preferencesAction);

    m_assetMenu = menuBar()->addMenu(QString());
    m_assetMenu->addAction(m_previousAction);
    m_assetMenu->addAction(m_nextAction);
    m_assetMenu->addAction(m_nextUnfinishedAction);
    m_assetMenu->addAction(m_nextReviewAction);
    m_assetMenu->addSeparator();
    m_assetMenu->addAction(m_doneAction);
    m_assetMenu->addAction(m_acceptAction);
    m_assetMenu->addAction(m_rejectAction);
    m_assetMenu->addSeparator();
    m_assetMenu->addAction(m_relocateAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::createDocks()
{
    m_browser = new project::AssetBrowser(this);
    m_browserDock = new QDockWidget(this);
    m_browserDock->setObjectName(QStringLiteral("assetBrowserDock"));
    m_browserDock->setWidget(m_browser);
    addDockWidget(Qt::LeftDockWidgetArea, m_browserDock);
    connect(m_browser, &project::AssetBrowser::assetActivated, this, &MainWindow::openAsset);

    m_palette = new project::LabelPalette(this);
    m_palette->setReservedShortcuts(
        { m_previousAction->shortcut(), m_nextAction->shortcut(), m_doneAction->shortcut() });
    m_paletteDock = new QDockWidget(this);
    m_paletteDock->setObjectName(QStringLiteral("labelPaletteDock"));
    m_paletteDock->setWidget(m_palette);
    addDockWidget(Qt::RightDockWidgetArea, m_paletteDock);
    connect(m_palette, &project::LabelPalette::classChosen, this, [this](qint64 classId) {
        if (m_currentAnnotator)
            m_currentAnnotator->setCurrentClass(classId);
    });

    m_reviewPanel = new project::ReviewPanel(this);
    m_reviewDock = new QDockWidget(this);
    m_reviewDock->setObjectName(QStringLiteral("reviewDock"));
    m_reviewDock->setWidget(m_reviewPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_reviewDock);
    connect(m_reviewPanel, &project::ReviewPanel::failed, this,
        [this](const QString &message) { showError(tr("Cannot Change the Project"), message); });

    m_jobPanel = new project::JobPanel(this);
    m_jobPanel->setJobManager(m_jobs.get());
    m_jobsDock = new QDockWidget(this);
    m_jobsDock->setObjectName(QStringLiteral("jobsDock"));
    m_jobsDock->setWidget(m_jobPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_jobsDock);
    m_jobsDock->hide(); // until a job starts (or the saved window state says otherwise)
    connect(m_jobPanel, &project::JobPanel::activityChanged, this, &MainWindow::onJobActivity);

    resizeDocks({ m_browserDock, m_paletteDock }, { 340, 250 }, Qt::Horizontal);
    resizeDocks({ m_jobsDock }, { 140 }, Qt::Vertical);

    m_viewMenu->addAction(m_browserDock->toggleViewAction());
    m_viewMenu->addAction(m_paletteDock->toggleViewAction());
    m_viewMenu->addAction(m_reviewDock->toggleViewAction());
    m_viewMenu->addAction(m_jobsDock->toggleViewAction());
}

// The knowledge graph workspace: a page of the central area, reached from View ▸ Knowledge Graph.
void MainWindow::createKnowledgeWorkspace()
{
    m_knowledge = new knowledge::KnowledgeWorkspace(m_central);
    m_central->addWidget(m_knowledge);
    m_knowledge->setAssetProvider([this] { return m_currentAssetId; });
    connect(m_knowledge, &knowledge::KnowledgeWorkspace::openAssetRequested, this, &MainWindow::openAsset);
    connect(m_knowledge, &knowledge::KnowledgeWorkspace::statusMessage, this,
        [this](const QString &text) { statusBar()->showMessage(text, StatusMessageMs); });
    m_knowledgeAction = new QAction(this);
    m_knowledgeAction->setObjectName(QStringLiteral("main.knowledge-graph"));
    m_knowledgeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    connect(m_knowledgeAction, &QAction::triggered, this, &MainWindow::showKnowledgeGraph);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_knowledgeAction);
}

// Dataset export, import and publishing: File menu entries whose jobs run in the job panel.
void MainWindow::createExchangeActions()
{
    m_exchange = new exchange::ExchangeActions(*m_jobs, this);
    m_fileMenu->insertAction(m_closeAction, m_exchange->importAction());
    m_fileMenu->insertSeparator(m_closeAction);
    m_fileMenu->insertAction(m_closeAction, m_exchange->exportAction());
    m_fileMenu->insertAction(m_closeAction, m_exchange->publishAction());
    m_fileMenu->insertSeparator(m_closeAction);
    connect(this, &MainWindow::projectOpened, m_exchange, [this] { m_exchange->setProject(m_project.get()); });
    connect(this, &MainWindow::projectClosed, m_exchange, [this] { m_exchange->setProject(nullptr); });
    connect(m_exchange, &exchange::ExchangeActions::assetsImported, this, [this](int count) {
        if (!m_project)
            return;
        emit m_project->notifier()->assetsAdded(count);
        emit m_project->notifier()->labelSchemaChanged(); // classes may have been added
    });
    connect(m_exchange, &exchange::ExchangeActions::finished, this,
        [this](project::Job *, const QString &text, bool problem) {
            statusBar()->showMessage(text.section(QLatin1Char('\n'), 0, 0), StatusMessageMs);
            if (problem && m_dialogsEnabled)
                QMessageBox::warning(this, tr("Dataset"), text);
        });
    connect(m_exchange, &exchange::ExchangeActions::jobStarted, m_jobsDock, &QDockWidget::show);
}

// The evaluation dashboard: another page of the central area, reached from View ▸ Evaluation.
// Its rows open assets; its queues become the asset browser's queue filter.
void MainWindow::createEvaluationDashboard()
{
    m_evaluation = new evaluation::EvaluationDashboard(m_central);
    m_central->addWidget(m_evaluation);
    connect(m_evaluation, &evaluation::EvaluationDashboard::openAssetRequested, this, &MainWindow::openAsset);
    connect(m_evaluation, &evaluation::EvaluationDashboard::statusMessage, this,
        [this](const QString &text) { statusBar()->showMessage(text, StatusMessageMs); });
    connect(m_evaluation, &evaluation::EvaluationDashboard::queuesChanged, m_browser,
        &project::AssetBrowser::setLabelingQueues);
    connect(m_evaluation, &evaluation::EvaluationDashboard::applyQueueRequested, this, [this](qint64 queue) {
        project::AssetFilter f = m_browser->filter();
        f.labelingQueue = queue;
        f.sort = project::AssetFilter::Sort::QueueRank;
        f.descending = false;
        m_browser->setFilter(f);
        m_browserDock->show();
        m_browserDock->raise();
    });
    m_evaluationAction = new QAction(this);
    m_evaluationAction->setObjectName(QStringLiteral("main.evaluation"));
    m_evaluationAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_evaluationAction, &QAction::triggered, this, &MainWindow::showEvaluation);
    m_viewMenu->addAction(m_evaluationAction);
}

evaluation::EvaluationDashboard *MainWindow::showEvaluation()
{
    if (!m_project)
        return nullptr;
    m_central->setCurrentWidget(m_evaluation);
    return m_evaluation;
}

knowledge::KnowledgeWorkspace *MainWindow::showKnowledgeGraph()
{
    if (!m_project)
        return nullptr;
    m_central->setCurrentWidget(m_knowledge);
    return m_knowledge;
}

void MainWindow::createStatusBar()
{
    m_projectLabel = new QLabel(this);
    m_countLabel = new QLabel(this);
    m_userLabel = new QLabel(this);
    m_jobLabel = new QLabel(this);
    m_jobProgress = new QProgressBar(this);
    m_jobProgress->setMaximumWidth(160);
    m_jobProgress->setMaximumHeight(statusBar()->fontMetrics().height() + 4);
    m_jobProgress->setTextVisible(false);
    m_jobLabel->setVisible(false);
    m_jobProgress->setVisible(false);
    for (QLabel *label : { m_projectLabel, m_countLabel, m_userLabel, m_jobLabel })
        label->setContentsMargins(6, 0, 6, 0);
    statusBar()->addPermanentWidget(m_jobLabel);
    statusBar()->addPermanentWidget(m_jobProgress);
    statusBar()->addPermanentWidget(m_projectLabel);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_userLabel);
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_editMenu->setTitle(tr("&Edit"));
    m_assetMenu->setTitle(tr("&Asset"));
    m_viewMenu->setTitle(tr("&View"));
    m_knowledgeAction->setText(tr("&Knowledge Graph"));
    m_knowledgeAction->setStatusTip(tr("Edit the project's mechanism graph with its evidence"));
    m_exchange->retranslateUi();
    m_evaluationAction->setText(tr("&Evaluation"));
    m_evaluationAction->setStatusTip(tr("Evaluate a model run, diagnose the dataset and plan targeted labeling"));
    m_helpMenu->setTitle(tr("&Help"));

    m_newAction->setText(tr("&New Project…"));
    m_newAction->setStatusTip(tr("Create a project file"));
    m_openAction->setText(tr("&Open Project…"));
    m_openAction->setStatusTip(tr("Open a project file"));
    m_importFilesAction->setText(tr("&Import Files…"));
    m_importFilesAction->setStatusTip(tr("Add images, signals or documents to the project"));
    m_importFolderAction->setText(tr("Import &Folder…"));
    m_importFolderAction->setStatusTip(tr("Add every supported file of a folder and its subfolders"));
    for (const auto &[source, action] : m_importSources) {
        action->setText(source.title ? source.title() : source.name);
        action->setStatusTip(source.statusTip ? source.statusTip() : QString());
    }
    m_closeAction->setText(tr("&Close Project"));
    m_quitAction->setText(tr("&Quit"));
    m_clearRecentAction->setText(tr("&Clear List"));
    m_preferencesAction->setText(tr("&Preferences…"));
    m_labelSchemaAction->setText(tr("&Label Schema…"));
    m_labelSchemaAction->setStatusTip(tr("Edit the label classes and their attributes"));
    m_importSchemaAction->setText(tr("Import Label Schema…"));
    m_importSchemaAction->setStatusTip(tr("Merge label classes and attributes from a JSON file"));
    m_exportSchemaAction->setText(tr("Export Label Schema…"));
    m_exportSchemaAction->setStatusTip(tr("Save the label classes and attributes as a JSON file"));
    m_previousAction->setText(tr("&Previous Asset"));
    m_nextAction->setText(tr("&Next Asset"));
    m_doneAction->setText(tr("Mark as &Done"));
    m_doneAction->setStatusTip(tr("Set the status of the open asset to done"));
    m_nextUnfinishedAction->setText(tr("Next &Unfinished"));
    m_nextUnfinishedAction->setStatusTip(tr("Open the next asset still to do or in progress"));
    m_nextReviewAction->setText(tr("Next Needing &Review"));
    m_nextReviewAction->setStatusTip(tr("Open the next asset waiting for review"));
    m_acceptAction->setText(tr("&Accept"));
    m_acceptAction->setStatusTip(tr("Accept the open asset's labels as reviewer, with the comment typed"));
    m_rejectAction->setText(tr("Re&ject"));
    m_rejectAction->setStatusTip(tr("Reject the open asset's labels as reviewer, with the comment typed"));
    m_relocateAction->setText(tr("Re&locate Missing Files…"));
    m_relocateAction->setStatusTip(tr("Find moved files in a folder and point the project at them"));
    m_aboutAction->setText(tr("&About Resonance Workbench"));
    m_aboutQtAction->setText(tr("About &Qt"));

    m_browserDock->setWindowTitle(tr("Assets"));
    m_paletteDock->setWindowTitle(tr("Label Classes"));
    m_jobsDock->setWindowTitle(tr("Jobs"));
    m_reviewDock->setWindowTitle(tr("Review"));
    m_jobLabel->setToolTip(tr("Running jobs"));

    updateUndoActions();
    updateRecentMenu();
    updateTitle();
    updateStatusCounts();
}

void MainWindow::updateActions()
{
    const bool open = m_project != nullptr;
    m_knowledgeAction->setEnabled(open);
    m_evaluationAction->setEnabled(open);
    m_importFilesAction->setEnabled(open);
    m_importFolderAction->setEnabled(open);
    for (const auto &entry : m_importSources)
        entry.second->setEnabled(open);
    m_closeAction->setEnabled(open);
    m_labelSchemaAction->setEnabled(open);
    m_importSchemaAction->setEnabled(open);
    m_exportSchemaAction->setEnabled(open);
    m_previousAction->setEnabled(open);
    m_nextAction->setEnabled(open);
    m_doneAction->setEnabled(open && m_currentAssetId.has_value());
    m_nextUnfinishedAction->setEnabled(open);
    m_nextReviewAction->setEnabled(open);
    m_acceptAction->setEnabled(open && m_currentAssetId.has_value());
    m_rejectAction->setEnabled(open && m_currentAssetId.has_value());
    m_relocateAction->setEnabled(open);
}

void MainWindow::updateUndoActions()
{
    const QUndoStack *stack = m_undoStack.get();
    const bool canUndo = stack && stack->canUndo();
    const bool canRedo = stack && stack->canRedo();
    m_undoAction->setEnabled(canUndo);
    m_redoAction->setEnabled(canRedo);
    m_undoAction->setText(canUndo ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    m_redoAction->setText(canRedo ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
}

void MainWindow::updateTitle()
{
    const QString app = tr("Resonance Workbench");
    setWindowTitle(m_project ? tr("%1 — %2").arg(m_project->name(), app) : app);
}

void MainWindow::updateStatusCounts()
{
    if (!m_project) {
        m_projectLabel->clear();
        m_countLabel->clear();
        m_userLabel->clear();
        m_projectLabel->setVisible(false);
        m_countLabel->setVisible(false);
        m_userLabel->setVisible(false);
        return;
    }
    const QHash<AssetStatus, qint64> byStatus = m_project->assets().countByStatus();
    qint64 total = 0;
    for (qint64 n : byStatus)
        total += n;
    const qint64 done = byStatus.value(AssetStatus::Done) + byStatus.value(AssetStatus::Accepted);
    m_projectLabel->setText(m_project->name());
    m_projectLabel->setToolTip(QDir::toNativeSeparators(m_project->path()));
    m_countLabel->setText(tr("%n asset(s), %1 done", nullptr, int(total)).arg(QLocale().toString(done)));
    m_userLabel->setText(tr("User: %1").arg(m_project->userName()));
    m_projectLabel->setVisible(true);
    m_countLabel->setVisible(true);
    m_userLabel->setVisible(true);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_settings.recentProjects();
    for (int i = 0; i < recent.size(); ++i) {
        const QString &path = recent[i];
        const QString label = tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).completeBaseName());
        QAction *action = m_recentMenu->addAction(label, this, [this, path] { openProject(path); });
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setToolTip(QDir::toNativeSeparators(path));
    }
    if (!recent.isEmpty())
        m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecentAction);
    m_clearRecentAction->setEnabled(!recent.isEmpty());
    m_recentMenu->setEnabled(!recent.isEmpty());
    m_welcome->setRecentProjects(recent);
}

// --- Dialogs --------------------------------------------------------------------------------

void MainWindow::newProjectDialog()
{
    const QString file = QFileDialog::getSaveFileName(
        this, tr("New Project"), m_settings.lastFolder(), projectFilter(), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!file.isEmpty())
        createProject(file);
}

void MainWindow::openProjectDialog()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open Project"), m_settings.lastFolder(),
        projectFilter() + QStringLiteral(";;") + tr("All files (*)"));
    if (!file.isEmpty())
        openProject(file);
}

void MainWindow::importFilesDialog()
{
    if (!m_project)
        return;
    QStringList patterns;
    for (const QString &suffix : project::AssetProbeRegistry::suffixes())
        patterns.append(QStringLiteral("*.") + suffix);
    QString filter = tr("All files (*)");
    if (!patterns.isEmpty())
        filter = tr("Supported files (%1)").arg(patterns.join(QLatin1Char(' '))) + QStringLiteral(";;") + filter;
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import Files"), m_settings.lastFolder(), filter);
    if (files.isEmpty())
        return;
    m_settings.setLastFolder(QFileInfo(files.first()).absolutePath());
    importFiles(files);
}

void MainWindow::addImportSource(const project::ImportSource &source)
{
    auto *action = new QAction(this);
    action->setObjectName(source.name);
    connect(action, &QAction::triggered, this, [this, pick = source.pick] {
        if (!m_project || !pick)
            return;
        const QStringList files = pick(this, *m_project);
        if (!files.isEmpty())
            importFiles(files);
    });
    m_fileMenu->insertAction(m_importSourcesEnd, action);
    m_importSources.emplace_back(source, action);
    m_shortcuts->registerActions({ action });
    retranslateUi();
    updateActions();
}

void MainWindow::importFolderDialog()
{
    if (!m_project)
        return;
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import Folder"), m_settings.lastFolder());
    if (folder.isEmpty())
        return;
    m_settings.setLastFolder(folder);
    importFiles({ folder });
}

void MainWindow::showLabelSchema()
{
    if (!m_project)
        return;
    project::LabelSchemaDialog dialog(*m_project, *m_undoStack, this);
    dialog.exec();
}

void MainWindow::importLabelSchema()
{
    if (!m_project)
        return;
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Import Label Schema"), m_settings.lastFolder(), tr("Label schema (*.json);;All files (*)"));
    if (file.isEmpty())
        return;
    try {
        const auto r = exchange::LabelSchemaFile::read(m_project->labels(), file);
        statusBar()->showMessage(tr("%n class(es) added", nullptr, r.classesAdded) + QStringLiteral(", ")
                + tr("%n attribute(s) added", nullptr, r.attributesAdded),
            StatusMessageMs);
    } catch (const project::StoreError &e) {
        showError(tr("Cannot Import Label Schema"), e.message());
    }
}

void MainWindow::exportLabelSchema()
{
    if (!m_project)
        return;
    const QString file = QFileDialog::getSaveFileName(this, tr("Export Label Schema"),
        QDir(m_settings.lastFolder()).filePath(QStringLiteral("label-schema.json")), tr("Label schema (*.json)"));
    if (file.isEmpty())
        return;
    try {
        exchange::LabelSchemaFile::write(m_project->labels(), file);
        statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(file)), StatusMessageMs);
    } catch (const project::StoreError &e) {
        showError(tr("Cannot Export Label Schema"), e.message());
    }
}

void MainWindow::showPreferences()
{
    for (project::Annotator *annotator : m_annotators.annotators())
        registerAnnotatorKeys(annotator);
    PreferencesDialog dialog(m_settings, m_shortcuts.get(), this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Resonance Workbench"),
        tr("<h3>Resonance Workbench %1</h3>"
           "<p>An offline workbench for industrial datasets: label images, time series and documents, "
           "build knowledge graphs of industry mechanisms, and publish versioned datasets.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::showError(const QString &title, const QString &text)
{
    if (m_dialogsEnabled) {
        QMessageBox::critical(this, title, text);
        return;
    }
    qWarning().noquote() << title + QLatin1String(": ") + text;
    statusBar()->showMessage(text, StatusMessageMs);
}

// --- Jobs -----------------------------------------------------------------------------------

void MainWindow::indexPendingExtents()
{
    // Bulk writers (model runs, dataset imports) leave extents for the R*Tree to a job.
    if (!m_project || m_project->annotations().pendingExtentCount() == 0)
        return;
    m_jobs->start(std::make_unique<project::SpatialIndexJob>(*m_project));
}

void MainWindow::onJobFinished(project::Job *job)
{
    if (!qobject_cast<project::SpatialIndexJob *>(job))
        indexPendingExtents();
    const QString projectPath = m_importProjects.take(job);
    if (projectPath.isEmpty() || !m_project || m_project->path() != projectPath)
        return; // not an import, or its project was closed meanwhile
    if (auto *import = qobject_cast<project::ImportJob *>(job))
        onImportFinished(import);
}

void MainWindow::onImportFinished(project::ImportJob *job)
{
    const qint64 imported = job->importedCount();
    // The job wrote through its own connection: announce the new assets to the views.
    if (imported > 0)
        emit m_project->notifier()->assetsAdded(int(imported));

    const QList<project::ImportJob::Duplicate> duplicates = job->duplicates();
    const QList<project::JobError> errors = job->errors();
    QStringList summary { tr("%n file(s) imported.", nullptr, int(imported)) };
    if (!duplicates.isEmpty())
        summary.append(tr("%n duplicate(s) skipped.", nullptr, int(duplicates.size())));
    if (!errors.isEmpty())
        summary.append(tr("%n file(s) could not be imported.", nullptr, int(errors.size())));
    if (job->state() == project::Job::State::Cancelled)
        summary.append(tr("The import was cancelled."));
    statusBar()->showMessage(summary.join(QLatin1Char(' ')), StatusMessageMs);

    const bool failed = job->state() == project::Job::State::Failed;
    if ((duplicates.isEmpty() && errors.isEmpty() && !failed) || !m_dialogsEnabled) {
        emit importFinished(job);
        return;
    }
    QStringList details;
    for (const project::JobError &e : errors)
        details.append(tr("%1: %2").arg(QDir::toNativeSeparators(e.subject), e.message));
    for (const project::ImportJob::Duplicate &d : duplicates)
        details.append(d.existingUri.isEmpty()
                ? tr("%1: same content as another file of this import").arg(QDir::toNativeSeparators(d.file))
                : tr("%1: same content as %2").arg(QDir::toNativeSeparators(d.file), d.existingUri));
    auto *box = new QMessageBox(failed || !errors.isEmpty() ? QMessageBox::Warning : QMessageBox::Information,
        tr("Import Finished"), summary.join(QLatin1Char('\n')), QMessageBox::Ok, this);
    if (failed)
        box->setInformativeText(tr("The import failed: %1").arg(job->failureMessage()));
    box->setDetailedText(details.join(QLatin1Char('\n')));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    emit importFinished(job);
}

void MainWindow::onJobActivity(bool running, qint64 done, qint64 total, const QString &text)
{
    m_jobLabel->setVisible(running);
    m_jobProgress->setVisible(running);
    if (!running)
        return;
    m_jobLabel->setText(text);
    if (total > 0) {
        m_jobProgress->setRange(0, 1000);
        m_jobProgress->setValue(int(qMin<qint64>(1000, done * 1000 / total)));
    } else {
        m_jobProgress->setRange(0, 0);
    }
}

} // namespace rwb::app
