#include "storetest.h"

#include "store/database.h"
#include "store/migrations.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTest>

using namespace ww;
using namespace wwtest;

class TestMigrations : public QObject
{
    Q_OBJECT
private slots:
    void appListIsOrderedAndDense();
    void freshDatabaseHasEveryTable_data();
    void freshDatabaseHasEveryTable();
    void upgradeFromVersionOneKeepsData();
    void newerDatabaseIsRefusedAndUntouched();
    void failingMigrationRollsBackAndRerunSucceeds();
    void failingFirstMigrationLeavesEmptyFile();
    void reopenIsANoOp();
    void sourcePaneCountsReadOnlyIndexes_data();
    void sourcePaneCountsReadOnlyIndexes();

private:
    static QList<Migration> firstSteps(int count);
    static int versionOf(Database &db);
    static bool hasTable(Database &db, const QString &name);
};

QList<Migration> TestMigrations::firstSteps(int count)
{
    return Migrations::appMigrations().mid(0, count);
}

int TestMigrations::versionOf(Database &db)
{
    const Result<int> v = Migrations::currentVersion(db);
    return v.ok() ? *v : -1;
}

bool TestMigrations::hasTable(Database &db, const QString &name)
{
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = ?"));
    q.addBindValue(name);
    return q.exec() && q.next() && q.value(0).toInt() == 1;
}

void TestMigrations::appListIsOrderedAndDense()
{
    const QList<Migration> steps = Migrations::appMigrations();
    QVERIFY(steps.size() >= 4);
    for (int i = 0; i < steps.size(); ++i) {
        QCOMPARE(steps.at(i).version, i + 1);
        QVERIFY(!steps.at(i).description.isEmpty());
    }
    QCOMPARE(Migrations().latestVersion(), steps.size());
    // The constructor sorts an injected list.
    QList<Migration> reversed = steps;
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(Migrations(reversed).steps().constFirst().version, 1);
}

void TestMigrations::freshDatabaseHasEveryTable_data()
{
    QTest::addColumn<QString>("table");
    for (const char *t :
         {"schema_version", "sources", "feeds", "articles", "article_revisions", "images",
          "attribution_claims", "country_mentions", "quotes", "clusters", "agencies", "tags", "article_tags",
          "cluster_tags", "annotations", "saved_searches", "alert_history", "article_fts"})
        QTest::addRow("%s", t) << QString::fromLatin1(t);
}

void TestMigrations::freshDatabaseHasEveryTable()
{
    QFETCH(QString, table);
    TempDatabase t;
    QVERIFY(t.open());
    QVERIFY2(hasTable(t.db, table), qPrintable(table));
    QCOMPARE(versionOf(t.db), Migrations().latestVersion());
}

void TestMigrations::upgradeFromVersionOneKeepsData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        Database v1;
        Database::Options options;
        options.migrations = Migrations(firstSteps(1));
        QVERIFY(v1.open(path, options).ok());
        QCOMPARE(versionOf(v1), 1);
        QVERIFY(!hasTable(v1, QStringLiteral("tags")));
        QSqlQuery q = v1.query();
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO feeds (url, title, created_at) VALUES ('https://old.example/rss', "
                           "'Old feed', 1)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO articles (feed_id, item_key, title, sort_at, fetched_at) "
                                      "VALUES (1, 'k1', 'Kept across upgrades', 5, 5)")));
    }
    Database db;
    QVERIFY(db.open(path).ok());
    QCOMPARE(versionOf(db), Migrations().latestVersion());
    QVERIFY(hasTable(db, QStringLiteral("tags")));
    QVERIFY(hasTable(db, QStringLiteral("article_fts")));
    QSqlQuery q = db.query();
    QVERIFY(q.exec(QStringLiteral("SELECT title FROM articles WHERE item_key = 'k1'")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("Kept across upgrades"));
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), MIN(version), MAX(version) FROM schema_version")) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), Migrations().latestVersion());
    QCOMPARE(q.value(1).toInt(), 1);
}

void TestMigrations::newerDatabaseIsRefusedAndUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    QList<Migration> future = Migrations::appMigrations();
    const int next = future.constLast().version + 1;
    future << Migration{next,
                        QStringLiteral("from the future"),
                        {QStringLiteral("CREATE TABLE future_things (id {pk}, what {text})")},
                        {},
                        {}};
    {
        Database newer;
        Database::Options options;
        options.migrations = Migrations(future);
        QVERIFY(newer.open(path, options).ok());
        QCOMPARE(newer.schemaVersion(), next);
    }
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    const QByteArray before = sha256(path);
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);
    for (Database::Mode mode : {Database::Mode::ReadWrite, Database::Mode::ReadOnly}) {
        Database db;
        Database::Options options;
        options.mode = mode;
        const Status s = db.open(path, options);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, Error::Code::SchemaTooNew);
        QVERIFY2(s.error().message.contains(QLatin1String("newer version")), qPrintable(s.error().message));
        QVERIFY(s.error().message.contains(QString::number(next)));
    }
    QCOMPARE(sha256(path), before);
    // A read-only SQLite connection may leave an empty -wal/-shm pair behind (it cannot delete them on
    // close); nothing was written to the database itself.
    QCOMPARE(QFileInfo(path + QStringLiteral("-wal")).size(), 0);
    for (const QString &f : QDir(dir.path()).entryList(QDir::Files))
        QVERIFY2(filesBefore.contains(f) || f.endsWith(QLatin1String("-wal")) ||
                     f.endsWith(QLatin1String("-shm")),
                 qPrintable(f));
}

