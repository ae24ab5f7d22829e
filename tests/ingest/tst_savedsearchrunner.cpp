#include "ingest/savedsearchrunner.h"
#include "store/database.h"
#include "store/store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ww;

class TestSavedSearchRunner : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void existingArchiveDoesNotAlert();
    void alertsOncePerNewMatch();
    void fieldFiltersApply();
    void tagRuleTagsNewMatches();
    void quietSearchesAreSkipped();
    void largeBatchesContinueNextRun();

private:
    QList<qint64> ingest(const QStringList &titles, const QString &country = {});

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    qint64 m_feed = 0;
    int m_next = 0;
};

void TestSavedSearchRunner::init()
{
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir.filePath(
        QStringLiteral("runner-%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())))));
    m_store = std::make_unique<Store>(*m_db);
    Feed f;
    f.url = QUrl(QStringLiteral("https://wire.example/rss"));
    m_feed = *m_store->feeds().addFeed(f);
}

void TestSavedSearchRunner::cleanup()
{
    m_store.reset();
    m_db.reset();
}

QList<qint64> TestSavedSearchRunner::ingest(const QStringList &titles, const QString &country)
{
    ParsedFeed feed;
    for (const QString &title : titles) {
        FeedItem it;
        it.key = QString::number(++m_next);
        it.title = title;
        it.summary = title;
        feed.items << it;
    }
    const QList<qint64> ids = m_store->articles().ingest(m_feed, feed)->addedIds;
    if (!country.isEmpty()) {
        for (qint64 id : ids) {
            Article a;
            a.text = m_store->articles().get(id)->article.title;
            CountryMention m;
            m.code = country;
            m.count = 1;
            a.countries << m;
            m_store->articles().saveExtraction(id, a);
        }
    }
    return ids;
}

void TestSavedSearchRunner::existingArchiveDoesNotAlert()
{
    ingest({QStringLiteral("Missile launch"), QStringLiteral("Another missile")});
    SavedSearch s;
    s.name = QStringLiteral("missiles");
    s.query = QStringLiteral("missile");
    s.alert = true;
    QVERIFY(m_store->savedSearches().add(s));
    QVERIFY(SavedSearchRunner(*m_store).run()->isEmpty());
}

void TestSavedSearchRunner::alertsOncePerNewMatch()
{
    SavedSearch s;
    s.name = QStringLiteral("missiles");
    s.query = QStringLiteral("missile");
    s.alert = true;
    const qint64 id = *m_store->savedSearches().add(s);
    const QList<qint64> first = ingest({QStringLiteral("Missile launch"), QStringLiteral("Grain deal"),
                                        QStringLiteral("Missile test condemned")});
    const QList<AlertRecord> fired = *SavedSearchRunner(*m_store).run();
    QCOMPARE(fired.size(), 1);
    QCOMPARE(fired[0].searchId, id);
    QCOMPARE(fired[0].articleCount, 2);
    QCOMPARE(fired[0].maxArticleId, first[2]);
    QVERIFY(fired[0].message.contains(QStringLiteral("missiles")));
    // Nothing new: no second alert for the same matches.
    QVERIFY(SavedSearchRunner(*m_store).run()->isEmpty());
    ingest({QStringLiteral("Weather")});
    QVERIFY(SavedSearchRunner(*m_store).run()->isEmpty());
    ingest({QStringLiteral("Missile debris found")});
    const QList<AlertRecord> second = *SavedSearchRunner(*m_store).run();
    QCOMPARE(second.size(), 1);
    QCOMPARE(second[0].articleCount, 1);
    const QList<AlertRecord> history = *m_store->savedSearches().alerts(id);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history[0].articleCount, 1);
}

void TestSavedSearchRunner::fieldFiltersApply()
{
    SavedSearch s;
    s.name = QStringLiteral("DPRK");
    s.query = QStringLiteral("missile country:KP");
    s.alert = true;
    QVERIFY(m_store->savedSearches().add(s));
    ingest({QStringLiteral("Missile over Japan")}, QStringLiteral("JP"));
    ingest({QStringLiteral("Missile from Pyongyang"), QStringLiteral("Parade in Pyongyang")},
           QStringLiteral("KP"));
    const QList<AlertRecord> fired = *SavedSearchRunner(*m_store).run();
    QCOMPARE(fired.size(), 1);
    QCOMPARE(fired[0].articleCount, 1);
}

void TestSavedSearchRunner::tagRuleTagsNewMatches()
{
    const qint64 tag = *m_store->tags().create(QStringLiteral("grain"));
    SavedSearch s;
    s.name = QStringLiteral("grain rule");
    s.query = QStringLiteral("grain");
    s.tagId = tag; // a rule without an alert
    QVERIFY(m_store->savedSearches().add(s));
    const QList<qint64> ids =
        ingest({QStringLiteral("Grain deal"), QStringLiteral("Missile"), QStringLiteral("Grain ships")});
    QVERIFY(SavedSearchRunner(*m_store).run()->isEmpty()); // tags, but raises no alert
    QCOMPARE(m_store->tags().tagsForArticle(ids[0])->size(), 1);
    QVERIFY(m_store->tags().tagsForArticle(ids[1])->isEmpty());
    QCOMPARE(m_store->tags().tagByName(QStringLiteral("grain"))->articleCount, 2);
    // The analyst removes the tag from one article: a later run does not put it back.
    QVERIFY(m_store->tags().unassign({ids[0]}, tag));
    ingest({QStringLiteral("Weather")});
    QVERIFY(SavedSearchRunner(*m_store).run());
    QVERIFY(m_store->tags().tagsForArticle(ids[0])->isEmpty());
}

void TestSavedSearchRunner::quietSearchesAreSkipped()
{
    SavedSearch s;
    s.name = QStringLiteral("just a folder");
    s.query = QStringLiteral("missile");
    const qint64 id = *m_store->savedSearches().add(s);
    ingest({QStringLiteral("Missile")});
    QVERIFY(SavedSearchRunner(*m_store).run()->isEmpty());
    QVERIFY(m_store->savedSearches().alerts(id)->isEmpty());
}

void TestSavedSearchRunner::largeBatchesContinueNextRun()
{
    SavedSearch s;
    s.name = QStringLiteral("all");
    s.query = QStringLiteral("story");
    s.alert = true;
    QVERIFY(m_store->savedSearches().add(s));
    QStringList titles;
    for (int i = 0; i < SavedSearchRunner::kMaxMatchesPerRun + 7; ++i)
        titles << QStringLiteral("story %1").arg(i);
    ingest(titles);
    const QList<AlertRecord> first = *SavedSearchRunner(*m_store).run();
    QCOMPARE(first.constFirst().articleCount, SavedSearchRunner::kMaxMatchesPerRun);
    const QList<AlertRecord> rest = *SavedSearchRunner(*m_store).run();
    QCOMPARE(rest.constFirst().articleCount, 7);
    QVERIFY(SavedSearchRunner(*m_store).run()->isEmpty());
}

QTEST_GUILESS_MAIN(TestSavedSearchRunner)
#include "tst_savedsearchrunner.moc"
