#pragma once

#include "project/ui/annotator.h"

#include <QPointer>

namespace rwb::image {

class ImageAnnotatorWidget;

/// Registers the image annotator with the main window (project::AnnotatorRegistry): it opens
/// every image asset.
class ImageAnnotator : public project::Annotator
{
    Q_OBJECT
public:
    explicit ImageAnnotator(QObject *parent = nullptr);
    ~ImageAnnotator() override;

    QString id() const override;
    QString title() const override;
    bool canOpen(const project::Asset &asset) const override;
    QWidget *widget() override;
    void open(project::Project &project, const project::Asset &asset, QUndoStack *undoStack) override;
    void close() override;
    void setCurrentClass(std::optional<qint64> classId) override;
    bool isBusy() const override;
    void prefetch(project::Project &project, const project::Asset &asset) override;
    QList<QAction *> keyActions() override;

private:
    QPointer<ImageAnnotatorWidget> m_widget;
};

} // namespace rwb::image
