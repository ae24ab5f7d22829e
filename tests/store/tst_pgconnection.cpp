#include "pgserver.h"
#include "storetest.h"

#include "store/migrations.h"
#include "store/pgconnection.h"
#include "store/store.h"

#include <QSqlQuery>
#include <QTest>

using namespace ww;
using namespace wwtest;

// Connection strings (no server needed), then the PostgreSQL session against the test process's own server:
// migrations, a dropped connection mid-transaction, reconnecting.
class TestPgConnection : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void recognises_data();
    void recognises();
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
    void displayNameHidesPassword();
    void classifiesErrors_data();
    void classifiesErrors();
    void opensAndMigrates();
    void reopenKeepsSchema();
    void foreignDatabaseIsLeftAlone();
    void unreachableServerIsReported();
    void droppedConnectionMidTransaction();
    void readAfterLossReconnects();

private:
    qint64 backendPid(Database &db);
    void terminate(qint64 pid);
};

void TestPgConnection::initTestCase()
{
    // The server tests below need it: fail loudly (never skip) when PostgreSQL is missing.
    QVERIFY2(PgServer::instance().ok(), qPrintable(PgServer::instance().error()));
}

void TestPgConnection::recognises_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("postgres");
    QTest::addRow("url") << QStringLiteral("postgresql://u@h/db") << true;
    QTest::addRow("short scheme") << QStringLiteral("postgres://h/db") << true;
    QTest::addRow("keywords") << QStringLiteral("postgresql:dbname=db") << true;
    QTest::addRow("upper case") << QStringLiteral("PostgreSQL://h/db") << true;
    QTest::addRow("file") << QStringLiteral("/home/a/wirewatch.sqlite") << false;
    QTest::addRow("relative file named like it") << QStringLiteral("postgresql.sqlite") << false;
}

void TestPgConnection::recognises()
{
    QFETCH(QString, text);
    QFETCH(bool, postgres);
    QCOMPARE(PgConnection::isConnectionString(text), postgres);
}

void TestPgConnection::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QStringList>("options");
    QTest::addRow("full url") << QStringLiteral("postgresql://analyst:s%40cret@db.example:5433/wirewatch")
                              << QStringLiteral("db.example") << 5433 << QStringLiteral("wirewatch")
                              << QStringLiteral("analyst") << QStringLiteral("s@cret") << QStringList();
    QTest::addRow("no user, no port")
        << QStringLiteral("postgres://db.example/archive") << QStringLiteral("db.example") << -1
        << QStringLiteral("archive") << QString() << QString() << QStringList();
    QTest::addRow("url options") << QStringLiteral("postgresql://u@h/db?sslmode=require&connect_timeout=3")
                                 << QStringLiteral("h") << -1 << QStringLiteral("db") << QStringLiteral("u")
                                 << QString()
                                 << QStringList{QStringLiteral("sslmode=require"),
                                                QStringLiteral("connect_timeout=3")};
    QTest::addRow("keywords") << QStringLiteral("postgresql:host=10.0.0.5 port=6543 dbname=team user=poller")
                              << QStringLiteral("10.0.0.5") << 6543 << QStringLiteral("team")
                              << QStringLiteral("poller") << QString() << QStringList();
    QTest::addRow("cyrillic database")
        << QStringLiteral("postgresql://h/%D0%B0%D1%80%D1%85%D0%B8%D0%B2") << QStringLiteral("h") << -1
        << QString::fromUtf8("архив") << QString() << QString() << QStringList();
}

void TestPgConnection::parses()
{
    QFETCH(QString, text);
    const Result<PgConnectionInfo> info = PgConnection::parse(text);
    QVERIFY2(info, info ? "" : qPrintable(info.error().message));
    QTEST(info->host, "host");
    QTEST(info->port, "port");
    QTEST(info->database, "database");
    QTEST(info->user, "user");
    QTEST(info->password, "password");
    QTEST(info->options, "options");
}

