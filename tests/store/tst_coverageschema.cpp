// g++ 12 flags the std::variant inside Result<T> as maybe-uninitialized here at -O2 (a known false positive).
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"

#include "coveragedump.h"
#include "storetest.h"

#include "store/coverageschema.h"
#include "store/coveragestore.h"
#include "store/store.h"

#include <QTest>

using namespace ww;
using namespace wwtest;

namespace {

QList<Migration> stepsBefore(int version)
{
    QList<Migration> steps;
    for (const Migration &m : Migrations::appMigrations())
        if (m.version < version)
            steps << m;
    return steps;
}

QList<Migration> stepsWithSummary()
{
    QList<Migration> steps = stepsBefore(CoverageSchema::kVersion);
    steps << CoverageSchema::migration();
    return steps;
}

int versionOf(Database &db)
{
    const Result<int> v = Migrations::currentVersion(db);
    return v.ok() ? *v : -1;
}

} // namespace

// Migration 8 on an archive that already holds articles: the backfill gives the numbers the articles give,
// an interrupted upgrade leaves schema 7 untouched and a rerun completes it, and mentions cannot be re-keyed
// behind the summary's back.
class TestCoverageSchema : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void backfillMatchesTheArticles();
    void interruptedUpgradeLeavesNoTraceAndRerunCompletes();
    void rekeyingAMentionIsRefused();

private:
    bool openAt(Database &db, const QList<Migration> &steps);
    void fillArchive(Database &db);
    void compareWithExact(Database &db);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestCoverageSchema::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path =
        onPostgres() ? PgServer::instance().createDatabase() : m_dir->filePath(QStringLiteral("a.sqlite"));
}

bool TestCoverageSchema::openAt(Database &db, const QList<Migration> &steps)
{
    if (onPostgres() && !PgServer::instance().ok()) {
        qWarning("no PostgreSQL test server: %s", qPrintable(PgServer::instance().error()));
        return false;
    }
    Database::Options options;
    options.migrations = Migrations(steps);
    const Status s = db.open(m_path, options);
    if (!s)
        qWarning("open: %s", qPrintable(s.error().message));
    return s.ok();
}

void TestCoverageSchema::fillArchive(Database &db)
{
    Store store(db);
    QList<qint64> feeds;
    for (int i = 0; i < 3; ++i) {
        Feed feed;
        feed.url = QUrl(QStringLiteral("https://old.example/%1.xml").arg(i));
        feed.title = QStringLiteral("Old feed %1").arg(i);
        feed.folder = i == 0 ? QStringLiteral("Wires") : QString();
        const auto id = store.feeds().addFeed(feed);
        QVERIFY(id.ok());
        feeds << *id;
    }
    const char *const codes[] = {"KP", "KR", "UA", "RU", "US"};
    for (int k = 0; k < 40; ++k) {
        FeedItem it = item(QStringLiteral("old-%1").arg(k), QStringLiteral("Old story %1").arg(k), {},
                           QDateTime(QDate(2026, 10, 1).addDays(k % 11), QTime((k * 5) % 24, 0), Qt::UTC));
        const auto added = store.articles().ingest(feeds.at(k % 3), feedOf({it}));
        QVERIFY(added.ok());
        if (k % 5 == 4)
            continue;
        Article a;
        a.title = it.title;
        a.text = QStringLiteral("Text.");
        a.producer = k % 3 == 0 ? QStringLiteral("Reuters") : k % 3 == 1 ? QStringLiteral("TASS") : QString();
        a.publisher = k % 4 == 0 ? QStringLiteral("Wire Weekly") : QString();
        a.language = k % 2 ? QStringLiteral("en") : QStringLiteral("ru");
        for (int i = 0; i < k % 4; ++i) {
            CountryMention m;
            m.code = QString::fromUtf8(codes[(k + i) % 5]);
            a.countries << m;
        }
        QVERIFY(store.articles().saveExtraction(added->addedIds.first(), a).ok());
    }
}

