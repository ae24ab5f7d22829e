// g++ 12 flags the std::variant inside Result<T> as maybe-uninitialized here at -O2 (a known false positive).
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"

#include "coveragedump.h"
#include "storetest.h"

#include "store/coveragestore.h"
#include "store/store.h"

#include <QHash>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace ww;
using namespace wwtest;

namespace {

// One article of the fixture, with everything the coverage counts depend on. The expected numbers are
// computed from this table by plain loops (the oracle), independently of the SQL under test.
struct Spec
{
    int feed; // index into the fixture's feeds
    int day;  // days after 2026-11-01
    int hour; // UTC
    const char *title;
    QStringList countries;
    const char *producer;
    const char *publisher; // extracted publisher; "" falls back to the source, then the feed title
    const char *language;
    bool extracted = true;
    bool read = false;
    bool tagged = false;
};

struct FeedSpec
{
    const char *title;
    const char *folder;
    const char *source; // nullptr: no source
};

const FeedSpec kFeeds[] = {
    {"Reuters World", "Wires", "Reuters"},
    {"GSW Asia", "Asia", "Global South World"},
    {"Loose Blog", "", nullptr},
};

QStringList codes(std::initializer_list<const char *> list)
{
    return strings(list);
}

const QList<Spec> &specs()
{
    static const QList<Spec> list = {
        {0, 0, 8, "Missile launch near Pyongyang", codes({"KP", "KR"}), "Reuters", "", "en"},
        {0, 0, 23, "Kyiv power grid hit", codes({"UA", "RU"}), "Reuters", "", "en", true, true},
        {0, 1, 0, "Seoul talks resume", codes({"KR", "KP", "US"}), "Reuters", "", "en", true, false, true},
        {1, 1, 6, "Pyongyang parade shows missile", codes({"KP"}), "Reuters", "Global South World", "en"},
        {1, 2, 9, "Moscow summit ends", codes({"RU", "KP"}), "TASS", "Global South World", "ru", true, true},
        {1, 2, 10, "Tokyo quake damage", codes({"JP"}), "", "", "ja"},
        {2, 3, 12, "Blog notes from Kyiv", codes({"UA"}), "", "", "uk", true, false, true},
        {2, 3, 13, "A quiet day", {}, "AP", "Tokyo Wire Desk", "en"},
        {0, 4, 7, "Unextracted wire item", {}, "", "", "", false},
    };
    return list;
}

QString str(const char *s)
{
    return QString::fromUtf8(s);
}

QDateTime specTime(const Spec &s)
{
    return QDateTime(QDate(2026, 11, 1).addDays(s.day), QTime(s.hour, 30), Qt::UTC);
}

QString publisherOf(const Spec &s)
{
    if (*s.publisher)
        return str(s.publisher);
    const FeedSpec &f = kFeeds[s.feed];
    return f.source ? str(f.source) : str(f.title);
}

QList<CountShare> ranked(const QHash<QString, int> &counts, int limit)
{
    QList<CountShare> out;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out.append({it.key(), it.value()});
    std::sort(out.begin(), out.end(), [](const CountShare &a, const CountShare &b) {
        return a.count != b.count ? a.count > b.count : a.key < b.key;
    });
    if (limit > 0 && out.size() > limit)
        out.resize(limit);
    return out;
}

} // namespace

class TestCoverageStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void countsFollowEveryFilter_data();
    void countsFollowEveryFilter();
    void limitsCutTheRanking_data();
    void limitsCutTheRanking();
    void dayIsTheUtcDayOfTheSortTime();
    void hostileTextIsOnlyBound();
    void storeHandsOutCoverage();

private:
    using Predicate = std::function<bool(const Spec &)>;
    struct Filter
    {
        ArticleQuery query;
        Predicate matches;
    };
    Filter filter(const QString &name) const;

    TempDatabase m_t;
    std::unique_ptr<Store> m_store;
    QList<qint64> m_feedIds;
    QList<qint64> m_ids; // per spec
    qint64 m_tagId = 0;
};

