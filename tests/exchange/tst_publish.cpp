// Publishing packages: to a folder (atomic, index of versions, never overwritten), to a git
// remote as a local bare repository and through git's smart HTTP (git http-backend behind a
// small QTcpServer CGI bridge in this test), a refused push; published versions recorded in the
// project through the "exchange" migrations.

#include "projectfixture.h"

#include "exchange/exchangemigrations.h"
#include "exchange/packagebuilder.h"
#include "exchange/publishedversion.h"
#include "exchange/publisher.h"
#include "project/database.h"
#include "project/migrator.h"
#include "project/statement.h"

#include <QJsonArray>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

using namespace rwb::exchange;
using namespace exchangetest;
using rwb::project::Job;

namespace {

QString runGit(const QStringList &args, int *code = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("git"), args);
    p.waitForFinished(60000);
    if (code)
        *code = p.exitCode();
    return QString::fromLocal8Bit(p.readAll()).trimmed();
}

/// git's smart HTTP: each request is handed to `git http-backend` as CGI, one at a time, on the
/// server's own thread (the publisher blocks the test's thread while git talks to us).
class GitHttpServer : public QObject
{
public:
    explicit GitHttpServer(const QString &root)
        : m_root(root)
    {
        moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(
            this, [this] { start(); }, Qt::BlockingQueuedConnection);
    }
    ~GitHttpServer() override
    {
        QMetaObject::invokeMethod(
            this,
            [this] {
                delete m_server;
                m_server = nullptr;
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    quint16 port() const { return m_port; }
    int requests() const { return m_requests.loadRelaxed(); }

private:
    void start()
    {
        m_server = new QTcpServer;
        m_server->listen(QHostAddress::LocalHost, 0);
        m_port = m_server->serverPort();
        QObject::connect(m_server, &QTcpServer::newConnection, m_server, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection())
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { serve(socket); });
        });
    }

    void serve(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        QHash<QByteArray, QByteArray> headers;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        QByteArray body = buffer.mid(end + 4);
        if (headers.value("transfer-encoding") == "chunked") {
            // De-chunk once the final chunk is in.
            if (!body.contains("\r\n0\r\n\r\n") && !body.startsWith("0\r\n\r\n"))
                return;
            QByteArray plain;
            qsizetype at = 0;
            while (true) {
                const qsizetype eol = body.indexOf("\r\n", at);
                const qsizetype n = body.mid(at, eol - at).toLongLong(nullptr, 16);
                if (n == 0)
                    break;
                plain += body.mid(eol + 2, n);
                at = eol + 2 + n + 2;
            }
            body = plain;
        } else if (body.size() < headers.value("content-length", "0").toLongLong()) {
            return;
        }
        m_buffers.remove(socket);
        m_requests.fetchAndAddRelaxed(1);
        const QList<QByteArray> request = lines[0].trimmed().split(' ');
        const QByteArray target = request.value(1);
        const qsizetype q = target.indexOf('?');
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("GIT_PROJECT_ROOT"), m_root);
        env.insert(QStringLiteral("GIT_HTTP_EXPORT_ALL"), QStringLiteral("1"));
        env.insert(QStringLiteral("REQUEST_METHOD"), QString::fromLatin1(request.value(0)));
        env.insert(QStringLiteral("PATH_INFO"), QString::fromLatin1(q < 0 ? target : target.left(q)));
        env.insert(QStringLiteral("QUERY_STRING"), q < 0 ? QString() : QString::fromLatin1(target.mid(q + 1)));
        env.insert(QStringLiteral("CONTENT_TYPE"), QString::fromLatin1(headers.value("content-type")));
        env.insert(QStringLiteral("CONTENT_LENGTH"), QString::number(body.size()));
        env.insert(QStringLiteral("REMOTE_ADDR"), QStringLiteral("127.0.0.1"));
        env.insert(QStringLiteral("REMOTE_USER"), QStringLiteral("tester"));
        if (headers.contains("content-encoding"))
            env.insert(QStringLiteral("HTTP_CONTENT_ENCODING"), QString::fromLatin1(headers.value("content-encoding")));
        if (headers.contains("git-protocol"))
            env.insert(QStringLiteral("GIT_PROTOCOL"), QString::fromLatin1(headers.value("git-protocol")));
        QProcess cgi;
        cgi.setProcessEnvironment(env);
        cgi.start(QStringLiteral("git"), { QStringLiteral("http-backend") });
        cgi.write(body);
        cgi.closeWriteChannel();
        cgi.waitForFinished(60000);
        const QByteArray out = cgi.readAllStandardOutput();
        const qsizetype split = out.indexOf("\r\n\r\n") >= 0 ? out.indexOf("\r\n\r\n") : out.indexOf("\n\n");
        const qsizetype skip = out.indexOf("\r\n\r\n") >= 0 ? 4 : 2;
        QByteArray status = "200 OK";
        QByteArray responseHeaders;
        for (const QByteArray &line : out.left(split).split('\n')) {
            const QByteArray l = line.trimmed();
            if (l.toLower().startsWith("status:"))
                status = l.mid(7).trimmed();
            else if (!l.isEmpty())
                responseHeaders += l + "\r\n";
        }
        const QByteArray content = split < 0 ? QByteArray() : out.mid(split + skip);
        socket->write("HTTP/1.1 " + status + "\r\n" + responseHeaders
            + "Content-Length: " + QByteArray::number(content.size()) + "\r\nConnection: close\r\n\r\n" + content);
        socket->disconnectFromHost();
    }

    QString m_root;
    QThread m_thread;
    QTcpServer *m_server = nullptr;
    quint16 m_port = 0;
    QAtomicInt m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace

class TestPublish : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_package;
    std::unique_ptr<ProjectFixture> m_project;

    QString buildPackage(int version)
    {
        PackageOptions options;
        options.version = version;
        options.images = DatasetWriter::Images::Copy;
        const QString target = m_dir.filePath(QStringLiteral("pkg-v%1").arg(version));
        PackageBuilder builder(m_project->project->path(), options, target);
        if (builder.execute() != Job::State::Finished)
            qWarning() << builder.failureMessage();
        return target;
    }

private slots:
    void migration0001PublishedVersions()
    {
        // A project made before the exchange module had its tables (made here by taking them out
        // again): opening it migrates.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.rwb"));
        rwb::project::Project::create(path, QStringLiteral("old"));
        {
            rwb::project::Database db;
            db.open(path, rwb::project::Database::Mode::ReadWrite);
            QCOMPARE(rwb::project::Migrator::storedVersion(db, migrationSet()), 1);
            db.exec("DROP TABLE exchange_published_versions");
            db.exec(QStringLiteral("DELETE FROM meta WHERE key = '%1'").arg(migrationSet().versionKey()));
            QCOMPARE(rwb::project::Migrator::storedVersion(db, migrationSet()), 0);
        }
        rwb::project::Project::open(path);
        rwb::project::Database db;
        db.open(path, rwb::project::Database::Mode::ReadWrite);
        QCOMPARE(rwb::project::Migrator::storedVersion(db, migrationSet()), 1);
        db.exec("INSERT INTO exchange_published_versions (name, version, target, location, manifest_sha256, published) "
                "VALUES ('d', 1, 'folder:/x', '/x/d/v1', 'ab', '2024-01-01')");
        bool refused = false;
        try {
            db.exec(
                "INSERT INTO exchange_published_versions (name, version, target, location, manifest_sha256, published) "
                "VALUES ('d', 1, 'folder:/x', '/x/d/v1', 'cd', '2024-01-02')");
        } catch (const rwb::project::StoreError &) {
            refused = true;
        }
        QVERIFY2(refused, "a version is published once per target");
    }

    void initTestCase()
    {
        registerMigrations();
        m_project = std::make_unique<ProjectFixture>();
        m_project->create(m_dir.path());
        m_package = buildPackage(1);
        QVERIFY(QFileInfo::exists(m_package + QStringLiteral("/manifest.json")));
    }

    void toFolder()
    {
        const QString share = m_dir.filePath(QStringLiteral("share"));
        const auto r = Publisher::publish(m_package, QStringLiteral("folder:") + share);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.location, QDir(share).filePath(QStringLiteral("Strip defects/v1")));
        QVERIFY(PackageBuilder::verify(r.location).isEmpty());
        const auto again = Publisher::publish(m_package, QStringLiteral("folder:") + share);
        QVERIFY2(again.error.contains(QLatin1String("never overwritten")), qPrintable(again.error));
        const auto second = Publisher::publish(buildPackage(2), QStringLiteral("folder:") + share);
        QVERIFY2(second.error.isEmpty(), qPrintable(second.error));
        const QJsonObject index
            = QJsonDocument::fromJson(readAll(QDir(share).filePath(QStringLiteral("Strip defects/index.json"))))
                  .object();
        const QJsonArray versions = index.value(QLatin1String("versions")).toArray();
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions[1].toObject().value(QLatin1String("version")).toInt(), 2);
        QCOMPARE(versions[0].toObject().value(QLatin1String("manifest_sha256")).toString(), r.manifestSha256);
        // Nothing temporary left in the share.
        QCOMPARE(QDir(QDir(share).filePath(QStringLiteral("Strip defects")))
                     .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
            QStringList({ QStringLiteral("index.json"), QStringLiteral("v1"), QStringLiteral("v2") }));

        PublishedVersion v { 0, r.name, r.version, QStringLiteral("folder:") + share, r.location, r.manifestSha256, {},
            {} };
        PublishedVersion::record(m_project->project->connection(), v);
        const auto list = PublishedVersion::list(m_project->project->connection());
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].location, r.location);
        QCOMPARE(list[0].publishedBy, m_project->project->userId());
    }

    void damagedPackageRefused()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("pkg"));
        QVERIFY(runGit({ QStringLiteral("--version") }).startsWith(QLatin1String("git")));
        QProcess::execute(QStringLiteral("cp"), { QStringLiteral("-r"), m_package, copy });
        QFile f(copy + QStringLiteral("/schema.json"));
        QVERIFY(f.open(QIODevice::Append));
        f.write(" ");
        f.close();
        const auto r = Publisher::publish(copy, QStringLiteral("folder:") + dir.filePath(QStringLiteral("share")));
        QVERIFY2(r.error.contains(QLatin1String("damaged")), qPrintable(r.error));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("share/Strip defects/v1"))));
    }

    void toGitBareRepository()
    {
        const QString bare = m_dir.filePath(QStringLiteral("remote.git"));
        int code = 0;
        runGit({ QStringLiteral("init"), QStringLiteral("--bare"), QStringLiteral("-b"), QStringLiteral("main"), bare },
            &code);
        QCOMPARE(code, 0);
        const auto r = Publisher::publish(m_package, QStringLiteral("git:") + bare);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.location, QStringLiteral("v1"));
        QCOMPARE(runGit({ QStringLiteral("--git-dir"), bare, QStringLiteral("tag"), QStringLiteral("-l") }),
            QStringLiteral("v1"));
        const QString listed = runGit({ QStringLiteral("--git-dir"), bare, QStringLiteral("ls-tree"),
            QStringLiteral("-r"), QStringLiteral("--name-only"), QStringLiteral("v1") });
        QVERIFY2(listed.contains(QLatin1String("Strip defects/manifest.json")), qPrintable(listed));
        QVERIFY(listed.contains(QLatin1String("Strip defects/coco/images/strip_001.png")));
        const auto again = Publisher::publish(m_package, QStringLiteral("git:") + bare);
        QVERIFY2(again.error.contains(QLatin1String("never overwritten")), qPrintable(again.error));
        const auto second = Publisher::publish(m_dir.filePath(QStringLiteral("pkg-v2")), QStringLiteral("git:") + bare);
        QVERIFY2(second.error.isEmpty(), qPrintable(second.error));
        QCOMPARE(runGit({ QStringLiteral("--git-dir"), bare, QStringLiteral("tag"), QStringLiteral("-l") }),
            QStringLiteral("v1\nv2"));
    }

    void refusedPushPublishesNothing()
    {
        const QString bare = m_dir.filePath(QStringLiteral("refusing.git"));
        runGit(
            { QStringLiteral("init"), QStringLiteral("--bare"), QStringLiteral("-b"), QStringLiteral("main"), bare });
        QFile hook(bare + QStringLiteral("/hooks/pre-receive"));
        QVERIFY(hook.open(QIODevice::WriteOnly));
        hook.write("#!/bin/sh\necho 'datasets are frozen' >&2\nexit 1\n");
        hook.close();
        hook.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        const auto r = Publisher::publish(m_package, QStringLiteral("git:") + bare);
        QVERIFY2(r.error.contains(QLatin1String("refused")), qPrintable(r.error));
        QVERIFY(r.error.contains(QLatin1String("frozen")));
        QCOMPARE(runGit({ QStringLiteral("--git-dir"), bare, QStringLiteral("tag"), QStringLiteral("-l") }), QString());
    }

    void toGitSmartHttp()
    {
        const QString root = m_dir.filePath(QStringLiteral("http-root"));
        QDir().mkpath(root);
        const QString bare = root + QStringLiteral("/datasets.git");
        runGit(
            { QStringLiteral("init"), QStringLiteral("--bare"), QStringLiteral("-b"), QStringLiteral("main"), bare });
        runGit({ QStringLiteral("--git-dir"), bare, QStringLiteral("config"), QStringLiteral("http.receivepack"),
            QStringLiteral("true") });
        GitHttpServer server(root);
        const QString url = QStringLiteral("http://127.0.0.1:%1/datasets.git").arg(server.port());
        const auto r = Publisher::publish(m_package, QStringLiteral("git:") + url, Publisher::Lfs::Off);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY(server.requests() >= 3);
        QCOMPARE(runGit({ QStringLiteral("--git-dir"), bare, QStringLiteral("tag"), QStringLiteral("-l") }),
            QStringLiteral("v1"));
        const auto again = Publisher::publish(m_package, QStringLiteral("git:") + url, Publisher::Lfs::Off);
        QVERIFY2(again.error.contains(QLatin1String("never overwritten")), qPrintable(again.error));
    }
};

QTEST_GUILESS_MAIN(TestPublish)
#include "tst_publish.moc"
