#pragma once

#include "project/ui/annotator.h"

#include <QPointer>

namespace rwb::timeseries {

class SignalAnnotatorWidget;

/// Registers the time-series annotator with the main window: it opens every signal asset.
class SignalAnnotator : public project::Annotator
{
    Q_OBJECT
public:
    explicit SignalAnnotator(QObject *parent = nullptr);
    ~SignalAnnotator() override;

    QString id() const override;
    QString title() const override;
    bool canOpen(const project::Asset &asset) const override;
    QWidget *widget() override;
    void open(project::Project &project, const project::Asset &asset, QUndoStack *undoStack) override;
    void close() override;
    void setCurrentClass(std::optional<qint64> classId) override;
    bool isBusy() const override;
    QList<QAction *> keyActions() override;

private:
    QPointer<SignalAnnotatorWidget> m_widget;
};

} // namespace rwb::timeseries
