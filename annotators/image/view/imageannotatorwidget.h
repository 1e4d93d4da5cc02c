#pragma once

#include "toolcontroller.h"

#include <QFutureWatcher>
#include <QHash>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QActionGroup;
class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QSlider;
class QSpinBox;
class QToolBar;
class QUndoCommand;
class QUndoStack;

namespace rwb::project {
class AttributeEditor;
class Project;
struct Annotation;
struct Asset;
} // namespace rwb::project

namespace rwb::image {

class ImageCanvas;
class ImageSource;
class ProposalPanel;
class PyramidBuildJob;

/// The image annotator's widget: tool bar, canvas, the list of shapes on the image with
/// visibility and lock, display adjustments (window/level, gamma) and image-level tags.
/// Every change becomes an undo command on the stack it was opened with; the items shown are
/// re-read from the project whenever the asset's annotations change, so undo, other views and
/// jobs all show up here the same way.
class ImageAnnotatorWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ImageAnnotatorWidget(QWidget *parent = nullptr);
    ~ImageAnnotatorWidget() override;

    /// Shows \a assetId of \a project; false with a message shown on the canvas when the image
    /// cannot be read.
    bool open(project::Project &project, qint64 assetId, QUndoStack *undoStack);
    void close();
    std::optional<qint64> assetId() const { return m_assetId; }
    int page() const { return m_page; }
    bool isLoading() const;
    /// Opens \a assetId's image in the background; a following open() of it takes the result.
    void prefetch(project::Project &project, qint64 assetId);
    /// The asset being prefetched (or ready), if any.
    std::optional<qint64> prefetchedAssetId() const { return m_prefetchId; }
    /// Whether the prefetched image has been read (or failed to).
    bool isPrefetchReady() const { return m_prefetchId && m_prefetch.isFinished(); }
    /// The message shown above the canvas (missing file, changed on disk…), empty when none.
    QString bannerText() const;
    /// The class new shapes get; with shapes selected, choosing a class relabels them.
    void setCurrentClass(std::optional<qint64> classId);

    ImageCanvas *canvas() const { return m_canvas; }
    QListWidget *shapeList() const { return m_shapeList; }
    QAction *toolAction(ToolController::Tool tool) const { return m_toolActions.value(int(tool)); }
    project::AttributeEditor *attributeEditor() const { return m_attributes; }
    /// Review of model proposals and running a model on the image (key I).
    ProposalPanel *proposalPanel() const { return m_proposals; }
    /// Every action with a key (tools and edits), each with a stable objectName, so that the
    /// host can remap their keys.
    QList<QAction *> keyActions() const;

public slots:
    void deleteSelection();
    void copySelection();
    void paste();
    void duplicateSelection();
    void copyFromPreviousImage();
    void toggleHiddenSelection();
    void toggleLockedSelection();
    void raiseSelection();
    void lowerSelection();
    void mergeSelection();
    void convertSelectionToPolygon();
    /// Moves the vertices of the selected polygons and polylines onto the nearest strong edge.
    void snapSelectionToEdges();
    /// Splits the selected polygons (or those the cut touches) along \a cut.
    void splitByCut(const QPolygonF &cut);
    void showCheatSheet();
    /// Shows page \a page (0-based) of a multi-page image; its own shapes come with it.
    void showPage(int page);

signals:
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void reloadItems();
    void scheduleReload();
    void syncListFromCanvas();
    void syncCanvasFromList();
    void addShape(const Shape &shape);
    void editShapes(const QHash<qint64, Shape> &shapes);
    void editSelected(const std::function<void(project::Annotation &)> &change, const QString &text);
    void push(QUndoCommand *command);
    void applyDisplayControls();
    void autoLevels();
    void updateTagList(const QList<project::Annotation> &annotations);
    void updateAttributeEditor();
    void checkHashLater(const QString &file, const QString &sha256);
    static QString cacheFor(project::Project &project, const project::Asset &asset, int page);
    static int pageOf(const project::Annotation &annotation);
    void applyShape(const Shape &shape, project::Annotation &annotation) const;
    static QString changedText(const QString &file);
    void onTagToggled(qint64 classId, bool on);
    void addAnnotations(const QList<project::Annotation> &annotations, QPointF offset, const QString &text);

    project::Project *m_project = nullptr;
    QUndoStack *m_undo = nullptr;
    std::optional<qint64> m_assetId;
    std::optional<qint64> m_previousAssetId;
    std::optional<qint64> m_classId;
    std::shared_ptr<ImageSource> m_source;
    std::optional<qint64> m_prefetchId;
    QString m_prefetchFile;
    QFuture<std::shared_ptr<ImageSource>> m_prefetch;
    QFutureWatcher<QString> m_hashWatcher; ///< SHA-256 of the open file, checked in the background
    std::unique_ptr<PyramidBuildJob> m_buildJob;
    QFutureWatcher<void> m_buildWatcher;
    QList<QMetaObject::Connection> m_projectConnections;
    bool m_reloadPending = false;
    bool m_syncing = false;

    ImageCanvas *m_canvas = nullptr;
    QToolBar *m_toolBar = nullptr;
    QActionGroup *m_toolGroup = nullptr;
    QHash<int, QAction *> m_toolActions;
    QList<QAction *> m_editActions;
    QLabel *m_message = nullptr;
    QSpinBox *m_pageBox = nullptr;
    QAction *m_pageAction = nullptr;
    int m_page = 0;
    QLabel *m_shapesTitle = nullptr;
    QListWidget *m_shapeList = nullptr;
    project::AttributeEditor *m_attributes = nullptr;
    QLabel *m_tagsTitle = nullptr;
    QListWidget *m_tagList = nullptr;
    ProposalPanel *m_proposals = nullptr;
    QLabel *m_displayTitle = nullptr;
    QSlider *m_brightness = nullptr;
    QSlider *m_contrast = nullptr;
    QDoubleSpinBox *m_gamma = nullptr;
    QCheckBox *m_invert = nullptr;
    QLabel *m_brightnessLabel = nullptr;
    QLabel *m_contrastLabel = nullptr;
    QLabel *m_gammaLabel = nullptr;
    QAction *m_autoAction = nullptr;
    QAction *m_resetAction = nullptr;
};

} // namespace rwb::image
