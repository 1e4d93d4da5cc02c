// The project file: creation, migrations (one test per step), refused files.
#include "project/migrator.h"
#include "project/project.h"
#include "project/statement.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace rwb::project;

class TestProjectFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    static QByteArray bytes(const QString &file)
    {
        QFile f(file);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }
    /// A project file whose core schema stops at \a version (as an older release wrote it).
    QString oldProject(const QString &name, int version)
    {
        const QString file = path(name);
        Database db;
        db.open(file, Database::Mode::Create);
        db.exec(QStringLiteral("PRAGMA application_id = %1").arg(Project::ApplicationId));
        Migrator::migrate(db, Migrator::coreSet(), version);
        if (version > 0)
            db.exec("INSERT INTO meta (key, value) VALUES ('project_id', 'old'), ('name', 'Old project')");
        return file;
    }
    void expectRefused(const QString &file, StoreError::Code code, const QString &needle)
    {
        const QByteArray before = bytes(file);
        try {
            Project::open(file, QStringLiteral("tester"));
            QFAIL("the file was opened");
        } catch (const StoreError &e) {
            QCOMPARE(int(e.code()), int(code));
            QVERIFY2(e.message().contains(needle), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QFileInfo(file).fileName()), qPrintable(e.message()));
        }
        QCOMPARE(bytes(file), before);
        QVERIFY(!QFile::exists(file + QLatin1String("-wal")) || QFileInfo(file + QLatin1String("-wal")).size() == 0);
    }

