// The start-up integrity checks split by cost (issue 5 "Scale"): the header check catches files that are not
// SQLite, broken headers and truncated copies at open; the full quick_check, when deferred to another
// connection, still finds damage inside the file; a deferred open still checks at once after an unclean
// shutdown (hot -wal) and before a schema upgrade.
#include "storetest.h"

#include "store/database.h"
#include "store/integritycheck.h"
#include "store/store.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

using namespace ww;
using namespace wwtest;

class TestIntegrityCheck : public QObject
{
    Q_OBJECT
private slots:
    void healthyFilePasses();
    void missingOrEmptyFilePasses();
    void damage_data();
    void damage();
    void hotWalChecksAtOnce();
    void schemaUpgradeChecksFirst();
    void damagedMessageOffersBackup();

private:
    static QString makePopulated(const QString &path, const Migrations &migrations = Migrations());
    static Database::Options deferred();
};

QString TestIntegrityCheck::makePopulated(const QString &path, const Migrations &migrations)
{
    Database db;
    Database::Options options;
    options.migrations = migrations;
    if (Status s = db.open(path, options); !s)
        qFatal("%s", qPrintable(s.error().message));
    Store store(db);
    for (int i = 0; i < 200; ++i) {
        Feed f;
        f.url = QUrl(QStringLiteral("https://feeds.example/%1.xml").arg(i));
        f.title = QStringLiteral("Feed number %1 with a reasonably long title to fill pages").arg(i);
        if (!store.feeds().addFeed(f))
            qFatal("addFeed failed");
    }
    return path;
}

Database::Options TestIntegrityCheck::deferred()
{
    Database::Options options;
    options.deferQuickCheck = true;
    return options;
}

void TestIntegrityCheck::healthyFilePasses()
{
    QTemporaryDir dir;
    const QString path = makePopulated(dir.filePath(QStringLiteral("ok.sqlite")));
    QVERIFY(IntegrityCheck::header(path).ok());
    QVERIFY(!IntegrityCheck::hasHotWal(path)); // closed cleanly: SQLite removed the -wal
    const Result<QStringList> problems = IntegrityCheck::quickCheck(path);
    QVERIFY2(problems.ok(), problems.ok() ? "" : qPrintable(problems.error().message));
    QVERIFY(problems->isEmpty());

    Database db;
    QVERIFY(db.open(path, deferred()).ok());
    QVERIFY(db.quickCheckDeferred()); // the caller owes the full check
    // The check runs on its own connection while this one stays open for writing.
    const Result<QStringList> again = IntegrityCheck::quickCheck(path);
    QVERIFY(again.ok());
    QVERIFY(again->isEmpty());

    Database full;
    db.close();
    QVERIFY(full.open(path).ok());
    QVERIFY(!full.quickCheckDeferred()); // the default open checks at once
}

void TestIntegrityCheck::missingOrEmptyFilePasses()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    QVERIFY(IntegrityCheck::header(path).ok());
    QFile empty(path);
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    QVERIFY(IntegrityCheck::header(path).ok());
    Database db;
    QVERIFY(db.open(path, deferred()).ok()); // a new archive is created as before
    QCOMPARE(db.schemaVersion(), Migrations().latestVersion());
}

void TestIntegrityCheck::damage_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<bool>("atOpen"); // caught by the header check, before any page is read
    QTest::addRow("random garbage") << "garbage" << true;
    QTest::addRow("plain text file") << "text" << true;
    QTest::addRow("truncated to 40 percent") << "truncate" << true;
    QTest::addRow("truncated by one page") << "truncate1" << true;
    QTest::addRow("header magic broken") << "header" << true;
    QTest::addRow("page size broken") << "pagesize" << true;
    QTest::addRow("page 2 overwritten") << "page2" << false;
    QTest::addRow("last page overwritten") << "lastpage" << false;
}

