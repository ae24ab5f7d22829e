// g++ 12 flags the std::variant inside Result<T> as maybe-uninitialized here at -O2 (a known false positive).
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"

#include "coveragedump.h"
#include "storetest.h"

#include "store/coverageschema.h"
#include "store/coveragestore.h"
#include "store/coveragesummary.h"
#include "store/store.h"

#include <QTest>
#include <QTimeZone>

using namespace ww;
using namespace wwtest;

namespace {

const char *const kCodes[] = {"KP", "KR", "US", "RU", "UA", "JP", "CN"};
const char *const kProducers[] = {"Reuters", "AP", "TASS", "", "Yonhap"};
const char *const kPublishers[] = {"", "", "Seoul Daily", "Kyiv Post"};
const char *const kLanguages[] = {"en", "ru", "ko", "", "en"};

QString str(const char *s)
{
    return QString::fromUtf8(s);
}

QDateTime dayStart(int d)
{
    return QDateTime(QDate(2026, 11, 1).addDays(d), QTime(0, 0), Qt::UTC);
}

// The application's schema with the coverage summary (also before migration 8 joined the app's list).
Migrations withSummary()
{
    QList<Migration> steps = Migrations::appMigrations();
    if (steps.constLast().version < CoverageSchema::kVersion)
        steps << CoverageSchema::migration();
    return Migrations(steps);
}

} // namespace

// The dashboard's numbers are the same from the coverage summary and from the articles, on both backends,
// for every filter the summary answers, and stay the same through every kind of write: re-extraction,
// revisions that move an article to another day, deletes, a feed's cascade, bulk SQL updates, mentions
// inserted and deleted several to a statement.
class TestCoverageSummary : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void answersOnlyWhatItHolds_data();
    void answersOnlyWhatItHolds();
    void summaryForcedOnTextIsRefused();
    void summaryMatchesExactAfterEveryWrite_data();
    void summaryMatchesExactAfterEveryWrite();
    void automaticPathUsesTheSummary();

private:
    void ingest(int n, int seed);
    Article extraction(int seed) const;
    QList<std::pair<QString, ArticleQuery>> queries() const;
    bool sql(const QString &statement);

    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<Store> m_store;
    QList<qint64> m_feeds;
    QList<qint64> m_sources;
    QList<qint64> m_ids;
};

