#include "imageannotatorwidget.h"

#include "../cvassist.h"
#include "../raster/imagesource.h"
#include "../raster/pyramidbuildjob.h"
#include "imagecanvas.h"
#include "proposalpanel.h"

#include "project/annotationstore.h"
#include "project/asset.h"
#include "project/commands/addannotationcommand.h"
#include "project/commands/editannotationcommand.h"
#include "project/commands/removeannotationcommand.h"
#include "project/commands/storecommand.h"
#include "project/jobs/importjob.h"
#include "project/labelschema.h"
#include "project/project.h"
#include "project/projectsignals.h"
#include "project/ui/attributeeditor.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QMetaEnum>
#include <QMimeData>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace rwb::image {

namespace {
constexpr const char *ClipboardMime = "application/x-resonance-annotations";
constexpr double PasteOffset = 10.0;
constexpr int IdRole = Qt::UserRole + 1;

struct ToolInfo
{
    ToolController::Tool tool;
    const char *name;
    QKeyCombination key;
};

// Keys from the keyboard list (USER-STORIES: one hand on the keys).
const ToolInfo Tools[] = {
    { ToolController::Tool::Select, QT_TRANSLATE_NOOP("rwb::image::ImageAnnotatorWidget", "Select"), Qt::Key_V },
    { ToolController::Tool::Box, QT_TRANSLATE_NOOP("rwb::image::ImageAnnotatorWidget", "Rectangle"), Qt::Key_R },
    { ToolController::Tool::RotatedBox, QT_TRANSLATE_NOOP("rwb::image::ImageAnnotatorWidget", "Rotated Rectangle"),
        Qt::Key_O },
    { ToolController::Tool::Polygon, QT_TRANSLATE_NOOP("rwb::image::ImageAnnotatorWidget", "Polygon"), Qt::Key_P },
    { ToolController::Tool::Polyline, QT_TRANSLATE_NOOP("rwb::image::ImageAnnotatorWidget", "Polyline"), Qt::Key_L },
    { ToolController::Tool::Point, QT_TRANSLATE_NOOP("rwb::image::ImageAnnotatorWidget", "Point"), Qt::Key_K },
    { ToolController::Tool::Keypoints, QT_TRANSLATE_NOOP("rwb::image::ImageAnnotatorWidget", "Keypoints"),
        Qt::SHIFT | Qt::Key_K },
    { ToolController::Tool::Ellipse, QT_TRANSLATE_NOOP("rwb::image::ImageAnnotatorWidget", "Ellipse"), Qt::Key_G },
    { ToolController::Tool::Brush, QT_TRANSLATE_NOOP("rwb::image::ImageAnnotatorWidget", "Brush"), Qt::Key_B },
    { ToolController::Tool::Eraser, QT_TRANSLATE_NOOP("rwb::image::ImageAnnotatorWidget", "Eraser"), Qt::Key_E },
    { ToolController::Tool::MagicWand, QT_TRANSLATE_NOOP("rwb::image::ImageAnnotatorWidget", "Magic Wand"), Qt::Key_W },
    { ToolController::Tool::GrabCut, QT_TRANSLATE_NOOP("rwb::image::ImageAnnotatorWidget", "GrabCut Box"), Qt::Key_C },
    { ToolController::Tool::Split, QT_TRANSLATE_NOOP("rwb::image::ImageAnnotatorWidget", "Split Polygon"), Qt::Key_X },
};

bool isZh()
{
    return QLocale().language() == QLocale::Chinese;
}

/// The stored value of a 1×1 crop: one number for gray (16-bit kept), R G B (A) for colour.
QString pixelValueText(const QImage &pixel)
{
    if (pixel.isNull())
        return {};
    switch (pixel.format()) {
    case QImage::Format_Grayscale16:
        return QString::number(reinterpret_cast<const quint16 *>(pixel.constScanLine(0))[0]);
    case QImage::Format_Grayscale8:
        return QString::number(pixel.constScanLine(0)[0]);
    case QImage::Format_RGBX64:
    case QImage::Format_RGBA64:
    case QImage::Format_RGBA64_Premultiplied: {
        const QRgba64 c = reinterpret_cast<const QRgba64 *>(pixel.constScanLine(0))[0];
        return QStringLiteral("%1 %2 %3").arg(c.red()).arg(c.green()).arg(c.blue());
    }
    default: {
        const QRgb c = pixel.pixel(0, 0);
        if (pixel.hasAlphaChannel())
            return QStringLiteral("%1 %2 %3 %4").arg(qRed(c)).arg(qGreen(c)).arg(qBlue(c)).arg(qAlpha(c));
        return QStringLiteral("%1 %2 %3").arg(qRed(c)).arg(qGreen(c)).arg(qBlue(c));
    }
    }
}
} // namespace

ImageAnnotatorWidget::ImageAnnotatorWidget(QWidget *parent)
    : QWidget(parent)
{
    buildUi();
    retranslate();
}

ImageAnnotatorWidget::~ImageAnnotatorWidget()
{
    close();
}

