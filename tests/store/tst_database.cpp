#include "storetest.h"

#include "store/database.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTest>

using namespace ww;
using namespace wwtest;

class TestDatabase : public QObject
{
    Q_OBJECT
private slots:
    void defaultPath();
    void freshOpenSetsPragmas();
    void damagedFileIsReportedAndKept_data();
    void damagedFileIsReportedAndKept();
    void foreignSqliteFileIsRefused();
    void secondInstanceIsLocked();
    void readOnlyMode();
    void transactionRollsBackOnFailure();
    void nestedFailureRollsBackOuter();
    void durableWriteUsesFullSync();
    void durableWriteSurvivesReopen();
    void backupRefusesToOverwrite();
    void backupAndRestoreRoundTrip();
    void restoreRefusesDamagedBackup();
    void connectionsAreUniqueAndRemoved();

private:
    // A real database with a few hundred rows, so it spans many pages.
    static QString makePopulated(const QString &path, int feeds = 200);
    static qint64 feedCount(Database &db);
};

QString TestDatabase::makePopulated(const QString &path, int feeds)
{
    Database db;
    if (Status s = db.open(path); !s)
        qFatal("%s", qPrintable(s.error().message));
    Store store(db);
    for (int i = 0; i < feeds; ++i) {
        Feed f;
        f.url = QUrl(QStringLiteral("https://feeds.example/%1.xml").arg(i));
        f.title = QStringLiteral("Feed number %1 with a reasonably long title to fill pages").arg(i);
        if (!store.feeds().addFeed(f))
            qFatal("addFeed failed");
    }
    return path;
}

qint64 TestDatabase::feedCount(Database &db)
{
    QSqlQuery q = db.query();
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM feeds")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void TestDatabase::defaultPath()
{
    QVERIFY(Database::defaultPath().endsWith(QLatin1String("/wirewatch.sqlite")));
}

void TestDatabase::freshOpenSetsPragmas()
{
    TempDatabase t;
    QVERIFY(t.open());
    QVERIFY(t.db.isOpen());
    QCOMPARE(t.db.schemaVersion(), Migrations().latestVersion());
    QSqlQuery q = t.db.query();
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1); // NORMAL, never OFF
    QVERIFY(q.exec(QStringLiteral("PRAGMA busy_timeout")) && q.next());
    QVERIFY(q.value(0).toInt() > 0);
    const Result<QStringList> check = t.db.quickCheck();
    QVERIFY(check.ok());
    QVERIFY(check->isEmpty());
}

void TestDatabase::damagedFileIsReportedAndKept_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addRow("random garbage") << "garbage";
    QTest::addRow("plain text file") << "text";
    QTest::addRow("truncated to 40 percent") << "truncate";
    QTest::addRow("page 2 overwritten") << "page2";
    QTest::addRow("header magic broken") << "header";
}

void TestDatabase::damagedFileIsReportedAndKept()
{
    QFETCH(QString, damage);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
    if (damage == QLatin1String("garbage") || damage == QLatin1String("text")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        if (damage == QLatin1String("text")) {
            f.write("These are my notes, not a database.\n");
        } else {
            QByteArray bytes(64 * 1024, '\0');
            QRandomGenerator rng(42);
            for (char &c : bytes)
                c = char(rng.bounded(256));
            f.write(bytes);
        }
    } else {
        makePopulated(path);
        QFile f(path);
        const qint64 size = f.size();
        QVERIFY2(size > 8 * 4096, "the fixture should span many pages");
        QVERIFY(f.open(QIODevice::ReadWrite));
        if (damage == QLatin1String("truncate")) {
            QVERIFY(f.resize(size * 4 / 10));
        } else if (damage == QLatin1String("page2")) {
            f.seek(4096);
            f.write(QByteArray(4096, '\xA5'));
        } else {
            f.seek(0);
            f.write("Not SQLite format");
        }
    }
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    const QByteArray before = sha256(path);
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);

    Database db;
    const Status s = db.open(path);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, Error::Code::DatabaseCorrupt);
    QVERIFY2(s.error().message.contains(QLatin1String("backup")), qPrintable(s.error().message));
    QVERIFY(!db.isOpen());
    QCOMPARE(sha256(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), filesBefore);
}

