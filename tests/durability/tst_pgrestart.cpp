// RELIABILITY b.50 on a real server: PostgreSQL crash-stopped (pg_ctl stop -m immediate) while a
// transaction is writing, then started again. The write reports ConnectionLost in plain words, no row of
// the broken transaction exists afterwards, and the next write on the same Database reconnects and works.
// (pg_terminate_backend mid-transaction is covered by tests/store/tst_pgconnection.)
#include "../store/pgserver.h"
#include "../store/storetest.h"
#include "store/database.h"
#include "store/store.h"

#include <QSqlQuery>
#include <QTest>

using namespace ww;
using namespace wwtest;

class TestPgRestart : public QObject
{
    Q_OBJECT
private slots:
    void serverCrashMidTransaction_data();
    void serverCrashMidTransaction();

private:
    static qint64 scalar(const QString &conn, const QString &sql);
};

qint64 TestPgRestart::scalar(const QString &conn, const QString &sql)
{
    Database db;
    if (!db.open(conn).ok())
        return -1;
    QSqlQuery q = db.query();
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void TestPgRestart::serverCrashMidTransaction_data()
{
    QTest::addColumn<int>("itemsBefore"); // how much the transaction wrote before the server went away
    QTest::addRow("after a 300-item update") << 300;
}

void TestPgRestart::serverCrashMidTransaction()
{
    QFETCH(int, itemsBefore);
    PgServer &server = PgServer::instance();
    QVERIFY2(server.ok(), qPrintable(server.error()));
    const QString conn = server.createDatabase();
    Database db;
    QVERIFY(db.open(conn).ok());
    Store store(db);
    Feed f;
    f.url = QUrl(QStringLiteral("https://restart.example/rss"));
    const Result<qint64> feed = store.feeds().addFeed(f);
    QVERIFY(feed.ok());
    QVERIFY(store.tags().create(QStringLiteral("acknowledged before")).ok());

    QList<FeedItem> items;
    for (int i = 0; i < itemsBefore; ++i)
        items << item(QStringLiteral("r%1").arg(i), QStringLiteral("Written before the crash %1").arg(i));
    bool restarted = false;
    const Status s = db.transaction([&]() -> Status {
        const Result<IngestResult> first = store.articles().ingest(*feed, feedOf(items));
        if (!first)
            return first.error();
        // The server dies between two writes of one transaction, and is back before the next statement.
        restarted = server.stopImmediately() && server.startAgain();
        const Result<qint64> tag = store.tags().create(QStringLiteral("never saved"));
        if (!tag)
            return tag.error();
        return {};
    });
    QVERIFY2(restarted, qPrintable(server.error()));
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, Error::Code::ConnectionLost);
    QVERIFY2(s.error().message.contains(QLatin1String("nothing of it was saved")),
             qPrintable(s.error().message));
    QVERIFY(!db.inTransaction());

    // No half-written rows: nothing of the broken transaction, everything acknowledged before it.
    QCOMPARE(scalar(conn, QStringLiteral("SELECT COUNT(*) FROM articles")), 0);
    QCOMPARE(scalar(conn, QStringLiteral("SELECT COUNT(*) FROM tags WHERE name = 'never saved'")), 0);
    QCOMPARE(scalar(conn, QStringLiteral("SELECT COUNT(*) FROM tags WHERE name = 'acknowledged before'")), 1);
    QCOMPARE(scalar(conn, QStringLiteral("SELECT COUNT(*) FROM feeds")), 1);

    // The same Database reconnects by itself and the retried write goes through, whole.
    const Result<IngestResult> again = store.articles().ingest(*feed, feedOf(items));
    QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
    QVERIFY(store.tags().create(QStringLiteral("saved after the restart")).ok());
    QCOMPARE(scalar(conn, QStringLiteral("SELECT COUNT(*) FROM articles")), itemsBefore);
    QCOMPARE(scalar(conn, QStringLiteral("SELECT COUNT(*) FROM tags")), 2);
}

QTEST_GUILESS_MAIN(TestPgRestart)
#include "tst_pgrestart.moc"