void ImageAnnotatorWidget::buildUi()
{
    m_canvas = new ImageCanvas(this);
    m_toolBar = new QToolBar(this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolGroup = new QActionGroup(this);
    for (const ToolInfo &info : Tools) {
        auto *action = new QAction(this);
        action->setCheckable(true);
        action->setShortcut(QKeySequence(info.key));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setData(int(info.tool));
        action->setObjectName(
            QStringLiteral("image.tool.%1")
                .arg(QString::fromLatin1(QMetaEnum::fromType<ToolController::Tool>().valueToKey(int(info.tool)))
                         .toLower()));
        m_toolGroup->addAction(action);
        m_toolBar->addAction(action);
        addAction(action);
        m_toolActions.insert(int(info.tool), action);
        connect(action, &QAction::triggered, this, [this, tool = info.tool] { m_canvas->tools()->setTool(tool); });
    }
    m_toolActions.value(int(ToolController::Tool::Select))->setChecked(true);
    m_pageBox = new QSpinBox(this);
    m_pageBox->setObjectName(QStringLiteral("imagePage"));
    m_pageBox->setRange(1, 1);
    m_pageAction = m_toolBar->addWidget(m_pageBox);
    m_pageAction->setVisible(false);
    connect(m_pageBox, &QSpinBox::valueChanged, this, [this](int value) { showPage(value - 1); });
    connect(m_canvas->tools(), &ToolController::toolChanged, this, [this](ToolController::Tool tool) {
        if (QAction *a = m_toolActions.value(int(tool)))
            a->setChecked(true);
    });
    m_toolBar->addSeparator();

    // Editing keys; WidgetWithChildrenShortcut keeps them to this annotator.
    auto addEdit = [this](const char *name, const QKeySequence &key, auto slot) {
        auto *action = new QAction(this);
        action->setObjectName(QStringLiteral("image.") + QLatin1String(name));
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        m_editActions.append(action);
        return action;
    };
    addEdit("delete", QKeySequence::Delete, &ImageAnnotatorWidget::deleteSelection);
    addEdit("copy", QKeySequence::Copy, &ImageAnnotatorWidget::copySelection);
    addEdit("paste", QKeySequence::Paste, &ImageAnnotatorWidget::paste);
    addEdit("duplicate", QKeySequence(Qt::CTRL | Qt::Key_D), &ImageAnnotatorWidget::duplicateSelection);
    addEdit(
        "copy-previous", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), &ImageAnnotatorWidget::copyFromPreviousImage);
    addEdit("hide", QKeySequence(Qt::Key_H), &ImageAnnotatorWidget::toggleHiddenSelection);
    addEdit("lock", QKeySequence(Qt::CTRL | Qt::Key_L), &ImageAnnotatorWidget::toggleLockedSelection);
    addEdit("raise", QKeySequence(Qt::CTRL | Qt::Key_BracketRight), &ImageAnnotatorWidget::raiseSelection);
    addEdit("lower", QKeySequence(Qt::CTRL | Qt::Key_BracketLeft), &ImageAnnotatorWidget::lowerSelection);
    addEdit("merge", QKeySequence(Qt::CTRL | Qt::Key_M), &ImageAnnotatorWidget::mergeSelection);
    addEdit(
        "to-polygon", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), &ImageAnnotatorWidget::convertSelectionToPolygon);
    addEdit("snap-edges", QKeySequence(Qt::CTRL | Qt::Key_E), &ImageAnnotatorWidget::snapSelectionToEdges);
    addEdit("fit", QKeySequence(Qt::Key_F), [this] { m_canvas->fitToWindow(); });
    addEdit("shortcuts", QKeySequence(Qt::Key_F1), &ImageAnnotatorWidget::showCheatSheet);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("background: #fff3cd; color: #664d03; padding: 6px;"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->hide();

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(4, 0, 0, 0);
    m_shapesTitle = new QLabel(side);
    m_shapeList = new QListWidget(side);
    m_shapeList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_attributes = new project::AttributeEditor(side);
    m_tagsTitle = new QLabel(side);
    m_tagList = new QListWidget(side);
    m_tagList->setMaximumHeight(110);
    m_displayTitle = new QLabel(side);
    auto *display = new QGridLayout;
    m_brightnessLabel = new QLabel(side);
    m_contrastLabel = new QLabel(side);
    m_gammaLabel = new QLabel(side);
    m_brightness = new QSlider(Qt::Horizontal, side);
    m_brightness->setRange(-100, 100);
    m_contrast = new QSlider(Qt::Horizontal, side);
    m_contrast->setRange(-100, 100);
    m_gamma = new QDoubleSpinBox(side);
    m_gamma->setRange(0.1, 5.0);
    m_gamma->setSingleStep(0.1);
    m_gamma->setValue(1.0);
    m_invert = new QCheckBox(side);
    display->addWidget(m_brightnessLabel, 0, 0);
    display->addWidget(m_brightness, 0, 1);
    display->addWidget(m_contrastLabel, 1, 0);
    display->addWidget(m_contrast, 1, 1);
    display->addWidget(m_gammaLabel, 2, 0);
    display->addWidget(m_gamma, 2, 1);
    display->addWidget(m_invert, 3, 0, 1, 2);
    auto *displayBar = new QToolBar(side);
    m_autoAction = displayBar->addAction(QString(), this, &ImageAnnotatorWidget::autoLevels);
    m_resetAction = displayBar->addAction(QString(), this, [this] {
        m_brightness->setValue(0);
        m_contrast->setValue(0);
        m_gamma->setValue(1.0);
        m_invert->setChecked(false);
        if (m_source)
            m_canvas->setDisplayMapping(DisplayMapping::identity(m_source->info().bitsPerSample));
    });
    sideLayout->addWidget(m_shapesTitle);
    sideLayout->addWidget(m_shapeList, 1);
    sideLayout->addWidget(m_attributes);
    sideLayout->addWidget(m_tagsTitle);
    sideLayout->addWidget(m_tagList);
    // Model proposals: review and running a model (annotators/assist through ProposalPanel).
    m_proposals = new ProposalPanel(side);
    sideLayout->addWidget(m_proposals);
    addAction(m_proposals->runAction());
    addAction(m_proposals->runRegionAction());
    connect(m_proposals, &ProposalPanel::selectRequested, m_canvas, &ImageCanvas::setSelection);
    connect(m_proposals, &ProposalPanel::statusMessage, this, &ImageAnnotatorWidget::statusMessage);
    connect(m_canvas, &ImageCanvas::selectionChanged, m_proposals,
        [this] { m_proposals->setSelection(m_canvas->selection()); });
    sideLayout->addWidget(m_displayTitle);
    sideLayout->addLayout(display);
    sideLayout->addWidget(displayBar);
    for (QSlider *slider : { m_brightness, m_contrast })
        connect(slider, &QSlider::valueChanged, this, &ImageAnnotatorWidget::applyDisplayControls);
    connect(m_gamma, &QDoubleSpinBox::valueChanged, this, &ImageAnnotatorWidget::applyDisplayControls);
    connect(m_invert, &QCheckBox::toggled, this, &ImageAnnotatorWidget::applyDisplayControls);

    auto *splitter = new QSplitter(this);
    auto *centre = new QWidget(splitter);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    // Tools stand in a column beside the canvas (as in labelme): wide images keep their height.
    m_toolBar->setOrientation(Qt::Vertical);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    row->addWidget(m_toolBar);
    row->addWidget(m_canvas, 1);
    centreLayout->addWidget(m_message);
    centreLayout->addLayout(row, 1);
    splitter->addWidget(centre);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 1);
    splitter->setSizes({ 1000, 220 });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_canvas->tools(), &ToolController::shapeCreated, this, &ImageAnnotatorWidget::addShape);
    connect(m_canvas->tools(), &ToolController::shapesEdited, this, &ImageAnnotatorWidget::editShapes);
    connect(m_canvas->tools(), &ToolController::cutDrawn, this, &ImageAnnotatorWidget::splitByCut);
    connect(m_canvas->tools(), &ToolController::toolMessage, this, &ImageAnnotatorWidget::statusMessage);
    connect(m_canvas, &ImageCanvas::selectionChanged, this, &ImageAnnotatorWidget::updateAttributeEditor);
    connect(m_attributes, &project::AttributeEditor::classChosen, this, [this](std::optional<qint64> classId) {
        editSelected([classId](project::Annotation &a) { a.classId = classId; }, tr("Change class"));
    });
    connect(m_attributes, &project::AttributeEditor::attributeEdited, this,
        [this](const QString &name, const QJsonValue &value) {
            editSelected(
                [&](project::Annotation &a) {
                    if (value.isUndefined())
                        a.attributes.remove(name);
                    else
                        a.attributes.insert(name, value);
                },
                tr("Set %1").arg(name));
        });
    connect(m_canvas, &ImageCanvas::selectionChanged, this, &ImageAnnotatorWidget::syncListFromCanvas);
    connect(m_shapeList, &QListWidget::itemSelectionChanged, this, &ImageAnnotatorWidget::syncCanvasFromList);
    connect(m_shapeList, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_syncing)
            return;
        // The check box is visibility.
        const qint64 id = item->data(IdRole).toLongLong();
        const ImageCanvas::Item *it = m_canvas->item(id);
        if (!it || bool(it->flags & 1) == (item->checkState() == Qt::Unchecked))
            return;
        m_canvas->setSelection({ id });
        toggleHiddenSelection();
    });
    connect(m_shapeList, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        if (const ImageCanvas::Item *it = m_canvas->item(item->data(IdRole).toLongLong())) {
            const QRectF b = it->shape.extent();
            m_canvas->centerOn(b.center(), std::max(m_canvas->scale(), 1.0));
        }
    });
    connect(m_tagList, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (!m_syncing)
            onTagToggled(item->data(IdRole).toLongLong(), item->checkState() == Qt::Checked);
    });
    connect(m_canvas, &ImageCanvas::cursorMoved, this, [this](QPointF p) {
        if (!m_source)
            return;
        const QPoint px(int(std::floor(p.x())), int(std::floor(p.y())));
        if (!QRect(QPoint(0, 0), m_source->info().size).contains(px))
            return;
        const QString value = pixelValueText(m_canvas->rawPixels(QRect(px, QSize(1, 1))));
        emit statusMessage(tr("x %1  y %2  value %3  zoom %4%")
                               .arg(px.x())
                               .arg(px.y())
                               .arg(value.isEmpty() ? QStringLiteral("…") : value)
                               .arg(qRound(m_canvas->scale() * 100)));
    });
    connect(&m_buildWatcher, &QFutureWatcher<void>::finished, this, [this] { m_canvas->update(); });
}

