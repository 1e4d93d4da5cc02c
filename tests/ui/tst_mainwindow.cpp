// The main window as a user drives it: create a project, import images, browse, mark an
// asset done with Space and undo it, move with A/D, switch the language, recent projects.
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "settings.h"
#include "shortcutmanager.h"

#include "project/assetprobe.h"
#include "project/jobs/importjob.h"
#include "project/models/assetlistmodel.h"
#include "project/models/labelclassmodel.h"
#include "project/project.h"
#include "project/ui/assetbrowser.h"
#include "project/ui/assetoverview.h"
#include "project/ui/assetoverviewwidget.h"
#include "project/ui/labelpalette.h"
#include "project/ui/reviewpanel.h"
#include "widgets/elidedlabel.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>
#include <QUndoStack>

using namespace rwb;
using project::AssetStatus;

namespace {

/// Stands in for the image module's probe, which the composition root registers.
class PngProbe : public project::AssetProbe
{
public:
    QStringList suffixes() const override { return { QStringLiteral("png") }; }
    project::ProbeResult probe(const QString &path) const override
    {
        project::ProbeResult r;
        QImageReader reader(path);
        const QSize size = reader.size();
        if (!reader.canRead() || !size.isValid()) {
            r.error = QStringLiteral("not a PNG image");
            return r;
        }
        r.kind = project::AssetKind::Image;
        r.mediaType = QStringLiteral("image/png");
        r.width = size.width();
        r.height = size.height();
        r.bitDepth = 8;
        return r;
    }
};

/// Translates only the File menu's title, to a marker: enough to see retranslation happen.
class MarkerTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *source, const char *, int) const override
    {
        return qstrcmp(source, "&File") == 0 ? QStringLiteral("[zh] File") : QString();
    }
};

/// The stored status of an asset, as the project file names it ("todo", "done"…).
QString statusOf(app::MainWindow &window, qint64 assetId)
{
    return project::toString(window.project()->assets().byId(assetId)->status);
}

