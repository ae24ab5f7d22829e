// RELIABILITY b.43: disk full (ENOSPC) and I/O errors (EIO, failed fsync) in the middle of a write.
// The faults come from an in-process SQLite VFS shim (faultyvfs.h) under the real QSQLITE connection.
// Correct: a clear error naming the cause, the transaction rolled back, everything from before intact
// (integrity_check ok), and the app carries on read-only until the analyst retries.
#include "faultyvfs.h"

#include "store/database.h"
#include "store/store.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ww;
using namespace wwtest;

namespace {

ParsedFeed bigFeed(const QString &tag, int items)
{
    ParsedFeed feed;
    feed.title = tag;
    for (int i = 0; i < items; ++i) {
        FeedItem it;
        it.key = tag + QString::number(i);
        it.guid = it.key;
        it.url = QUrl(QStringLiteral("https://full.example/") + it.key);
        it.title = QStringLiteral("Item %1").arg(i);
        it.content = QStringLiteral("Text that takes room on the disk. ").repeated(60);
        feed.items << it;
    }
    return feed;
}

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q = db.query();
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QString integrity(Database &db)
{
    QSqlQuery q = db.query();
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return QStringLiteral("did not run: ") + q.lastError().text();
    QStringList lines;
    while (q.next())
        lines << q.value(0).toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestDiskFull : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void failedWriteRollsBackAndGoesReadOnly_data();
    void failedWriteRollsBackAndGoesReadOnly();
    void reopenAfterFailureIsClean();
};

void TestDiskFull::initTestCase()
{
    FaultyVfs::install();
}

void TestDiskFull::cleanup()
{
    FaultyVfs::disarm();
}

void TestDiskFull::failedWriteRollsBackAndGoesReadOnly_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<qint64>("budget");
    QTest::addColumn<QString>("write"); // ingest (WAL, synchronous=NORMAL) or annotation (FULL)
    QTest::addColumn<int>("expectedCode");
    const int full = int(FaultyVfs::Fault::DiskFull);
    const int eio = int(FaultyVfs::Fault::WriteError);
    const int sync = int(FaultyVfs::Fault::SyncError);
    const int diskFull = int(Error::Code::DiskFull);
    const int io = int(Error::Code::Io);
    QTest::addRow("ENOSPC at the first byte of a feed update") << full << 0LL << "ingest" << diskFull;
    QTest::addRow("ENOSPC after 64 KB of a feed update") << full << 65536LL << "ingest" << diskFull;
    QTest::addRow("ENOSPC after 1 MB of a feed update") << full << 1048576LL << "ingest" << diskFull;
    QTest::addRow("ENOSPC saving an annotation") << full << 0LL << "annotation" << diskFull;
    QTest::addRow("EIO after 200 KB of a feed update") << eio << 204800LL << "ingest" << io;
    QTest::addRow("EIO saving an annotation") << eio << 0LL << "annotation" << io;
    QTest::addRow("fsync fails committing an annotation") << sync << 0LL << "annotation" << io;
}