private slots:
    void createAndReopen()
    {
        QString id;
        {
            auto p
                = Project::create(path(QStringLiteral("a.rwb")), QStringLiteral("Strip defects"), QStringLiteral("li"));
            QCOMPARE(p->name(), QStringLiteral("Strip defects"));
            QCOMPARE(p->schemaVersion(), Migrator::coreSet().latestVersion());
            QVERIFY(p->userId().has_value());
            id = p->id();
            Statement s = p->db().prepare("PRAGMA journal_mode");
            QVERIFY(s.step());
            QCOMPARE(s.text(0), QStringLiteral("wal"));
        }
        auto p = Project::open(path(QStringLiteral("a.rwb")), QStringLiteral("li"));
        QCOMPARE(p->id(), id);
        QVERIFY(p->users().byName(QStringLiteral("li")));
    }

    void createRefusesExistingFile()
    {
        QFile f(path(QStringLiteral("exists.rwb")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me");
        f.close();
        QVERIFY_THROWS_EXCEPTION(StoreError, Project::create(path(QStringLiteral("exists.rwb")), {}));
        QCOMPARE(bytes(path(QStringLiteral("exists.rwb"))), QByteArray("keep me"));
    }

    void migrationSteps_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v < Migrator::coreSet().latestVersion(); ++v)
            QTest::addRow("from %d", v) << v;
    }

    void migrationSteps()
    {
        QFETCH(int, from);
        const QString file = oldProject(QStringLiteral("old%1.rwb").arg(from), from);
        if (from == 0) {
            // Version 0 has no meta table at all: not a project yet.
            expectRefused(file, StoreError::Code::NotProject, QStringLiteral("another program"));
            return;
        }
        auto p = Project::open(file, QStringLiteral("tester"));
        QCOMPARE(p->schemaVersion(), Migrator::coreSet().latestVersion());
        QCOMPARE(p->name(), QStringLiteral("Old project"));
        QVERIFY2(QFile::exists(file + QStringLiteral(".schema%1.bak").arg(from)), "no backup before the migration");
        // Every table of the latest schema works after the upgrade.
        Asset a;
        a.uri = QStringLiteral("x.png");
        a.sha256 = QStringLiteral("00");
        p->assets().add(a);
        Annotation ann;
        ann.assetId = a.id;
        ann.kind = QStringLiteral("box");
        ann.extent = QRectF(1, 2, 3, 4);
        p->annotations().add(ann);
        QCOMPARE(p->annotations().idsInWindow(a.id, QRectF(0, 0, 2, 3)), QList<qint64> { ann.id });
        QVERIFY(p->audit().count() >= 2);
    }

    void migration6AddsOverlapRule()
    {
        const QString file = oldProject(QStringLiteral("old5overlap.rwb"), 5);
        {
            // A class made before the column existed.
            Database db;
            db.open(file, Database::Mode::ReadWrite);
            db.exec("INSERT INTO label_classes (name) VALUES ('chatter')");
        }
        auto p = Project::open(file, QStringLiteral("tester"));
        QCOMPARE(p->schemaVersion(), Migrator::coreSet().latestVersion());
        const auto chatter = p->labels().classByName(QStringLiteral("chatter"));
        QVERIFY(chatter);
        QVERIFY(chatter->allowOverlap); // the old behaviour is kept
        LabelClass strict = *chatter;
        strict.allowOverlap = false;
        p->labels().updateClass(strict);
        QVERIFY(!p->labels().classById(chatter->id)->allowOverlap);
        QCOMPARE(LabelClass::fromJson(p->labels().classById(chatter->id)->toJson()).allowOverlap, false);
        QVERIFY(LabelClass::fromJson(QJsonObject { { QStringLiteral("name"), QStringLiteral("x") } }).allowOverlap);
    }

    void migration5KeepsRowsAndConstraints()
    {
        // Version 5 rewrites the CHECK constraints of annotations in place: rows, relations and
        // triggers stay, the same values are refused, and inserts no longer build a temporary
        // B-tree per row for the IN lists.
        const QString file = oldProject(QStringLiteral("old4checks.rwb"), 4);
        {
            Database db;
            db.open(file, Database::Mode::ReadWrite);
            db.exec(
                "INSERT INTO assets (id, kind, uri, sha256, added, modified) VALUES (1, 'image', 'a', 'a', 't', 't');"
                "INSERT INTO annotations (id, asset_id, kind, source, state, created, modified) VALUES"
                " (1, 1, 'box', 'model', 'proposed', 't', 't'), (2, 1, 'box', 'manual', 'accepted', 't', 't');"
                "INSERT INTO annotation_relations (type, from_id, to_id, created) VALUES ('part_of', 1, 2, 't');"
                "INSERT INTO annotation_extent_pending (asset_id, id, x0, x1, y0, y1) VALUES (1, 1, 0, 1, 0, 1);");
        }
        auto p = Project::open(file, QStringLiteral("tester"));
        QCOMPARE(p->schemaVersion(), Migrator::coreSet().latestVersion());
        auto scalar = [&](const char *sql) {
            Statement s = p->db().prepare(sql);
            return s.step() ? s.value(0) : QVariant();
        };
        QCOMPARE(scalar("PRAGMA integrity_check").toString(), QStringLiteral("ok"));
        QCOMPARE(scalar("SELECT group_concat(source || '/' || state) FROM annotations ORDER BY id").toString(),
            QStringLiteral("model/proposed,manual/accepted"));
        QCOMPARE(scalar("SELECT count(*) FROM annotation_relations").toInt(), 1);
        const QString sql = scalar("SELECT sql FROM sqlite_schema WHERE name = 'annotations'").toString();
        QVERIFY2(!sql.contains(QLatin1String(" IN (")), qPrintable(sql));
        QVERIFY2(sql.contains(QLatin1String("state = 'rejected'")), qPrintable(sql));
        QVERIFY(!scalar("SELECT 1 FROM sqlite_schema WHERE name = 'rwb_schema_cookie'").isValid());
        for (const char *bad : { "INSERT INTO annotations (asset_id, kind, source, created, modified)"
                                 " VALUES (1, 'box', 'oracle', 't', 't')",
                 "INSERT INTO annotations (asset_id, kind, state, created, modified) VALUES (1, 'box', 'maybe', 't', "
                 "'t')",
                 "UPDATE annotations SET state = 'Accepted' WHERE id = 1" }) {
            try {
                p->db().exec(bad);
                QFAIL(bad);
            } catch (const StoreError &e) {
                QCOMPARE(int(e.code()), int(StoreError::Code::Constraint));
            }
        }
        // This connection and a new one both compile the new constraints.
        auto ephemeralTables = [](Database &db) {
            Statement plan = db.prepare("EXPLAIN INSERT INTO annotations (asset_id, kind, created, modified)"
                                        " VALUES (1, 'box', 't', 't')");
            int n = 0;
            while (plan.step())
                n += plan.text(1) == QLatin1String("OpenEphemeral");
            return n;
        };
        QCOMPARE(ephemeralTables(p->db()), 0);
        Database other;
        other.open(file, Database::Mode::ReadOnly);
        QCOMPARE(ephemeralTables(other), 0);
        // Deleting still cascades to relations and pending extents (the triggers survived).
        p->db().exec("PRAGMA foreign_keys = ON; DELETE FROM annotations WHERE id = 1");
        QCOMPARE(scalar("SELECT count(*) FROM annotation_relations").toInt(), 0);
        QCOMPARE(scalar("SELECT count(*) FROM annotation_extent_pending").toInt(), 0);
    }

    void refusesNewerSchema()
    {
        const QString file = path(QStringLiteral("newer.rwb"));
        {
            auto p = Project::create(file, {});
            p->db().exec("UPDATE meta SET value = '999' WHERE key = 'schema_version'");
        }
        expectRefused(file, StoreError::Code::NewerSchema, QStringLiteral("newer"));
    }

    void refusesNonSqlite()
    {
        const QString file = path(QStringLiteral("photo.rwb"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(2000, 'x'));
        f.close();
        expectRefused(file, StoreError::Code::NotSqlite, QStringLiteral("not an SQLite database"));
    }

    void refusesEmptyFile()
    {
        const QString file = path(QStringLiteral("empty.rwb"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        expectRefused(file, StoreError::Code::NotSqlite, QStringLiteral("not an SQLite database"));
    }

    void refusesOtherSqliteDatabase()
    {
        const QString file = path(QStringLiteral("other.db"));
        {
            Database db;
            db.open(file, Database::Mode::Create);
            db.exec("CREATE TABLE t (x); INSERT INTO t VALUES (1);");
        }
        expectRefused(file, StoreError::Code::NotProject, QStringLiteral("another program"));
    }

    void refusesDamagedFile()
    {
        const QString file = path(QStringLiteral("damaged.rwb"));
        {
            auto p = Project::create(file, {});
            for (int i = 0; i < 200; ++i) {
                Asset a;
                a.uri = QStringLiteral("img%1.png").arg(i);
                a.sha256 = QString::number(i);
                p->assets().add(a);
            }
            p->db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        // Overwrite the middle pages (b-tree pages of the tables) with garbage.
        const qint64 size = f.size();
        f.seek(4096 * 2);
        f.write(QByteArray(int(qMin<qint64>(size - 8192, 4096 * 6)), '\xA5'));
        f.close();
        expectRefused(file, StoreError::Code::Damaged, QStringLiteral("damaged"));
    }

    void refusesReadOnlyFolder()
    {
        QTemporaryDir ro;
        const QString file = ro.filePath(QStringLiteral("p.rwb"));
        Project::create(file, {});
        QVERIFY(QFile::setPermissions(ro.path(), QFile::ReadOwner | QFile::ExeOwner));
        bool mounted = false;
        if (QFileInfo(ro.path()).isWritable()) {
            // root ignores permissions: make the folder a read-only bind mount instead.
            mounted
                = QProcess::execute(QStringLiteral("mount"), { QStringLiteral("--bind"), ro.path(), ro.path() }) == 0
                && QProcess::execute(
                       QStringLiteral("mount"), { QStringLiteral("-o"), QStringLiteral("remount,bind,ro"), ro.path() })
                    == 0;
        }
        if (QFileInfo(ro.path()).isWritable()) {
            // Neither permissions nor mounts are available here: check the message on a folder
            // that does not exist instead, the other way the journal cannot be written.
            QVERIFY_THROWS_EXCEPTION(StoreError, Project::create(ro.filePath(QStringLiteral("no/such/p.rwb")), {}));
        } else {
            expectRefused(file, StoreError::Code::ReadOnly, QStringLiteral("read-only"));
        }
        if (mounted)
            QProcess::execute(QStringLiteral("umount"), { ro.path() });
        QFile::setPermissions(ro.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void refusesMissingFile()
    {
        try {
            Project::open(path(QStringLiteral("nope.rwb")), {});
            QFAIL("opened a missing file");
        } catch (const StoreError &e) {
            QCOMPARE(int(e.code()), int(StoreError::Code::NotFound));
            QVERIFY(e.message().contains(QStringLiteral("nope.rwb")));
        }
        QVERIFY(!QFile::exists(path(QStringLiteral("nope.rwb"))));
    }

    void separateConnectionsPerThread()
    {
        auto p = Project::create(path(QStringLiteral("threads.rwb")), {});
        auto other = p->openConnection();
        AssetStore store(*other);
        Asset a;
        a.uri = QStringLiteral("x.png");
        a.sha256 = QStringLiteral("abc");
        store.add(a);
        QVERIFY(p->assets().byId(a.id).has_value());
    }
};

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"