void TestDatabase::foreignSqliteFileIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery q(other);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    const QByteArray before = sha256(path);
    Database db;
    const Status s = db.open(path);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, Error::Code::InvalidArgument);
    QVERIFY(s.error().message.contains(QLatin1String("not a Wirewatch")));
    QCOMPARE(sha256(path), before);
}

void TestDatabase::secondInstanceIsLocked()
{
    TempDatabase t;
    QVERIFY(t.open());
    Database second;
    Database::Options options;
    options.lockWaitMs = 50;
    const Status s = second.open(t.path, options);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, Error::Code::DatabaseLocked);
    // The message names who holds it, so the analyst can find the other window.
    QVERIFY2(s.error().message.contains(QString::number(QCoreApplication::applicationPid())),
             qPrintable(s.error().message));
    QVERIFY2(s.error().message.contains(QSysInfo::machineHostName()), qPrintable(s.error().message));
    QVERIFY(s.error().message.contains(QDir::toNativeSeparators(t.path)));
    t.db.close();
    QVERIFY(second.open(t.path, options).ok());
}

void TestDatabase::readOnlyMode()
{
    QTemporaryDir dir;
    const QString path = makePopulated(dir.filePath(QStringLiteral("ro.sqlite")), 3);
    Database writer;
    QVERIFY(writer.open(path).ok()); // a reader does not need the writer's lock
    Database db;
    Database::Options options;
    options.mode = Database::Mode::ReadOnly;
    QVERIFY(db.open(path, options).ok());
    QVERIFY(db.isReadOnly());
    QCOMPARE(feedCount(db), 3);
    Store store(db);
    Feed f;
    f.url = QUrl(QStringLiteral("https://feeds.example/new.xml"));
    QVERIFY(!store.feeds().addFeed(f).ok());
    QCOMPARE(feedCount(db), 3);

    Database missing;
    const Status s = missing.open(dir.filePath(QStringLiteral("nope.sqlite")), options);
    QCOMPARE(s.error().code, Error::Code::NotFound);
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("nope.sqlite"))));
}

void TestDatabase::transactionRollsBackOnFailure()
{
    TempDatabase t;
    QVERIFY(t.open());
    const Status s = t.db.transaction([&]() -> Status {
        QSqlQuery q = t.db.query();
        if (!q.exec(QStringLiteral("INSERT INTO feeds (url, created_at) VALUES ('https://a.example/', 1)")))
            return Error(Error::Code::Database, q.lastError().text());
        return Error(Error::Code::Cancelled, QStringLiteral("stop"));
    });
    QCOMPARE(s.error().code, Error::Code::Cancelled);
    QCOMPARE(feedCount(t.db), 0);
    QVERIFY(!t.db.inTransaction());
}

void TestDatabase::nestedFailureRollsBackOuter()
{
    TempDatabase t;
    QVERIFY(t.open());
    const Status s = t.db.transaction([&]() -> Status {
        QSqlQuery q = t.db.query();
        q.exec(QStringLiteral("INSERT INTO feeds (url, created_at) VALUES ('https://a.example/', 1)"));
        // The caller ignores the inner failure; the outer transaction must still roll back.
        const Status inner = t.db.transaction(
            [&]() -> Status { return Error(Error::Code::Database, QStringLiteral("inner failed")); });
        Q_UNUSED(inner)
        return {};
    });
    QVERIFY(!s.ok());
    QCOMPARE(s.error().message, QStringLiteral("inner failed"));
    QCOMPARE(feedCount(t.db), 0);
}

void TestDatabase::durableWriteUsesFullSync()
{
    TempDatabase t;
    QVERIFY(t.open());
    auto level = [&] {
        QSqlQuery q = t.db.query();
        q.exec(QStringLiteral("PRAGMA synchronous"));
        q.next();
        return q.value(0).toInt();
    };
    int inside = -1;
    QVERIFY(t.db.transaction(
                    [&]() -> Status {
                        inside = level();
                        return {};
                    },
                    Database::Durability::Full)
                .ok());
    QCOMPARE(inside, 2);  // FULL
    QCOMPARE(level(), 1); // back to NORMAL for bulk ingestion
    QVERIFY(t.db.transaction([&]() -> Status {
                    inside = level();
                    return {};
                })
                .ok());
    QCOMPARE(inside, 1);
}

