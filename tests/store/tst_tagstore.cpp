#include "storetest.h"

#include "store/store.h"

#include <QTest>

using namespace ww;
using namespace wwtest;

class TestTagStore : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void createIsCaseInsensitiveUnique();
    void renameAndColor();
    void assignInBulkAndCount();
    void tagsShowInArticleLists();
    void mergeMovesAssignments();
    void removeDropsAssignmentsOnly();
    void clusterTags();
    void tagsSurviveReopen();
    void missingTagIsNotFound();

private:
    QList<qint64> addArticles(int n);

    std::unique_ptr<TempDatabase> m_t;
    std::unique_ptr<Store> m_store;
    qint64 m_feed = 0;
};

void TestTagStore::init()
{
    m_t = std::make_unique<TempDatabase>();
    QVERIFY(m_t->open());
    m_store = std::make_unique<Store>(m_t->db);
    Feed f;
    f.url = QUrl(QStringLiteral("https://a.example/rss"));
    m_feed = *m_store->feeds().addFeed(f);
}

void TestTagStore::cleanup()
{
    m_store.reset();
    m_t.reset();
}

QList<qint64> TestTagStore::addArticles(int n)
{
    QList<FeedItem> items;
    for (int i = 0; i < n; ++i)
        items << item(QStringLiteral("k%1").arg(i), QStringLiteral("Story %1").arg(i));
    return m_store->articles().ingest(m_feed, feedOf(items))->addedIds;
}

void TestTagStore::createIsCaseInsensitiveUnique()
{
    const Result<qint64> id = m_store->tags().create(QStringLiteral("  Wagner "), QStringLiteral("#aa0000"));
    QVERIFY(id);
    const Result<qint64> again = m_store->tags().create(QStringLiteral("WAGNER"));
    QVERIFY(!again);
    QCOMPARE(again.error().code, Error::Code::InvalidArgument);
    QVERIFY(!m_store->tags().create(QStringLiteral("   ")));
    const Result<Tag> byName = m_store->tags().tagByName(QStringLiteral("wagner"));
    QVERIFY(byName);
    QCOMPARE(byName->id, *id);
    QCOMPARE(byName->name, QStringLiteral("Wagner"));
    QCOMPARE(byName->color, QStringLiteral("#aa0000"));
    // Non-Latin names fold too.
    QVERIFY(m_store->tags().create(QStringLiteral("Санкции")));
    QVERIFY(!m_store->tags().create(QStringLiteral("САНКЦИИ")));
}

void TestTagStore::renameAndColor()
{
    const qint64 a = *m_store->tags().create(QStringLiteral("sanctions"));
    const qint64 b = *m_store->tags().create(QStringLiteral("energy"));
    QVERIFY(m_store->tags().rename(a, QStringLiteral("Sanctions 2024")));
    QVERIFY(!m_store->tags().rename(a, QStringLiteral("ENERGY"))); // would collide: merge instead
    QVERIFY(m_store->tags().rename(b, QStringLiteral("Energy")));  // its own name, other case: fine
    QVERIFY(m_store->tags().setColor(a, QStringLiteral("#00ff00")));
    const QList<Tag> all = *m_store->tags().tags();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[0].name, QStringLiteral("Energy"));
    QCOMPARE(all[1].name, QStringLiteral("Sanctions 2024"));
    QCOMPARE(all[1].color, QStringLiteral("#00ff00"));
    QCOMPARE(m_store->tags().rename(999, QStringLiteral("x")).error().code, Error::Code::NotFound);
}

void TestTagStore::assignInBulkAndCount()
{
    const QList<qint64> ids = addArticles(5);
    const qint64 tag = *m_store->tags().create(QStringLiteral("follow-up"));
    QVERIFY(m_store->tags().assign(ids.mid(0, 3), tag));
    QVERIFY(m_store->tags().assign(ids.mid(1, 3), tag)); // overlapping: no duplicates, no error
    QCOMPARE(m_store->tags().tagByName(QStringLiteral("follow-up"))->articleCount, 4);
    QVERIFY(m_store->tags().unassign({ids[0], ids[4]}, tag)); // ids[4] never had it: no error
    QCOMPARE(m_store->tags().tagByName(QStringLiteral("follow-up"))->articleCount, 3);
    QCOMPARE(m_store->tags().tagsForArticle(ids[1])->size(), 1);
    QVERIFY(m_store->tags().tagsForArticle(ids[0])->isEmpty());
    // A tag id that does not exist is refused by the foreign key, atomically.
    QVERIFY(!m_store->tags().assign({ids[0], ids[1]}, 4242));
    QVERIFY(m_store->tags().tagsForArticle(ids[0])->isEmpty());
}

