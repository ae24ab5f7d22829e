// g++ 12 flags the std::variant inside Result<T> as maybe-uninitialized here at -O2 (a known false positive).
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"

#include "../models/storefixture.h"
#include "coveragecontroller.h"
#include "coveragedashboard.h"
#include "datasource.h"
#include "models/facetmodel.h"
#include "readworker.h"
#include "storedatasource.h"

#include <QAtomicPointer>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

namespace {

// Answers coverage by the query's text, so each request's result is recognisable: one country whose code
// is the text's first two letters, counted as many times as the text is long. "slow" waits for the test.
class ScriptedSource : public DataSource
{
public:
    QSemaphore started;
    QSemaphore release;
    QAtomicInt loads[4]; // slow, middle, fast, anything else

    ww::Result<QList<ww::Feed>> feeds() override { return QList<ww::Feed>(); }
    ww::Result<QHash<qint64, int>> unreadCounts() override { return QHash<qint64, int>(); }
    ww::Result<QList<ww::Tag>> tags() override { return QList<ww::Tag>(); }
    ww::Result<QList<ww::Source>> sources() override { return QList<ww::Source>(); }
    ww::Result<int> count(const ww::ArticleQuery &) override { return 0; }
    ww::Result<QList<ww::ArticleSummary>> articles(const ww::ArticleQuery &) override
    {
        return QList<ww::ArticleSummary>();
    }
    ww::Result<ww::StoredArticle> article(qint64) override
    {
        return ww::Error(ww::Error::Code::NotFound, QStringLiteral("none"));
    }
    ww::Status setRead(qint64, bool) override { return {}; }
    ww::Status setStarred(qint64, bool) override { return {}; }
    ww::Result<QList<ww::CoverageCell>> coverageByDay(const ww::ArticleQuery &query) override
    {
        const QString text = query.text;
        const int bucket = text == QLatin1String("slow")     ? 0
                           : text == QLatin1String("middle") ? 1
                           : text == QLatin1String("fast")   ? 2
                                                             : 3;
        loads[bucket].ref();
        if (text == QLatin1String("slow")) {
            started.release();
            release.acquire();
        }
        return QList<ww::CoverageCell>{{QDate(2026, 11, 1), code(text), int(text.size())}};
    }
    ww::Result<QList<ww::CountShare>> coverageShares(Share, const ww::ArticleQuery &query, int) override
    {
        return QList<ww::CountShare>{{code(query.text), int(query.text.size())}};
    }
    static QString code(const QString &text) { return text.left(2).toUpper(); }
};

// A source for the GUI thread's own reads (facets): never blocks.
class QuietSource : public ScriptedSource
{
public:
    ww::Result<QList<ww::CoverageCell>> coverageByDay(const ww::ArticleQuery &) override
    {
        return QList<ww::CoverageCell>();
    }
};

ww::ArticleQuery withText(const QString &text)
{
    ww::ArticleQuery q;
    q.text = text;
    return q;
}

} // namespace

// The coverage dashboard refreshed off the GUI thread: the numbers that reach the models, and a slow old
// request that must not overwrite a newer one.
class TestCoverageController : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void asyncRefreshHoldsTheStoresNumbers_data();
    void asyncRefreshHoldsTheStoresNumbers();
    void newerRequestSupersedesOlder();
    void failedConnectionIsReported();
    void facetsOfATextSearchArriveFromTheWorker_data();
    void facetsOfATextSearchArriveFromTheWorker();

private:
    StoreFixture m_fixture;
};

void TestCoverageController::initTestCase()
{
    QVERIFY(m_fixture.setUp());
}

void TestCoverageController::asyncRefreshHoldsTheStoresNumbers_data()
{
    QTest::addColumn<QString>("search");
    QTest::addRow("everything") << QString();
    QTest::addRow("words") << QStringLiteral("Pyongyang");
    QTest::addRow("no match") << QStringLiteral("zzzznotthere");
}

void TestCoverageController::asyncRefreshHoldsTheStoresNumbers()
{
    QFETCH(QString, search);
    StoreDataSource data(*m_fixture.store);
    ww::CoverageDashboard dashboard;
    CoverageController controller(data, &dashboard, nullptr);
    QAtomicPointer<QThread> workerThread;
    const QString path = data.databasePath();
    controller.setDashboardWorker(std::make_unique<ReadWorker>([path, &workerThread] {
        workerThread.storeRelease(QThread::currentThread());
        return StoreDataSource::openReadOnly(path);
    }));
    QSignalSpy refreshed(&controller, &CoverageController::dashboardRefreshed);
    controller.setQuery(withText(search));
    controller.setDashboardShown(true);
    QVERIFY(controller.isDashboardPending());
    QVERIFY(refreshed.wait());
    QVERIFY(!controller.isDashboardPending());
    QVERIFY(workerThread.loadAcquire() != nullptr);
    QVERIFY(workerThread.loadAcquire() != QThread::currentThread());

    // The same numbers a synchronous read through the GUI thread's own connection gives.
    const auto expected = CoverageController::loadDashboard(data, withText(search));
    QVERIFY(expected.ok());
    ww::CoverageShareModel *countries = dashboard.topCountriesModel();
    qint64 expectedCountries = 0;
    for (const ww::CountShare &s : expected->countries)
        expectedCountries += s.count;
    QCOMPARE(countries->total(), expectedCountries);
    for (int row = 0; row < countries->rowCount(); ++row) {
        const auto it = std::find_if(expected->countries.cbegin(), expected->countries.cend(),
                                     [&](const ww::CountShare &s) { return s.key == countries->key(row); });
        if (it != expected->countries.cend())
            QCOMPARE(countries->count(row), it->count);
    }
    qint64 outlets = 0;
    for (const ww::CountShare &s : expected->outlets)
        outlets += s.count;
    QCOMPARE(dashboard.outletModel()->total(), outlets);
    qint64 producers = 0;
    for (const ww::CountShare &s : expected->producers)
        producers += s.count;
    QCOMPARE(dashboard.producerModel()->total(), producers);
    if (search == QLatin1String("Pyongyang")) {
        QCOMPARE(countries->total(), qint64(2)); // the fixture's rich article mentions KP and RU
        QCOMPARE(dashboard.producerModel()->total(), qint64(1));
    }
}

