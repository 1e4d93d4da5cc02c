#include "documentannotator.h"

#include "documentannotatorwidget.h"

#include "project/asset.h"
#include "project/knowledgelinkprovider.h"

namespace rwb::document {

DocumentAnnotator::DocumentAnnotator(QObject *parent)
    : Annotator(parent)
{ }

DocumentAnnotator::~DocumentAnnotator()
{
    delete m_widget;
}

void DocumentAnnotator::setLinkProviderFactory(LinkProviderFactory factory)
{
    m_linkFactory = std::move(factory);
    m_linkProject = nullptr;
}

QString DocumentAnnotator::id() const
{
    return QStringLiteral("document");
}

QString DocumentAnnotator::title() const
{
    return tr("Document annotator");
}

bool DocumentAnnotator::canOpen(const project::Asset &asset) const
{
    return asset.kind == project::AssetKind::Document;
}

QWidget *DocumentAnnotator::widget()
{
    if (!m_widget) {
        m_widget = new DocumentAnnotatorWidget;
        connect(m_widget, &DocumentAnnotatorWidget::statusMessage, this, &Annotator::statusMessage);
    }
    return m_widget;
}

void DocumentAnnotator::open(project::Project &project, const project::Asset &asset, QUndoStack *undoStack)
{
    widget();
    m_widget->setJobManager(jobManager());
    // One provider per project, made again when another project opens.
    if (m_linkFactory && m_linkProject != &project) {
        m_widget->setLinkProvider(nullptr);
        m_linkProvider = m_linkFactory(project);
        m_linkProject = &project;
    }
    m_widget->setLinkProvider(m_linkFactory ? m_linkProvider.get() : nullptr);
    m_widget->open(project, asset.id, undoStack);
}

void DocumentAnnotator::close()
{
    if (m_widget) {
        m_widget->close();
        m_widget->setLinkProvider(nullptr);
    }
    m_linkProvider.reset();
    m_linkProject = nullptr;
}

void DocumentAnnotator::setCurrentClass(std::optional<qint64> classId)
{
    widget();
    m_widget->setCurrentClass(classId);
}

bool DocumentAnnotator::isBusy() const
{
    return m_widget && m_widget->isLoading();
}

QList<QAction *> DocumentAnnotator::keyActions()
{
    widget();
    return m_widget->keyActions();
}

} // namespace rwb::document