void TestMigrations::failingMigrationRollsBackAndRerunSucceeds()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("interrupted.sqlite"));
    QList<Migration> broken = Migrations::appMigrations();
    const int next = broken.constLast().version + 1;
    // The first statement succeeds, the second fails: the first must not survive.
    broken << Migration{next,
                        QStringLiteral("half done"),
                        {QStringLiteral("CREATE TABLE half_done (id {pk})"),
                         QStringLiteral("ALTER TABLE articles ADD COLUMN extra {text}"),
                         QStringLiteral("INSERT INTO no_such_table VALUES (1)")},
                        {},
                        {}};
    {
        Database db;
        Database::Options options;
        options.migrations = Migrations(broken);
        const Status s = db.open(path, options);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(QLatin1String("half done")), qPrintable(s.error().message));
        QVERIFY(!db.isOpen());
    }
    {
        // Everything before the broken step committed; the broken step left no trace.
        Database db;
        QVERIFY(db.open(path).ok());
        QCOMPARE(versionOf(db), Migrations().latestVersion());
        QVERIFY(!hasTable(db, QStringLiteral("half_done")));
        QSqlQuery q = db.query();
        QVERIFY(!q.exec(QStringLiteral("SELECT extra FROM articles")));
        QVERIFY(db.quickCheck()->isEmpty());
    }
    QList<Migration> fixed = Migrations::appMigrations();
    fixed << Migration{next,
                       QStringLiteral("done right"),
                       {QStringLiteral("CREATE TABLE half_done (id {pk})"),
                        QStringLiteral("ALTER TABLE articles ADD COLUMN extra {text}")},
                       {},
                       {}};
    Database db;
    Database::Options options;
    options.migrations = Migrations(fixed);
    QVERIFY(db.open(path, options).ok());
    QCOMPARE(versionOf(db), next);
    QVERIFY(hasTable(db, QStringLiteral("half_done")));
}

void TestMigrations::failingFirstMigrationLeavesEmptyFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("first.sqlite"));
    {
        Database db;
        Database::Options options;
        options.migrations = Migrations({Migration{
            1,
            QStringLiteral("broken"),
            {QStringLiteral("CREATE TABLE a (id {pk})"), QStringLiteral("CREATE TABLE a (id {pk})")},
            {},
            {}}});
        QVERIFY(!db.open(path, options).ok());
    }
    Database db;
    QVERIFY(db.open(path).ok()); // the rerun with a good list starts from scratch
    QCOMPARE(versionOf(db), Migrations().latestVersion());
    QVERIFY(!hasTable(db, QStringLiteral("a")));
}

void TestMigrations::reopenIsANoOp()
{
    TempDatabase t;
    QVERIFY(t.open());
    t.db.close();
    QVERIFY(t.open());
    QSqlQuery q = t.db.query();
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM schema_version")) && q.next());
    QCOMPARE(q.value(0).toInt(), Migrations().latestVersion());
}

void TestMigrations::sourcePaneCountsReadOnlyIndexes_data()
{
    // The sources pane's counts (ArticleFilter's WHERE over its FROM) must not read article rows: on a
    // large archive that reads every row's text (migration 7, bench_desk_scale).
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("index");
    QTest::addRow("unread per feed") << QStringLiteral("a.feed_id IN (?) AND a.read = 0")
                                     << QStringLiteral("COVERING INDEX idx_articles_read");
    QTest::addRow("all unread") << QStringLiteral("a.read = 0")
                                << QStringLiteral("COVERING INDEX idx_articles_read");
    QTest::addRow("starred") << QStringLiteral("a.starred = 1")
                             << QStringLiteral("COVERING INDEX idx_articles_starred");
}

void TestMigrations::sourcePaneCountsReadOnlyIndexes()
{
    QFETCH(QString, where);
    QFETCH(QString, index);
    TempDatabase t;
    QVERIFY(t.open());
    QSqlQuery q = t.db.query();
    QVERIFY(q.prepare(QStringLiteral("EXPLAIN QUERY PLAN SELECT COUNT(*) FROM articles a JOIN feeds f ON "
                                     "f.id = a.feed_id LEFT JOIN sources s ON s.id = f.source_id WHERE ") +
                      where));
    if (where.contains(QLatin1Char('?')))
        q.addBindValue(1);
    QVERIFY(q.exec());
    QStringList plan;
    while (q.next())
        plan << q.value(3).toString();
    QVERIFY2(plan.join(QLatin1Char('\n')).contains(index), qPrintable(plan.join(QLatin1Char('\n'))));
}
QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