void ImageAnnotatorWidget::retranslate()
{
    for (const ToolInfo &info : Tools) {
        QAction *a = m_toolActions.value(int(info.tool));
        const QString name = QCoreApplication::translate("rwb::image::ImageAnnotatorWidget", info.name);
        a->setText(name);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(name, a->shortcut().toString(QKeySequence::NativeText)));
    }
    const QStringList editNames { tr("Delete"), tr("Copy"), tr("Paste"), tr("Duplicate"),
        tr("Copy Shapes from Previous Image"), tr("Hide/Show"), tr("Lock/Unlock"), tr("Bring Forward"),
        tr("Send Backward"), tr("Merge Polygons"), tr("Convert to Polygon"), tr("Snap Vertices to Edges"),
        tr("Fit to Window"), tr("Keyboard Shortcuts") };
    for (int i = 0; i < m_editActions.size() && i < editNames.size(); ++i)
        m_editActions[i]->setText(editNames[i]);
    m_shapesTitle->setText(tr("Shapes on this image"));
    m_tagsTitle->setText(tr("Image tags"));
    m_displayTitle->setText(tr("Display (does not change pixels)"));
    m_brightnessLabel->setText(tr("Brightness"));
    m_contrastLabel->setText(tr("Contrast"));
    m_gammaLabel->setText(tr("Gamma"));
    m_invert->setText(tr("Invert"));
    m_pageBox->setPrefix(tr("Page "));
    m_pageBox->setToolTip(tr("Page of a multi-page TIFF; shapes are kept per page"));
    m_autoAction->setText(tr("Auto Levels"));
    m_resetAction->setText(tr("Reset"));
    if (m_project)
        reloadItems();
}

void ImageAnnotatorWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool ImageAnnotatorWidget::open(project::Project &project, qint64 assetId, QUndoStack *undoStack)
{
    const bool sameProject = m_project == &project;
    const std::optional<qint64> previous = m_assetId;
    // Another asset starts at its first page; reopening the same one (a page switch) keeps it.
    if (!(sameProject && previous == assetId))
        m_page = 0;
    close();
    m_previousAssetId = sameProject ? previous : std::nullopt;
    m_project = &project;
    m_undo = undoStack;
    m_assetId = assetId;
    m_proposals->setProject(&project, undoStack);
    m_proposals->setAsset(assetId);
    m_projectConnections.append(
        connect(project.notifier(), &project::ProjectSignals::annotationsChanged, this, [this](qint64 changed) {
            if (m_assetId && changed == *m_assetId)
                scheduleReload();
        }));
    m_projectConnections.append(
        connect(project.notifier(), &project::ProjectSignals::labelSchemaChanged, this, [this] { scheduleReload(); }));

    const std::optional<project::Asset> asset = project.assets().byId(assetId);
    QString error;
    QString warning;
    if (asset) {
        const QString file = project.resolve(asset->uri);
        const QFileInfo info(file);
        if (!info.exists()) {
            error = tr("%1 is missing. Move it back, or use Asset ▸ Relocate Missing Files… to point the project at "
                       "the folder it is in now.")
                        .arg(QDir::toNativeSeparators(file));
        } else {
            if (m_page == 0 && m_prefetchId == assetId && m_prefetchFile == file && m_prefetch.isValid())
                m_source = m_prefetch.result();
            if (!m_source)
                m_source = ImageSource::open(file, m_page, cacheFor(project, *asset, m_page), &error);
            if (asset->byteSize > 0 && info.size() != asset->byteSize)
                warning = changedText(file);
            else if (m_source)
                checkHashLater(file, asset->sha256);
        }
    } else {
        error = tr("Asset %1 is not in the project.").arg(assetId);
    }
    if (!m_source) {
        m_message->setText(error);
        m_message->show();
        m_canvas->setSource(nullptr);
        m_canvas->setItems({});
        return false;
    }
    m_prefetchId.reset();
    m_prefetch = {};
    m_message->setText(warning);
    m_message->setVisible(!warning.isEmpty());
    m_attributes->setProject(&project, project::AssetKind::Image);
    m_canvas->setSource(m_source);
    m_canvas->tools()->cancel();
    {
        const QSignalBlocker block(m_pageBox);
        m_pageBox->setRange(1, std::max(1, m_source->info().pageCount));
        m_pageBox->setValue(m_page + 1);
    }
    m_pageAction->setVisible(m_source->info().pageCount > 1);
    m_buildJob = m_source->createBuildJob();
    if (m_buildJob) {
        PyramidBuildJob *job = m_buildJob.get();
        m_buildWatcher.setFuture(QtConcurrent::run([job] { job->execute(); }));
    }
    applyDisplayControls();
    reloadItems();
    return true;
}

void ImageAnnotatorWidget::close()
{
    if (m_buildJob) {
        m_buildJob->cancel();
        m_buildWatcher.waitForFinished();
        m_buildJob.reset();
    }
    for (const auto &c : std::as_const(m_projectConnections))
        disconnect(c);
    m_projectConnections.clear();
    m_canvas->tools()->cancel();
    m_canvas->setSelection({});
    m_canvas->setItems({});
    m_canvas->setSource(nullptr);
    m_source.reset();
    m_hashWatcher.disconnect(this);
    m_assetId.reset();
    m_project = nullptr;
    m_undo = nullptr;
    m_syncing = true;
    m_shapeList->clear();
    m_tagList->clear();
    m_syncing = false;
    m_proposals->setAsset(std::nullopt);
    m_attributes->setProject(nullptr, project::AssetKind::Image);
}

bool ImageAnnotatorWidget::isLoading() const
{
    return (m_buildJob && m_buildWatcher.isRunning()) || m_hashWatcher.isRunning() || m_canvas->isLayerPending();
}

QString ImageAnnotatorWidget::bannerText() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

QString ImageAnnotatorWidget::cacheFor(project::Project &project, const project::Asset &asset, int page)
{
    return project.folder().filePath(QStringLiteral(".rwb-cache/tiles/%1-p%2").arg(asset.sha256.left(32)).arg(page));
}

int ImageAnnotatorWidget::pageOf(const project::Annotation &annotation)
{
    return annotation.geometry.value(QLatin1String("page")).toInt(0);
}

void ImageAnnotatorWidget::applyShape(const Shape &shape, project::Annotation &annotation) const
{
    shape.applyTo(annotation);
    // Shapes on a multi-page TIFF remember their page (absent: the first).
    if (m_page > 0)
        annotation.geometry.insert(QStringLiteral("page"), m_page);
}

void ImageAnnotatorWidget::showPage(int page)
{
    if (!m_project || !m_assetId || !m_source || page == m_page || page < 0 || page >= m_source->info().pageCount)
        return;
    project::Project *project = m_project;
    QUndoStack *undo = m_undo;
    const qint64 asset = *m_assetId;
    const std::optional<qint64> previous = m_previousAssetId;
    m_page = page;
    open(*project, asset, undo);
    m_previousAssetId = previous;
}

QString ImageAnnotatorWidget::changedText(const QString &file)
{
    return tr("%1 has changed on disk since it was imported (its content no longer matches the SHA-256 recorded "
              "in the project). The labels may not fit it; nothing in the project was changed.")
        .arg(QDir::toNativeSeparators(file));
}

