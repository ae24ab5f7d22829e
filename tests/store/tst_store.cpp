#include "storetest.h"

#include "store/store.h"

#include <QTest>

using namespace ww;
using namespace wwtest;

class TestStore : public QObject
{
    Q_OBJECT
private slots:
    void statsCountWhatIsStored();
};

void TestStore::statsCountWhatIsStored()
{
    TempDatabase t;
    QVERIFY(t.open());
    Store store(t.db);
    StoreStats empty = *store.stats();
    QCOMPARE(empty.articles, 0);
    QCOMPARE(empty.schemaVersion, Migrations().latestVersion());
    Source s;
    s.name = QStringLiteral("Reuters");
    QVERIFY(store.feeds().addSource(s).ok());
    Feed f;
    f.url = QUrl(QStringLiteral("https://a.example/rss"));
    const qint64 a = *store.feeds().addFeed(f);
    f.url = QUrl(QStringLiteral("https://b.example/rss"));
    const qint64 b = *store.feeds().addFeed(f);
    FeedState failing;
    failing.consecutiveFailures = 2;
    failing.paused = true;
    QVERIFY(store.feeds().setState(b, failing).ok());
    const QList<qint64> ids = store.articles()
                                  .ingest(a, feedOf({item(QStringLiteral("1"), QStringLiteral("one")),
                                                     item(QStringLiteral("2"), QStringLiteral("two")),
                                                     item(QStringLiteral("3"), QStringLiteral("three"))}))
                                  ->addedIds;
    store.articles().ingest(a, feedOf({item(QStringLiteral("1"), QStringLiteral("one, revised"))}));
    QVERIFY(store.articles().setRead({ids[0]}, true).ok());
    QVERIFY(store.articles().setStarred({ids[1]}, true).ok());
    QVERIFY(store.articles().saveExtraction(ids[2], Article{}).ok());
    const StoreStats st = *store.stats();
    QCOMPARE(st.sources, 1);
    QCOMPARE(st.feeds, 2);
    QCOMPARE(st.pausedFeeds, 1);
    QCOMPARE(st.failingFeeds, 1);
    QCOMPARE(st.articles, 3);
    QCOMPARE(st.unread, 2);
    QCOMPARE(st.starred, 1);
    QCOMPARE(st.extracted, 1);
    QCOMPARE(st.revisions, 1);
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
