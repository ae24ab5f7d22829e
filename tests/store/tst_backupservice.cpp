// BackupService: scheduled backups and verified restores, on SQLite files and on the test process's own
// PostgreSQL server (pg_dump / pg_restore from the same installation).
#include "store/backupservice.h"
#include "store/database.h"
#include "store/store.h"
#include "storetest.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ww;
using namespace wwtest;

class TestBackupService : public QObject
{
    Q_OBJECT
private slots:
    void sqliteBackupModifyRestore();
    void backupWhileOpenUsesTheConnection();
    void rotationKeepsNewest_data();
    void rotationKeepsNewest();
    void backupRefusesExistingFile();
    void damagedBackupIsRefused_data();
    void damagedBackupIsRefused();
    void isDue();
    void otherArchivesBackupsAreIgnored();
    void passwordStaysOutOfArgv();
    void postgresBackupModifyRestore();
    void postgresDamagedBackupIsRefused_data();
    void postgresDamagedBackupIsRefused();

private:
    static void populate(const QString &location, int feeds, const QString &tagName);
    static qint64 count(const QString &location, const QString &table);
    static QStringList tagNames(const QString &location);
    static BackupService::Options pgOptions(const QString &dir);
};

void TestBackupService::populate(const QString &location, int feeds, const QString &tagName)
{
    Database db;
    if (Status s = db.open(location); !s)
        qFatal("%s", qPrintable(s.error().message));
    Store store(db);
    for (int i = 0; i < feeds; ++i) {
        Feed f;
        f.url = QUrl(QStringLiteral("https://feeds.example/%1/%2.xml").arg(tagName).arg(i));
        f.title = QStringLiteral("Feed %1 with a title long enough to fill a few pages").arg(i);
        const Result<qint64> id = store.feeds().addFeed(f);
        if (!id)
            qFatal("addFeed failed");
        if (i == 0 && !store.articles().ingest(*id, feedOf({item(tagName + QStringLiteral("-a"), tagName)})))
            qFatal("ingest failed");
    }
    if (!store.tags().create(tagName))
        qFatal("tag failed");
}

qint64 TestBackupService::count(const QString &location, const QString &table)
{
    Database db;
    if (!db.open(location).ok())
        return -1;
    QSqlQuery q = db.query();
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QStringList TestBackupService::tagNames(const QString &location)
{
    Database db;
    if (!db.open(location).ok())
        return {QStringLiteral("<cannot open>")};
    QSqlQuery q = db.query();
    QStringList names;
    q.exec(QStringLiteral("SELECT name FROM tags ORDER BY name"));
    while (q.next())
        names << q.value(0).toString();
    return names;
}

BackupService::Options TestBackupService::pgOptions(const QString &dir)
{
    BackupService::Options options;
    options.directory = dir;
    // pg_dump must be at least as new as the server: take it from the server's own installation.
    options.pgBinDir = PgServer::binDir();
    return options;
}

void TestBackupService::sqliteBackupModifyRestore()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("archive.sqlite"));
    populate(path, 30, QStringLiteral("before"));
    BackupService::Options options;
    options.directory = dir.filePath(QStringLiteral("backups"));
    BackupService service(path, options);
    QVERIFY(service.backups().isEmpty());
    const Result<QString> backup = service.backupNow();
    QVERIFY2(backup.ok(), backup.ok() ? "" : qPrintable(backup.error().message));
    QVERIFY(QFileInfo(*backup).fileName().startsWith(QLatin1String("archive-")));
    QCOMPARE(service.latestBackup(), *backup);

    populate(path, 5, QStringLiteral("after"));
    QCOMPARE(count(path, QStringLiteral("feeds")), 35);
    const QByteArray modified = sha256(path);

    const Result<QString> aside = service.restore(*backup);
    QVERIFY2(aside.ok(), aside.ok() ? "" : qPrintable(aside.error().message));
    QCOMPARE(count(path, QStringLiteral("feeds")), 30);
    QCOMPARE(count(path, QStringLiteral("articles")), 1);
    QCOMPARE(tagNames(path), QStringList{QStringLiteral("before")});
    // The replaced file is kept byte for byte, never deleted.
    QVERIFY(!aside->isEmpty());
    QCOMPARE(sha256(*aside), modified);
    QCOMPARE(count(*aside, QStringLiteral("feeds")), 35);
}

void TestBackupService::backupWhileOpenUsesTheConnection()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("open.sqlite"));
    populate(path, 3, QStringLiteral("x"));
    Database db;
    QVERIFY(db.open(path).ok()); // holds the instance lock, as the running app does
    BackupService::Options options;
    options.directory = dir.filePath(QStringLiteral("b"));
    BackupService service(path, options);
    const Result<QString> backup = service.backupNow(&db);
    QVERIFY2(backup.ok(), backup.ok() ? "" : qPrintable(backup.error().message));
    QCOMPARE(count(*backup, QStringLiteral("feeds")), 3);
    // Restoring over the open archive is refused and changes nothing.
    const QByteArray before = sha256(path);
    const Result<QString> busy = service.restore(*backup);
    QCOMPARE(busy.error().code, Error::Code::DatabaseLocked);
    QCOMPARE(sha256(path), before);
}

