#include "importjob.h"

#include "../assetprobe.h"
#include "../assetstore.h"
#include "../auditlog.h"
#include "../connection.h"
#include "../project.h"
#include "../statement.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QSet>

#include <memory>

namespace rwb::project {

namespace {

bool isGlob(const QString &s)
{
    return s.contains(QLatin1Char('*')) || s.contains(QLatin1Char('?')) || s.contains(QLatin1Char('['));
}

void walk(const QString &dir, const QSet<QString> &suffixes, QStringList &out)
{
    QDirIterator it(dir, QDir::Files | QDir::Readable | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QFileInfo info(file);
        // The project's own files and caches never become assets.
        if (info.fileName().startsWith(QLatin1Char('.')) || info.path().contains(QLatin1String("/.")))
            continue;
        if (suffixes.contains(info.suffix().toLower()))
            out.append(info.absoluteFilePath());
    }
}

/// Number of files hashed and inserted per transaction, and the longest a batch stays open.
constexpr int BatchFiles = 500;
constexpr qint64 BatchMs = 1000;

} // namespace

ImportJob::ImportJob(const Project &project, const QStringList &inputs, QObject *parent)
    : Job(tr("Import %n file(s)", nullptr, int(inputs.size())), parent)
    , m_projectPath(project.path())
    , m_userId(project.userId())
    , m_inputs(inputs)
{ }

QString ImportJob::sha256(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file)) {
        if (error)
            *error = tr("read error: %1").arg(file.errorString());
        return {};
    }
    return QString::fromLatin1(hash.result().toHex());
}

QStringList ImportJob::expandInputs(const QStringList &inputs, QList<JobError> *errors)
{
    const QStringList known = AssetProbeRegistry::suffixes();
    const QSet<QString> suffixes(known.begin(), known.end());
    QStringList out;
    for (const QString &input : inputs) {
        const QFileInfo info(input);
        if (info.isDir()) {
            walk(info.absoluteFilePath(), suffixes, out);
        } else if (info.exists()) {
            out.append(info.absoluteFilePath());
        } else if (isGlob(input)) {
            // Glob in the last path component(s): walk the fixed prefix and match.
            QString base = input.left(input.indexOf(QRegularExpression(QStringLiteral("[*?\\[]"))));
            base = base.left(base.lastIndexOf(QLatin1Char('/')) + 1);
            if (base.isEmpty())
                base = QStringLiteral("./");
            const QRegularExpression re(
                QRegularExpression::wildcardToRegularExpression(QFileInfo(input).absoluteFilePath()));
            QStringList candidates;
            QDirIterator it(base, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = QFileInfo(it.next()).absoluteFilePath();
                if (re.match(file).hasMatch())
                    candidates.append(file);
            }
            if (candidates.isEmpty() && errors)
                errors->append({ input, tr("no file matches this pattern") });
            out += candidates;
        } else if (errors) {
            errors->append({ input, tr("no such file or folder") });
        }
    }
    out.sort();
    out.removeDuplicates();
    return out;
}

void ImportJob::run()
{
    setStatusText(tr("Looking for files…"));
    QList<JobError> inputErrors;
    const QStringList files = expandInputs(m_inputs, &inputErrors);
    for (const JobError &e : std::as_const(inputErrors))
        addError(e.subject, e.message);
    setTotal(files.size());

    Database db;
    db.open(m_projectPath, Database::Mode::ReadWrite);
    db.configureForWriting();
    Connection connection(std::move(db), m_userId, nullptr);
    AssetStore assets(connection);
    const QDir projectDir = QFileInfo(m_projectPath).absoluteDir();
    QMimeDatabase mimes;

    std::unique_ptr<Transaction> tx;
    int inBatch = 0;
    QElapsedTimer batchTimer;
    QSet<QString> seenInThisRun;
    auto commitBatch = [&] {
        if (!tx)
            return;
        AuditLog(connection)
            .record(QStringLiteral("asset"), std::nullopt, QStringLiteral("import"), {},
                { { QStringLiteral("count"), inBatch } });
        tx->commit();
        tx.reset();
        emit batchCommitted(inBatch);
        inBatch = 0;
    };

    for (const QString &file : files) {
        if (isCancelRequested())
            break;
        setStatusText(QFileInfo(file).fileName());
        const auto probe = AssetProbeRegistry::forFile(file);
        if (!probe) {
            addError(file, tr("unknown file type \"%1\"").arg(QFileInfo(file).suffix()));
            advance();
            continue;
        }
        QString error;
        const QString hash = sha256(file, &error);
        if (hash.isEmpty()) {
            addError(file, tr("cannot read the file: %1").arg(error));
            advance();
            continue;
        }
        if (const auto existing = assets.idBySha256(hash); existing || seenInThisRun.contains(hash)) {
            QString existingUri;
            if (existing) {
                if (auto a = assets.byId(*existing))
                    existingUri = a->uri;
            }
            m_duplicates.append({ file, existingUri });
            advance();
            continue;
        }
        ProbeResult info = probe->probe(file);
        if (!info.ok()) {
            addError(file, info.error);
            advance();
            continue;
        }
        if (const QString problem = probe->prepare(file, hash, projectDir.absolutePath()); !problem.isEmpty()) {
            addError(file, problem);
            advance();
            continue;
        }
        probe->refine(info, hash, projectDir.absolutePath());
        Asset asset;
        asset.kind = info.kind;
        const QString relative = projectDir.relativeFilePath(file);
        asset.uri = relative.startsWith(QLatin1String("..")) ? file : relative;
        asset.sha256 = hash;
        asset.byteSize = QFileInfo(file).size();
        asset.mediaType = info.mediaType.isEmpty() ? mimes.mimeTypeForFile(file, QMimeDatabase::MatchExtension).name()
                                                   : info.mediaType;
        asset.width = info.width;
        asset.height = info.height;
        asset.bitDepth = info.bitDepth;
        asset.pages = info.pages;
        asset.channels = info.channels;
        asset.samples = info.samples;
        asset.metadata = info.metadata;
        if (!tx) {
            tx = std::make_unique<Transaction>(connection.db());
            batchTimer.start();
        }
        assets.add(asset);
        seenInThisRun.insert(hash);
        m_importedIds.append(asset.id);
        ++m_imported;
        ++inBatch;
        if (inBatch >= BatchFiles || batchTimer.elapsed() > BatchMs)
            commitBatch();
        advance();
    }
    commitBatch();
    setStatusText(tr("%n file(s) imported", nullptr, int(m_imported)));
}

} // namespace rwb::project
