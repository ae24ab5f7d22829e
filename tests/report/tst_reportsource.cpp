#include "reportfixture.h"

#include "report/reportsource.h"

#include <QSet>
#include <QTest>

using namespace ww;

class TestReportSource : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void queryPagesThroughTheWholeSelection_data();
    void queryPagesThroughTheWholeSelection();
    void explicitIdsKeepOrderSkipMissingAndDuplicates();
    void timeRangeAppliesToIds();
    void savedSearchSelects();
    void missingSavedSearchIsAnError();
    void searchSyntaxFieldFiltersApply();
    void loadCarriesTagsAndAnnotations();
    void cancelStopsPreparing();
    void savedSearchByNameOrId_data();
    void savedSearchByNameOrId();
    void clusterSelectionIsEveryArticleOfTheStories_data();
    void clusterSelectionIsEveryArticleOfTheStories();
    void missingClusterIsAnError();
    void storiesOfSelectedArticles();
    void storyStartsCarryTheClustersNotesAndTags();

private:
    std::unique_ptr<ReportFixture> m_f;
};

void TestReportSource::init()
{
    m_f = std::make_unique<ReportFixture>();
    QVERIFY(m_f->setUpReport());
}

void TestReportSource::cleanup()
{
    m_f.reset();
}

void TestReportSource::queryPagesThroughTheWholeSelection_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<int>("expected");
    QTest::addRow("everything") << QString()
                                << StoreFixture::kWireItems + StoreFixture::kAsiaItems +
                                       StoreFixture::kLooseItems + 5;
    QTest::addRow("one folder") << QStringLiteral("Wires") << StoreFixture::kWireItems;
    QTest::addRow("world folder") << QStringLiteral("World") << 5;
    QTest::addRow("no such folder") << QStringLiteral("Nowhere") << 0;
}

void TestReportSource::queryPagesThroughTheWholeSelection()
{
    QFETCH(QString, folder);
    QFETCH(int, expected);
    ReportSpec spec;
    spec.query.folder = folder;
    spec.query.limit = 3; // the report ignores the list's page size
    spec.query.sort = ArticleQuery::Sort::OldestFirst;
    ReportSource source(*m_f->store, spec);
    QVERIFY(source.prepare().ok());
    QCOMPARE(source.ids().size(), expected);
    QCOMPARE(source.titles().size(), expected);
    QCOMPARE(source.figures().articles(), expected);
    ArticleQuery all = spec.effectiveQuery();
    QCOMPARE(*m_f->store->articles().count(all), expected);
    // Oldest first, as asked.
    QDateTime previous;
    for (qint64 id : source.ids()) {
        const QDateTime t = m_f->store->articles().get(id)->article.publishedUtc;
        if (previous.isValid() && t.isValid())
            QVERIFY(previous <= t);
        if (t.isValid())
            previous = t;
    }
}

void TestReportSource::explicitIdsKeepOrderSkipMissingAndDuplicates()
{
    ReportSpec spec;
    spec.articleIds = {m_f->worldIds.at(2), 999999, m_f->richArticle, m_f->worldIds.at(2)};
    ReportSource source(*m_f->store, spec);
    QVERIFY(source.prepare().ok());
    QCOMPARE(source.ids(), (QList<qint64>{m_f->worldIds.at(2), m_f->richArticle}));
    QCOMPARE(source.titles().at(1), QStringLiteral("Pyongyang story 00"));
    QCOMPARE(source.figures().byProducer(0).size(), 2); // AFP and Reuters
    QVERIFY(source.selectionDescription().contains(QLatin1String("2")));
}

void TestReportSource::timeRangeAppliesToIds()
{
    ReportSpec spec = m_f->spec();
    spec.from = QDateTime(QDate(2026, 10, 21), QTime(0, 0), Qt::UTC);
    spec.to = QDateTime(QDate(2026, 10, 23), QTime(0, 0), Qt::UTC);
    ReportSource source(*m_f->store, spec);
    QVERIFY(source.prepare().ok());
    QCOMPARE(source.ids(), (QList<qint64>{m_f->worldIds.at(1), m_f->worldIds.at(2)}));
}

void TestReportSource::savedSearchSelects()
{
    SavedSearch search;
    search.name = QStringLiteral("Wire stories");
    search.query = QStringLiteral("wire");
    const auto id = m_f->store->savedSearches().add(search);
    QVERIFY(id.ok());
    ReportSpec spec;
    spec.savedSearchId = *id;
    spec.query.text = QStringLiteral("blog"); // the saved search wins
    ReportSource source(*m_f->store, spec);
    QVERIFY(source.prepare().ok());
    QCOMPARE(source.ids().size(), StoreFixture::kWireItems);
    QVERIFY(source.selectionDescription().contains(QLatin1String("Wire stories")));
}