void TestDiskFull::failedWriteRollsBackAndGoesReadOnly()
{
    QFETCH(int, fault);
    QFETCH(qint64, budget);
    QFETCH(QString, write);
    QFETCH(int, expectedCode);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("full.sqlite"));
    Database db;
    QVERIFY(db.open(path).ok());
    Store store(db);
    Feed feed;
    feed.url = QUrl(QStringLiteral("https://full.example/feed.xml"));
    const Result<qint64> feedId = store.feeds().addFeed(feed);
    QVERIFY(feedId.ok());
    QVERIFY(store.articles().ingest(*feedId, bigFeed(QStringLiteral("before"), 50)).ok());
    const Result<qint64> tag = store.tags().create(QStringLiteral("kept"));
    QVERIFY(tag.ok());
    const qint64 firstArticle = scalar(db, QStringLiteral("SELECT MIN(id) FROM articles"));
    QVERIFY(store.tags().assign({firstArticle}, *tag).ok());
    Annotation before;
    before.articleId = firstArticle;
    before.note = QStringLiteral("written before the disk filled up");
    QVERIFY(store.annotations().add(before).ok());

    FaultyVfs::arm(QFile::encodeName(path), FaultyVfs::Fault(fault), budget);
    Status failed;
    if (write == QLatin1String("ingest")) {
        failed = [&]() -> Status {
            const Result<IngestResult> r =
                store.articles().ingest(*feedId, bigFeed(QStringLiteral("during"), 3000));
            return r ? Status() : Status(r.error());
        }();
    } else {
        Annotation during;
        during.articleId = firstArticle;
        during.note = QStringLiteral("this one cannot be saved");
        const Result<qint64> r = store.annotations().add(during);
        failed = r ? Status() : Status(r.error());
    }
    QVERIFY2(!failed.ok(), "the write should have failed");
    QVERIFY(FaultyVfs::failures() > 0);
    QCOMPARE(int(failed.error().code), expectedCode);
    if (expectedCode == int(Error::Code::DiskFull))
        QVERIFY2(failed.error().message.contains(QLatin1String("disk is full")),
                 qPrintable(failed.error().message));
    QVERIFY(!db.inTransaction());

    // Still faulty (the disk is still full): reads work, from before, complete and consistent.
    QCOMPARE(integrity(db), QStringLiteral("ok"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM articles")), 50);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM annotations")), 1);
    const Result<QList<Tag>> tags = store.tags().tagsForArticle(firstArticle);
    QVERIFY(tags.ok());
    QCOMPARE(tags->size(), 1);
    ArticleQuery query;
    query.limit = 1000;
    const Result<QList<ArticleSummary>> list = store.articles().list(query);
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 50);

    // Read-only until the analyst retries: no write is attempted, the message says why.
    QVERIFY(db.isReadOnlyAfterFailure());
    const int failuresSoFar = FaultyVfs::failures();
    const Result<qint64> refused = store.tags().create(QStringLiteral("refused while full"));
    QVERIFY(!refused.ok());
    QCOMPARE(int(refused.error().code), expectedCode);
    QVERIFY2(refused.error().message.contains(QLatin1String("read-only")),
             qPrintable(refused.error().message));
    QCOMPARE(FaultyVfs::failures(), failuresSoFar); // refused before touching the file
    QVERIFY(!store.tags().tagByName(QStringLiteral("refused while full")).ok());

    // Space freed: the analyst retries and the same write goes through.
    FaultyVfs::disarm();
    QVERIFY(db.resumeWrites().ok());
    QVERIFY(!db.isReadOnlyAfterFailure());
    QVERIFY(store.tags().create(QStringLiteral("after the retry")).ok());
    QCOMPARE(integrity(db), QStringLiteral("ok"));
}

void TestDiskFull::reopenAfterFailureIsClean()
{
    // The file left behind by a failed big update opens normally in a new session, with the old data.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("reopen.sqlite"));
    qint64 feedId = 0;
    {
        Database db;
        QVERIFY(db.open(path).ok());
        Store store(db);
        Feed feed;
        feed.url = QUrl(QStringLiteral("https://full.example/reopen.xml"));
        feedId = *store.feeds().addFeed(feed);
        QVERIFY(store.articles().ingest(feedId, bigFeed(QStringLiteral("kept"), 20)).ok());
        FaultyVfs::arm(QFile::encodeName(path), FaultyVfs::Fault::DiskFull, 300000);
        QVERIFY(!store.articles().ingest(feedId, bigFeed(QStringLiteral("lost"), 3000)).ok());
    }
    FaultyVfs::disarm();
    Database db;
    QVERIFY(db.open(path).ok());
    QVERIFY(!db.isReadOnlyAfterFailure());
    QCOMPARE(integrity(db), QStringLiteral("ok"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM articles")), 20);
    Store store(db);
    QVERIFY(store.articles().ingest(feedId, bigFeed(QStringLiteral("lost"), 100)).ok());
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM articles")), 120);
}

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
