// g++ 12 flags the std::variant inside Result<T> as maybe-uninitialized here at -O2 (a known false positive).
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"

#include "storetest.h"

#include "store/feedstore.h"
#include "store/store.h"

#include <QTest>

using namespace ww;
using namespace wwtest;

class TestFeedStore : public QObject
{
    Q_OBJECT
private slots:
    void sourcesRoundTrip();
    void feedsRoundTrip();
    void duplicateUrlIsRefused();
    void pollStateIsStoredVerbatim_data();
    void pollStateIsStoredVerbatim();
    void dueFeeds();
    void removeFeedRemovesItsArticles();
    void metacharactersStoredVerbatim_data();
    void metacharactersStoredVerbatim();
    void unknownIdsAreNotFound();
};

static Feed makeFeed(const QString &url, const QString &folder = {})
{
    Feed f;
    f.url = QUrl(url);
    f.title = url.section(QLatin1Char('/'), 2, 2);
    f.folder = folder;
    return f;
}

void TestFeedStore::sourcesRoundTrip()
{
    TempDatabase t;
    QVERIFY(t.open());
    FeedStore store(t.db);
    Source s;
    s.name = QStringLiteral("TASS");
    s.homepage = QUrl(QStringLiteral("https://tass.ru/"));
    s.country = QStringLiteral("ru");
    s.language = QStringLiteral("ru");
    s.kind = QStringLiteral("agency");
    s.stateAffiliated = true;
    const Result<qint64> id = store.addSource(s);
    QVERIFY(id.ok());
    Result<Source> back = store.source(*id);
    QVERIFY(back.ok());
    QCOMPARE(back->name, QStringLiteral("TASS"));
    QCOMPARE(back->country, QStringLiteral("RU"));
    QCOMPARE(back->homepage, s.homepage);
    QVERIFY(back->stateAffiliated);
    back->name = QStringLiteral("TASS Russian News Agency");
    back->stateAffiliated = false;
    QVERIFY(store.updateSource(*back).ok());
    QCOMPARE(store.source(*id)->name, QStringLiteral("TASS Russian News Agency"));
    QVERIFY(!store.source(*id)->stateAffiliated);
    QVERIFY(!store.addSource(Source{}).ok()); // a name is required
    QCOMPARE(store.sources()->size(), 1);

    // A feed keeps existing when its source goes.
    Feed f = makeFeed(QStringLiteral("https://tass.ru/rss/v2.xml"));
    f.sourceId = *id;
    const qint64 feedId = *store.addFeed(f);
    QCOMPARE(store.feed(feedId)->sourceId, *id);
    QVERIFY(store.removeSource(*id).ok());
    QCOMPARE(store.feed(feedId)->sourceId, 0);
}

void TestFeedStore::feedsRoundTrip()
{
    TempDatabase t;
    QVERIFY(t.open());
    FeedStore store(t.db);
    Feed f = makeFeed(QStringLiteral("https://www.yna.co.kr/rss/news.xml"), QStringLiteral("Korea"));
    f.siteUrl = QUrl(QStringLiteral("https://www.yna.co.kr/"));
    f.language = QStringLiteral("ko");
    f.scheduleMinutes = 15;
    const Result<qint64> id = store.addFeed(f);
    QVERIFY(id.ok());
    Result<Feed> back = store.feed(*id);
    QCOMPARE(back->url, f.url);
    QCOMPARE(back->folder, QStringLiteral("Korea"));
    QCOMPARE(back->siteUrl, f.siteUrl);
    QCOMPARE(back->scheduleMinutes, 15);
    QCOMPARE(back->state.consecutiveFailures, 0);
    QVERIFY(!back->state.paused);
    back->title = QStringLiteral("Yonhap");
    back->folder = QStringLiteral("Asia");
    QVERIFY(store.updateFeed(*back).ok());
    QCOMPARE(store.feedByUrl(f.url)->title, QStringLiteral("Yonhap"));
    QVERIFY(store.addFeed(makeFeed(QStringLiteral("https://b.example/rss"), QStringLiteral("Wires"))).ok());
    QVERIFY(store.addFeed(makeFeed(QStringLiteral("https://c.example/rss"))).ok());
    QCOMPARE(store.feeds()->size(), 3);
    QCOMPARE(*store.folders(), (QStringList{QStringLiteral("Asia"), QStringLiteral("Wires")}));
    QVERIFY(!store.addFeed(makeFeed(QStringLiteral("not a url"))).ok());
}

void TestFeedStore::duplicateUrlIsRefused()
{
    TempDatabase t;
    QVERIFY(t.open());
    FeedStore store(t.db);
    QVERIFY(store.addFeed(makeFeed(QStringLiteral("https://a.example/rss"))).ok());
    const Result<qint64> again = store.addFeed(makeFeed(QStringLiteral("https://a.example/rss")));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, Error::Code::InvalidArgument);
    QVERIFY(again.error().message.contains(QLatin1String("Already subscribed")));
}

void TestFeedStore::pollStateIsStoredVerbatim_data()
{
    QTest::addColumn<QString>("etag");
    QTest::addColumn<QString>("lastModified");
    QTest::addRow("weak etag") << "W/\"5e1-abc\""
                               << "Wed, 21 Oct 2015 07:28:00 GMT";
    QTest::addRow("strong etag, odd date") << "\"xyzzy\""
                                           << "Wednesday, 21-Oct-15 07:28:00 GMT";
    QTest::addRow("empty") << ""
                           << "";
}