void TestReportSource::searchSyntaxFieldFiltersApply()
{
    // Typed in the search line, given to --query, or kept in a saved search: the same syntax selects the
    // same.
    ReportSpec typed;
    typed.query.text = QStringLiteral("country:KP");
    ReportSource fromQuery(*m_f->store, typed);
    QVERIFY(fromQuery.prepare().ok());
    ArticleQuery byField;
    byField.countryCode = QStringLiteral("KP");
    const int expected = *m_f->store->articles().count(byField);
    QVERIFY(expected > 0);
    QCOMPARE(int(fromQuery.ids().size()), expected);
    SavedSearch search;
    search.name = QStringLiteral("North Korea");
    search.query = QStringLiteral("country:kp");
    const auto id = m_f->store->savedSearches().add(search);
    QVERIFY(id.ok());
    ReportSpec saved;
    saved.savedSearchId = *id;
    ReportSource fromSaved(*m_f->store, saved);
    QVERIFY(fromSaved.prepare().ok());
    QCOMPARE(fromSaved.ids(), fromQuery.ids());
}

void TestReportSource::missingSavedSearchIsAnError()
{
    ReportSpec spec;
    spec.savedSearchId = 4242;
    ReportSource source(*m_f->store, spec);
    const Status s = source.prepare();
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, Error::Code::NotFound);
}

void TestReportSource::loadCarriesTagsAndAnnotations()
{
    ReportSource source(*m_f->store, m_f->spec());
    QVERIFY(source.prepare().ok());
    const auto rich = source.load(m_f->richArticle);
    QVERIFY(rich.ok());
    QCOMPARE(rich->tags.size(), 1);
    QCOMPARE(rich->tags.first().name, QStringLiteral("Санкции"));
    QCOMPARE(rich->annotations.size(), 1);
    QCOMPARE(rich->annotations.first().note, QStringLiteral("Check against KCNA footage"));
    QCOMPARE(rich->publisher(), QStringLiteral("Global South World"));
    QCOMPARE(rich->stored.article.images.first().credit,
             QStringLiteral("Sputnik/Vladimir Smirnov/Pool via REUTERS"));
    const auto korean = source.load(m_f->worldIds.at(1));
    QVERIFY(korean.ok());
    QVERIFY(korean->annotations.first().orphaned);
    QVERIFY(!source.load(123456).ok());
}

void TestReportSource::cancelStopsPreparing()
{
    ReportSpec spec; // everything: more than one batch is not needed to see the check
    ReportSource source(*m_f->store, spec);
    const Status s = source.prepare([] { return true; });
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, Error::Code::Cancelled);
    QVERIFY(source.ids().isEmpty());
}

void TestReportSource::savedSearchByNameOrId_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<bool>("found");
    QTest::addRow("exact name") << QStringLiteral("Korea watch") << true;
    QTest::addRow("name in other case") << QStringLiteral("korea WATCH") << true;
    QTest::addRow("id") << QStringLiteral("#id") << true;
    QTest::addRow("unknown name") << QStringLiteral("Wagner") << false;
    QTest::addRow("unknown id") << QStringLiteral("4242") << false;
}

void TestReportSource::savedSearchByNameOrId()
{
    QFETCH(QString, given);
    QFETCH(bool, found);
    SavedSearch other;
    other.name = QStringLiteral("Wire stories");
    other.query = QStringLiteral("wire");
    QVERIFY(m_f->store->savedSearches().add(other).ok());
    SavedSearch search;
    search.name = QStringLiteral("Korea watch");
    search.query = QStringLiteral("country:KP");
    const auto id = m_f->store->savedSearches().add(search);
    QVERIFY(id.ok());
    ReportSpec spec;
    spec.savedSearchName = given == QLatin1String("#id") ? QString::number(*id) : given;
    spec.query.sort = ArticleQuery::Sort::OldestFirst; // as the CLI and the dialog ask
    ReportSource source(*m_f->store, spec);
    const Status s = source.prepare();
    QCOMPARE(s.ok(), found);
    if (!found) {
        QCOMPARE(s.error().code, Error::Code::NotFound);
        QVERIFY(s.error().message.contains(given));
        return;
    }
    // Exactly what the store selects for the saved search's query, read with the search syntax.
    ArticleQuery byField;
    byField.countryCode = QStringLiteral("KP");
    byField.sort = ArticleQuery::Sort::OldestFirst;
    byField.limit = 1000;
    QList<qint64> expected;
    const auto rows = m_f->store->articles().list(byField);
    QVERIFY(rows.ok());
    for (const ArticleSummary &row : *rows)
        expected << row.id;
    QVERIFY(!expected.isEmpty());
    QCOMPARE(source.ids(), expected);
    QVERIFY(source.selectionDescription().contains(QLatin1String("Korea watch")));
}

void TestReportSource::clusterSelectionIsEveryArticleOfTheStories_data()
{
    QTest::addColumn<bool>("talks");
    QTest::addColumn<bool>("missile");
    QTest::addColumn<bool>("ranged");
    QTest::addRow("one story") << true << false << false;
    QTest::addRow("two stories") << true << true << false;
    QTest::addRow("two stories in a time range") << true << true << true;
}

