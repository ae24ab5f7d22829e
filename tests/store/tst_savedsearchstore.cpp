#include "storetest.h"

#include "store/store.h"

#include <QTest>

using namespace ww;
using namespace wwtest;

class TestSavedSearchStore : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void addListUpdateRemove();
    void namesAreUnique();
    void seenNeverMovesBackwards();
    void alertHistoryNewestFirst();
    void deletingASearchDropsItsHistory();
    void tagRuleAndWatermark();

private:
    std::unique_ptr<TempDatabase> m_t;
    std::unique_ptr<Store> m_store;
};

void TestSavedSearchStore::init()
{
    m_t = std::make_unique<TempDatabase>();
    QVERIFY(m_t->open());
    m_store = std::make_unique<Store>(m_t->db);
}

void TestSavedSearchStore::cleanup()
{
    m_store.reset();
    m_t.reset();
}

void TestSavedSearchStore::addListUpdateRemove()
{
    SavedSearch s;
    s.name = QStringLiteral("Korea missiles");
    s.query = QStringLiteral("missile country:KP");
    s.alert = true;
    const qint64 id = *m_store->savedSearches().add(s);
    SavedSearch t;
    t.name = QStringLiteral("Anchors");
    t.query = QStringLiteral("\"foreign ministry\" lang:ru");
    t.filters = QStringLiteral("{\"folder\":\"Russia\"}");
    QVERIFY(m_store->savedSearches().add(t));
    QList<SavedSearch> all = *m_store->savedSearches().list();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[0].name, QStringLiteral("Anchors"));
    QCOMPARE(all[0].filters, QStringLiteral("{\"folder\":\"Russia\"}"));
    QCOMPARE(all[1].query, QStringLiteral("missile country:KP"));
    QVERIFY(all[1].alert);

    SavedSearch edited = *m_store->savedSearches().get(id);
    edited.query = QStringLiteral("missile OR launch country:KP");
    edited.alert = false;
    QVERIFY(m_store->savedSearches().update(edited));
    QCOMPARE(m_store->savedSearches().get(id)->query, QStringLiteral("missile OR launch country:KP"));
    QVERIFY(!m_store->savedSearches().get(id)->alert);
    QVERIFY(m_store->savedSearches().remove(id));
    QCOMPARE(m_store->savedSearches().get(id).error().code, Error::Code::NotFound);
    QCOMPARE(m_store->savedSearches().remove(id).error().code, Error::Code::NotFound);
}

void TestSavedSearchStore::namesAreUnique()
{
    SavedSearch s;
    s.name = QStringLiteral("Daily");
    QVERIFY(m_store->savedSearches().add(s));
    const Result<qint64> again = m_store->savedSearches().add(s);
    QVERIFY(!again);
    QCOMPARE(again.error().code, Error::Code::InvalidArgument);
    QVERIFY(again.error().message.contains(QStringLiteral("Daily")));
    s.name = QStringLiteral("  ");
    QCOMPARE(m_store->savedSearches().add(s).error().code, Error::Code::InvalidArgument);
}

void TestSavedSearchStore::seenNeverMovesBackwards()
{
    SavedSearch s;
    s.name = QStringLiteral("x");
    const qint64 id = *m_store->savedSearches().add(s);
    QVERIFY(m_store->savedSearches().markSeen(id, 40));
    QVERIFY(m_store->savedSearches().markSeen(id, 12));
    QCOMPARE(m_store->savedSearches().get(id)->lastSeenId, 40);
    QVERIFY(m_store->savedSearches().markSeen(id, 41));
    QCOMPARE(m_store->savedSearches().get(id)->lastSeenId, 41);
    QCOMPARE(m_store->savedSearches().markSeen(999, 1).error().code, Error::Code::NotFound);
}

void TestSavedSearchStore::alertHistoryNewestFirst()
{
    SavedSearch s;
    s.name = QStringLiteral("alerts");
    s.alert = true;
    const qint64 id = *m_store->savedSearches().add(s);
    for (int i = 1; i <= 3; ++i) {
        AlertRecord a;
        a.searchId = id;
        a.firedAt = utc(2024, 10, i);
        a.articleCount = i;
        a.maxArticleId = 100 + i;
        a.message = QStringLiteral("%1 new").arg(i);
        QVERIFY(m_store->savedSearches().recordAlert(a));
    }
    const QList<AlertRecord> history = *m_store->savedSearches().alerts(id, 2);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history[0].articleCount, 3);
    QCOMPARE(history[0].firedAt, utc(2024, 10, 3));
    QCOMPARE(history[1].message, QStringLiteral("2 new"));
    QCOMPARE(m_store->savedSearches().alerts(id, 0)->size(), 3);
    AlertRecord orphan;
    orphan.searchId = 4242; // no such search: the foreign key refuses it
    QVERIFY(!m_store->savedSearches().recordAlert(orphan));
}

void TestSavedSearchStore::deletingASearchDropsItsHistory()
{
    SavedSearch s;
    s.name = QStringLiteral("gone");
    const qint64 id = *m_store->savedSearches().add(s);
    AlertRecord a;
    a.searchId = id;
    QVERIFY(m_store->savedSearches().recordAlert(a));
    QVERIFY(m_store->savedSearches().remove(id));
    QVERIFY(m_store->savedSearches().alerts(id)->isEmpty());
}

void TestSavedSearchStore::tagRuleAndWatermark()
{
    Feed f;
    f.url = QUrl(QStringLiteral("https://a.example/rss"));
    const qint64 feed = *m_store->feeds().addFeed(f);
    const QList<qint64> ids = m_store->articles()
                                  .ingest(feed, feedOf({item(QStringLiteral("1"), QStringLiteral("a")),
                                                        item(QStringLiteral("2"), QStringLiteral("b"))}))
                                  ->addedIds;
    const qint64 tag = *m_store->tags().create(QStringLiteral("rule"));
    SavedSearch s;
    s.name = QStringLiteral("rule");
    s.tagId = tag;
    const qint64 id = *m_store->savedSearches().add(s);
    const SavedSearch stored = *m_store->savedSearches().get(id);
    QCOMPARE(stored.tagId, tag);
    QCOMPARE(stored.lastCheckedId, ids[1]); // starts at the newest article: the archive is not "new"
    QVERIFY(m_store->savedSearches().advance(id, ids[1] + 10));
    QVERIFY(m_store->savedSearches().advance(id, 1)); // never backwards
    QCOMPARE(m_store->savedSearches().get(id)->lastCheckedId, ids[1] + 10);
    QVERIFY(m_store->tags().remove(tag));
    QCOMPARE(m_store->savedSearches().get(id)->tagId, 0); // the rule loses its tag, the search stays
}

QTEST_GUILESS_MAIN(TestSavedSearchStore)
#include "tst_savedsearchstore.moc"