void TestDatabase::durableWriteSurvivesReopen()
{
    TempDatabase t;
    QVERIFY(t.open());
    QVERIFY(t.db.transaction(
                    [&]() -> Status {
                        QSqlQuery q = t.db.query();
                        q.prepare(
                            QStringLiteral("INSERT INTO tags (name, name_key, created_at) VALUES (?, ?, 1)"));
                        q.addBindValue(QStringLiteral("Wagner"));
                        q.addBindValue(QStringLiteral("wagner"));
                        return q.exec() ? Status() : Error(Error::Code::Database, q.lastError().text());
                    },
                    Database::Durability::Full)
                .ok());
    t.db.close();
    QVERIFY(t.open());
    QSqlQuery q = t.db.query();
    QVERIFY(q.exec(QStringLiteral("SELECT name FROM tags")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("Wagner"));
}

void TestDatabase::backupRefusesToOverwrite()
{
    TempDatabase t;
    QVERIFY(t.open());
    const QString backup = t.dir.filePath(QStringLiteral("existing.bak"));
    QFile f(backup);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("keep me");
    f.close();
    const Status s = t.db.backupTo(backup);
    QVERIFY(!s.ok());
    QVERIFY(s.error().message.contains(QLatin1String("already exists")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("keep me"));
}

void TestDatabase::backupAndRestoreRoundTrip()
{
    QTemporaryDir dir;
    const QString path = makePopulated(dir.filePath(QStringLiteral("live.sqlite")), 5);
    const QString backup = dir.filePath(QStringLiteral("live.backup.sqlite"));
    {
        Database db;
        QVERIFY(db.open(path).ok());
        QVERIFY(db.backupTo(backup).ok());
        Store store(db);
        Feed f;
        f.url = QUrl(QStringLiteral("https://feeds.example/after-backup.xml"));
        QVERIFY(store.feeds().addFeed(f).ok());
        QCOMPARE(feedCount(db), 6);
        // Restoring over an open database is refused.
        const Result<QString> busy = Database::restoreFrom(backup, path);
        QCOMPARE(busy.error().code, Error::Code::DatabaseLocked);
    }
    const Result<QString> aside = Database::restoreFrom(backup, path);
    QVERIFY2(aside.ok(), aside.ok() ? "" : qPrintable(aside.error().message));
    QVERIFY(!aside->isEmpty());
    QVERIFY(QFileInfo::exists(*aside)); // the replaced file is kept, never deleted
    Database restored;
    QVERIFY(restored.open(path).ok());
    QCOMPARE(feedCount(restored), 5);
    Database old;
    QVERIFY(old.open(*aside).ok());
    QCOMPARE(feedCount(old), 6);
}

void TestDatabase::restoreRefusesDamagedBackup()
{
    QTemporaryDir dir;
    const QString path = makePopulated(dir.filePath(QStringLiteral("live.sqlite")), 2);
    const QString backup = dir.filePath(QStringLiteral("bad.backup"));
    QFile f(backup);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(10000, 'x'));
    f.close();
    const QByteArray before = sha256(path);
    const Result<QString> r = Database::restoreFrom(backup, path);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::DatabaseCorrupt);
    QCOMPARE(sha256(path), before);
}

void TestDatabase::connectionsAreUniqueAndRemoved()
{
    TempDatabase a;
    QTemporaryDir dir;
    Database b;
    QVERIFY(a.open());
    QVERIFY(b.open(dir.filePath(QStringLiteral("b.sqlite"))).ok());
    QVERIFY(a.db.connectionName() != b.connectionName());
    const QString name = b.connectionName();
    QVERIFY(QSqlDatabase::contains(name));
    b.close();
    QVERIFY(!QSqlDatabase::contains(name));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