void TestCoverageSchema::compareWithExact(Database &db)
{
    CoverageStore exact(db, CoverageStore::Path::Exact);
    CoverageStore summary(db, CoverageStore::Path::Summary);
    QList<ArticleQuery> queries;
    queries << ArticleQuery{};
    ArticleQuery country;
    country.countryCode = QStringLiteral("KP");
    queries << country;
    ArticleQuery folder;
    folder.folder = QStringLiteral("Wires");
    folder.from = QDateTime(QDate(2026, 10, 3), QTime(0, 0), Qt::UTC);
    queries << folder;
    for (const ArticleQuery &q : std::as_const(queries)) {
        const auto cells = exact.countriesByDay(q);
        QVERIFY(cells.ok());
        QVERIFY(!cells->isEmpty());
        QCOMPARE(dump(*summary.countriesByDay(q)), dump(*cells));
        QCOMPARE(dump(*summary.topCountries(q, 0)), dump(*exact.topCountries(q, 0)));
        QCOMPARE(dump(*summary.byPublisher(q, 0)), dump(*exact.byPublisher(q, 0)));
        QCOMPARE(dump(*summary.byProducer(q, 0)), dump(*exact.byProducer(q, 0)));
        QCOMPARE(dump(*summary.byLanguage(q, 0)), dump(*exact.byLanguage(q, 0)));
    }
}

void TestCoverageSchema::backfillMatchesTheArticles()
{
    {
        Database old;
        QVERIFY(openAt(old, stepsBefore(CoverageSchema::kVersion)));
        QCOMPARE(versionOf(old), CoverageSchema::kVersion - 1);
        fillArchive(old);
    }
    Database db;
    QVERIFY(openAt(db, stepsWithSummary()));
    QCOMPARE(versionOf(db), CoverageSchema::kVersion);
    compareWithExact(db);
    // The triggers are live after the backfill: a new article is counted once.
    Store store(db);
    const auto feeds = store.feeds().feeds();
    QVERIFY(feeds.ok());
    const auto added = store.articles().ingest(
        feeds->first().id, feedOf({item(QStringLiteral("new"), QStringLiteral("New story"), {},
                                        QDateTime(QDate(2026, 10, 5), QTime(9, 0), Qt::UTC))}));
    QVERIFY(added.ok());
    Article a;
    a.title = QStringLiteral("New story");
    a.producer = QStringLiteral("Reuters");
    CountryMention m;
    m.code = QStringLiteral("KP");
    a.countries << m;
    QVERIFY(store.articles().saveExtraction(added->addedIds.first(), a).ok());
    compareWithExact(db);
}

void TestCoverageSchema::interruptedUpgradeLeavesNoTraceAndRerunCompletes()
{
    {
        Database old;
        QVERIFY(openAt(old, stepsBefore(CoverageSchema::kVersion)));
        fillArchive(old);
        // A table in the way of the step's third CREATE TABLE: the step fails after two tables exist.
        QSqlQuery q = old.query();
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE coverage_totals (blocker INTEGER)")));
    }
    {
        Database db;
        QVERIFY(!openAt(db, stepsWithSummary()));
    }
    {
        // Still schema 7, without the step's first tables or any trigger: writes work as before.
        Database old;
        QVERIFY(openAt(old, stepsBefore(CoverageSchema::kVersion)));
        QCOMPARE(versionOf(old), CoverageSchema::kVersion - 1);
        QSqlQuery q = old.query();
        QVERIFY(!q.exec(QStringLiteral("SELECT COUNT(*) FROM coverage_days")));
        q = old.query();
        QVERIFY(q.exec(QStringLiteral("DELETE FROM country_mentions WHERE code = 'KR'")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE coverage_totals")));
    }
    Database db;
    QVERIFY(openAt(db, stepsWithSummary()));
    QCOMPARE(versionOf(db), CoverageSchema::kVersion);
    compareWithExact(db);
}

void TestCoverageSchema::rekeyingAMentionIsRefused()
{
    Database db;
    QVERIFY(openAt(db, stepsWithSummary()));
    fillArchive(db);
    QSqlQuery q = db.query();
    QVERIFY(!q.exec(QStringLiteral("UPDATE country_mentions SET code = 'ZZ' WHERE code = 'KP'")));
    // Counts and scores may change in place (the extraction's upsert does).
    q = db.query();
    QVERIFY(q.exec(QStringLiteral("UPDATE country_mentions SET count = count + 1 WHERE code = 'KP'")));
    compareWithExact(db);
}

QTEST_GUILESS_MAIN(TestCoverageSchema)
#include "tst_coverageschema.moc"
