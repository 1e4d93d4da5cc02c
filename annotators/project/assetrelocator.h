#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace rwb::project {

class Project;

/// Finds assets whose files have moved: every asset whose file is missing is looked for by
/// file name under a folder (and its subfolders) and re-pointed at the copy whose SHA-256
/// matches the one recorded at import. Files with the same name but other content are left
/// alone and reported, so a relocation never ties labels to a different image.
class AssetRelocator
{
    Q_DECLARE_TR_FUNCTIONS(rwb::project::AssetRelocator)
public:
    struct Result
    {
        int missing = 0; ///< assets whose file was missing before
        int relocated = 0;
        QStringList mismatched; ///< files found by name whose content differs
        QStringList stillMissing; ///< uris of assets not found under the folder
    };

    /// Relocates the missing assets of \a project to files under \a folder.
    static Result relocateMissing(Project &project, const QString &folder);
    /// One line for the user ("3 of 4 missing files found; …").
    static QString summary(const Result &result);
};

} // namespace rwb::project
