// RELIABILITY b.44: the database held by another process. Another Wirewatch instance (the instance lock),
// a foreign program holding SQLite's write lock (BEGIN EXCLUSIVE), and a killed instance's leftover lock.
// Correct: a bounded wait, then a clear message; nothing half-written; the same write succeeds once the
// other process lets go (the caller keeps what it fetched and retries).
#include "store/database.h"
#include "store/store.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ww;

namespace {

// Starts ww_killchild in `mode` on `path` and waits for its READY line.
bool startHolder(QProcess &child, const QString &mode, const QString &path)
{
    child.setProgram(QStringLiteral(WW_KILLCHILD));
    child.setArguments({mode, path});
    child.start();
    if (!child.waitForStarted(10000))
        return false;
    QByteArray out;
    while (!out.contains("READY\n") && child.waitForReadyRead(10000))
        out += child.readAllStandardOutput();
    return out.contains("READY\n");
}

void release(QProcess &child)
{
    child.closeWriteChannel(); // the holder exits at stdin EOF
    if (!child.waitForFinished(10000))
        child.kill();
}

ParsedFeed feedOf(int items)
{
    ParsedFeed feed;
    for (int i = 0; i < items; ++i) {
        FeedItem it;
        it.key = QStringLiteral("locked-%1").arg(i);
        it.guid = it.key;
        it.title = it.key;
        feed.items << it;
    }
    return feed;
}

qint64 articleCount(Database &db)
{
    QSqlQuery q = db.query();
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM articles")) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestDbLock : public QObject
{
    Q_OBJECT
private slots:
    void otherInstanceIsNamed();
    void foreignWriterMakesWritesWaitThenFail();
    void killedInstanceLeavesNoStaleLock();
};

void TestDbLock::otherInstanceIsNamed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
    QProcess other;
    QVERIFY(startHolder(other, QStringLiteral("hold"), path));
    Database db;
    Database::Options options;
    options.lockWaitMs = 200;
    const Status s = db.open(path, options);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, Error::Code::DatabaseLocked);
    QVERIFY2(s.error().message.contains(QString::number(other.processId())), qPrintable(s.error().message));
    QVERIFY(s.error().message.contains(QLatin1String("ww_killchild")));
    release(other);
    QVERIFY(db.open(path, options).ok());
}

void TestDbLock::foreignWriterMakesWritesWaitThenFail()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("busy.sqlite"));
    Database db;
    Database::Options options;
    options.busyTimeoutMs = 300;
    QVERIFY(db.open(path, options).ok());
    Store store(db);
    Feed feed;
    feed.url = QUrl(QStringLiteral("https://busy.example/feed.xml"));
    const Result<qint64> feedId = store.feeds().addFeed(feed);
    QVERIFY(feedId.ok());

    QProcess foreign;
    QVERIFY(startHolder(foreign, QStringLiteral("exclusive"), path));
    const ParsedFeed fetched = feedOf(300);
    const Result<IngestResult> blocked = store.articles().ingest(*feedId, fetched);
    QVERIFY(!blocked.ok());
    QCOMPARE(blocked.error().code, Error::Code::DatabaseLocked);
    QVERIFY2(blocked.error().message.contains(QLatin1String("another program")),
             qPrintable(blocked.error().message));
    const Result<qint64> tag = store.tags().create(QStringLiteral("waiting"));
    QCOMPARE(tag.error().code, Error::Code::DatabaseLocked);
    QVERIFY(!db.isReadOnlyAfterFailure()); // busy is not broken: the next attempt may succeed
    QCOMPARE(articleCount(db), 0);         // reads go on (WAL) and see nothing half-written

    release(foreign);
    const Result<IngestResult> retried = store.articles().ingest(*feedId, fetched);
    QVERIFY2(retried.ok(), retried.ok() ? "" : qPrintable(retried.error().message));
    QCOMPARE(retried->added, 300);
    QCOMPARE(articleCount(db), 300);
    QVERIFY(store.tags().create(QStringLiteral("waiting")).ok());
}

void TestDbLock::killedInstanceLeavesNoStaleLock()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crashed.sqlite"));
    QProcess crashed;
    QVERIFY(startHolder(crashed, QStringLiteral("hold"), path));
    crashed.kill();
    QVERIFY(crashed.waitForFinished(10000));
    QVERIFY(QFileInfo::exists(path + QStringLiteral(".lock"))); // left behind by the SIGKILL
    Database db;
    Database::Options options;
    options.lockWaitMs = 200;
    const Status s = db.open(path, options);
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
}

QTEST_GUILESS_MAIN(TestDbLock)
#include "tst_dblock.moc"
