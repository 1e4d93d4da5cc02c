#include "signalannotator.h"

#include "signalannotatorwidget.h"

#include "project/asset.h"

namespace rwb::timeseries {

SignalAnnotator::SignalAnnotator(QObject *parent)
    : Annotator(parent)
{ }

SignalAnnotator::~SignalAnnotator()
{
    delete m_widget;
}

QString SignalAnnotator::id() const
{
    return QStringLiteral("timeseries");
}

QString SignalAnnotator::title() const
{
    return tr("Time-series annotator");
}

bool SignalAnnotator::canOpen(const project::Asset &asset) const
{
    return asset.kind == project::AssetKind::TimeSeries;
}

QWidget *SignalAnnotator::widget()
{
    if (!m_widget) {
        m_widget = new SignalAnnotatorWidget;
        connect(m_widget, &SignalAnnotatorWidget::statusMessage, this, &Annotator::statusMessage);
    }
    return m_widget;
}

void SignalAnnotator::open(project::Project &project, const project::Asset &asset, QUndoStack *undoStack)
{
    widget();
    m_widget->open(project, asset.id, undoStack);
}

void SignalAnnotator::close()
{
    if (m_widget)
        m_widget->close();
}

void SignalAnnotator::setCurrentClass(std::optional<qint64> classId)
{
    widget();
    m_widget->setCurrentClass(classId);
}

bool SignalAnnotator::isBusy() const
{
    return m_widget && m_widget->isLoading();
}

QList<QAction *> SignalAnnotator::keyActions()
{
    widget();
    return m_widget->keyActions();
}

} // namespace rwb::timeseries
