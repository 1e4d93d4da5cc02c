#pragma once

#include <QObject>
#include <QString>

#include <optional>

class QAction;
class QUndoStack;
class QWidget;

namespace rwb::project {

class JobManager;
class Project;
struct Asset;

/// An editor for one kind of asset, shown in the main window's central area (image canvas,
/// signal plot, document view, …). Annotators come from factories registered with the
/// AnnotatorRegistry; the main window keeps one instance of each and asks the registry which
/// one opens an asset.
///
/// Life cycle: widget() is created on first use and belongs to the annotator (the host may
/// reparent it into its layout; the annotator deletes it when it goes). open() shows an asset
/// and may be called again to switch assets without close(); close() forgets the asset (the
/// project is closing or another annotator takes over). Every edit goes through the undo
/// stack given to open().
class Annotator : public QObject
{
    Q_OBJECT
public:
    explicit Annotator(QObject *parent = nullptr);
    ~Annotator() override;

    /// Stable identifier ("overview", "image", …).
    virtual QString id() const = 0;
    /// Translated name for menus and the status bar.
    virtual QString title() const = 0;
    /// Whether this annotator can show \a asset (by kind, media type, size…).
    virtual bool canOpen(const Asset &asset) const = 0;
    virtual QWidget *widget() = 0;
    virtual void open(Project &project, const Asset &asset, QUndoStack *undoStack) = 0;
    virtual void close() = 0;

    /// The label class chosen in the label palette (none: no class). Ignored by default.
    virtual void setCurrentClass(std::optional<qint64> classId);
    /// Whether the annotator is still loading what it shows (screenshots wait for it).
    virtual bool isBusy() const;
    /// Starts loading \a asset in the background so that opening it next is quick (the host
    /// calls it with the asset after the open one). Ignored by default.
    virtual void prefetch(Project &project, const Asset &asset);
    /// The annotator's actions that have keys, each with a stable objectName, so that the host
    /// can let the user remap them (Preferences ▸ Keys). Empty by default.
    virtual QList<QAction *> keyActions();
    /// The host's job manager, whose jobs the host shows in its job panel: long work an
    /// annotator starts (OCR, pre-annotation) should run there. Set by the host before open();
    /// not owned, and outlives the annotator's jobs. Null until set (annotators then keep their own).
    void setJobManager(JobManager *jobs) { m_jobs = jobs; }
    JobManager *jobManager() const { return m_jobs; }

signals:
    /// A short message for the status bar.
    void statusMessage(const QString &text);

private:
    JobManager *m_jobs = nullptr;
};

} // namespace rwb::project