void ImageAnnotatorWidget::checkHashLater(const QString &file, const QString &sha256)
{
    // Reading a multi-GB line-scan file only to hash it would compete with the pyramid build.
    constexpr qint64 MaxHashedBytes = 512LL * 1024 * 1024;
    if (sha256.isEmpty() || QFileInfo(file).size() > MaxHashedBytes)
        return;
    m_hashWatcher.disconnect(this);
    const qint64 asset = m_assetId.value_or(0);
    connect(&m_hashWatcher, &QFutureWatcher<QString>::finished, this, [this, asset, file, sha256] {
        const QString actual = m_hashWatcher.result();
        if (m_assetId == asset && !actual.isEmpty() && actual != sha256) {
            m_message->setText(changedText(file));
            m_message->show();
        }
    });
    m_hashWatcher.setFuture(QtConcurrent::run([file] { return project::ImportJob::sha256(file); }));
}

void ImageAnnotatorWidget::prefetch(project::Project &project, qint64 assetId)
{
    if (m_prefetchId == assetId || m_assetId == assetId)
        return;
    const std::optional<project::Asset> asset = project.assets().byId(assetId);
    if (!asset || asset->kind != project::AssetKind::Image)
        return;
    const QString file = project.resolve(asset->uri);
    if (!QFileInfo::exists(file))
        return;
    m_prefetchId = assetId;
    m_prefetchFile = file;
    m_prefetch = QtConcurrent::run([file, cache = cacheFor(project, *asset, 0)] {
        QString error;
        return ImageSource::open(file, 0, cache, &error);
    });
}

void ImageAnnotatorWidget::setCurrentClass(std::optional<qint64> classId)
{
    m_classId = classId;
    if (m_project && classId) {
        if (const auto c = m_project->labels().classById(*classId))
            m_canvas->setCurrentColor(QColor(c->color));
    }
    // Choosing a class with shapes selected relabels them (as in labelme and CVAT).
    if (classId && !m_canvas->selection().isEmpty()) {
        editSelected([classId](project::Annotation &a) { a.classId = classId; }, tr("Change class"));
    }
}

void ImageAnnotatorWidget::scheduleReload()
{
    if (m_reloadPending)
        return;
    m_reloadPending = true;
    QTimer::singleShot(0, this, [this] {
        m_reloadPending = false;
        reloadItems();
    });
}

void ImageAnnotatorWidget::reloadItems()
{
    if (!m_project || !m_assetId)
        return;
    m_proposals->reload();
    QHash<qint64, project::LabelClass> classes;
    for (const project::LabelClass &c : m_project->labels().classes())
        classes.insert(c.id, c);
    QList<ImageCanvas::Item> items;
    int unreadable = 0;
    const QList<project::Annotation> annotations = m_project->annotations().forAsset(*m_assetId);
    for (const project::Annotation &a : annotations) {
        if (a.state == project::AnnotationState::Rejected || a.kind == QLatin1String(project::shape::Tag)
            || pageOf(a) != m_page)
            continue;
        const std::optional<Shape> shape = Shape::fromAnnotation(a);
        if (!shape) {
            ++unreadable;
            continue;
        }
        ImageCanvas::Item item;
        item.id = a.id;
        item.shape = *shape;
        const project::LabelClass c = a.classId ? classes.value(*a.classId) : project::LabelClass();
        item.color = a.classId && classes.contains(*a.classId) ? QColor(c.color) : QColor(200, 200, 200);
        item.label = a.classId ? c.title(isZh()) : QString();
        if (a.confidence && a.state == project::AnnotationState::Proposed)
            item.label += QStringLiteral(" %1").arg(*a.confidence, 0, 'f', 2);
        item.flags = a.flags;
        item.zOrder = a.zOrder;
        item.proposed = a.state == project::AnnotationState::Proposed;
        items.append(item);
    }
    m_canvas->setItems(items);
    m_syncing = true;
    m_shapeList->clear();
    for (const ImageCanvas::Item &item : std::as_const(items)) {
        auto *row = new QListWidgetItem(m_shapeList);
        QString text = QStringLiteral("%1 · %2").arg(
            item.label.isEmpty() ? tr("(no class)") : item.label, project::shape::displayName(item.shape.kindName()));
        if (item.flags & 2)
            text += QStringLiteral(" 🔒");
        if (item.proposed)
            text += QStringLiteral(" · ") + tr("proposal");
        row->setText(text);
        row->setData(IdRole, item.id);
        QPixmap swatch(12, 12);
        swatch.fill(item.color);
        row->setIcon(QIcon(swatch));
        row->setFlags(row->flags() | Qt::ItemIsUserCheckable);
        row->setCheckState(item.flags & 1 ? Qt::Unchecked : Qt::Checked);
        row->setSelected(m_canvas->selection().contains(item.id));
    }
    m_syncing = false;
    updateAttributeEditor();
    updateTagList(annotations);
    if (unreadable > 0)
        emit statusMessage(tr("%n annotation(s) with unreadable geometry not shown", nullptr, unreadable));
}