void TestCoverageController::newerRequestSupersedesOlder()
{
    QuietSource gui;
    auto *worker = new ScriptedSource; // owned by the ReadWorker once its factory hands it over
    ww::CoverageDashboard dashboard;
    CoverageController controller(gui, &dashboard, nullptr);
    controller.setDashboardWorker(
        std::make_unique<ReadWorker>([worker] { return std::unique_ptr<DataSource>(worker); }));
    QSignalSpy refreshed(&controller, &CoverageController::dashboardRefreshed);
    controller.setDashboardShown(true);
    QVERIFY(refreshed.wait()); // the empty query's refresh
    refreshed.clear();

    controller.setQuery(withText(QStringLiteral("slow")));
    QVERIFY(worker->started.tryAcquire(1, 10000)); // the slow read is running on the worker
    controller.setQuery(withText(QStringLiteral("middle")));
    controller.setQuery(withText(QStringLiteral("fast")));
    worker->release.release();
    QTRY_VERIFY(!controller.isDashboardPending());
    // Only the newest result was shown; the slow one finished late and was dropped, the middle one queued
    // behind it never ran.
    QCOMPARE(refreshed.count(), 1);
    QCOMPARE(worker->loads[0].loadRelaxed(), 1);
    QCOMPARE(worker->loads[1].loadRelaxed(), 0);
    QCOMPARE(worker->loads[2].loadRelaxed(), 1);
    ww::CoverageShareModel *countries = dashboard.topCountriesModel();
    QCOMPARE(countries->rowCount(), 1);
    QCOMPARE(countries->key(0), QStringLiteral("FA"));
    QCOMPARE(countries->count(0), 4);
    QCOMPARE(dashboard.outletModel()->total(), qint64(4));
    // Nothing else arrives later.
    QTest::qWait(50);
    QCOMPARE(refreshed.count(), 1);
    QCOMPARE(countries->key(0), QStringLiteral("FA"));
}

void TestCoverageController::failedConnectionIsReported()
{
    QuietSource gui;
    ww::CoverageDashboard dashboard;
    CoverageController controller(gui, &dashboard, nullptr);
    controller.setDashboardWorker(std::make_unique<ReadWorker>(
        [] { return StoreDataSource::openReadOnly(QStringLiteral("/nonexistent/dir/none.sqlite")); }));
    QSignalSpy messages(&controller, &CoverageController::statusMessage);
    QSignalSpy refreshed(&controller, &CoverageController::dashboardRefreshed);
    controller.setDashboardShown(true);
    QVERIFY(refreshed.wait());
    QVERIFY(!controller.isDashboardPending());
    QCOMPARE(messages.count(), 1);
    QCOMPARE(dashboard.topCountriesModel()->rowCount(), 0);
}

void TestCoverageController::facetsOfATextSearchArriveFromTheWorker_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<bool>("onWorker");
    QTest::addRow("no filter: from the summary, at once") << QString() << false;
    QTest::addRow("free text: counted on the worker") << QStringLiteral("Pyongyang") << true;
}

void TestCoverageController::facetsOfATextSearchArriveFromTheWorker()
{
    QFETCH(QString, search);
    QFETCH(bool, onWorker);
    StoreDataSource data(*m_fixture.store);
    CoverageController controller(data, nullptr, nullptr);
    const QString path = data.databasePath();
    controller.setDashboardWorker(
        std::make_unique<ReadWorker>([path] { return StoreDataSource::openReadOnly(path); }));
    controller.setQuery(withText(search));
    QCOMPARE(controller.isFacetsPending(), onWorker);
    QTRY_VERIFY(!controller.isFacetsPending());
    // The values a synchronous read gives, in every list.
    const CoverageController::FacetValues expected = CoverageController::loadFacets(data, withText(search));
    QVERIFY(expected.error.isEmpty());
    const ww::FacetModel::Facet facets[] = {ww::FacetModel::Countries, ww::FacetModel::Producers,
                                            ww::FacetModel::Outlets, ww::FacetModel::Languages};
    int values = 0;
    for (int i = 0; i < 4; ++i) {
        const QList<ww::CountShare> &list = expected.lists.at(i);
        QCOMPARE(controller.facetModel()->valueCount(facets[i]), int(list.size()));
        for (int row = 0; row < list.size(); ++row) {
            QCOMPARE(controller.facetModel()->key(facets[i], row), list.at(row).key);
            QCOMPARE(controller.facetModel()->count(facets[i], row), list.at(row).count);
            ++values;
        }
    }
    QVERIFY(values > 0);
}

QTEST_MAIN(TestCoverageController)
#include "tst_coveragecontroller.moc"