void TestTagStore::tagsShowInArticleLists()
{
    const QList<qint64> ids = addArticles(3);
    const qint64 tag = *m_store->tags().create(QStringLiteral("Korea"));
    QVERIFY(m_store->tags().assign({ids[2]}, tag));
    ArticleQuery q;
    q.tagId = tag;
    const QList<ArticleSummary> rows = *m_store->articles().list(q);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].id, ids[2]);
    QCOMPARE(rows[0].tags, QStringList{QStringLiteral("Korea")});
    QCOMPARE(m_store->articles().get(ids[2])->tags, QStringList{QStringLiteral("Korea")});
}

void TestTagStore::mergeMovesAssignments()
{
    const QList<qint64> ids = addArticles(4);
    const qint64 from = *m_store->tags().create(QStringLiteral("DPRK"));
    const qint64 into = *m_store->tags().create(QStringLiteral("North Korea"));
    QVERIFY(m_store->tags().assign({ids[0], ids[1]}, from));
    QVERIFY(m_store->tags().assign({ids[1], ids[2]}, into));
    QVERIFY(m_store->tags().merge(from, into));
    QVERIFY(!m_store->tags().tagByName(QStringLiteral("DPRK")));
    QCOMPARE(m_store->tags().tagByName(QStringLiteral("North Korea"))->articleCount, 3);
    QCOMPARE(m_store->tags().merge(from, into).error().code, Error::Code::NotFound);
}

void TestTagStore::removeDropsAssignmentsOnly()
{
    const QList<qint64> ids = addArticles(2);
    const qint64 tag = *m_store->tags().create(QStringLiteral("temp"));
    QVERIFY(m_store->tags().assign(ids, tag));
    QVERIFY(m_store->tags().remove(tag));
    QVERIFY(m_store->tags().tags()->isEmpty());
    QVERIFY(m_store->tags().tagsForArticle(ids[0])->isEmpty());
    QCOMPARE(*m_store->articles().count(ArticleQuery{}), 2);
}

void TestTagStore::clusterTags()
{
    QSqlQuery q = m_t->db.query();
    QVERIFY(q.exec(QStringLiteral("INSERT INTO clusters (created_at) VALUES (0)")));
    const qint64 cluster = q.lastInsertId().toLongLong();
    const qint64 tag = *m_store->tags().create(QStringLiteral("wire"));
    QVERIFY(m_store->tags().assignCluster(cluster, tag));
    QVERIFY(m_store->tags().assignCluster(cluster, tag));
    QCOMPARE(m_store->tags().tagsForCluster(cluster)->size(), 1);
    QVERIFY(m_store->tags().unassignCluster(cluster, tag));
    QVERIFY(m_store->tags().tagsForCluster(cluster)->isEmpty());
}

void TestTagStore::tagsSurviveReopen()
{
    const QList<qint64> ids = addArticles(1);
    const qint64 tag = *m_store->tags().create(QStringLiteral("keep"));
    QVERIFY(m_store->tags().assign(ids, tag));
    m_store.reset();
    m_t->db.close();
    QVERIFY(m_t->open());
    Store reopened(m_t->db);
    QCOMPARE(reopened.tags().tagsForArticle(ids[0])->constFirst().name, QStringLiteral("keep"));
}

void TestTagStore::missingTagIsNotFound()
{
    QCOMPARE(m_store->tags().tagByName(QStringLiteral("nope")).error().code, Error::Code::NotFound);
    QCOMPARE(m_store->tags().remove(77).error().code, Error::Code::NotFound);
}

QTEST_GUILESS_MAIN(TestTagStore)
#include "tst_tagstore.moc"
