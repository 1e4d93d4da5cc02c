#include "imageannotator.h"

#include "imageannotatorwidget.h"

#include "project/asset.h"

namespace rwb::image {

ImageAnnotator::ImageAnnotator(QObject *parent)
    : Annotator(parent)
{ }

ImageAnnotator::~ImageAnnotator()
{
    delete m_widget;
}

QString ImageAnnotator::id() const
{
    return QStringLiteral("image");
}

QString ImageAnnotator::title() const
{
    return tr("Image annotator");
}

bool ImageAnnotator::canOpen(const project::Asset &asset) const
{
    return asset.kind == project::AssetKind::Image;
}

QWidget *ImageAnnotator::widget()
{
    if (!m_widget) {
        m_widget = new ImageAnnotatorWidget;
        connect(m_widget, &ImageAnnotatorWidget::statusMessage, this, &Annotator::statusMessage);
    }
    return m_widget;
}

void ImageAnnotator::open(project::Project &project, const project::Asset &asset, QUndoStack *undoStack)
{
    widget();
    m_widget->open(project, asset.id, undoStack);
}

void ImageAnnotator::close()
{
    if (m_widget)
        m_widget->close();
}

void ImageAnnotator::setCurrentClass(std::optional<qint64> classId)
{
    widget();
    m_widget->setCurrentClass(classId);
}

void ImageAnnotator::prefetch(project::Project &project, const project::Asset &asset)
{
    if (canOpen(asset)) {
        widget();
        m_widget->prefetch(project, asset.id);
    }
}

QList<QAction *> ImageAnnotator::keyActions()
{
    widget();
    return m_widget->keyActions();
}

bool ImageAnnotator::isBusy() const
{
    return m_widget && m_widget->isLoading();
}

} // namespace rwb::image
