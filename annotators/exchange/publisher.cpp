#include "publisher.h"

#include "datasetwriter.h"
#include "packagebuilder.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryDir>

namespace rwb::exchange {

namespace {

struct GitRun
{
    int code = -1;
    QString output;
};

GitRun git(const QStringList &args, const QString &workDir = {}, const QString &date = {})
{
    QProcess p;
    p.setProgram(QStringLiteral("git"));
    p.setArguments(args);
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    if (!date.isEmpty()) {
        env.insert(QStringLiteral("GIT_AUTHOR_DATE"), date);
        env.insert(QStringLiteral("GIT_COMMITTER_DATE"), date);
    }
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start();
    if (!p.waitForStarted(10000))
        return { -1, Publisher::tr("git cannot be started (is it installed?)") };
    p.waitForFinished(600000);
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
        QString::fromLocal8Bit(p.readAll()).trimmed() };
}

QString copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(path));
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(path, target))
            return Publisher::tr("Cannot copy %1 to %2 (disk full?).").arg(path, target);
    }
    return {};
}

} // namespace

Publisher::Result Publisher::readPackage(const QString &package)
{
    Result r;
    QFile f(QDir(package).filePath(QStringLiteral("manifest.json")));
    if (!f.open(QIODevice::ReadOnly)) {
        r.error = tr("%1 is not a dataset package (no manifest.json).").arg(package);
        return r;
    }
    const QByteArray bytes = f.readAll();
    const QJsonObject m = QJsonDocument::fromJson(bytes).object();
    r.name = m.value(QLatin1String("name")).toString();
    r.version = m.value(QLatin1String("version")).toInt();
    r.manifestSha256 = PackageBuilder::sha256(bytes);
    static const QRegularExpression safe(
        QStringLiteral("^[\\w][\\w.\\- ]*$"), QRegularExpression::UseUnicodePropertiesOption);
    if (r.name.isEmpty() || r.version <= 0 || !safe.match(r.name).hasMatch()) {
        r.error = tr("%1: the manifest needs a name (letters, digits, '_', '-', '.') and a version above 0.")
                      .arg(f.fileName());
        return r;
    }
    if (const QStringList problems = PackageBuilder::verify(package); !problems.isEmpty())
        r.error = tr("The package %1 is damaged: %2").arg(package, problems.join(QStringLiteral("; ")));
    return r;
}

Publisher::Result Publisher::publish(const QString &package, const QString &target, Lfs lfs)
{
    if (target.startsWith(QLatin1String("folder:")))
        return toFolder(package, target.mid(7));
    if (target.startsWith(QLatin1String("git:")))
        return toGit(package, target.mid(4), lfs);
    Result r;
    r.error = tr("Unknown publishing target \"%1\": use folder:PATH or git:URL.").arg(target);
    return r;
}

