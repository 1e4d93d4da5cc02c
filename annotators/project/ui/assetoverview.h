#pragma once

#include "annotator.h"

#include <QPointer>

namespace rwb::project {

class AssetOverviewWidget;

/// The built-in fallback annotator: opens every asset and shows its metadata, its annotation
/// counts and, for images, a preview. Later annotators (image, time series, document) take
/// over the kinds they handle.
class AssetOverview : public Annotator
{
    Q_OBJECT
public:
    explicit AssetOverview(QObject *parent = nullptr);
    ~AssetOverview() override;

    QString id() const override;
    QString title() const override;
    bool canOpen(const Asset &asset) const override;
    QWidget *widget() override;
    void open(Project &project, const Asset &asset, QUndoStack *undoStack) override;
    void close() override;
    bool isBusy() const override;

    AssetOverviewWidget *page() const;

private:
    QPointer<AssetOverviewWidget> m_page;
};

} // namespace rwb::project
