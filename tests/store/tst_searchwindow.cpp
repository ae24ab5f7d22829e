// Newest-first searches through the id window (SearchWindow) give exactly the rows and order of the query
// without it: on a corpus whose ids do not follow time everywhere (late-arriving old articles, an old id with
// a new time), across ties in time, for frequent and rare words, with filters and with a keyset cursor.
// Runs on both backends (the window is SQLite's production path; its logic is backend-neutral).
#include "storetest.h"

#include "store/searchwindow.h"
#include "store/store.h"

#include <QSqlQuery>
#include <QTest>

using namespace ww;
using namespace wwtest;

class TestSearchWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sameAsUnbounded_data();
    void sameAsUnbounded();
    void keysetPagesThroughWindows();
    void frequentWordAnswersFromTheFirstWindow();
    void appliesOnlyWhereItPays();

private:
    QList<qint64> ids(const QList<ArticleSummary> &rows) const;

    std::unique_ptr<TempDatabase> m_t;
    std::unique_ptr<Store> m_store;
    qint64 m_feedA = 0;
    qint64 m_feedB = 0;
};

QList<qint64> TestSearchWindow::ids(const QList<ArticleSummary> &rows) const
{
    QList<qint64> out;
    for (const ArticleSummary &r : rows)
        out << r.id;
    return out;
}

void TestSearchWindow::initTestCase()
{
    m_t = std::make_unique<TempDatabase>();
    QVERIFY(m_t->open());
    m_store = std::make_unique<Store>(m_t->db);
    for (qint64 *feed : {&m_feedA, &m_feedB}) {
        Feed f;
        f.url = QUrl(QStringLiteral("https://%1.example/rss").arg(feed == &m_feedA ? 'a' : 'b'));
        f.title = f.url.host();
        *feed = *m_store->feeds().addFeed(f);
    }
    // 300 articles in time order, six to a day (ties), "sanctions" in every third, "zebra" in four.
    for (int batch = 0; batch < 10; ++batch) {
        QList<FeedItem> items;
        for (int i = 0; i < 30; ++i) {
            const int n = batch * 30 + i;
            QString text = QStringLiteral("report number %1").arg(n);
            if (n % 3 == 0)
                text += QStringLiteral(" sanctions");
            if (n % 75 == 7)
                text += QStringLiteral(" zebra");
            items << item(QStringLiteral("n%1").arg(n), QStringLiteral("Story %1").arg(n), text,
                          utc(2024, 1, 1).addDays(n / 6));
        }
        QVERIFY(m_store->articles().ingest(batch % 2 ? m_feedB : m_feedA, feedOf(items)).ok());
    }
    // Late arrivals: old articles with the highest ids.
    QList<FeedItem> late;
    for (int i = 0; i < 12; ++i)
        late << item(QStringLiteral("late%1").arg(i), QStringLiteral("Late %1").arg(i),
                     QStringLiteral("archive sanctions zebra"), utc(2023, 6, 1 + i));
    QVERIFY(m_store->articles().ingest(m_feedA, feedOf(late)).ok());
    // One old id with the newest time (a clock fixed after the fact): the window must see past it.
    QSqlQuery q = m_t->db.query();
    QVERIFY(q.prepare(
        QStringLiteral("UPDATE articles SET sort_at = ? WHERE id = (SELECT MIN(id) FROM articles)")));
    q.addBindValue(utc(2030, 1, 1).toMSecsSinceEpoch());
    QVERIFY(q.exec());
}

void TestSearchWindow::sameAsUnbounded_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("feedB");
    QTest::addColumn<int>("limit");
    QTest::addColumn<qint64>("firstWindow");
    for (const char *text : {"sanctions", "zebra", "report", "\"report number\"", "nothingmatches", "Story*"})
        for (int limit : {1, 5, 40})
            for (qint64 window : {qint64(2), qint64(7), qint64(50)}) {
                QTest::addRow("%s, limit %d, window %lld", text, limit, window)
                    << QString::fromUtf8(text) << false << limit << window;
                QTest::addRow("%s in feed B, limit %d, window %lld", text, limit, window)
                    << QString::fromUtf8(text) << true << limit << window;
            }
}