void ImageAnnotatorWidget::updateTagList(const QList<project::Annotation> &annotations)
{
    m_syncing = true;
    m_tagList->clear();
    if (m_project && m_assetId) {
        QSet<qint64> tagged;
        for (const project::Annotation &a : annotations) {
            if (a.kind == QLatin1String(project::shape::Tag) && a.classId
                && a.state != project::AnnotationState::Rejected)
                tagged.insert(*a.classId);
        }
        // Tags are classes that allow the "tag" shape explicitly (OK/NG verdicts, defect types).
        for (const project::LabelClass &c : m_project->labels().classes()) {
            if (!c.shapes.contains(QLatin1String(project::shape::Tag)) || !c.appliesTo(project::AssetKind::Image))
                continue;
            auto *row = new QListWidgetItem(c.title(isZh()), m_tagList);
            row->setData(IdRole, c.id);
            row->setFlags(row->flags() | Qt::ItemIsUserCheckable);
            row->setCheckState(tagged.contains(c.id) ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_tagsTitle->setVisible(m_tagList->count() > 0);
    m_tagList->setVisible(m_tagList->count() > 0);
    m_syncing = false;
}

void ImageAnnotatorWidget::onTagToggled(qint64 classId, bool on)
{
    if (!m_project || !m_assetId)
        return;
    if (on) {
        project::Annotation a;
        a.assetId = *m_assetId;
        a.classId = classId;
        Shape::tag().applyTo(a);
        push(new project::AddAnnotationCommand(m_project->connection(), a));
        return;
    }
    for (const project::Annotation &a : m_project->annotations().forAsset(*m_assetId)) {
        if (a.kind == QLatin1String(project::shape::Tag) && a.classId == classId)
            push(new project::RemoveAnnotationCommand(m_project->connection(), a.id));
    }
}

void ImageAnnotatorWidget::syncListFromCanvas()
{
    if (m_syncing)
        return;
    m_syncing = true;
    const QSet<qint64> selection = m_canvas->selection();
    for (int i = 0; i < m_shapeList->count(); ++i) {
        QListWidgetItem *row = m_shapeList->item(i);
        row->setSelected(selection.contains(row->data(IdRole).toLongLong()));
        if (row->isSelected())
            m_shapeList->scrollToItem(row);
    }
    m_syncing = false;
}

void ImageAnnotatorWidget::syncCanvasFromList()
{
    if (m_syncing)
        return;
    m_syncing = true;
    QSet<qint64> selection;
    for (const QListWidgetItem *row : m_shapeList->selectedItems())
        selection.insert(row->data(IdRole).toLongLong());
    m_canvas->setSelection(selection);
    m_syncing = false;
}

void ImageAnnotatorWidget::push(QUndoCommand *command)
{
    const QString error = project::StoreCommand::pushTo(m_undo, command);
    if (!error.isEmpty())
        emit statusMessage(error);
}

void ImageAnnotatorWidget::addShape(const Shape &shape)
{
    if (!m_project || !m_assetId)
        return;
    project::Annotation a;
    a.assetId = *m_assetId;
    a.classId = m_classId;
    applyShape(shape, a);
    // Defaults of the class's attributes, so that required ones start filled.
    m_project->labels().applyDefaults(a);
    auto *command = new project::AddAnnotationCommand(m_project->connection(), a);
    push(command);
}

void ImageAnnotatorWidget::editShapes(const QHash<qint64, Shape> &shapes)
{
    if (!m_project || !m_undo || shapes.isEmpty())
        return;
    if (shapes.size() > 1)
        m_undo->beginMacro(tr("Edit %n shape(s)", nullptr, int(shapes.size())));
    for (auto it = shapes.cbegin(); it != shapes.cend(); ++it) {
        const std::optional<project::Annotation> before = m_project->annotations().byId(it.key());
        if (!before)
            continue;
        project::Annotation after = *before;
        applyShape(it.value(), after);
        push(new project::EditAnnotationCommand(m_project->connection(), *before, after));
    }
    if (shapes.size() > 1)
        m_undo->endMacro();
}

void ImageAnnotatorWidget::editSelected(const std::function<void(project::Annotation &)> &change, const QString &text)
{
    if (!m_project)
        return;
    const QString error
        = project::EditAnnotationCommand::editEach(m_undo, *m_project, m_canvas->selection(), change, text);
    if (!error.isEmpty())
        emit statusMessage(error);
}

void ImageAnnotatorWidget::deleteSelection()
{
    if (!m_project || !m_undo)
        return;
    const QSet<qint64> selection = m_canvas->selection();
    if (selection.isEmpty())
        return;
    m_undo->beginMacro(tr("Delete %n shape(s)", nullptr, int(selection.size())));
    for (qint64 id : selection)
        push(new project::RemoveAnnotationCommand(m_project->connection(), id));
    m_undo->endMacro();
    m_canvas->setSelection({});
}

void ImageAnnotatorWidget::copySelection()
{
    if (!m_project)
        return;
    QJsonArray list;
    for (qint64 id : m_canvas->selection()) {
        if (const auto a = m_project->annotations().byId(id))
            list.append(a->toJson());
    }
    if (list.isEmpty())
        return;
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(ClipboardMime), QJsonDocument(list).toJson(QJsonDocument::Compact));
    QApplication::clipboard()->setMimeData(mime);
    emit statusMessage(tr("%n shape(s) copied", nullptr, int(list.size())));
}

void ImageAnnotatorWidget::addAnnotations(
    const QList<project::Annotation> &annotations, QPointF offset, const QString &text)
{
    if (!m_project || !m_undo || !m_assetId || annotations.isEmpty())
        return;
    const QRectF bounds(QPointF(0, 0), m_source ? QSizeF(m_source->info().size) : QSizeF());
    m_undo->beginMacro(text);
    for (const project::Annotation &source : annotations) {
        std::optional<Shape> shape = Shape::fromAnnotation(source);
        if (!shape)
            continue;
        if (!offset.isNull())
            shape = shape->translated(offset.x(), offset.y());
        // Shapes pasted onto a smaller image must still lie on it.
        if (!bounds.isEmpty() && !shape->extent().isEmpty() && !bounds.intersects(shape->extent()))
            continue;
        project::Annotation a;
        a.assetId = *m_assetId;
        a.classId = source.classId;
        a.attributes = source.attributes;
        a.zOrder = source.zOrder;
        applyShape(*shape, a);
        push(new project::AddAnnotationCommand(m_project->connection(), a));
    }
    m_undo->endMacro();
}

void ImageAnnotatorWidget::paste()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (!mime || !mime->hasFormat(QString::fromLatin1(ClipboardMime)))
        return;
    QList<project::Annotation> annotations;
    bool sameAsset = false;
    for (const QJsonValue &v : QJsonDocument::fromJson(mime->data(QString::fromLatin1(ClipboardMime))).array()) {
        const project::Annotation a = project::Annotation::fromJson(v.toObject());
        sameAsset = sameAsset || (m_assetId && a.assetId == *m_assetId);
        annotations.append(a);
    }
    addAnnotations(annotations, sameAsset ? QPointF(PasteOffset, PasteOffset) : QPointF(),
        tr("Paste %n shape(s)", nullptr, int(annotations.size())));
}

void ImageAnnotatorWidget::duplicateSelection()
{
    if (!m_project)
        return;
    QList<project::Annotation> annotations;
    for (qint64 id : m_canvas->selection()) {
        if (const auto a = m_project->annotations().byId(id))
            annotations.append(*a);
    }
    addAnnotations(
        annotations, QPointF(PasteOffset, PasteOffset), tr("Duplicate %n shape(s)", nullptr, int(annotations.size())));
}

void ImageAnnotatorWidget::copyFromPreviousImage()
{
    if (!m_project || !m_previousAssetId) {
        emit statusMessage(tr("No previous image in this session"));
        return;
    }
    QList<project::Annotation> annotations;
    for (const project::Annotation &a : m_project->annotations().forAsset(*m_previousAssetId)) {
        if (a.state != project::AnnotationState::Rejected && a.kind != QLatin1String(project::shape::Tag))
            annotations.append(a);
    }
    addAnnotations(annotations, {}, tr("Copy %n shape(s) from the previous image", nullptr, int(annotations.size())));
}

void ImageAnnotatorWidget::toggleHiddenSelection()
{
    editSelected([](project::Annotation &a) { a.flags ^= project::Annotation::Hidden; }, tr("Hide/show shapes"));
}

void ImageAnnotatorWidget::toggleLockedSelection()
{
    editSelected([](project::Annotation &a) { a.flags ^= project::Annotation::Locked; }, tr("Lock/unlock shapes"));
}

void ImageAnnotatorWidget::raiseSelection()
{
    int top = 0;
    for (const ImageCanvas::Item &it : m_canvas->items())
        top = std::max(top, it.zOrder);
    editSelected([top](project::Annotation &a) { a.zOrder = top + 1; }, tr("Bring forward"));
}

void ImageAnnotatorWidget::lowerSelection()
{
    int bottom = 0;
    for (const ImageCanvas::Item &it : m_canvas->items())
        bottom = std::min(bottom, it.zOrder);
    editSelected([bottom](project::Annotation &a) { a.zOrder = bottom - 1; }, tr("Send backward"));
}

void ImageAnnotatorWidget::mergeSelection()
{
    if (!m_project || !m_undo)
        return;
    QList<Shape> polygons;
    QList<qint64> ids;
    std::optional<qint64> classId;
    for (qint64 id : m_canvas->selection()) {
        const ImageCanvas::Item *it = m_canvas->item(id);
        const auto a = m_project->annotations().byId(id);
        if (!it || !a || it->shape.kind() != Shape::Kind::Polygon)
            continue;
        polygons.append(it->shape);
        ids.append(id);
        classId = classId ? classId : a->classId;
    }
    if (polygons.size() < 2) {
        emit statusMessage(tr("Select two or more polygons to merge"));
        return;
    }
    const QList<Shape> merged = Shape::mergePolygons(polygons);
    m_undo->beginMacro(tr("Merge %n polygon(s)", nullptr, int(polygons.size())));
    for (qint64 id : std::as_const(ids))
        push(new project::RemoveAnnotationCommand(m_project->connection(), id));
    for (const Shape &shape : merged) {
        project::Annotation a;
        a.assetId = *m_assetId;
        a.classId = classId;
        applyShape(shape, a);
        push(new project::AddAnnotationCommand(m_project->connection(), a));
    }
    m_undo->endMacro();
}

void ImageAnnotatorWidget::convertSelectionToPolygon()
{
    QHash<qint64, Shape> converted;
    for (qint64 id : m_canvas->selection()) {
        const ImageCanvas::Item *it = m_canvas->item(id);
        if (!it)
            continue;
        if (it->shape.kind() == Shape::Kind::Mask) {
            const QList<Shape> parts = CvAssist::maskToPolygonShapes(it->shape.maskData(), 1.0, 4.0);
            if (parts.size() == 1)
                converted.insert(id, parts.first());
        } else if (it->shape.kind() != Shape::Kind::Polygon) {
            if (const auto polygon = it->shape.toPolygon())
                converted.insert(id, *polygon);
        }
    }
    editShapes(converted);
}

void ImageAnnotatorWidget::updateAttributeEditor()
{
    QList<project::Annotation> selected;
    if (m_project) {
        for (qint64 id : m_canvas->selection()) {
            if (const auto a = m_project->annotations().byId(id))
                selected.append(*a);
        }
    }
    m_attributes->setAnnotations(selected);
}

void ImageAnnotatorWidget::splitByCut(const QPolygonF &cut)
{
    if (!m_project || !m_undo || !m_assetId)
        return;
    // The selected polygons, or else every polygon the cut's bounds touch.
    QList<qint64> candidates;
    const QSet<qint64> selection = m_canvas->selection();
    for (const ImageCanvas::Item &it : m_canvas->items()) {
        if (it.shape.kind() != Shape::Kind::Polygon || (it.flags & 3))
            continue;
        if (selection.isEmpty() ? it.shape.extent().intersects(cut.boundingRect().adjusted(-1, -1, 1, 1))
                                : selection.contains(it.id))
            candidates.append(it.id);
    }
    QList<std::pair<qint64, QList<Shape>>> splits;
    for (qint64 id : std::as_const(candidates)) {
        const ImageCanvas::Item *it = m_canvas->item(id);
        if (const auto parts = Shape::splitPolygon(it->shape, cut); parts && parts->size() > 1)
            splits.append({ id, *parts });
    }
    if (splits.isEmpty()) {
        emit statusMessage(tr("The cut must cross a polygon from one side to the other"));
        return;
    }
    m_undo->beginMacro(tr("Split %n polygon(s)", nullptr, int(splits.size())));
    for (const auto &[id, parts] : std::as_const(splits)) {
        const std::optional<project::Annotation> before = m_project->annotations().byId(id);
        if (!before)
            continue;
        // The first part keeps the annotation (its id, class and attributes); the rest are new.
        project::Annotation first = *before;
        applyShape(parts.first(), first);
        push(new project::EditAnnotationCommand(m_project->connection(), *before, first));
        for (int i = 1; i < parts.size(); ++i) {
            project::Annotation a;
            a.assetId = before->assetId;
            a.classId = before->classId;
            a.attributes = before->attributes;
            a.zOrder = before->zOrder;
            applyShape(parts.at(i), a);
            push(new project::AddAnnotationCommand(m_project->connection(), a));
        }
    }
    m_undo->endMacro();
    m_canvas->setSelection({});
}

void ImageAnnotatorWidget::snapSelectionToEdges()
{
    constexpr int Radius = 4; ///< image pixels a vertex may move
    QHash<qint64, Shape> snapped;
    bool loading = false;
    for (qint64 id : m_canvas->selection()) {
        const ImageCanvas::Item *it = m_canvas->item(id);
        if (!it || (it->flags & 2)
            || (it->shape.kind() != Shape::Kind::Polygon && it->shape.kind() != Shape::Kind::Polyline))
            continue;
        const QRect window = it->shape.extent()
                                 .toAlignedRect()
                                 .adjusted(-2 * Radius, -2 * Radius, 2 * Radius, 2 * Radius)
                                 .intersected(QRect(QPoint(0, 0), m_canvas->imageSize()));
        const QImage pixels = m_canvas->rawPixels(window);
        if (pixels.isNull()) {
            loading = true;
            continue;
        }
        const QPolygonF local = it->shape.points().translated(-window.topLeft());
        const QPolygonF moved = CvAssist::snapPolygon(pixels, local, Radius).translated(window.topLeft());
        const Shape shape = it->shape.kind() == Shape::Kind::Polygon ? Shape::polygon(moved, it->shape.holes())
                                                                     : Shape::polyline(moved, it->shape.thickness());
        if (!(shape == it->shape))
            snapped.insert(id, shape);
    }
    if (snapped.isEmpty()) {
        emit statusMessage(loading ? tr("The pixels are still loading; try again in a moment")
                                   : tr("Select polygons or polylines to snap to edges"));
        return;
    }
    editShapes(snapped);
}

void ImageAnnotatorWidget::applyDisplayControls()
{
    if (!m_source)
        return;
    const int bits = m_source->info().bitsPerSample;
    const double full = bits > 8 ? 65535.0 : 255.0;
    // Brightness moves the window's centre, contrast narrows or widens it.
    const double centre = full / 2 - m_brightness->value() / 100.0 * full / 2;
    const double width = full * std::pow(4.0, -m_contrast->value() / 100.0);
    DisplayMapping mapping;
    mapping.low = centre - width / 2;
    mapping.high = centre + width / 2;
    mapping.gamma = m_gamma->value();
    mapping.invert = m_invert->isChecked();
    m_canvas->setDisplayMapping(mapping);
}

void ImageAnnotatorWidget::autoLevels()
{
    if (!m_source)
        return;
    QImage sample = m_source->preview();
    if (sample.isNull()) {
        const int top = m_source->levelCount() - 1;
        sample = m_source->tile(top, 0, 0);
    }
    if (sample.isNull())
        return;
    DisplayMapping mapping = DisplayMapping::autoLevels(sample, 0.5, 99.5);
    mapping.gamma = m_gamma->value();
    mapping.invert = m_invert->isChecked();
    m_canvas->setDisplayMapping(mapping);
}

QList<QAction *> ImageAnnotatorWidget::keyActions() const
{
    QList<QAction *> out;
    for (const ToolInfo &info : Tools)
        out.append(m_toolActions.value(int(info.tool)));
    out.append(m_editActions);
    out.append(m_proposals->runAction());
    out.append(m_proposals->runRegionAction());
    return out;
}

void ImageAnnotatorWidget::showCheatSheet()
{
    QString text = QStringLiteral("<table>");
    auto row = [&text](const QString &keys, const QString &what) {
        text += QStringLiteral("<tr><td><b>%1</b>&nbsp;&nbsp;</td><td>%2</td></tr>")
                    .arg(keys.toHtmlEscaped(), what.toHtmlEscaped());
    };
    for (const ToolInfo &info : Tools) {
        const QAction *a = m_toolActions.value(int(info.tool));
        row(a->shortcut().toString(QKeySequence::NativeText), a->text());
    }
    for (QAction *a : std::as_const(m_editActions))
        row(a->shortcut().toString(QKeySequence::NativeText), a->text());
    row(QStringLiteral("A / D"), tr("Previous / next image"));
    row(QStringLiteral("1–9"), tr("Label class"));
    row(tr("Space"), tr("Mark the image done"));
    row(tr("Wheel, + / -"), tr("Zoom"));
    row(tr("Middle drag, Alt+drag, arrows"), tr("Pan"));
    row(tr("Enter / Backspace / Esc"), tr("Finish polygon / remove last vertex / cancel"));
    row(tr("Double click on an edge"), tr("Insert a vertex"));
    row(tr("Ctrl+click on a vertex"), tr("Remove the vertex"));
    row(tr("[ / ]"), tr("Smaller / larger brush"));
    row(tr("Shift while resizing"), tr("Keep the aspect ratio"));
    text += QStringLiteral("</table>");
    QMessageBox box(QMessageBox::NoIcon, tr("Image Annotator Keys"), text, QMessageBox::Close, this);
    box.setTextFormat(Qt::RichText);
    box.exec();
}

} // namespace rwb::image