void writePng(const QString &path, const QColor &color)
{
    QImage image(96, 64, QImage::Format_RGB32);
    image.fill(color);
    QPainter p(&image);
    p.setPen(QPen(Qt::white, 3));
    p.drawLine(10, 50, 80, 12); // a "scratch"
    p.end();
    QVERIFY(image.save(path, "PNG"));
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_images;

private slots:
    void initTestCase()
    {
        qRegisterMetaType<project::Job *>();
        project::AssetProbeRegistry::add(std::make_shared<PngProbe>());
        QVERIFY(m_dir.isValid());
        m_images = m_dir.filePath(QStringLiteral("images"));
        QVERIFY(QDir().mkpath(m_images));
        writePng(m_images + QStringLiteral("/a_strip.png"), QColor(0x40, 0x40, 0x48));
        writePng(m_images + QStringLiteral("/b_strip.png"), QColor(0x60, 0x50, 0x40));
        writePng(m_images + QStringLiteral("/c_strip.png"), QColor(0x30, 0x50, 0x60));
        QVERIFY(QFile::copy(m_images + QStringLiteral("/a_strip.png"), m_images + QStringLiteral("/d_copy.png")));
        QFile broken(m_images + QStringLiteral("/e_broken.png"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("not an image");
    }

    void labelingSession()
    {
        app::Settings settings(m_dir.filePath(QStringLiteral("session.ini")));
        app::MainWindow window(settings);
        window.setDialogsEnabled(false);
        window.setTranslatorLoader([](const QString &language) {
            std::vector<std::unique_ptr<QTranslator>> out;
            if (language == QLatin1String("zh_CN"))
                out.push_back(std::make_unique<MarkerTranslator>());
            return out;
        });
        window.applyLanguage(QStringLiteral("en"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.fileMenu()->title(), QStringLiteral("&File"));

        // Create a project: it opens, names the window and joins the recent projects.
        const QString path = m_dir.filePath(QStringLiteral("strip-defects.rwb"));
        QVERIFY(window.createProject(path));
        QVERIFY(window.project());
        QVERIFY(window.windowTitle().contains(QStringLiteral("strip-defects")));
        QCOMPARE(settings.recentProjects(), QStringList { path });

        // Import the folder: three images, one duplicate, one unreadable file.
        QSignalSpy imported(&window, &app::MainWindow::importFinished);
        auto *job = qobject_cast<project::ImportJob *>(window.importFiles({ m_images }));
        QVERIFY(job);
        QVERIFY(imported.wait(20000));
        QCOMPARE(job->importedCount(), 3);
        QCOMPARE(job->duplicates().size(), 1);
        QCOMPARE(job->errors().size(), 1);
        QVERIFY(window.statusBar()->currentMessage().startsWith(QStringLiteral("3 file")));

        // The browser lists them, and the first becomes the open asset.
        project::AssetBrowser *browser = window.assetBrowser();
        QTRY_COMPARE(browser->model()->rowCount(), 3);
        QTRY_VERIFY(window.currentAssetId().has_value());
        QCOMPARE(*window.currentAssetId(), browser->model()->assetAt(0)->id);

        // Click the second asset in the list view: the overview annotator shows it.
        browser->setViewMode(project::AssetBrowser::ViewMode::List);
        QAbstractItemView *view = browser->currentView();
        const QModelIndex second = view->model()->index(1, 0);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(second).center());
        const qint64 secondId = browser->model()->assetAt(1)->id;
        QTRY_COMPARE(window.currentAssetId().value_or(-1), secondId);
        QVERIFY(window.currentAnnotator());
        QCOMPARE(window.currentAnnotator()->id(), QStringLiteral("overview"));
        auto *overview = qobject_cast<project::AssetOverview *>(window.currentAnnotator());
        QVERIFY(overview && overview->page());
        QVERIFY(overview->page()->isVisible());
        auto *title = overview->page()->findChild<widgets::ElidedLabel *>(QStringLiteral("overviewTitle"));
        QVERIFY(title);
        QCOMPARE(title->text(), QStringLiteral("b_strip.png"));
        auto *pathLabel = overview->page()->findChild<widgets::ElidedLabel *>(QStringLiteral("overviewPath"));
        QVERIFY(pathLabel && pathLabel->text().endsWith(QStringLiteral("images/b_strip.png")));
        QTRY_VERIFY(overview->page()->hasImagePreview());

        // Space marks it done; undo takes it back.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_Space);
        QCOMPARE(statusOf(window, secondId), project::toString(AssetStatus::Done));
        QCOMPARE(browser->model()->index(1, project::AssetListModel::StatusColumn).data().toString(),
            project::displayName(AssetStatus::Done));
        auto *status = overview->page()->findChild<QLabel *>(QStringLiteral("overviewStatus"));
        QVERIFY(status && status->text().contains(project::displayName(AssetStatus::Done)));
        QVERIFY(window.undoStack()->canUndo());
        QTest::keySequence(&window, QKeySequence::Undo);
        QCOMPARE(statusOf(window, secondId), project::toString(AssetStatus::Todo));
        QTest::keySequence(&window, QKeySequence::Redo);
        QCOMPARE(statusOf(window, secondId), project::toString(AssetStatus::Done));
        window.undoStack()->undo();

        // D and A move through the list.
        QTest::keyClick(&window, Qt::Key_D);
        QCOMPARE(window.currentAssetId().value_or(-1), browser->model()->assetAt(2)->id);
        QTest::keyClick(&window, Qt::Key_A);
        QTest::keyClick(&window, Qt::Key_A);
        QCOMPARE(window.currentAssetId().value_or(-1), browser->model()->assetAt(0)->id);
        QCOMPARE(title->text(), QStringLiteral("a_strip.png"));

        // Showing only "to do" assets: the open one, once done, gives way to the next.
        project::AssetFilter todo;
        todo.status = AssetStatus::Todo;
        browser->setFilter(todo);
        QCOMPARE(browser->model()->rowCount(), 3);
        QTest::keyClick(&window, Qt::Key_Space);
        QTRY_COMPARE(browser->model()->rowCount(), 2);
        QTRY_COMPARE(window.currentAssetId().value_or(-1), secondId);
        browser->setFilter({});

        // A class shortcut chooses the class in the palette.
        project::LabelClass scratch;
        scratch.name = QStringLiteral("scratches");
        scratch.titleZh = QStringLiteral("划痕");
        scratch.shortcut = QStringLiteral("1");
        window.project()->labels().addClass(scratch);
        QCOMPARE(window.labelPalette()->model()->classCount(), 1);
        QSignalSpy chosen(window.labelPalette(), &project::LabelPalette::classChosen);
        QTest::keyClick(&window, Qt::Key_1);
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.first().first().toLongLong(), scratch.id);

        // Switching the language retranslates at once, and back.
        settings.setLanguage(QStringLiteral("zh_CN"));
        QCOMPARE(window.language(), QStringLiteral("zh_CN"));
        QTRY_COMPARE(window.fileMenu()->title(), QStringLiteral("[zh] File"));
        QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("[zh] File"));
        settings.setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(window.fileMenu()->title(), QStringLiteral("&File"));

        // A second project goes first in the recent list; the welcome page lists both.
        const QString other = m_dir.filePath(QStringLiteral("castings.rwb"));
        QVERIFY(window.createProject(other));
        QCOMPARE(settings.recentProjects(), (QStringList { other, path }));
        QCOMPARE(window.assetBrowser()->model()->rowCount(), 0);
        QVERIFY(!window.currentAssetId());
        window.closeProject();
        QVERIFY(!window.project());
        auto *recent = window.findChild<QListWidget *>(QStringLiteral("welcomeRecent"));
        QVERIFY(recent && recent->isVisible());
        QCOMPARE(recent->count(), 2);

        // Reopening brings the work back and the file to the top.
        QVERIFY(window.openProject(path));
        QCOMPARE(settings.recentProjects(), (QStringList { path, other }));
        QCOMPARE(window.project()->assets().count(), 3);
        QCOMPARE(statusOf(window, browser->model()->assetAt(0)->id), project::toString(AssetStatus::Done));
        QVERIFY(!window.undoStack()->canUndo()); // one undo stack per opened project
    }

    void refusesBadFiles()
    {
        app::Settings settings(m_dir.filePath(QStringLiteral("bad.ini")));
        app::MainWindow window(settings);
        window.setDialogsEnabled(false);
        const QString notAProject = m_images + QStringLiteral("/a_strip.png");
        QVERIFY(!window.openProject(notAProject));
        QVERIFY(!window.project());
        QVERIFY(!window.openProject(m_dir.filePath(QStringLiteral("missing.rwb"))));
        QVERIFY(settings.recentProjects().isEmpty());
        // Creating over an existing file is refused, the file left alone.
        const QString existing = m_dir.filePath(QStringLiteral("existing.rwb"));
        {
            QFile f(existing);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("precious");
        }
        QVERIFY(!window.createProject(existing));
        QFile f(existing);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("precious"));
    }

    void preferences()
    {
        app::Settings settings(m_dir.filePath(QStringLiteral("prefs.ini")));
        app::MainWindow window(settings);
        int translatorsMade = 0;
        window.setTranslatorLoader([&translatorsMade](const QString &) {
            ++translatorsMade;
            return std::vector<std::unique_ptr<QTranslator>>();
        });
        app::PreferencesDialog dialog(settings, &window);
        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("zh_CN")));
        dialog.userNameEdit()->setText(QStringLiteral("inspector"));
        dialog.thumbnailSizeBox()->setValue(200);
        dialog.apply();
        QCOMPARE(settings.language(), QStringLiteral("zh_CN"));
        QCOMPARE(settings.userName(), QStringLiteral("inspector"));
        QCOMPARE(settings.thumbnailSize(), 200);
        QCOMPARE(window.language(), QStringLiteral("zh_CN")); // applied at once
        QCOMPARE(translatorsMade, 1);
        QCOMPARE(window.assetBrowser()->thumbnailSize(), 200);
        QVERIFY(window.createProject(m_dir.filePath(QStringLiteral("prefs.rwb"))));
        QCOMPARE(window.project()->userName(), QStringLiteral("inspector"));
        window.applyLanguage(QStringLiteral("en"));
    }

    void settingsRoundTrip()
    {
        const QString ini = m_dir.filePath(QStringLiteral("settings.ini"));
        {
            app::Settings s(ini);
            QCOMPARE(s.language(), QString());
            QCOMPARE(s.thumbnailSize(), app::Settings::DefaultThumbnailSize);
            QSignalSpy languageChanged(&s, &app::Settings::languageChanged);
            s.setLanguage(QStringLiteral("zh_CN"));
            s.setLanguage(QStringLiteral("klingon")); // unknown: the system's
            QCOMPARE(languageChanged.size(), 2);
            s.setLanguage(QStringLiteral("en"));
            s.setThumbnailSize(5000);
            QCOMPARE(s.thumbnailSize(), app::Settings::MaxThumbnailSize);
            s.setUserName(QStringLiteral("  li.wei  "));
            for (int i = 0; i < 12; ++i)
                s.addRecentProject(m_dir.filePath(QStringLiteral("p%1.rwb").arg(i)));
            s.addRecentProject(m_dir.filePath(QStringLiteral("p3.rwb")));
            s.sync();
        }
        app::Settings s(ini);
        QCOMPARE(s.language(), QStringLiteral("en"));
        QCOMPARE(s.userName(), QStringLiteral("li.wei"));
        QCOMPARE(s.thumbnailSize(), app::Settings::MaxThumbnailSize);
        const QStringList recent = s.recentProjects();
        QCOMPARE(recent.size(), app::Settings::MaxRecentProjects);
        QCOMPARE(recent.first(), m_dir.filePath(QStringLiteral("p3.rwb")));
        QCOMPARE(recent.at(1), m_dir.filePath(QStringLiteral("p11.rwb")));
        QCOMPARE(recent.count(m_dir.filePath(QStringLiteral("p3.rwb"))), 1);
    }

    void reviewWorkflowAndNavigation()
    {
        app::Settings settings(m_dir.filePath(QStringLiteral("review.ini")));
        app::MainWindow window(settings);
        window.setDialogsEnabled(false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.createProject(m_dir.filePath(QStringLiteral("review.rwb"))));
        QSignalSpy imported(&window, &app::MainWindow::importFinished);
        QVERIFY(window.importFiles({ m_images }));
        QVERIFY(imported.wait(20000));
        project::AssetBrowser *browser = window.assetBrowser();
        QTRY_COMPARE(browser->model()->rowCount(), 3);
        QTRY_VERIFY(window.currentAssetId().has_value());
        const qint64 a = browser->model()->assetAt(0)->id;
        const qint64 b = browser->model()->assetAt(1)->id;
        const qint64 c = browser->model()->assetAt(2)->id;
        QCOMPARE(*window.currentAssetId(), a);

        // a and c need review, b is done: "next needing review" skips b and wraps round.
        project::Project *p = window.project();
        for (qint64 id : { a, c }) {
            project::Asset asset = *p->assets().byId(id);
            asset.status = AssetStatus::NeedsReview;
            p->assets().update(asset);
        }
        {
            project::Asset asset = *p->assets().byId(b);
            asset.status = AssetStatus::Done;
            p->assets().update(asset);
        }
        QVERIFY(window.openNextNeedsReview());
        QCOMPARE(*window.currentAssetId(), c);
        QVERIFY(window.openNextNeedsReview());
        QCOMPARE(*window.currentAssetId(), a);

        // The review panel follows the open asset; Reject records reviewer and comment.
        project::ReviewPanel *review = window.reviewPanel();
        QCOMPARE(review->assetId(), std::optional<qint64>(a));
        review->commentEdit()->setPlainText(QStringLiteral("scratch at the left edge is not labeled"));
        QVERIFY(review->decide(int(AssetStatus::Rejected)));
        const project::Asset rejected = *p->assets().byId(a);
        QCOMPARE(int(rejected.status), int(AssetStatus::Rejected));
        QCOMPARE(rejected.reviewComment, QStringLiteral("scratch at the left edge is not labeled"));
        QCOMPARE(rejected.reviewer, p->userId());
        QVERIFY(p->userId().has_value());
        window.undoStack()->undo();
        QCOMPARE(int(p->assets().byId(a)->status), int(AssetStatus::NeedsReview));
        QVERIFY(p->assets().byId(a)->reviewComment.isEmpty());
        QCOMPARE(review->statusBox()->currentData().toInt(), int(AssetStatus::NeedsReview));
        window.undoStack()->redo();
        QCOMPARE(review->statusBox()->currentData().toInt(), int(AssetStatus::Rejected));

        // "Next unfinished": only a rejected, a done and c needing review: nothing to do.
        QVERIFY(!window.openNextUnfinished());
        project::Asset todo = *p->assets().byId(b);
        todo.status = AssetStatus::Todo;
        p->assets().update(todo);
        // Even a status filter hiding it does not stop N from reaching it.
        project::AssetFilter onlyRejected;
        onlyRejected.status = AssetStatus::Rejected;
        browser->setFilter(onlyRejected);
        QVERIFY(window.openNextUnfinished());
        QCOMPARE(*window.currentAssetId(), b);
        QVERIFY(!browser->filter().status.has_value());

        // Thumbnails carry the number of annotations.
        project::Annotation box;
        box.assetId = b;
        box.kind = QStringLiteral("box");
        box.geometry = { { QStringLiteral("x"), 1 }, { QStringLiteral("y"), 1 }, { QStringLiteral("w"), 5 },
            { QStringLiteral("h"), 5 } };
        p->annotations().add(box);
        QTRY_COMPARE(browser->model()->indexOfAsset(b).data(project::AssetListModel::CountTextRole).toString(),
            QStringLiteral("1"));
        QVERIFY(browser->model()->indexOfAsset(a).data(project::AssetListModel::CountTextRole).toString().isEmpty());
    }

    void relocateMissingFiles()
    {
        app::Settings settings(m_dir.filePath(QStringLiteral("relocate.ini")));
        app::MainWindow window(settings);
        window.setDialogsEnabled(false);
        const QString folder = m_dir.filePath(QStringLiteral("reloc"));
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/old")));
        writePng(folder + QStringLiteral("/old/r1.png"), QColor(10, 20, 30));
        writePng(folder + QStringLiteral("/old/r2.png"), QColor(30, 20, 10));
        QVERIFY(window.createProject(folder + QStringLiteral("/reloc.rwb")));
        QSignalSpy imported(&window, &app::MainWindow::importFinished);
        QVERIFY(window.importFiles({ folder + QStringLiteral("/old") }));
        QVERIFY(imported.wait(20000));
        // The folder moves; r2 is replaced by a different picture of the same name.
        QVERIFY(QDir(folder).rename(QStringLiteral("old"), QStringLiteral("new")));
        QVERIFY(QFile::remove(folder + QStringLiteral("/new/r2.png")));
        writePng(folder + QStringLiteral("/new/r2.png"), QColor(200, 0, 0));
        const QString summary = window.relocateMissingFiles(folder + QStringLiteral("/new"));
        QVERIFY2(summary.contains(QStringLiteral("1 of 2")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("r2.png")), qPrintable(summary));
        int found = 0;
        for (const project::Asset &asset : window.project()->assets().list({})) {
            if (asset.uri == QStringLiteral("new/r1.png"))
                ++found;
            QVERIFY(asset.uri != QStringLiteral("new/r2.png")); // other content: left alone
        }
        QCOMPARE(found, 1);
    }

    /// A module's import source gets a File menu entry that imports what it picks.
    void importSourceMenuEntry()
    {
        app::Settings settings(m_dir.filePath(QStringLiteral("source.ini")));
        app::MainWindow window(settings);
        window.setDialogsEnabled(false);
        const QString folder = m_dir.filePath(QStringLiteral("source"));
        QVERIFY(QDir().mkpath(folder));
        writePng(folder + QStringLiteral("/picked.png"), QColor(1, 2, 3));
        int asked = 0;
        window.addImportSource({ QStringLiteral("test.import-picked"), [] { return QStringLiteral("Import Picked"); },
            [] { return QStringLiteral("tip"); },
            [&](QWidget *, const project::Project &) {
                ++asked;
                return QStringList { folder + QStringLiteral("/picked.png") };
            } });
        QAction *entry = window.findChild<QAction *>(QStringLiteral("test.import-picked"));
        QVERIFY(entry);
        QCOMPARE(entry->text(), QStringLiteral("Import Picked"));
        QVERIFY(!entry->isEnabled()); // no project yet
        QVERIFY(window.createProject(folder + QStringLiteral("/source.rwb")));
        QVERIFY(entry->isEnabled());
        QSignalSpy imported(&window, &app::MainWindow::importFinished);
        entry->trigger();
        QCOMPARE(asked, 1);
        QVERIFY(imported.wait(20000));
        QCOMPARE(window.project()->assets().count(), 1);
    }

    void remappedKeys()
    {
        const QString ini = m_dir.filePath(QStringLiteral("keys.ini"));
        app::Settings settings(ini);
        app::MainWindow window(settings);
        app::ShortcutManager *shortcuts = window.shortcuts();
        QAction *next = nullptr;
        QAction *previous = nullptr;
        for (QAction *a : shortcuts->actions()) {
            if (a->objectName() == QLatin1String("main.next"))
                next = a;
            if (a->objectName() == QLatin1String("main.previous"))
                previous = a;
        }
        QVERIFY(next && previous);
        QCOMPARE(next->shortcut(), QKeySequence(Qt::Key_D));

        app::PreferencesDialog dialog(settings, shortcuts, &window);
        QVERIFY(dialog.keyList()->topLevelItemCount() >= 10);
        // Two actions on one key: shown, and OK refuses until it is resolved.
        dialog.setKey(next, QKeySequence(Qt::Key_A));
        QVERIFY(dialog.conflictText().contains(QStringLiteral("A")));
        dialog.setKey(next, QKeySequence(Qt::Key_Right));
        QVERIFY(dialog.conflictText().isEmpty());
        dialog.apply();
        QCOMPARE(next->shortcut(), QKeySequence(Qt::Key_Right));
        QCOMPARE(settings.shortcutOverrides().value(QStringLiteral("main.next")), QKeySequence(Qt::Key_Right));
        settings.sync();

        // A new window (the next start) has the user's key; defaults come back on request.
        app::Settings again(ini);
        app::MainWindow second(again);
        for (QAction *a : second.shortcuts()->actions()) {
            if (a->objectName() == QLatin1String("main.next")) {
                QCOMPARE(a->shortcut(), QKeySequence(Qt::Key_Right));
                QCOMPARE(app::ShortcutManager::defaultShortcut(a), QKeySequence(Qt::Key_D));
            }
        }
        again.setShortcutOverrides({});
        for (QAction *a : second.shortcuts()->actions()) {
            if (a->objectName() == QLatin1String("main.next"))
                QCOMPARE(a->shortcut(), QKeySequence(Qt::Key_D));
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
