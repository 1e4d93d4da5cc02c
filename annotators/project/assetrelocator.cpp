#include "assetrelocator.h"

#include "assetstore.h"
#include "jobs/importjob.h"
#include "project.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>

namespace rwb::project {

AssetRelocator::Result AssetRelocator::relocateMissing(Project &project, const QString &folder)
{
    Result result;
    QList<Asset> missing;
    for (const Asset &a : project.assets().list({})) {
        if (!QFileInfo::exists(project.resolve(a.uri)))
            missing.append(a);
    }
    result.missing = int(missing.size());
    if (missing.isEmpty())
        return result;

    // One walk of the folder: file name → paths (several folders may hold the same name).
    QHash<QString, QStringList> byName;
    QDirIterator it(folder, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        byName[QFileInfo(path).fileName()].append(path);
    }
    for (const Asset &a : std::as_const(missing)) {
        bool found = false;
        for (const QString &candidate : byName.value(QFileInfo(a.uri).fileName())) {
            if (ImportJob::sha256(candidate) != a.sha256) {
                result.mismatched.append(QDir::toNativeSeparators(candidate));
                continue;
            }
            project.assets().setUri(a.id, project.uriFor(candidate));
            found = true;
            break;
        }
        if (found)
            ++result.relocated;
        else
            result.stillMissing.append(a.uri);
    }
    return result;
}

QString AssetRelocator::summary(const Result &result)
{
    if (result.missing == 0)
        return tr("No file of the project is missing.");
    QString text = tr("%1 of %n missing file(s) found and relocated.", nullptr, result.missing).arg(result.relocated);
    if (!result.mismatched.isEmpty())
        text += QLatin1Char(' ')
            + tr("%n file(s) with the right name but other content were left alone: %1", nullptr,
                int(result.mismatched.size()))
                  .arg(result.mismatched.mid(0, 5).join(QStringLiteral(", ")));
    if (!result.stillMissing.isEmpty())
        text += QLatin1Char(' ')
            + tr("Still missing: %1", nullptr, int(result.stillMissing.size()))
                  .arg(result.stillMissing.mid(0, 5).join(QStringLiteral(", ")));
    return text;
}

} // namespace rwb::project