void TestCoverageStore::initTestCase()
{
    QVERIFY(m_t.open());
    m_store = std::make_unique<Store>(m_t.db);
    for (const FeedSpec &fs : kFeeds) {
        Feed feed;
        feed.url = QUrl(QStringLiteral("https://feeds.example/") +
                        str(fs.title).replace(QLatin1Char(' '), QLatin1Char('-')));
        feed.title = str(fs.title);
        feed.folder = str(fs.folder);
        if (fs.source) {
            Source source;
            source.name = str(fs.source);
            const auto sid = m_store->feeds().addSource(source);
            QVERIFY(sid.ok());
            feed.sourceId = *sid;
        }
        const auto fid = m_store->feeds().addFeed(feed);
        QVERIFY(fid.ok());
        m_feedIds.append(*fid);
    }
    // Tag rows are written directly: the fixture only needs the join table the filter reads.
    QSqlQuery tag = m_t.db.query();
    QVERIFY(tag.prepare(QStringLiteral(
        "INSERT INTO tags (name, name_key, color, created_at) VALUES (?, ?, ?, ?) RETURNING id")));
    for (const QVariant &v :
         QVariantList{QStringLiteral("Korea"), QStringLiteral("korea"), QStringLiteral("#ff0000"), 0})
        tag.addBindValue(v);
    QVERIFY2(tag.exec() && tag.next(), qPrintable(tag.lastError().text()));
    m_tagId = tag.value(0).toLongLong();
    tag.finish();

    for (const Spec &s : specs()) {
        const QString key = QString::number(m_ids.size());
        FeedItem it = item(key, str(s.title), QString(), specTime(s));
        it.language = str(s.language);
        const auto ingested = m_store->articles().ingest(m_feedIds.at(s.feed), feedOf({it}));
        QVERIFY(ingested.ok());
        QCOMPARE(ingested->addedIds.size(), 1);
        const qint64 id = ingested->addedIds.first();
        m_ids.append(id);
        if (s.extracted) {
            Article a;
            a.title = str(s.title);
            a.text = str(s.title) + QStringLiteral(" body text.");
            a.producer = str(s.producer);
            a.publisher = str(s.publisher);
            a.language = str(s.language);
            for (const QString &code : s.countries) {
                CountryMention m;
                m.code = code;
                m.count = 2; // several mentions in one article still count the article once
                a.countries.append(m);
            }
            QVERIFY(m_store->articles().saveExtraction(id, a).ok());
        }
        if (s.read)
            QVERIFY(m_store->articles().setRead({id}, true).ok());
        if (s.tagged) {
            QSqlQuery q = m_t.db.query();
            QVERIFY(q.prepare(QStringLiteral(
                "INSERT INTO article_tags (article_id, tag_id, created_at) VALUES (?, ?, 0)")));
            q.addBindValue(id);
            q.addBindValue(m_tagId);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
    }
}

TestCoverageStore::Filter TestCoverageStore::filter(const QString &name) const
{
    Filter f;
    ArticleQuery &q = f.query;
    // Paging and sort belong to lists; coverage must ignore them.
    q.limit = 1;
    q.offset = 3;
    q.sort = ArticleQuery::Sort::TitleAscending;
    const auto day = [](int d) { return QDateTime(QDate(2026, 11, 1).addDays(d), QTime(0, 0), Qt::UTC); };
    if (name == QLatin1String("everything")) {
        f.matches = [](const Spec &) { return true; };
    } else if (name == QLatin1String("feed")) {
        q.feedIds = {m_feedIds.at(0)};
        f.matches = [](const Spec &s) { return s.feed == 0; };
    } else if (name == QLatin1String("source")) {
        q.feedIds = {m_feedIds.at(1), m_feedIds.at(2)};
        f.matches = [](const Spec &s) { return s.feed != 0; };
    } else if (name == QLatin1String("folder")) {
        q.folder = QStringLiteral("Asia");
        f.matches = [](const Spec &s) { return s.feed == 1; };
    } else if (name == QLatin1String("text")) {
        q.text = QStringLiteral("Pyongyang");
        f.matches = [](const Spec &s) { return str(s.title).contains(QLatin1String("Pyongyang")); };
    } else if (name == QLatin1String("text or")) {
        q.text = QStringLiteral("Kyiv OR Moscow");
        f.matches = [](const Spec &s) {
            return str(s.title).contains(QLatin1String("Kyiv")) ||
                   str(s.title).contains(QLatin1String("Moscow"));
        };
    } else if (name == QLatin1String("country")) {
        q.countryCode = QStringLiteral("kp"); // lower case as typed
        f.matches = [](const Spec &s) { return s.countries.contains(QLatin1String("KP")); };
    } else if (name == QLatin1String("producer")) {
        q.producer = QStringLiteral("Reuters");
        f.matches = [](const Spec &s) { return str(s.producer) == QLatin1String("Reuters"); };
    } else if (name == QLatin1String("publisher")) {
        q.publisher = QStringLiteral("Global South World");
        // The filter matches the extracted publisher or the feed's source name.
        f.matches = [](const Spec &s) {
            const char *source = kFeeds[s.feed].source;
            return str(s.publisher) == QLatin1String("Global South World") ||
                   (source && str(source) == QLatin1String("Global South World"));
        };
    } else if (name == QLatin1String("language")) {
        q.language = QStringLiteral("en");
        f.matches = [](const Spec &s) { return str(s.language) == QLatin1String("en"); };
    } else if (name == QLatin1String("date range")) {
        q.from = day(1);
        q.to = day(3);
        f.matches = [](const Spec &s) { return s.day >= 1 && s.day < 3; };
    } else if (name == QLatin1String("unread")) {
        q.unreadOnly = true;
        f.matches = [](const Spec &s) { return !s.read; };
    } else if (name == QLatin1String("tag")) {
        q.tagId = m_tagId;
        f.matches = [](const Spec &s) { return s.tagged; };
    } else if (name == QLatin1String("combined")) {
        q.countryCode = QStringLiteral("KP");
        q.producer = QStringLiteral("Reuters");
        q.from = day(1);
        f.matches = [](const Spec &s) {
            return s.countries.contains(QLatin1String("KP")) && str(s.producer) == QLatin1String("Reuters") &&
                   s.day >= 1;
        };
    } else if (name == QLatin1String("nothing searchable")) {
        q.text = QStringLiteral("-- ;;");
        f.matches = [](const Spec &) { return false; };
    } else if (name == QLatin1String("no match")) {
        q.countryCode = QStringLiteral("ZZ");
        f.matches = [](const Spec &) { return false; };
    }
    return f;
}

void TestCoverageStore::countsFollowEveryFilter_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("articles"); // how many fixture articles the filter selects (sanity for the table)
    for (const char *name :
         {"everything", "feed", "source", "folder", "text", "text or", "country", "producer", "publisher",
          "language", "date range", "unread", "tag", "combined", "nothing searchable", "no match"}) {
        const Filter f = filter(str(name));
        QVERIFY(f.matches);
        QTest::addRow("%s", name) << str(name)
                                  << int(std::count_if(specs().cbegin(), specs().cend(), f.matches));
    }
}

