#include "reportfixture.h"

#include "report/reportsource.h"

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

QTEST_GUILESS_MAIN(TestReportSource)
#include "tst_reportsource.moc"
