#include "storetest.h"

#include "store/store.h"

#include <QTest>

using namespace ww;
using namespace wwtest;

class TestClusterStore : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void signaturesRoundTrip();
    void saveComputesTheSummary();
    void saveIsIdempotentAndGrows();
    void membersMoveWhenClustersMerge();
    void listFollowsTheArticleFilter();
    void unknownIdsAreNotFound();

private:
    qint64 article(const QString &key, const QString &title, const QDateTime &published, qint64 feed = 0);

    std::unique_ptr<TempDatabase> m_t;
    std::unique_ptr<Store> m_store;
    qint64 m_feedA = 0;
    qint64 m_feedB = 0;
};

void TestClusterStore::init()
{
    m_t = std::make_unique<TempDatabase>();
    QVERIFY(m_t->open());
    m_store = std::make_unique<Store>(m_t->db);
    Source s;
    s.name = QStringLiteral("Global South World");
    const qint64 source = *m_store->feeds().addSource(s);
    Feed f;
    f.url = QUrl(QStringLiteral("https://gsw.example/rss"));
    f.title = QStringLiteral("GSW feed");
    f.sourceId = source;
    m_feedA = *m_store->feeds().addFeed(f);
    f.url = QUrl(QStringLiteral("https://daily.example/rss"));
    f.title = QStringLiteral("Daily Example");
    f.sourceId = 0;
    m_feedB = *m_store->feeds().addFeed(f);
}

void TestClusterStore::cleanup()
{
    m_store.reset();
    m_t.reset();
}

qint64 TestClusterStore::article(const QString &key, const QString &title, const QDateTime &published,
                                 qint64 feed)
{
    const Result<IngestResult> r = m_store->articles().ingest(
        feed ? feed : m_feedA, feedOf({item(key, title, QStringLiteral("text"), published)}));
    return r && !r->addedIds.isEmpty() ? r->addedIds.constFirst() : 0;
}

void TestClusterStore::signaturesRoundTrip()
{
    const qint64 a = article(QStringLiteral("a"), QStringLiteral("A"), utc(2024, 10, 14, 9));
    const qint64 b = article(QStringLiteral("b"), QStringLiteral("B"), utc(2024, 10, 14, 8), m_feedB);
    article(QStringLiteral("c"), QStringLiteral("C"), utc(2024, 10, 14, 7)); // never signed
    const QByteArray sigA("WWM1-a-\x00\x01\xff", 10);
    QVERIFY(m_store->clusters().saveSignature(a, sigA));
    QVERIFY(m_store->clusters().saveSignature(b, QByteArray("b")));
    Article extracted;
    extracted.publisher = QStringLiteral("Reuters via GSW");
    extracted.producer = QStringLiteral("Reuters");
    QVERIFY(m_store->articles().saveExtraction(a, extracted));
    const QList<ClusterSeed> seeds = *m_store->clusters().seeds();
    QCOMPARE(seeds.size(), 2);
    QCOMPARE(seeds[0].articleId, a);
    QCOMPARE(seeds[0].signature, sigA); // binary-safe
    QCOMPARE(seeds[0].publisher, QStringLiteral("Reuters via GSW"));
    QCOMPARE(seeds[0].producer, QStringLiteral("Reuters"));
    QCOMPARE(seeds[0].published, utc(2024, 10, 14, 9));
    QCOMPARE(seeds[1].publisher, QStringLiteral("Daily Example")); // no source: the feed's title
    QCOMPARE(m_store->clusters().seedOf(b)->published, utc(2024, 10, 14, 8));
    QCOMPARE(m_store->clusters().saveSignature(9999, QByteArray("x")).error().code, Error::Code::NotFound);
}

void TestClusterStore::saveComputesTheSummary()
{
    const qint64 late =
        article(QStringLiteral("late"), QStringLiteral("Retitled copy"), utc(2024, 10, 14, 15), m_feedB);
    const qint64 early = article(QStringLiteral("early"), QStringLiteral("Original"), utc(2024, 10, 14, 9));
    // The founder is whoever the index saw first; the summary still names who published first.
    const qint64 id = *m_store->clusters().save(late, {late, early}, QStringLiteral("Reuters"));
    const StoryCluster c = *m_store->clusters().get(id);
    QCOMPARE(c.founderArticleId, late);
    QCOMPARE(c.size, 2);
    QCOMPARE(c.label, QStringLiteral("Original"));
    QCOMPARE(c.firstPublisher, QStringLiteral("Global South World"));
    QCOMPARE(c.producer, QStringLiteral("Reuters"));
    QCOMPARE(c.firstPublished, utc(2024, 10, 14, 9));
    QCOMPARE(c.lastPublished, utc(2024, 10, 14, 15));
    QCOMPARE(c.members.size(), 2);
    QCOMPARE(c.members[0].articleId, early);
    QCOMPARE(c.members[1].publisher, QStringLiteral("Daily Example"));
    QCOMPARE(c.members[1].url, QUrl(QStringLiteral("https://news.example/late")));
    QCOMPARE(*m_store->clusters().clusterOfArticle(early), id);
    QCOMPARE(m_store->articles().get(late)->clusterId, id);
    ArticleQuery q;
    q.clusterId = id;
    QCOMPARE(*m_store->articles().count(q), 2);
    QCOMPARE(m_store->stats()->clusters, 1);
}