void TestBackupService::rotationKeepsNewest_data()
{
    QTest::addColumn<int>("keep");
    QTest::addColumn<int>("made");
    QTest::addRow("keep 1 of 3") << 1 << 3;
    QTest::addRow("keep 3 of 5") << 3 << 5;
    QTest::addRow("keep 4 of 2") << 4 << 2;
}

void TestBackupService::rotationKeepsNewest()
{
    QFETCH(int, keep);
    QFETCH(int, made);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rot.sqlite"));
    populate(path, 1, QStringLiteral("r"));
    BackupService::Options options;
    options.directory = dir.filePath(QStringLiteral("backups"));
    options.keep = keep;
    BackupService service(path, options);
    QStringList made_;
    for (int i = 0; i < made; ++i) {
        const Result<QString> b = service.backupNow();
        QVERIFY2(b.ok(), b.ok() ? "" : qPrintable(b.error().message));
        made_.prepend(*b);
    }
    // The newest `keep`, newest first; the others are gone from the disk.
    QCOMPARE(service.backups(), made_.mid(0, qMin(keep, made)));
    for (qsizetype i = keep; i < made_.size(); ++i)
        QVERIFY(!QFileInfo::exists(made_.at(i)));
}

void TestBackupService::backupRefusesExistingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.sqlite"));
    populate(path, 1, QStringLiteral("t"));
    const QString target = dir.filePath(QStringLiteral("taken.sqlite"));
    QFile f(target);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("keep me");
    f.close();
    BackupService service(path);
    QVERIFY(!service.backupTo(target).ok());
    QCOMPARE(sha256(target),
             QByteArray(QCryptographicHash::hash("keep me", QCryptographicHash::Sha256).toHex()));
}

void TestBackupService::damagedBackupIsRefused_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addRow("garbage") << QStringLiteral("garbage");
    QTest::addRow("truncated") << QStringLiteral("truncate");
    QTest::addRow("page 3 overwritten") << QStringLiteral("page");
    QTest::addRow("empty file") << QStringLiteral("empty");
}

void TestBackupService::damagedBackupIsRefused()
{
    QFETCH(QString, damage);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("live.sqlite"));
    populate(path, 200, QStringLiteral("live"));
    BackupService::Options options;
    options.directory = dir.filePath(QStringLiteral("backups"));
    BackupService service(path, options);
    const Result<QString> backup = service.backupNow();
    QVERIFY(backup.ok());
    {
        QFile f(*backup);
        const qint64 size = f.size();
        QVERIFY2(size > 8 * 4096, "the backup should span many pages");
        QVERIFY(f.open(QIODevice::ReadWrite));
        if (damage == QLatin1String("garbage")) {
            f.write(QByteArray(size, 'x'));
        } else if (damage == QLatin1String("truncate")) {
            QVERIFY(f.resize(size / 2));
        } else if (damage == QLatin1String("page")) {
            f.seek(2 * 4096);
            f.write(QByteArray(4096, '\xA5'));
        } else {
            QVERIFY(f.resize(0));
        }
    }
    populate(path, 1, QStringLiteral("newer"));
    const QByteArray before = sha256(path);
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);
    const Result<QString> r = service.restore(*backup);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().code == Error::Code::DatabaseCorrupt, qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(QLatin1String("nothing was restored")),
             qPrintable(r.error().message));
    QCOMPARE(sha256(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), filesBefore);
}

void TestBackupService::isDue()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("due.sqlite"));
    populate(path, 1, QStringLiteral("d"));
    BackupService::Options options;
    options.directory = dir.filePath(QStringLiteral("backups"));
    BackupService service(path, options);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(service.isDue(24 * 3600, now)); // never backed up
    QVERIFY(service.backupNow().ok());
    QVERIFY(!service.isDue(24 * 3600, now.addSecs(60)));
    QVERIFY(service.isDue(24 * 3600, now.addSecs(25 * 3600)));
    QVERIFY(service.isDue(24 * 3600, now.addSecs(-3600))); // the clock went back: do not trust the stamp
}

