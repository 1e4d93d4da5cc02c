#pragma once

#include "project/ui/annotator.h"

#include <QPointer>

#include <functional>
#include <memory>

namespace rwb::project {
class KnowledgeLinkProvider;
}

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

    /// Makes the link targets for a project (the composition root installs the knowledge
    /// graph's); without one, spans link to label classes.
    using LinkProviderFactory = std::function<std::unique_ptr<project::KnowledgeLinkProvider>(project::Project &)>;
    void setLinkProviderFactory(LinkProviderFactory factory);

private:
    QPointer<DocumentAnnotatorWidget> m_widget;
    LinkProviderFactory m_linkFactory;
    std::unique_ptr<project::KnowledgeLinkProvider> m_linkProvider;
    project::Project *m_linkProject = nullptr;
};

} // namespace rwb::document