void TestPgConnection::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addRow("no database") << QStringLiteral("postgresql://h");
    QTest::addRow("bad port") << QStringLiteral("postgresql:host=h port=99999 dbname=d");
    QTest::addRow("keyword without value") << QStringLiteral("postgresql:dbname");
    QTest::addRow("option smuggling a keyword")
        << QStringLiteral("postgresql://h/d?sslmode=disable%20host%3Devil");
    QTest::addRow("option with a separator") << QStringLiteral("postgresql://h/d?sslmode=disable;host=evil");
    QTest::addRow("odd keyword") << QStringLiteral("postgresql://h/d?SSL-Mode=x");
    QTest::addRow("nested path") << QStringLiteral("postgresql://h/a/b");
    QTest::addRow("not postgres") << QStringLiteral("/tmp/x.sqlite");
}

void TestPgConnection::refuses()
{
    QFETCH(QString, text);
    const Result<PgConnectionInfo> info = PgConnection::parse(text);
    QVERIFY(!info);
    QCOMPARE(info.error().code, Error::Code::InvalidArgument);
    QVERIFY(!info.error().message.isEmpty());
}

void TestPgConnection::displayNameHidesPassword()
{
    const Result<PgConnectionInfo> info =
        PgConnection::parse(QStringLiteral("postgresql://a:topsecret@h:1/d"));
    QVERIFY(info);
    const QString shown = PgConnection::displayName(*info);
    QVERIFY(!shown.contains(QLatin1String("topsecret")));
    QCOMPARE(shown, QStringLiteral("postgresql://a@h:1/d"));
}

void TestPgConnection::classifiesErrors_data()
{
    QTest::addColumn<QString>("sqlState");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("code");
    QTest::addRow("terminated") << QStringLiteral("57P01") << QStringLiteral("terminating connection")
                                << int(Error::Code::ConnectionLost);
    QTest::addRow("link failure") << QStringLiteral("08006") << QString() << int(Error::Code::ConnectionLost);
    QTest::addRow("libpq, no state") << QString()
                                     << QStringLiteral("server closed the connection unexpectedly")
                                     << int(Error::Code::ConnectionLost);
    QTest::addRow("deadlock") << QStringLiteral("40P01") << QString() << int(Error::Code::DatabaseLocked);
    QTest::addRow("disk full") << QStringLiteral("53100") << QString() << int(Error::Code::DiskFull);
    QTest::addRow("unique") << QStringLiteral("23505") << QString() << int(Error::Code::Database);
}

void TestPgConnection::classifiesErrors()
{
    QFETCH(QString, sqlState);
    QFETCH(QString, text);
    QFETCH(int, code);
    const QSqlError error(QString(), text, QSqlError::StatementError, sqlState);
    QCOMPARE(int(PgConnection::classify(error)), code);
    QCOMPARE(int(Database::sqlError(error, QString()).code), code);
}

qint64 TestPgConnection::backendPid(Database &db)
{
    QSqlQuery q = db.query();
    if (!q.exec(QStringLiteral("SELECT pg_backend_pid()")) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

void TestPgConnection::terminate(qint64 pid)
{
    Database admin;
    QVERIFY(admin.open(PgServer::instance().connectionString(QStringLiteral("postgres")), [] {
        Database::Options o;
        o.mode = Database::Mode::ReadOnly;
        o.migrations = Migrations(QList<Migration>{});
        return o;
    }()));
    QSqlQuery q = admin.query();
    QVERIFY(q.prepare(QStringLiteral("SELECT pg_terminate_backend(?)")));
    q.addBindValue(pid);
    QVERIFY(q.exec() && q.next());
    QVERIFY(q.value(0).toBool());
}

void TestPgConnection::opensAndMigrates()
{
    Database db;
    const QString conn = PgServer::instance().createDatabase();
    const Status s = db.open(conn);
    QVERIFY2(s, s ? "" : qPrintable(s.error().message));
    QVERIFY(!db.dialect().isSqlite());
    QCOMPARE(db.schemaVersion(), Migrations().latestVersion());
    QVERIFY(db.path().startsWith(QLatin1String("postgresql://wwtest@127.0.0.1:")));
    QSqlQuery q = db.query();
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM schema_version")) && q.next());
    QCOMPARE(q.value(0).toInt(), Migrations().steps().size());
    QVERIFY(
        q.exec(QStringLiteral("SELECT COUNT(*) FROM pg_trigger WHERE tgname LIKE 'wirewatch_notify_%'")) &&
        q.next());
    QCOMPARE(q.value(0).toInt(), 6);
    const Result<QStringList> check = db.quickCheck();
    QVERIFY(check && check->isEmpty());
    QCOMPARE(db.backupTo(QDir::temp().filePath(QStringLiteral("never.sqlite"))).error().code,
             Error::Code::InvalidArgument);
}

void TestPgConnection::reopenKeepsSchema()
{
    const QString conn = PgServer::instance().createDatabase();
    {
        Database db;
        QVERIFY(db.open(conn));
        Store store(db);
        QVERIFY(store.tags().create(QStringLiteral("kept")));
    }
    // A second client (and a newer-schema refusal) see the same schema and rows.
    Database again;
    QVERIFY(again.open(conn));
    Store store(again);
    QVERIFY(store.tags().tagByName(QStringLiteral("KEPT")));
    Database tooOld;
    Database::Options old;
    old.migrations = Migrations(Migrations::appMigrations().mid(0, 2));
    const Status refused = tooOld.open(conn, old);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::SchemaTooNew);
}

void TestPgConnection::foreignDatabaseIsLeftAlone()
{
    const QString conn = PgServer::instance().createDatabase();
    Database other; // another application's session on the same database
    Database::Options raw;
    raw.migrations = Migrations(QList<Migration>{});
    QVERIFY(other.open(conn, raw));
    QSqlQuery q = other.query();
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER)")));
    Database db;
    const Status s = db.open(conn);
    QVERIFY(!s);
    QCOMPARE(s.error().code, Error::Code::InvalidArgument);
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = "
                                  "current_schema()")) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 1); // only the foreign table: nothing of ours was created
}