void TestFeedStore::pollStateIsStoredVerbatim()
{
    QFETCH(QString, etag);
    QFETCH(QString, lastModified);
    TempDatabase t;
    QVERIFY(t.open());
    FeedStore store(t.db);
    const qint64 id = *store.addFeed(makeFeed(QStringLiteral("https://a.example/rss")));
    FeedState st;
    st.etag = etag;
    st.lastModified = lastModified;
    st.nextPollAt = utc(2026, 11, 28, 9);
    st.lastPolledAt = utc(2026, 11, 28, 8);
    st.consecutiveFailures = 3;
    st.paused = true;
    st.lastError = QStringLiteral("Not a feed (got HTML, 34 KB)");
    st.lastStatus = 429;
    st.redirectCandidate = QUrl(QStringLiteral("https://a.example/new-rss"));
    st.redirectCount = 2;
    QVERIFY(store.setState(id, st).ok());
    const FeedState back = store.feed(id)->state;
    QCOMPARE(back.etag, etag);
    QCOMPARE(back.lastModified, lastModified);
    QCOMPARE(back.nextPollAt, st.nextPollAt);
    QCOMPARE(back.lastPolledAt, st.lastPolledAt);
    QVERIFY(!back.lastSuccessAt.isValid());
    QCOMPARE(back.consecutiveFailures, 3);
    QVERIFY(back.paused);
    QCOMPARE(back.lastError, st.lastError);
    QCOMPARE(back.lastStatus, 429);
    QCOMPARE(back.redirectCandidate, st.redirectCandidate);
    QCOMPARE(back.redirectCount, 2);
}

void TestFeedStore::dueFeeds()
{
    TempDatabase t;
    QVERIFY(t.open());
    FeedStore store(t.db);
    const QDateTime now = utc(2026, 11, 28, 12);
    const qint64 never = *store.addFeed(makeFeed(QStringLiteral("https://never.example/rss")));
    const qint64 due = *store.addFeed(makeFeed(QStringLiteral("https://due.example/rss")));
    const qint64 later = *store.addFeed(makeFeed(QStringLiteral("https://later.example/rss")));
    const qint64 paused = *store.addFeed(makeFeed(QStringLiteral("https://paused.example/rss")));
    FeedState st;
    st.nextPollAt = now.addSecs(-60);
    QVERIFY(store.setState(due, st).ok());
    st.nextPollAt = now.addSecs(600);
    QVERIFY(store.setState(later, st).ok());
    st.nextPollAt = now.addSecs(-600);
    st.paused = true;
    QVERIFY(store.setState(paused, st).ok());
    QList<qint64> ids;
    for (const Feed &f : *store.dueFeeds(now))
        ids << f.id;
    QCOMPARE(ids, (QList<qint64>{never, due}));
}

void TestFeedStore::removeFeedRemovesItsArticles()
{
    TempDatabase t;
    QVERIFY(t.open());
    Store store(t.db);
    const qint64 a = *store.feeds().addFeed(makeFeed(QStringLiteral("https://a.example/rss")));
    const qint64 b = *store.feeds().addFeed(makeFeed(QStringLiteral("https://b.example/rss")));
    QVERIFY(store.articles().ingest(a, feedOf({item(QStringLiteral("1"), QStringLiteral("one"))})).ok());
    QVERIFY(store.articles().ingest(b, feedOf({item(QStringLiteral("1"), QStringLiteral("one"))})).ok());
    QCOMPARE(*store.articles().count({}), 2);
    QVERIFY(store.feeds().removeFeed(a).ok());
    QCOMPARE(*store.articles().count({}), 1);
    QCOMPARE(store.feeds().feed(a).error().code, Error::Code::NotFound);
}

void TestFeedStore::metacharactersStoredVerbatim_data()
{
    QTest::addColumn<QString>("value");
    QTest::addRow("quotes") << "O'Brien \"quoted\"";
    QTest::addRow("sql comment") << "x'); DROP TABLE feeds; --";
    QTest::addRow("like wildcards") << "100% _under_ \\back";
    QTest::addRow("megabyte") << QString(1 << 20, QLatin1Char('x'));
}

void TestFeedStore::metacharactersStoredVerbatim()
{
    QFETCH(QString, value);
    TempDatabase t;
    QVERIFY(t.open());
    FeedStore store(t.db);
    Feed f = makeFeed(QStringLiteral("https://a.example/rss"), value);
    f.title = value;
    const qint64 id = *store.addFeed(f);
    QCOMPARE(store.feed(id)->title, value);
    QCOMPARE(store.feed(id)->folder, value);
    QCOMPARE(store.feeds()->size(), 1);
}

void TestFeedStore::unknownIdsAreNotFound()
{
    TempDatabase t;
    QVERIFY(t.open());
    FeedStore store(t.db);
    QCOMPARE(store.feed(42).error().code, Error::Code::NotFound);
    QCOMPARE(store.source(42).error().code, Error::Code::NotFound);
    QCOMPARE(store.setState(42, FeedState{}).error().code, Error::Code::NotFound);
    Feed f = makeFeed(QStringLiteral("https://a.example/rss"));
    f.id = 42;
    QCOMPARE(store.updateFeed(f).error().code, Error::Code::NotFound);
    QCOMPARE(store.feedByUrl(f.url).error().code, Error::Code::NotFound);
}

QTEST_GUILESS_MAIN(TestFeedStore)
#include "tst_feedstore.moc"