void TestCoverageStore::countsFollowEveryFilter()
{
    QFETCH(QString, name);
    QFETCH(int, articles);
    const Filter f = filter(name);
    // The list agrees with the oracle on which articles the filter selects.
    ArticleQuery all = f.query;
    all.limit = 0;
    all.offset = 0;
    QCOMPARE(*m_store->articles().count(all), articles);

    QHash<QPair<QDate, QString>, int> cells;
    QHash<QString, int> countries, publishers, producers, languages;
    for (const Spec &s : specs()) {
        if (!f.matches(s))
            continue;
        for (const QString &code : s.countries) {
            ++cells[{specTime(s).date(), code}];
            ++countries[code];
        }
        ++publishers[publisherOf(s)];
        if (*s.producer)
            ++producers[str(s.producer)];
        if (*s.language)
            ++languages[str(s.language)];
    }
    QList<CoverageCell> expectedCells;
    for (auto it = cells.cbegin(); it != cells.cend(); ++it)
        expectedCells.append({it.key().first, it.key().second, it.value()});
    std::sort(expectedCells.begin(), expectedCells.end(), [](const CoverageCell &a, const CoverageCell &b) {
        return a.day != b.day ? a.day < b.day : a.countryCode < b.countryCode;
    });

    CoverageStore coverage(m_t.db);
    const auto byDay = coverage.countriesByDay(f.query);
    QVERIFY2(byDay.ok(), qPrintable(byDay.ok() ? QString() : byDay.error().message));
    QCOMPARE(dump(*byDay), dump(expectedCells));
    QCOMPARE(dump(*coverage.topCountries(f.query, 0)), dump(ranked(countries, 0)));
    QCOMPARE(dump(*coverage.byPublisher(f.query, 0)), dump(ranked(publishers, 0)));
    QCOMPARE(dump(*coverage.byProducer(f.query, 0)), dump(ranked(producers, 0)));
    QCOMPARE(dump(*coverage.byLanguage(f.query, 0)), dump(ranked(languages, 0)));
}