void TestBackupService::otherArchivesBackupsAreIgnored()
{
    QTemporaryDir dir;
    const QString one = dir.filePath(QStringLiteral("one.sqlite"));
    const QString two = dir.filePath(QStringLiteral("one-two.sqlite"));
    populate(one, 1, QStringLiteral("a"));
    populate(two, 2, QStringLiteral("b"));
    BackupService::Options options;
    options.directory = dir.filePath(QStringLiteral("backups"));
    options.keep = 1;
    BackupService first(one, options);
    BackupService second(two, options);
    QVERIFY(first.backupNow().ok());
    QVERIFY(second.backupNow().ok());
    QVERIFY(second.backupNow().ok());
    QCOMPARE(first.backups().size(), 1); // rotation of one archive never deletes another's backups
    QCOMPARE(second.backups().size(), 1);
    QCOMPARE(count(first.latestBackup(), QStringLiteral("feeds")), 1);
    QCOMPARE(count(second.latestBackup(), QStringLiteral("feeds")), 2);
}

void TestBackupService::passwordStaysOutOfArgv()
{
    BackupService::Options options;
    options.pgBinDir = QStringLiteral("/opt/pg/bin");
    options.directory = QDir::tempPath();
    BackupService service(
        QStringLiteral("postgresql://analyst:s3cr%20et@db.example:5433/wire%20desk?sslmode=require"),
        options);
    QVERIFY(service.isPostgres());
    const Result<BackupService::Invocation> run =
        service.pgInvocation(QStringLiteral("pg_dump"), {QStringLiteral("--format=custom")});
    QVERIFY2(run.ok(), run.ok() ? "" : qPrintable(run.error().message));
    QCOMPARE(run->program, QStringLiteral("/opt/pg/bin/pg_dump"));
    QVERIFY(!run->arguments.join(QLatin1Char(' ')).contains(QLatin1String("s3cr")));
    QCOMPARE(run->environment.value(QStringLiteral("PGPASSWORD")), QStringLiteral("s3cr et"));
    QVERIFY(run->arguments.contains(QStringLiteral("--no-password")));
    QVERIFY(run->arguments.contains(QStringLiteral("--dbname=host='db.example' port=5433 dbname='wire desk' "
                                                   "user='analyst' sslmode='require'")));
}

void TestBackupService::postgresBackupModifyRestore()
{
    PgServer &server = PgServer::instance();
    QVERIFY2(server.ok(), qPrintable(server.error()));
    const QString conn = server.createDatabase();
    QTemporaryDir dir;
    populate(conn, 12, QStringLiteral("before"));
    BackupService service(conn, pgOptions(dir.path()));
    const Result<QString> backup = service.backupNow();
    QVERIFY2(backup.ok(), backup.ok() ? "" : qPrintable(backup.error().message));
    QVERIFY(QFileInfo(*backup).fileName().startsWith(QLatin1String("pg-wwtest_")));
    QCOMPARE(service.latestBackup(), *backup);

    populate(conn, 4, QStringLiteral("after"));
    QCOMPARE(count(conn, QStringLiteral("feeds")), 16);
    const Result<QString> restored = service.restore(*backup);
    QVERIFY2(restored.ok(), restored.ok() ? "" : qPrintable(restored.error().message));
    QCOMPARE(count(conn, QStringLiteral("feeds")), 12);
    QCOMPARE(count(conn, QStringLiteral("articles")), 1);
    QCOMPARE(tagNames(conn), QStringList{QStringLiteral("before")});
    // The restored archive takes writes again (sequences came back with the data).
    populate(conn, 1, QStringLiteral("later"));
    QCOMPARE(count(conn, QStringLiteral("feeds")), 13);
}

void TestBackupService::postgresDamagedBackupIsRefused_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addRow("garbage") << QStringLiteral("garbage");
    QTest::addRow("truncated dump") << QStringLiteral("truncate");
}

void TestBackupService::postgresDamagedBackupIsRefused()
{
    QFETCH(QString, damage);
    PgServer &server = PgServer::instance();
    QVERIFY2(server.ok(), qPrintable(server.error()));
    const QString conn = server.createDatabase();
    QTemporaryDir dir;
    populate(conn, 40, QStringLiteral("live"));
    BackupService service(conn, pgOptions(dir.path()));
    const Result<QString> backup = service.backupNow();
    QVERIFY2(backup.ok(), backup.ok() ? "" : qPrintable(backup.error().message));
    {
        QFile f(*backup);
        const qint64 size = f.size();
        QVERIFY(f.open(QIODevice::ReadWrite));
        if (damage == QLatin1String("garbage"))
            f.write(QByteArray(size, 'x'));
        else
            QVERIFY(f.resize(size * 2 / 3));
    }
    populate(conn, 2, QStringLiteral("newer"));
    const Result<QString> r = service.restore(*backup);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QLatin1String("nothing was restored")) ||
                 r.error().message.contains(QLatin1String("rolled back")),
             qPrintable(r.error().message));
    // Nothing changed: the newer rows are still there, none of the old ones were dropped.
    QCOMPARE(count(conn, QStringLiteral("feeds")), 42);
    QCOMPARE(tagNames(conn), (QStringList{QStringLiteral("live"), QStringLiteral("newer")}));
}

QTEST_GUILESS_MAIN(TestBackupService)
#include "tst_backupservice.moc"