void TestReportSource::clusterSelectionIsEveryArticleOfTheStories()
{
    QFETCH(bool, talks);
    QFETCH(bool, missile);
    QFETCH(bool, ranged);
    QVERIFY(m_f->setUpClusters());
    ReportSpec spec;
    spec.query.text = QStringLiteral("blog"); // the clusters win over a query
    if (talks)
        spec.clusterIds << m_f->talksCluster;
    if (missile)
        spec.clusterIds << m_f->missileCluster << m_f->missileCluster; // a duplicate is reported once
    if (ranged) {
        spec.from = QDateTime(QDate(2026, 10, 21), QTime(0, 0), Qt::UTC);
        spec.to = QDateTime(QDate(2026, 10, 24), QTime(0, 0), Qt::UTC);
    }
    ReportSource source(*m_f->store, spec);
    QVERIFY(source.prepare().ok());
    QVERIFY(spec.selectsStories());
    // Compared with the store's own reading of each cluster: its members, oldest first, story by story.
    QList<qint64> expected;
    for (qint64 cluster : {talks ? m_f->talksCluster : 0, missile ? m_f->missileCluster : 0}) {
        if (cluster == 0)
            continue;
        const auto stored = m_f->store->clusters().get(cluster);
        QVERIFY(stored.ok());
        for (const ClusterMember &m : stored->members) {
            if (!ranged || (m.published >= spec.from && m.published < spec.to))
                expected << m.articleId;
        }
    }
    QVERIFY(!expected.isEmpty());
    QCOMPARE(source.ids(), expected);
    QCOMPARE(source.figures().articles(), int(expected.size()));
    QCOMPARE(source.titles().size(), expected.size());
}

void TestReportSource::missingClusterIsAnError()
{
    QVERIFY(m_f->setUpClusters());
    ReportSpec spec;
    spec.clusterIds = {m_f->talksCluster, 4242};
    ReportSource source(*m_f->store, spec);
    const Status s = source.prepare();
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, Error::Code::NotFound);
    QVERIFY(s.error().message.contains(QLatin1String("4242")));
}

void TestReportSource::storiesOfSelectedArticles()
{
    QVERIFY(m_f->setUpClusters());
    // world 4 (missile story), a wire article in no cluster, world 3 (talks story), world 1 (missile again).
    const auto loose = m_f->store->clusters().clusterOfArticle(m_f->richArticle + 1);
    QVERIFY(loose.ok());
    QCOMPARE(*loose, 0);
    ReportSpec spec;
    spec.articleIds = {m_f->worldIds.at(4), m_f->richArticle + 1, m_f->worldIds.at(3), m_f->worldIds.at(1)};
    spec.wholeStories = true;
    ReportSource source(*m_f->store, spec);
    QVERIFY(source.prepare().ok());
    // Story by story in the order the selection names them, each story's copies as the store orders them
    // (oldest first: the rich Reuters article is from 2024); the loose article stands alone.
    const auto missile = m_f->store->clusters().get(m_f->missileCluster);
    const auto talks = m_f->store->clusters().get(m_f->talksCluster);
    QVERIFY(missile.ok() && talks.ok());
    QList<qint64> expected;
    for (const ClusterMember &m : missile->members)
        expected << m.articleId;
    expected << m_f->richArticle + 1;
    for (const ClusterMember &m : talks->members)
        expected << m.articleId;
    QCOMPARE(expected.size(), 6);
    QCOMPARE(source.ids(), expected);
    QCOMPARE(source.storyStarts().size(), 2);
    QVERIFY(source.selectionDescription().contains(QLatin1String("4")));
    // Without wholeStories the same ids are just those articles.
    spec.wholeStories = false;
    ReportSource plainIds(*m_f->store, spec);
    QVERIFY(plainIds.prepare().ok());
    QCOMPARE(plainIds.ids(), spec.articleIds);
    QVERIFY(plainIds.storyStarts().isEmpty());
}

void TestReportSource::storyStartsCarryTheClustersNotesAndTags()
{
    QVERIFY(m_f->setUpClusters());
    ReportSpec spec;
    spec.clusterIds = {m_f->talksCluster, m_f->missileCluster};
    ReportSource source(*m_f->store, spec);
    QVERIFY(source.prepare().ok());
    int stories = 0;
    for (qint64 id : source.ids()) {
        const auto item = source.load(id);
        QVERIFY(item.ok());
        if (!item->story)
            continue;
        ++stories;
        const StoryCluster &c = item->story->cluster;
        QCOMPARE(c.id, source.storyStarts().value(id));
        QCOMPARE(c.members.first().articleId, id); // the story opens with its first copy
        const auto notes = m_f->store->annotations().forCluster(c.id);
        QCOMPARE(item->story->notes.size(), notes->size());
        if (c.id == m_f->talksCluster) {
            QCOMPARE(item->story->notes.size(), 2);
            QCOMPARE(item->story->tags.size(), 1);
            QCOMPARE(item->story->tags.first().name, QStringLiteral("Переговоры"));
            QCOMPARE(item->story->outlets().size(), 2); // World Desk twice, then Global South World
            QCOMPARE(item->story->outlets().first(), c.firstPublisher);
        } else {
            QVERIFY(item->story->notes.isEmpty());
            QVERIFY(item->story->tags.isEmpty());
        }
    }
    QCOMPARE(stories, 2);
}

QTEST_GUILESS_MAIN(TestReportSource)
#include "tst_reportsource.moc"
