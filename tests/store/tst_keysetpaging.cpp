// Keyset paging of article lists (ArticleQuery::afterId and its sort key; ArticleListModel::fetchMore):
// pages after a cursor join up to the one-query list in every sort order, across ties in time and title,
// with filters and a text search, and carry on correctly when rows (the cursor's own among them) are deleted
// between pages. Runs on both backends.
// g++ 12 flags the std::variant inside Result<T> as maybe-uninitialized here at -O2 (a known false positive).
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"

#include "storetest.h"

#include "store/store.h"

#include <QTest>

using namespace ww;
using namespace wwtest;

class TestKeysetPaging : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void keysetPagingMatchesOneList_data();
    void keysetPagingMatchesOneList();
    void keysetPagingSurvivesDeletes();

private:
    qint64 addFeed(const QString &url);

    std::unique_ptr<TempDatabase> m_t;
    std::unique_ptr<Store> m_store;
};

void TestKeysetPaging::init()
{
    m_t = std::make_unique<TempDatabase>();
    QVERIFY(m_t->open());
    m_store = std::make_unique<Store>(m_t->db);
}

void TestKeysetPaging::cleanup()
{
    m_store.reset();
    m_t.reset();
}

qint64 TestKeysetPaging::addFeed(const QString &url)
{
    Feed f;
    f.url = QUrl(url);
    f.title = url.section(QLatin1Char('/'), 2, 2);
    return *m_store->feeds().addFeed(f);
}

void TestKeysetPaging::keysetPagingMatchesOneList_data()
{
    QTest::addColumn<int>("sort");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<bool>("filtered");
    for (const auto &[name, sort] : {std::pair{"newest first", ArticleQuery::Sort::NewestFirst},
                                     std::pair{"oldest first", ArticleQuery::Sort::OldestFirst},
                                     std::pair{"title", ArticleQuery::Sort::TitleAscending},
                                     std::pair{"arrival", ArticleQuery::Sort::ArrivalOrder}}) {
        for (int size : {1, 3, 7}) {
            QTest::addRow("%s, pages of %d", name, size) << int(sort) << size << false;
            QTest::addRow("%s, pages of %d, one feed and a search", name, size) << int(sort) << size << true;
        }
    }
}

void TestKeysetPaging::keysetPagingMatchesOneList()
{
    // Ties everywhere: groups of articles share a published time, titles repeat, and two feeds interleave,
    // so only the id can order them within a tie and a page boundary falls inside most groups.
    QFETCH(int, sort);
    QFETCH(int, pageSize);
    QFETCH(bool, filtered);
    const qint64 a = addFeed(QStringLiteral("https://a.example/rss"));
    const qint64 b = addFeed(QStringLiteral("https://b.example/rss"));
    for (const qint64 feed : {a, b}) {
        QList<FeedItem> items;
        for (int i = 0; i < 23; ++i)
            items << item(QStringLiteral("%1-%2").arg(feed).arg(i),
                          QStringLiteral("Talks %1").arg(i % 4), // titles repeat
                          i % 2 ? QStringLiteral("ceasefire talks") : QStringLiteral("harvest report"),
                          i % 5 == 4 ? QDateTime() : utc(2024, 5, 1 + i / 6)); // 6 share a day; some undated
        QVERIFY(m_store->articles().ingest(feed, feedOf(items)).ok());
    }
    ArticleQuery q;
    q.sort = ArticleQuery::Sort(sort);
    if (filtered) {
        q.feedIds = {b};
        q.text = QStringLiteral("ceasefire");
    }
    q.limit = 0;
    const QList<ArticleSummary> all = *m_store->articles().list(q);
    QVERIFY(all.size() >= (filtered ? 10 : 46));

    QList<qint64> paged;
    q.limit = pageSize;
    for (int guard = 0; guard < 200; ++guard) {
        const auto page = m_store->articles().list(q);
        QVERIFY2(page.ok(), page.ok() ? "" : qPrintable(page.error().message));
        for (const ArticleSummary &s : *page)
            paged << s.id;
        if (page->size() < pageSize)
            break;
        q.afterId = page->constLast().id;
        q.afterSortTime = page->constLast().sortTime;
        q.afterTitle = page->constLast().title;
        q.offset = 12345; // ignored with a cursor
    }
    QList<qint64> expected;
    for (const ArticleSummary &s : all)
        expected << s.id;
    QCOMPARE(paged, expected);
    QCOMPARE(*m_store->articles().count(q), expected.size()); // counts ignore the cursor too
}

void TestKeysetPaging::keysetPagingSurvivesDeletes()
{
    // Rows deleted while the analyst scrolls, the cursor's own row among them: the next page continues
    // right after the cursor's position, skipping nothing that remains and repeating nothing.
    const qint64 a = addFeed(QStringLiteral("https://a.example/rss"));
    const qint64 b = addFeed(QStringLiteral("https://b.example/rss"));
    for (const qint64 feed : {a, b}) {
        QList<FeedItem> items;
        for (int i = 0; i < 10; ++i)
            items << item(QStringLiteral("%1-%2").arg(feed).arg(i), QStringLiteral("Story %1").arg(i), {},
                          utc(2024, 6, 1 + i / 3));
        QVERIFY(m_store->articles().ingest(feed, feedOf(items)).ok());
    }
    ArticleQuery q;
    q.limit = 5;
    const QList<ArticleSummary> first = *m_store->articles().list(q);
    QCOMPARE(first.size(), 5);
    const ArticleSummary cursor = first.constLast();
    const qint64 doomed = cursor.feedId; // the cursor's feed goes, with its articles
    QVERIFY(m_store->feeds().removeFeed(doomed).ok());

    q.limit = 0;
    QList<qint64> expected; // what remains after the cursor's position, in order
    const QList<ArticleSummary> remaining = *m_store->articles().list(q);
    for (const ArticleSummary &s : remaining) {
        if (s.sortTime < cursor.sortTime || (s.sortTime == cursor.sortTime && s.id < cursor.id))
            expected << s.id;
    }
    QVERIFY(!expected.isEmpty());
    q.afterId = cursor.id;
    q.afterSortTime = cursor.sortTime;
    QList<qint64> rest;
    const QList<ArticleSummary> after = *m_store->articles().list(q);
    for (const ArticleSummary &s : after) {
        QVERIFY(s.feedId != doomed);
        rest << s.id;
    }
    QCOMPARE(rest, expected);
    // A time cursor without its time is refused rather than guessed.
    q.afterSortTime = QDateTime();
    QVERIFY(!m_store->articles().list(q).ok());
}

QTEST_GUILESS_MAIN(TestKeysetPaging)
#include "tst_keysetpaging.moc"