void TestClusterStore::saveIsIdempotentAndGrows()
{
    const qint64 a = article(QStringLiteral("a"), QStringLiteral("A"), utc(2024, 10, 1));
    const qint64 b = article(QStringLiteral("b"), QStringLiteral("B"), utc(2024, 10, 2));
    const qint64 c = article(QStringLiteral("c"), QStringLiteral("C"), utc(2024, 10, 3));
    const qint64 id = *m_store->clusters().save(a, {a, b}, {});
    QCOMPARE(*m_store->clusters().save(a, {a, b}, {}), id);
    QCOMPARE(*m_store->clusters().save(a, {a, b, c}, QStringLiteral("AP")), id);
    const StoryCluster got = *m_store->clusters().get(id);
    QCOMPARE(got.size, 3);
    QCOMPARE(got.producer, QStringLiteral("AP"));
    QCOMPARE(got.lastPublished, utc(2024, 10, 3));
    QCOMPARE(m_store->stats()->clusters, 1);
}

void TestClusterStore::membersMoveWhenClustersMerge()
{
    const qint64 a = article(QStringLiteral("a"), QStringLiteral("A"), utc(2024, 10, 1));
    const qint64 b = article(QStringLiteral("b"), QStringLiteral("B"), utc(2024, 10, 2));
    const qint64 c = article(QStringLiteral("c"), QStringLiteral("C"), utc(2024, 10, 3));
    const qint64 first = *m_store->clusters().save(b, {b, c}, {});
    const qint64 merged = *m_store->clusters().save(a, {a, b, c}, {});
    QVERIFY(first != merged);
    QCOMPARE(m_store->clusters().get(merged)->size, 3);
    // The emptied cluster keeps its row (an analyst may have tagged it) but no longer lists.
    QCOMPARE(m_store->clusters().get(first)->size, 0);
    QCOMPARE(m_store->clusters().list(ArticleQuery{})->size(), 1);
}

void TestClusterStore::listFollowsTheArticleFilter()
{
    const qint64 a = article(QStringLiteral("a"), QStringLiteral("Missile launch"), utc(2024, 10, 1));
    const qint64 b =
        article(QStringLiteral("b"), QStringLiteral("Missile launch again"), utc(2024, 10, 2), m_feedB);
    const qint64 c = article(QStringLiteral("c"), QStringLiteral("Grain deal"), utc(2024, 10, 5));
    const qint64 d = article(QStringLiteral("d"), QStringLiteral("Grain deal signed"), utc(2024, 10, 6));
    const qint64 lone = article(QStringLiteral("e"), QStringLiteral("Missile alone"), utc(2024, 10, 7));
    const qint64 missiles = *m_store->clusters().save(a, {a, b}, {});
    const qint64 grain = *m_store->clusters().save(c, {c, d}, {});
    QVERIFY(lone > 0);
    const QList<StoryCluster> all = *m_store->clusters().list(ArticleQuery{});
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[0].id, grain); // newest first
    QVERIFY(all[0].members.isEmpty());
    ArticleQuery q;
    q.text = QStringLiteral("missile");
    const QList<StoryCluster> found = *m_store->clusters().list(q);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].id, missiles);
    q = ArticleQuery{};
    q.feedIds = {m_feedB};
    QCOMPARE(m_store->clusters().list(q)->constFirst().id, missiles);
    q = ArticleQuery{};
    q.limit = 1;
    q.offset = 1;
    QCOMPARE(m_store->clusters().list(q)->constFirst().id, missiles);
    q = ArticleQuery{};
    q.text = QStringLiteral("\"\"");
    QVERIFY(m_store->clusters().list(q)->isEmpty());
}

void TestClusterStore::unknownIdsAreNotFound()
{
    QCOMPARE(m_store->clusters().get(42).error().code, Error::Code::NotFound);
    QCOMPARE(m_store->clusters().clusterOfArticle(42).error().code, Error::Code::NotFound);
    QCOMPARE(m_store->clusters().seedOf(42).error().code, Error::Code::NotFound);
}

QTEST_GUILESS_MAIN(TestClusterStore)
#include "tst_clusterstore.moc"
