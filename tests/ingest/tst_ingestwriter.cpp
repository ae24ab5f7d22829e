// IngestWriter: steps run inline on the owner's Store, or on a writer thread with a second connection to
// the same SQLite file; continuations come back to the owner's thread in the order the steps were posted.
#include "ingest/ingestwriter.h"
#include "ingest/storyindex.h"
#include "store/database.h"
#include "store/store.h"

#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace ww;

class TestIngestWriter : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void steps_data();
    void steps();
    void failedStepLeavesNothing_data();
    void failedStepLeavesNothing();
    void readOnlyStoreStaysInline();
    void secondWriterConnectionNeedsTheOption();

private:
    static IngestWriter::Step addFeedStep(const QString &url, QList<QThread *> *threads,
                                          QList<QString> *order);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
};

void TestIngestWriter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("archive.sqlite"))).ok());
    m_store = std::make_unique<Store>(*m_db);
}

void TestIngestWriter::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

IngestWriter::Step TestIngestWriter::addFeedStep(const QString &url, QList<QThread *> *threads,
                                                 QList<QString> *order)
{
    return [url, threads, order](Store &store, StoryIndex &) -> IngestWriter::Continuation {
        QThread *const stepThread = QThread::currentThread();
        Feed feed;
        feed.url = QUrl(url);
        const bool added = store.feeds().addFeed(feed).ok();
        return [=]() {
            *threads << stepThread << QThread::currentThread();
            *order << (added ? url : QStringLiteral("failed: ") + url);
        };
    };
}

void TestIngestWriter::steps_data()
{
    QTest::addColumn<bool>("worker");
    QTest::addRow("inline") << false;
    QTest::addRow("writer thread") << true;
}

void TestIngestWriter::steps()
{
    QFETCH(bool, worker);
    IngestWriter writer(*m_store);
    if (worker)
        QVERIFY(writer.startWorker().ok());
    QCOMPARE(writer.onWorker(), worker);

    QList<QThread *> threads;
    QList<QString> order;
    QStringList urls;
    for (int i = 0; i < 20; ++i)
        urls << QStringLiteral("http://example.org/feed/%1").arg(i);
    for (const QString &url : std::as_const(urls))
        writer.post(addFeedStep(url, &threads, &order));
    if (!worker)
        QCOMPARE(order.size(), urls.size()); // inline: done before post() returns
    QTRY_COMPARE(order.size(), urls.size());
    QCOMPARE(order, urls); // in the order posted, every write succeeded
    for (qsizetype i = 0; i < threads.size(); i += 2) {
        QCOMPARE(threads.at(i) != QThread::currentThread(), worker); // the step's thread
        QCOMPARE(threads.at(i + 1), QThread::currentThread());       // continuations on the owner's
    }
    // Committed before the continuation ran: the owner's own connection sees every feed.
    const auto feeds = m_store->feeds().feeds();
    QVERIFY(feeds.ok());
    QCOMPARE(feeds->size(), urls.size());
}

void TestIngestWriter::failedStepLeavesNothing_data()
{
    steps_data();
}

void TestIngestWriter::failedStepLeavesNothing()
{
    QFETCH(bool, worker);
    IngestWriter writer(*m_store);
    if (worker)
        QVERIFY(writer.startWorker().ok());
    bool done = false;
    Status result;
    // Two writes in one transaction, the second refused: the first must be rolled back with it.
    writer.post([&result](Store &store, StoryIndex &) -> IngestWriter::Continuation {
        const Status s = store.database().transaction([&store]() -> Status {
            Feed feed;
            feed.url = QUrl(QStringLiteral("http://example.org/one"));
            if (const auto added = store.feeds().addFeed(feed); !added)
                return added.error();
            return Error(Error::Code::Database, QStringLiteral("refused"));
        });
        return [&result, s]() { result = s; };
    });
    writer.post(
        [&done](Store &, StoryIndex &) -> IngestWriter::Continuation { return [&done]() { done = true; }; });
    QTRY_VERIFY(done);
    QVERIFY(!result.ok());
    QCOMPARE(m_store->feeds().feeds()->size(), 0);
}

void TestIngestWriter::readOnlyStoreStaysInline()
{
    m_store.reset();
    m_db.reset();
    Database readOnly;
    Database::Options options;
    options.mode = Database::Mode::ReadOnly;
    QVERIFY(readOnly.open(m_dir->filePath(QStringLiteral("archive.sqlite")), options).ok());
    Store store(readOnly);
    IngestWriter writer(store);
    QVERIFY(!writer.startWorker().ok());
    QVERIFY(!writer.onWorker());
    bool ran = false;
    writer.post(
        [&ran](Store &, StoryIndex &) -> IngestWriter::Continuation { return [&ran]() { ran = true; }; });
    QVERIFY(ran);
}

void TestIngestWriter::secondWriterConnectionNeedsTheOption()
{
    // The instance lock still keeps a second ordinary writer out; only the writer thread's connection
    // (sameProcessWriter) opens beside the owner's, and what it commits is what the owner reads.
    const QString path = m_dir->filePath(QStringLiteral("archive.sqlite"));
    Database other;
    Database::Options ordinary;
    ordinary.lockWaitMs = 0;
    const Status refused = other.open(path, ordinary);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::DatabaseLocked);

    Database companion;
    Database::Options options;
    options.sameProcessWriter = true;
    QVERIFY(companion.open(path, options).ok());
    Store store(companion);
    Feed feed;
    feed.url = QUrl(QStringLiteral("http://example.org/companion"));
    QVERIFY(store.feeds().addFeed(feed).ok());
    const auto seen = m_store->feeds().feeds();
    QVERIFY(seen.ok());
    QCOMPARE(seen->size(), 1);
    QCOMPARE(seen->first().url, feed.url);
}

QTEST_GUILESS_MAIN(TestIngestWriter)
#include "tst_ingestwriter.moc"