bool TestCoverageSummary::sql(const QString &statement)
{
    QSqlQuery q = m_db.query();
    if (!q.exec(statement)) {
        qWarning("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

Article TestCoverageSummary::extraction(int seed) const
{
    Article a;
    a.title = QStringLiteral("Story %1").arg(seed);
    a.text = QStringLiteral("Body of story %1.").arg(seed);
    a.producer = str(kProducers[seed % 5]);
    a.publisher = str(kPublishers[seed % 4]);
    a.language = str(kLanguages[(seed / 3) % 5]);
    // 0-3 countries; sometimes one reported twice (the store upserts it: still one article).
    const int n = seed % 4;
    for (int i = 0; i < n; ++i) {
        CountryMention m;
        m.code = str(kCodes[(seed + i * 3) % 7]);
        m.count = 1 + i;
        a.countries.append(m);
    }
    if (n > 0 && seed % 5 == 0)
        a.countries.append(a.countries.constFirst());
    return a;
}

void TestCoverageSummary::ingest(int n, int seed)
{
    for (int i = 0; i < n; ++i) {
        const int k = seed + i;
        // Hours 0 and 23 put articles at both ends of their UTC day.
        const QDateTime published =
            QDateTime(QDate(2026, 11, 1).addDays(k % 9), QTime((k * 7) % 24, 30), Qt::UTC);
        FeedItem it = item(QStringLiteral("item-%1").arg(k), QStringLiteral("Story %1").arg(k),
                           QStringLiteral("Summary %1").arg(k), published);
        const auto added = m_store->articles().ingest(m_feeds.at(k % m_feeds.size()), feedOf({it}));
        QVERIFY(added.ok());
        QCOMPARE(added->addedIds.size(), 1);
        m_ids << added->addedIds.first();
        if (k % 6 != 5) // some articles are never extracted
            QVERIFY(m_store->articles().saveExtraction(m_ids.constLast(), extraction(k)).ok());
    }
}

void TestCoverageSummary::initTestCase()
{
    const QString path = onPostgres() ? PgServer::instance().createDatabase()
                                      : m_dir.filePath(QStringLiteral("summary.sqlite"));
    if (onPostgres() && !PgServer::instance().ok())
        QFAIL(qPrintable(PgServer::instance().error()));
    Database::Options options;
    options.migrations = withSummary();
    const Status opened = m_db.open(path, options);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    m_store = std::make_unique<Store>(m_db);
    const char *const folders[] = {"Koreas", "Koreas", "Europe", ""};
    for (int i = 0; i < 4; ++i) {
        qint64 sourceId = 0;
        if (i < 3) {
            Source source;
            source.name = QStringLiteral("Outlet %1").arg(i % 2); // two feeds share an outlet
            const auto existing = m_store->feeds().sources();
            QVERIFY(existing.ok());
            for (const Source &s : *existing)
                if (s.name == source.name)
                    sourceId = s.id;
            if (sourceId == 0) {
                const auto id = m_store->feeds().addSource(source);
                QVERIFY(id.ok());
                sourceId = *id;
                m_sources << sourceId;
            }
        }
        Feed feed;
        feed.url = QUrl(QStringLiteral("https://feeds.example/%1.xml").arg(i));
        feed.title = QStringLiteral("Feed %1").arg(i);
        feed.folder = str(folders[i]);
        feed.sourceId = sourceId;
        const auto id = m_store->feeds().addFeed(feed);
        QVERIFY(id.ok());
        m_feeds << *id;
    }
    ingest(60, 0);
}

QList<std::pair<QString, ArticleQuery>> TestCoverageSummary::queries() const
{
    QList<std::pair<QString, ArticleQuery>> out;
    const auto add = [&out](const char *name, const std::function<void(ArticleQuery &)> &set) {
        ArticleQuery q;
        q.limit = 1; // paging and sort belong to lists
        q.offset = 2;
        set(q);
        out.append({str(name), q});
    };
    add("everything", [](ArticleQuery &) {});
    add("one feed", [this](ArticleQuery &q) { q.feedIds = {m_feeds.at(0)}; });
    add("two feeds", [this](ArticleQuery &q) { q.feedIds = {m_feeds.at(1), m_feeds.at(3)}; });
    add("source", [this](ArticleQuery &q) { q.sourceIds = {m_sources.at(0)}; });
    add("folder", [](ArticleQuery &q) { q.folder = QStringLiteral("Koreas"); });
    add("country", [](ArticleQuery &q) { q.countryCode = QStringLiteral("kp"); });
    add("country in folder", [](ArticleQuery &q) {
        q.countryCode = QStringLiteral("RU");
        q.folder = QStringLiteral("Europe");
    });
    add("producer", [](ArticleQuery &q) { q.producer = QStringLiteral("Reuters"); });
    add("publisher or source name", [](ArticleQuery &q) { q.publisher = QStringLiteral("Outlet 1"); });
    add("extracted publisher", [](ArticleQuery &q) { q.publisher = QStringLiteral("Seoul Daily"); });
    add("language", [](ArticleQuery &q) { q.language = QStringLiteral("en"); });
    add("days", [](ArticleQuery &q) {
        q.from = dayStart(2);
        q.to = dayStart(5);
    });
    add("from a day on", [](ArticleQuery &q) { q.from = dayStart(6); });
    add("country and days", [](ArticleQuery &q) {
        q.countryCode = QStringLiteral("US");
        q.from = dayStart(1);
        q.to = dayStart(7);
    });
    add("everything combined", [this](ArticleQuery &q) {
        q.countryCode = QStringLiteral("KR");
        q.producer = QStringLiteral("AP");
        q.feedIds = {m_feeds.at(0), m_feeds.at(1), m_feeds.at(2)};
        q.language = QStringLiteral("en");
        q.to = dayStart(8);
    });
    add("no such country", [](ArticleQuery &q) { q.countryCode = QStringLiteral("ZZ"); });
    return out;
}

void TestCoverageSummary::answersOnlyWhatItHolds_data()
{
    QTest::addColumn<bool>("answers");
    QTest::addColumn<ArticleQuery>("query");
    ArticleQuery q;
    QTest::addRow("no filter") << true << q;
    q.folder = QStringLiteral("Koreas");
    q.countryCode = QStringLiteral("KP");
    q.producer = QStringLiteral("Reuters");
    q.publisher = QStringLiteral("Yonhap");
    q.language = QStringLiteral("ko");
    q.feedIds = {1, 2};
    q.sourceIds = {3};
    q.from = dayStart(0);
    q.to = dayStart(3);
    QTest::addRow("every dimension, whole days") << true << q;
    const auto with = [](const std::function<void(ArticleQuery &)> &set) {
        ArticleQuery one;
        set(one);
        return one;
    };
    QTest::addRow("blank text") << true << with([](ArticleQuery &x) { x.text = QStringLiteral("  "); });
    QTest::addRow("text") << false << with([](ArticleQuery &x) { x.text = QStringLiteral("missile"); });
    QTest::addRow("tag") << false << with([](ArticleQuery &x) { x.tagId = 4; });
    QTest::addRow("story") << false << with([](ArticleQuery &x) { x.clusterId = 4; });
    QTest::addRow("unread") << false << with([](ArticleQuery &x) { x.unreadOnly = true; });
    QTest::addRow("starred") << false << with([](ArticleQuery &x) { x.starredOnly = true; });
    QTest::addRow("new since") << false << with([](ArticleQuery &x) { x.minId = 9; });
    QTest::addRow("from mid-day") << false
                                  << with([](ArticleQuery &x) { x.from = dayStart(1).addSecs(3600); });
    QTest::addRow("to mid-day") << false << with([](ArticleQuery &x) { x.to = dayStart(1).addMSecs(-1); });
    QTest::addRow("local midnight east of UTC") << false << with([](ArticleQuery &x) {
        x.from = QDateTime(QDate(2026, 11, 1), QTime(0, 0), QTimeZone(9 * 3600));
    });
    QTest::addRow("the epoch") << false << with([](ArticleQuery &x) {
        x.from = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    });
}

void TestCoverageSummary::answersOnlyWhatItHolds()
{
    QFETCH(bool, answers);
    QFETCH(ArticleQuery, query);
    QCOMPARE(CoverageSummary::answers(query), answers);
    QCOMPARE(CoverageStore(m_db).usesSummary(query), answers);
    QVERIFY(!CoverageStore(m_db, CoverageStore::Path::Exact).usesSummary(query));
}

void TestCoverageSummary::summaryForcedOnTextIsRefused()
{
    ArticleQuery q;
    q.text = QStringLiteral("Story");
    CoverageStore summary(m_db, CoverageStore::Path::Summary);
    QVERIFY(!summary.topCountries(q, 5).ok());
    QVERIFY(!summary.countriesByDay(q).ok());
    // The automatic path answers it from the articles.
    QVERIFY(CoverageStore(m_db).topCountries(q, 5).ok());
}

void TestCoverageSummary::summaryMatchesExactAfterEveryWrite_data()
{
    // Rows run in order on one fixture: each applies its write, then everything is compared.
    QTest::addColumn<QString>("write");
    for (const char *w : {"none", "re-extraction", "countries dropped", "revision moves day",
                          "article deleted", "flags and tags", "source removed", "feed moved to a folder",
                          "bulk producer update", "mentions inserted in one statement",
                          "mentions deleted in one statement", "feed removed", "more articles"})
        QTest::addRow("%s", w) << str(w);
}

void TestCoverageSummary::summaryMatchesExactAfterEveryWrite()
{
    QFETCH(QString, write);
    const auto id = [this](int i) { return QString::number(m_ids.at(i)); };
    if (write == QLatin1String("re-extraction")) {
        for (int i = 0; i < 20; ++i)
            QVERIFY(m_store->articles().saveExtraction(m_ids.at(i), extraction(i + 7)).ok());
    } else if (write == QLatin1String("countries dropped")) {
        for (int i = 20; i < 26; ++i) {
            Article a = extraction(i);
            a.countries.clear();
            QVERIFY(m_store->articles().saveExtraction(m_ids.at(i), a).ok());
        }
    } else if (write == QLatin1String("revision moves day")) {
        for (int k = 30; k < 36; ++k) {
            FeedItem it = item(QStringLiteral("item-%1").arg(k), QStringLiteral("Story %1 updated").arg(k),
                               QStringLiteral("Changed summary %1").arg(k),
                               QDateTime(QDate(2026, 11, 1).addDays((k + 4) % 9), QTime(1, 0), Qt::UTC));
            const auto revised = m_store->articles().ingest(m_feeds.at(k % m_feeds.size()), feedOf({it}));
            QVERIFY(revised.ok());
            QCOMPARE(revised->revisedIds.size(), 1);
        }
    } else if (write == QLatin1String("article deleted")) {
        QVERIFY(
            sql(QStringLiteral("DELETE FROM articles WHERE id IN (%1, %2, %3)").arg(id(2), id(3), id(40))));
    } else if (write == QLatin1String("flags and tags")) {
        QVERIFY(m_store->articles().setRead({m_ids.at(4), m_ids.at(5)}, true).ok());
        QVERIFY(m_store->articles().setStarred({m_ids.at(6)}, true).ok());
    } else if (write == QLatin1String("source removed")) {
        // Its feeds' articles without an extracted publisher are now counted under the feed title.
        QVERIFY(m_store->feeds().removeSource(m_sources.at(1)).ok());
    } else if (write == QLatin1String("feed moved to a folder")) {
        auto feed = m_store->feeds().feed(m_feeds.at(3));
        QVERIFY(feed.ok());
        feed->folder = QStringLiteral("Europe");
        QVERIFY(m_store->feeds().updateFeed(*feed).ok());
    } else if (write == QLatin1String("bulk producer update")) {
        QVERIFY(sql(QStringLiteral("UPDATE articles SET producer = 'AFP', language = 'fr' WHERE id IN (%1, "
                                   "%2, %3, %4)")
                        .arg(id(7), id(8), id(9), id(10))));
    } else if (write == QLatin1String("mentions inserted in one statement")) {
        QVERIFY(sql(
            QStringLiteral("DELETE FROM country_mentions WHERE article_id IN (%1, %2)").arg(id(11), id(12))));
        QVERIFY(sql(QStringLiteral("INSERT INTO country_mentions (article_id, code) VALUES (%1, 'KP'), (%1, "
                                   "'KR'), (%1, 'US'), (%2, 'KP'), (%2, 'CN')")
                        .arg(id(11), id(12))));
    } else if (write == QLatin1String("mentions deleted in one statement")) {
        QVERIFY(
            sql(QStringLiteral("DELETE FROM country_mentions WHERE article_id IN (%1, %2) AND code <> 'CN'")
                    .arg(id(11), id(12))));
    } else if (write == QLatin1String("feed removed")) {
        QVERIFY(m_store->feeds().removeFeed(m_feeds.at(2)).ok());
        m_feeds.removeAt(2); // later articles go to the feeds that are left
    } else if (write == QLatin1String("more articles")) {
        ingest(15, 100);
    }

    CoverageStore exact(m_db, CoverageStore::Path::Exact);
    CoverageStore summary(m_db, CoverageStore::Path::Summary);
    int nonEmpty = 0;
    for (const auto &[name, q] : queries()) {
        const QByteArray what = (write + QStringLiteral(" / ") + name).toUtf8();
        const auto cells = exact.countriesByDay(q);
        QVERIFY2(cells.ok(), what.constData());
        const auto fromSummary = summary.countriesByDay(q);
        QVERIFY2(fromSummary.ok(),
                 fromSummary.ok() ? what.constData() : qPrintable(fromSummary.error().message));
        QCOMPARE(dump(*fromSummary), dump(*cells));
        for (int limit : {0, 3}) {
            QCOMPARE(dump(*summary.topCountries(q, limit)), dump(*exact.topCountries(q, limit)));
            QCOMPARE(dump(*summary.byPublisher(q, limit)), dump(*exact.byPublisher(q, limit)));
            QCOMPARE(dump(*summary.byProducer(q, limit)), dump(*exact.byProducer(q, limit)));
            QCOMPARE(dump(*summary.byLanguage(q, limit)), dump(*exact.byLanguage(q, limit)));
        }
        if (!cells->isEmpty() && !exact.byProducer(q, 0)->isEmpty())
            ++nonEmpty;
    }
    // The comparison is not between two empty answers.
    QVERIFY2(nonEmpty >= 8, qPrintable(QString::number(nonEmpty)));
    // Nothing went below zero.
    QSqlQuery q = m_db.query();
    QVERIFY(q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM coverage_days WHERE articles < 0) + (SELECT "
                                  "COUNT(*) FROM coverage_pairs WHERE articles < 0) + (SELECT COUNT(*) FROM "
                                  "coverage_totals WHERE articles < 0)")) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestCoverageSummary::automaticPathUsesTheSummary()
{
    // Proof that the automatic path reads the summary: a row planted in it shows up (and only there).
    QVERIFY(
        sql(QStringLiteral("INSERT INTO coverage_days (code, day, feed_id, publisher, producer, language, "
                           "articles) VALUES ('', 20760, %1, '', 'Planted', 'en', 1)")
                .arg(m_feeds.at(0))));
    ArticleQuery q;
    q.feedIds = {m_feeds.at(0)};
    QVERIFY(dump(*CoverageStore(m_db).byProducer(q, 0)).contains(QStringLiteral("Planted=1")));
    QVERIFY(!dump(*CoverageStore(m_db, CoverageStore::Path::Exact).byProducer(q, 0))
                 .contains(QStringLiteral("Planted=1")));
    q.text = QStringLiteral("Story");
    QVERIFY(!dump(*CoverageStore(m_db).byProducer(q, 0)).contains(QStringLiteral("Planted=1")));
    // The trigger rolled it up for the date-only views too.
    QVERIFY(dump(*CoverageStore(m_db).byProducer({}, 0)).contains(QStringLiteral("Planted=1")));
}

QTEST_GUILESS_MAIN(TestCoverageSummary)
#include "tst_coveragesummary.moc"
