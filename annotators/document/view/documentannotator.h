#pragma once

#include "project/ui/annotator.h"

#include <QPointer>

namespace rwb::document {

class DocumentAnnotatorWidget;

/// Registers the document annotator with the main window: it opens every document asset (PDF
/// and text files).
class DocumentAnnotator : public project::Annotator
{
    Q_OBJECT
public:
    explicit DocumentAnnotator(QObject *parent = nullptr);
    ~DocumentAnnotator() override;

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
    QPointer<DocumentAnnotatorWidget> m_widget;
};

} // namespace rwb::document