Publisher::Result Publisher::toFolder(const QString &package, const QString &root)
{
    Result r = readPackage(package);
    if (!r.error.isEmpty())
        return r;
    const QDir base(QDir(root).filePath(r.name));
    const QString target = base.filePath(QStringLiteral("v%1").arg(r.version));
    if (QFileInfo::exists(target)) {
        r.error = tr("Version %1 of \"%2\" is already published at %3; a published version is never overwritten. "
                     "Build the package with a new version.")
                      .arg(r.version)
                      .arg(r.name, target);
        return r;
    }
    QString error;
    const QString temporary = DatasetWriter::makeTemporaryBeside(target, &error);
    if (temporary.isEmpty()) {
        r.error = error;
        return r;
    }
    error = copyTree(package, temporary);
    if (error.isEmpty()) {
        if (const QStringList problems = PackageBuilder::verify(temporary); !problems.isEmpty())
            error = tr("The copy at %1 does not match its checksums: %2")
                        .arg(temporary, problems.join(QStringLiteral("; ")));
    }
    if (error.isEmpty())
        error = DatasetWriter::moveIntoPlace(temporary, target);
    if (!error.isEmpty()) {
        QDir(temporary).removeRecursively();
        r.error = error;
        return r;
    }
    // The index lists every version in the folder, so it is rebuilt rather than appended to.
    QJsonArray versions;
    QList<int> numbers;
    for (const QString &entry : base.entryList({ QStringLiteral("v*") }, QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool ok = false;
        const int n = entry.mid(1).toInt(&ok);
        if (ok)
            numbers.append(n);
    }
    std::sort(numbers.begin(), numbers.end());
    for (int n : numbers) {
        QFile m(base.filePath(QStringLiteral("v%1/manifest.json").arg(n)));
        if (!m.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = m.readAll();
        const QJsonObject manifest = QJsonDocument::fromJson(bytes).object();
        versions.append(
            QJsonObject { { QStringLiteral("version"), n }, { QStringLiteral("path"), QStringLiteral("v%1").arg(n) },
                { QStringLiteral("manifest_sha256"), PackageBuilder::sha256(bytes) },
                { QStringLiteral("created"), manifest.value(QLatin1String("created")) },
                { QStringLiteral("assets"),
                    manifest.value(QLatin1String("counts")).toObject().value(QLatin1String("assets")) } });
    }
    QSaveFile index(base.filePath(QStringLiteral("index.json")));
    if (!index.open(QIODevice::WriteOnly)
        || index.write(QJsonDocument(
               QJsonObject { { QStringLiteral("name"), r.name }, { QStringLiteral("versions"), versions } })
                           .toJson(QJsonDocument::Indented))
            < 0
        || !index.commit()) {
        r.error = tr("Version %1 is published at %2, but the index %3 cannot be written: %4")
                      .arg(r.version)
                      .arg(target, index.fileName(), index.errorString());
        return r;
    }
    r.location = target;
    return r;
}

Publisher::Result Publisher::toGit(const QString &package, const QString &url, Lfs lfs)
{
    Result r = readPackage(package);
    if (!r.error.isEmpty())
        return r;
    const QString tag = QStringLiteral("v%1").arg(r.version);
    const GitRun remoteTags
        = git({ QStringLiteral("ls-remote"), QStringLiteral("--tags"), url, QStringLiteral("refs/tags/") + tag });
    if (remoteTags.code != 0) {
        r.error = tr("Cannot reach the git remote %1: %2").arg(url, remoteTags.output);
        return r;
    }
    if (!remoteTags.output.isEmpty()) {
        r.error = tr("Tag %1 exists on %2: version %1 of \"%3\" is already published and is never overwritten. "
                     "Build the package with a new version.")
                      .arg(tag, url, r.name);
        return r;
    }
    QTemporaryDir work;
    const QString clone = work.filePath(QStringLiteral("repo"));
    GitRun run = git({ QStringLiteral("clone"), QStringLiteral("--quiet"), url, clone });
    if (run.code != 0) {
        r.error = tr("git clone %1 failed: %2").arg(url, run.output);
        return r;
    }
    auto step = [&](const QStringList &args, const QString &date = {}) {
        run = git(args, clone, date);
        if (run.code != 0)
            r.error = tr("git %1 failed: %2").arg(args.value(0), run.output);
        return run.code == 0;
    };
    const QString folder = QDir(clone).filePath(r.name);
    QDir(folder).removeRecursively();
    if (const QString error = copyTree(package, folder); !error.isEmpty()) {
        r.error = error;
        return r;
    }
    r.usedLfs = lfs == Lfs::Auto && git({ QStringLiteral("lfs"), QStringLiteral("version") }).code == 0;
    QFile manifestFile(QDir(package).filePath(QStringLiteral("manifest.json")));
    manifestFile.open(QIODevice::ReadOnly);
    const QString created
        = QJsonDocument::fromJson(manifestFile.readAll()).object().value(QLatin1String("created")).toString();
    // The commit carries the package's own time, not the clock's.
    const QDateTime stamp = QDateTime::fromString(created, Qt::ISODateWithMs);
    const QString date = stamp.isValid() ? QStringLiteral("@%1 +0000").arg(stamp.toSecsSinceEpoch()) : QString();
    if (!step({ QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("Resonance Workbench") })
        || !step({ QStringLiteral("config"), QStringLiteral("user.email"), QStringLiteral("resonance@localhost") }))
        return r;
    if (r.usedLfs) {
        if (!step({ QStringLiteral("lfs"), QStringLiteral("install"), QStringLiteral("--local") }))
            return r;
        for (const char *pattern : { "*.png", "*.jpg", "*.jpeg", "*.tif", "*.tiff", "*.bmp" })
            if (!step({ QStringLiteral("lfs"), QStringLiteral("track"), QString::fromLatin1(pattern) }))
                return r;
    }
    if (!step({ QStringLiteral("add"), QStringLiteral("--all") })
        || !step({ QStringLiteral("commit"), QStringLiteral("--quiet"), QStringLiteral("-m"),
                     QStringLiteral("Dataset %1 version %2").arg(r.name).arg(r.version) },
            date)
        || !step({ QStringLiteral("tag"), QStringLiteral("-a"), tag, QStringLiteral("-m"),
                     QStringLiteral("%1 %2 (manifest %3)").arg(r.name, tag, r.manifestSha256) },
            date))
        return r;
    const GitRun branch
        = git({ QStringLiteral("rev-parse"), QStringLiteral("--abbrev-ref"), QStringLiteral("HEAD") }, clone);
    const QString head
        = branch.code == 0 && branch.output != QLatin1String("HEAD") ? branch.output : QStringLiteral("main");
    if (!step({ QStringLiteral("push"), QStringLiteral("--atomic"), QStringLiteral("origin"),
            QStringLiteral("HEAD:refs/heads/") + head, QStringLiteral("refs/tags/") + tag })) {
        r.error = tr("The remote %1 refused the push; nothing was published: %2").arg(url, run.output);
        return r;
    }
    // Read back what the remote holds: the tag must be there.
    const GitRun check
        = git({ QStringLiteral("ls-remote"), QStringLiteral("--tags"), url, QStringLiteral("refs/tags/") + tag });
    if (check.code != 0 || check.output.isEmpty()) {
        r.error = tr("The push to %1 reported success but tag %2 is not there.").arg(url, tag);
        return r;
    }
    r.location = tag;
    return r;
}

} // namespace rwb::exchange