void TestCoverageStore::limitsCutTheRanking_data()
{
    QTest::addColumn<int>("limit");
    QTest::addRow("one") << 1;
    QTest::addRow("two, a tie broken by key") << 2;
    QTest::addRow("three") << 3;
    QTest::addRow("more than there are") << 50;
    QTest::addRow("beyond the cap") << CoverageStore::kMaxLimit * 10;
    QTest::addRow("zero means all") << 0;
    QTest::addRow("negative means all") << -5;
}

void TestCoverageStore::limitsCutTheRanking()
{
    QFETCH(int, limit);
    QHash<QString, int> countries, publishers;
    for (const Spec &s : specs()) {
        for (const QString &code : s.countries)
            ++countries[code];
        ++publishers[publisherOf(s)];
    }
    CoverageStore coverage(m_t.db);
    QCOMPARE(dump(*coverage.topCountries({}, limit)), dump(ranked(countries, limit)));
    QCOMPARE(dump(*coverage.byPublisher({}, limit)), dump(ranked(publishers, limit)));
}

void TestCoverageStore::dayIsTheUtcDayOfTheSortTime()
{
    // Article 1 is published at 23:30 UTC on day 0 and article 2 at 00:30 on day 1: a local-time bucket
    // would merge or swap them.
    CoverageStore coverage(m_t.db);
    ArticleQuery q;
    q.feedIds = {m_feedIds.at(0)};
    q.countryCode = QStringLiteral("RU");
    const auto ru = coverage.countriesByDay(q);
    QVERIFY(ru.ok());
    QStringList days;
    for (const CoverageCell &c : *ru)
        days.append(c.day.toString(Qt::ISODate));
    days.removeDuplicates();
    QCOMPARE(days, QStringList{QStringLiteral("2026-11-01")});
}

void TestCoverageStore::hostileTextIsOnlyBound()
{
    CoverageStore coverage(m_t.db);
    ArticleQuery q;
    q.text = QStringLiteral("\"); DROP TABLE articles; --");
    q.publisher = QStringLiteral("x' OR '1'='1");
    q.producer = QStringLiteral("Reuters'; DELETE FROM country_mentions; --");
    QVERIFY(coverage.topCountries(q, 10).ok());
    QVERIFY(coverage.byPublisher(q, 10)->isEmpty());
    QVERIFY(coverage.countriesByDay(q)->isEmpty());
    // Everything is still there.
    QCOMPARE(*m_store->articles().count({}), int(specs().size()));
    QVERIFY(!coverage.topCountries({}, 0)->isEmpty());
}

void TestCoverageStore::storeHandsOutCoverage()
{
    // The facade's accessor reads the same database.
    const auto viaStore = m_store->coverage().topCountries({}, 3);
    QVERIFY(viaStore.ok());
    QCOMPARE(dump(*viaStore), dump(*CoverageStore(m_t.db).topCountries({}, 3)));
    QCOMPARE(viaStore->first().key, QStringLiteral("KP"));
}

QTEST_GUILESS_MAIN(TestCoverageStore)
#include "tst_coveragestore.moc"
