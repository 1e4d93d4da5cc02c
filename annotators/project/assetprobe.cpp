#include "assetprobe.h"

#include <QFileInfo>
#include <QHash>
#include <QMutex>

namespace rwb::project {

QString AssetProbe::prepare(const QString &, const QString &, const QString &) const
{
    return {};
}

void AssetProbe::refine(ProbeResult &, const QString &, const QString &) const { }

namespace {
struct Registry
{
    QMutex mutex;
    QHash<QString, std::shared_ptr<const AssetProbe>> bySuffix;
};

Registry &registry()
{
    static Registry r;
    return r;
}
} // namespace

void AssetProbeRegistry::add(std::shared_ptr<const AssetProbe> probe)
{
    QMutexLocker lock(&registry().mutex);
    for (const QString &suffix : probe->suffixes())
        registry().bySuffix.insert(suffix.toLower(), probe);
}

std::shared_ptr<const AssetProbe> AssetProbeRegistry::forFile(const QString &path)
{
    QMutexLocker lock(&registry().mutex);
    return registry().bySuffix.value(QFileInfo(path).suffix().toLower());
}

QStringList AssetProbeRegistry::suffixes()
{
    QMutexLocker lock(&registry().mutex);
    QStringList out = registry().bySuffix.keys();
    out.sort();
    return out;
}

void AssetProbeRegistry::clear()
{
    QMutexLocker lock(&registry().mutex);
    registry().bySuffix.clear();
}

} // namespace rwb::project