void TestPgConnection::unreachableServerIsReported()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there now
    Database db;
    const Status s =
        db.open(QStringLiteral("postgresql://wwtest@127.0.0.1:%1/none?connect_timeout=2").arg(port));
    QVERIFY(!s);
    QVERIFY2(s.error().message.contains(QLatin1String("127.0.0.1")), qPrintable(s.error().message));
    QVERIFY(!db.isOpen());
}

void TestPgConnection::droppedConnectionMidTransaction()
{
    Database db;
    QVERIFY(db.open(PgServer::instance().createDatabase()));
    Store store(db);
    Feed f;
    f.url = QUrl(QStringLiteral("https://a.example/rss"));
    const qint64 feed = *store.feeds().addFeed(f);
    const qint64 pid = backendPid(db);
    QVERIFY(pid > 0);

    const Status s = db.transaction([&]() -> Status {
        const Result<IngestResult> first = store.articles().ingest(
            feed, feedOf({item(QStringLiteral("a"), QStringLiteral("Written first"))}));
        if (!first)
            return first.error();
        terminate(pid); // the server kills this session between two writes of one transaction
        const Result<qint64> tag = store.tags().create(QStringLiteral("never saved"));
        if (!tag)
            return tag.error();
        return {};
    });
    QVERIFY(!s);
    QCOMPARE(s.error().code, Error::Code::ConnectionLost);
    QVERIFY2(s.error().message.contains(QLatin1String("nothing of it was saved")),
             qPrintable(s.error().message));

    // The next call reconnects by itself; nothing of the broken transaction is there.
    const Result<StoreStats> stats = store.stats();
    QVERIFY2(stats, stats ? "" : qPrintable(stats.error().message));
    QCOMPARE(stats->articles, 0);
    QCOMPARE(stats->tags, 0);
    QCOMPARE(stats->feeds, 1);
    QVERIFY(backendPid(db) != pid);
    QVERIFY(store.tags().create(QStringLiteral("saved after reconnecting")));
}

void TestPgConnection::readAfterLossReconnects()
{
    Database db;
    QVERIFY(db.open(PgServer::instance().createDatabase()));
    Store store(db);
    QVERIFY(store.tags().create(QStringLiteral("x")));
    const qint64 pid = backendPid(db);
    terminate(pid);
    // The loss shows on the first statement that meets it; after that the session is back.
    Result<QList<Tag>> tags = store.tags().tags();
    if (!tags) {
        QCOMPARE(tags.error().code, Error::Code::ConnectionLost);
        tags = store.tags().tags();
    }
    QVERIFY2(tags, tags ? "" : qPrintable(tags.error().message));
    QCOMPARE(tags->size(), 1);
}

QTEST_GUILESS_MAIN(TestPgConnection)
#include "tst_pgconnection.moc"