void TestIntegrityCheck::damage()
{
    QFETCH(QString, damage);
    QFETCH(bool, atOpen);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
    if (damage == QLatin1String("garbage") || damage == QLatin1String("text")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        if (damage == QLatin1String("text")) {
            f.write("These are my notes, not a database.\n");
        } else {
            QByteArray bytes(64 * 1024, '\0');
            QRandomGenerator rng(7);
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
        } else if (damage == QLatin1String("truncate1")) {
            QVERIFY(f.resize(size - 4096));
        } else if (damage == QLatin1String("page2")) {
            f.seek(4096);
            f.write(QByteArray(4096, '\xA5'));
        } else if (damage == QLatin1String("lastpage")) {
            f.seek(size - 4096);
            f.write(QByteArray(4096, '\xA5'));
        } else if (damage == QLatin1String("pagesize")) {
            f.seek(16);
            f.write(QByteArray("\x03\x00", 2)); // 768: not a power of two
        } else {
            f.seek(0);
            f.write("Not SQLite format");
        }
    }
    QVERIFY(!IntegrityCheck::hasHotWal(path));
    const QByteArray before = sha256(path);
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);

    const Status header = IntegrityCheck::header(path);
    QCOMPARE(header.ok(), !atOpen);
    if (!header.ok())
        QCOMPARE(header.error().code, Error::Code::DatabaseCorrupt);

    // The deferred open: refused at once, or opened with the full check owed.
    Database db;
    const Status opened = db.open(path, deferred());
    if (opened.ok()) {
        QVERIFY(!atOpen);
        QVERIFY(db.quickCheckDeferred());
    } else {
        QCOMPARE(opened.error().code, Error::Code::DatabaseCorrupt);
        QVERIFY2(opened.error().message.contains(QLatin1String("backup")),
                 qPrintable(opened.error().message));
    }
    // Whatever the open let through, the deferred check finds.
    const Result<QStringList> check = IntegrityCheck::quickCheck(path);
    QVERIFY(!check.ok() || !check->isEmpty());
    if (!check.ok())
        QCOMPARE(check.error().code, Error::Code::DatabaseCorrupt);
    db.close();
    // Nothing wrote to the damaged file. The read-only check may leave an empty -wal and its -shm (a reader
    // cannot remove them), which hold nothing to replay.
    QCOMPARE(sha256(path), before);
    QVERIFY(!IntegrityCheck::hasHotWal(path));
    QStringList files = QDir(dir.path()).entryList(QDir::Files);
    files.removeAll(QFileInfo(path).fileName() + QStringLiteral("-wal"));
    files.removeAll(QFileInfo(path).fileName() + QStringLiteral("-shm"));
    QCOMPARE(files, filesBefore);
}

void TestIntegrityCheck::hotWalChecksAtOnce()
{
    QTemporaryDir dir;
    const QString path = makePopulated(dir.filePath(QStringLiteral("live.sqlite")));
    Database writer;
    QVERIFY(writer.open(path).ok());
    Store store(writer);
    Feed f;
    f.url = QUrl(QStringLiteral("https://feeds.example/extra.xml"));
    QVERIFY(store.feeds().addFeed(f).ok());
    QVERIFY(IntegrityCheck::hasHotWal(path)); // the writer holds it open: to a new opener, not closed cleanly

    Database reader;
    Database::Options options = deferred();
    options.mode = Database::Mode::ReadOnly;
    QVERIFY(reader.open(path, options).ok());
    QVERIFY(!reader.quickCheckDeferred()); // checked at open, not owed
}

void TestIntegrityCheck::schemaUpgradeChecksFirst()
{
    QTemporaryDir dir;
    QList<Migration> older = Migrations::appMigrations();
    older.removeLast();
    const QString path = makePopulated(dir.filePath(QStringLiteral("old.sqlite")), Migrations(older));

    Database db;
    QVERIFY(db.open(path, deferred()).ok());
    QCOMPARE(db.schemaVersion(), Migrations().latestVersion());
    QVERIFY(!db.quickCheckDeferred()); // the upgrade wrote, so the check ran before it
    db.close();
    QVERIFY(db.open(path, deferred()).ok());
    QVERIFY(db.quickCheckDeferred()); // current schema: deferred again
}

void TestIntegrityCheck::damagedMessageOffersBackup()
{
    const Error e = IntegrityCheck::damaged(QStringLiteral("/tmp/x.sqlite"), QStringLiteral("page 7 broken"));
    QCOMPARE(e.code, Error::Code::DatabaseCorrupt);
    QVERIFY(e.message.contains(QLatin1String("page 7 broken")));
    QVERIFY(e.message.contains(QLatin1String("backup")));
    QVERIFY(e.message.contains(QDir::toNativeSeparators(QStringLiteral("/tmp/x.sqlite"))));
}

QTEST_GUILESS_MAIN(TestIntegrityCheck)
#include "tst_integritycheck.moc"
