#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace rwb::exchange {

/// Publishes a dataset package (a folder PackageBuilder wrote) to the shared repository:
///   folder:PATH — PATH/<name>/v<version>/, copied beside and renamed into place, checksums
///                 verified, PATH/<name>/index.json (all versions) rewritten atomically;
///   git:URL     — the package as <name>/ in a clone, one commit, tag v<version>, pushed with
///                 --atomic (branch and tag or nothing); git-lfs tracks the images when it is
///                 installed, otherwise plain git.
/// A version already published (folder present, tag on the remote) is refused, never
/// overwritten. The package's checksums are verified before publishing.
class Publisher
{
    Q_DECLARE_TR_FUNCTIONS(rwb::exchange::Publisher)
public:
    struct Result
    {
        QString error; ///< empty on success
        QString location; ///< the folder written or the tag pushed
        QString name;
        int version = 0;
        QString manifestSha256;
        bool usedLfs = false;
    };
    enum class Lfs { Auto, Off };

    static Result publish(const QString &package, const QString &target, Lfs lfs = Lfs::Auto);
    static Result toFolder(const QString &package, const QString &root);
    static Result toGit(const QString &package, const QString &url, Lfs lfs = Lfs::Auto);

private:
    static Result readPackage(const QString &package);
};

} // namespace rwb::exchange