void TestSearchWindow::sameAsUnbounded()
{
    QFETCH(QString, text);
    QFETCH(bool, feedB);
    QFETCH(int, limit);
    QFETCH(qint64, firstWindow);
    ArticleQuery q;
    q.text = text;
    q.limit = limit;
    if (feedB)
        q.feedIds = {m_feedB};
    const auto reference = m_store->articles().listFrom(q, 0);
    QVERIFY(reference.ok());
    SearchWindow window(m_t->db);
    const auto windowed = window.list(
        q, [&](qint64 fromId) { return m_store->articles().listFrom(q, fromId); }, firstWindow);
    QVERIFY2(windowed.ok(), windowed.ok() ? "" : qPrintable(windowed.error().message));
    QCOMPARE(ids(*windowed), ids(*reference));
    // And what the desk calls gives the same.
    QCOMPARE(ids(*m_store->articles().list(q)), ids(*reference));
}

void TestSearchWindow::keysetPagesThroughWindows()
{
    ArticleQuery q;
    q.text = QStringLiteral("sanctions");
    q.limit = 0;
    const QList<qint64> all = ids(*m_store->articles().listFrom(q, 0));
    QVERIFY(all.size() > 100);
    q.limit = 9;
    QList<qint64> paged;
    SearchWindow window(m_t->db);
    for (int guard = 0; guard < 100; ++guard) {
        const auto page = window.list(
            q, [&](qint64 fromId) { return m_store->articles().listFrom(q, fromId); }, 5);
        QVERIFY(page.ok());
        paged << ids(*page);
        if (page->size() < q.limit)
            break;
        q.afterId = page->constLast().id;
        q.afterSortTime = page->constLast().sortTime;
    }
    QCOMPARE(paged, all);
}

void TestSearchWindow::frequentWordAnswersFromTheFirstWindow()
{
    // Two pages of a word in every third article, with a window of 30 ids below the newest: the newest time
    // belongs to an old id (below the window), so the window cannot prove itself and grows until it does.
    ArticleQuery q;
    q.text = QStringLiteral("sanctions");
    q.limit = 5;
    SearchWindow window(m_t->db);
    const auto page = window.list(
        q, [&](qint64 fromId) { return m_store->articles().listFrom(q, fromId); }, 30);
    QVERIFY(page.ok());
    QCOMPARE(ids(*page), ids(*m_store->articles().listFrom(q, 0)));
    QVERIFY(window.rounds() >= 1);
    // Below that article's time the first window proves itself: one round, answered from the window.
    q.to = utc(2029, 1, 1);
    const auto later = window.list(
        q, [&](qint64 fromId) { return m_store->articles().listFrom(q, fromId); }, 30);
    QVERIFY(later.ok());
    QCOMPARE(ids(*later), ids(*m_store->articles().listFrom(q, 0)));
    QCOMPARE(window.rounds(), 1);
    QVERIFY(window.answeredFromWindow());
}

void TestSearchWindow::appliesOnlyWhereItPays()
{
    ArticleQuery q;
    q.limit = 200;
    QVERIFY(!SearchWindow::applies(m_t->db, q)); // no text: the sort index already answers
    q.text = QStringLiteral("sanctions");
    QCOMPARE(SearchWindow::applies(m_t->db, q), m_t->db.dialect().isSqlite());
    q.sort = ArticleQuery::Sort::TitleAscending;
    QVERIFY(!SearchWindow::applies(m_t->db, q));
    q.sort = ArticleQuery::Sort::NewestFirst;
    q.limit = 0;
    QVERIFY(!SearchWindow::applies(m_t->db, q));
}

QTEST_GUILESS_MAIN(TestSearchWindow)
#include "tst_searchwindow.moc"
