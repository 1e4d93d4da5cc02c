#include "assetoverview.h"

#include "assetoverviewwidget.h"

#include "project/asset.h"

namespace rwb::project {

AssetOverview::AssetOverview(QObject *parent)
    : Annotator(parent)
{ }

AssetOverview::~AssetOverview()
{
    delete m_page.data();
}

QString AssetOverview::id() const
{
    return QStringLiteral("overview");
}

QString AssetOverview::title() const
{
    return tr("Overview");
}

bool AssetOverview::canOpen(const Asset &) const
{
    return true;
}

QWidget *AssetOverview::widget()
{
    if (!m_page)
        m_page = new AssetOverviewWidget;
    return m_page;
}

AssetOverviewWidget *AssetOverview::page() const
{
    return m_page;
}

void AssetOverview::open(Project &project, const Asset &asset, QUndoStack *)
{
    widget();
    m_page->showAsset(&project, asset.id);
}

bool AssetOverview::isBusy() const
{
    return m_page && m_page->isLoading();
}

void AssetOverview::close()
{
    if (m_page)
        m_page->clear();
}

} // namespace rwb::project
