// g++ 12 flags the std::variant inside Result<T> as maybe-uninitialized here at -O2 (a known false positive).
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"

#include "models/searchquery.h"
#include "models/sourcetreemodel.h"
#include "storefixture.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTest>

using namespace ww;

class TestSourceTreeModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void structure();
    void unreadCounts();
    void health_data();
    void health();
    void queries();
    void tags();
    void tagSwatches();
    void savedSearches_data();
    void savedSearches();
    void countsUpdateInPlace();
    void allArticlesCountsEveryUnreadArticle();

private:
    QHash<qint64, int> unread();
    SourceTreeModel::Contents contents();
    StoreFixture m_fixture;
};

void TestSourceTreeModel::initTestCase()
{
    QVERIFY(m_fixture.setUp());
}

QHash<qint64, int> TestSourceTreeModel::unread()
{
    QHash<qint64, int> counts;
    for (const qint64 id : {m_fixture.wireFeed, m_fixture.asiaFeed, m_fixture.looseFeed}) {
        ArticleQuery q;
        q.feedIds = {id};
        q.unreadOnly = true;
        counts.insert(id, *m_fixture.store->articles().count(q));
    }
    return counts;
}

void TestSourceTreeModel::structure()
{
    SourceTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSources(*m_fixture.store->feeds().feeds(), unread());
    // All, Starred, folders Asia and Wires, then the loose feed.
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("Asia"));
    QCOMPARE(model.index(3, 0).data().toString(), QStringLiteral("Wires"));
    QCOMPARE(model.index(4, 0).data().toString(), QStringLiteral("Loose Blog"));
    QCOMPARE(model.rowCount(model.index(3, 0)), 1);
    QCOMPARE(model.rowCount(model.index(4, 0)), 0);
    const QModelIndex wire = model.indexOfFeed(m_fixture.wireFeed);
    QVERIFY(wire.isValid());
    QCOMPARE(wire.parent(), model.index(3, 0));
    QCOMPARE(wire.data().toString(), QStringLiteral("Reuters World"));
    QCOMPARE(model.indexOfFolder(QStringLiteral("Asia")), model.index(2, 0));
    QVERIFY(!model.indexOfFeed(999999).isValid());
}

void TestSourceTreeModel::unreadCounts()
{
    SourceTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QHash<qint64, int> counts = unread();
    model.setSources(*m_fixture.store->feeds().feeds(), counts);
    const int total = StoreFixture::kWireItems + StoreFixture::kAsiaItems + StoreFixture::kLooseItems;
    QCOMPARE(model.index(0, SourceTreeModel::UnreadColumn).data().toInt(), total);
    QCOMPARE(model.index(3, SourceTreeModel::UnreadColumn).data().toInt(), int(StoreFixture::kWireItems));
    // Reading two wire stories updates the feed, its folder and the total in place.
    ArticleQuery q;
    q.feedIds = {m_fixture.wireFeed};
    q.limit = 2;
    QList<qint64> ids;
    const auto listedQ = m_fixture.store->articles().list(q);
    QVERIFY(listedQ.ok());
    for (const ArticleSummary &s : *listedQ)
        ids.append(s.id);
    QVERIFY(m_fixture.store->articles().setRead(ids, true).ok());
    const QPersistentModelIndex wire = model.indexOfFeed(m_fixture.wireFeed);
    model.setUnreadCounts(unread());
    QVERIFY(wire.isValid()); // no reset: selection survives
    QCOMPARE(wire.data(SourceTreeModel::UnreadRole).toInt(), StoreFixture::kWireItems - 2);
    QCOMPARE(model.index(3, 0).data(SourceTreeModel::UnreadRole).toInt(), StoreFixture::kWireItems - 2);
    QCOMPARE(model.index(0, 0).data(SourceTreeModel::UnreadRole).toInt(), total - 2);
    QVERIFY(m_fixture.store->articles().setRead(ids, false).ok());
}

void TestSourceTreeModel::health_data()
{
    QTest::addColumn<bool>("paused");
    QTest::addColumn<int>("failures");
    QTest::addColumn<int>("health");
    QTest::addColumn<QString>("tooltipPart");
    QTest::addRow("ok") << false << 0 << int(SourceTreeModel::Health::Ok) << QStringLiteral("Next update");
    QTest::addRow("failing") << false << 3 << int(SourceTreeModel::Health::Failing)
                             << QStringLiteral("HTTP 503 Service Unavailable");
    QTest::addRow("paused") << true << 7 << int(SourceTreeModel::Health::Paused) << QStringLiteral("Paused");
}

void TestSourceTreeModel::health()
{
    QFETCH(bool, paused);
    QFETCH(int, failures);
    QFETCH(int, health);
    QFETCH(QString, tooltipPart);
    auto feed = *m_fixture.store->feeds().feed(m_fixture.looseFeed);
    feed.state.paused = paused;
    feed.state.consecutiveFailures = failures;
    SourceTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSources({feed}, {});
    const QModelIndex idx = model.indexOfFeed(m_fixture.looseFeed);
    QCOMPARE(int(idx.data(SourceTreeModel::HealthRole).value<SourceTreeModel::Health>()), health);
    const QString tip = idx.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(tooltipPart), qPrintable(tip));
    if (failures > 0 && !paused) {
        QVERIFY2(tip.contains(QStringLiteral("Next retry")), qPrintable(tip));
        QCOMPARE(idx.data(SourceTreeModel::NextRetryRole).toDateTime(), feed.state.nextPollAt);
    }
}

void TestSourceTreeModel::queries()
{
    SourceTreeModel model;
    model.setSources(*m_fixture.store->feeds().feeds(), {});
    QCOMPARE(model.queryFor(model.index(0, 0)).feedIds, QList<qint64>());
    QVERIFY(model.queryFor(model.index(1, 0)).starredOnly);
    QCOMPARE(model.queryFor(model.index(2, 0)).folder, QStringLiteral("Asia"));
    QCOMPARE(model.queryFor(model.indexOfFeed(m_fixture.asiaFeed)).feedIds,
             QList<qint64>{m_fixture.asiaFeed});
    // Each filter, run through the store, selects exactly that source's articles.
    const auto count = [this](const ArticleQuery &q) { return *m_fixture.store->articles().count(q); };
    QCOMPARE(count(model.queryFor(model.index(2, 0))), int(StoreFixture::kAsiaItems));
    QCOMPARE(count(model.queryFor(model.indexOfFeed(m_fixture.looseFeed))), int(StoreFixture::kLooseItems));
}

void TestSourceTreeModel::tags()
{
    SourceTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Tag sanctions;
    sanctions.id = 7;
    sanctions.name = QStringLiteral("sanctions");
    sanctions.articleCount = 4;
    model.setSources({}, {}, {sanctions});
    QCOMPARE(model.rowCount(), 3);
    const QModelIndex group = model.index(2, 0);
    QCOMPARE(group.data(SourceTreeModel::KindRole).value<SourceTreeModel::Kind>(),
             SourceTreeModel::Kind::TagGroup);
    const QModelIndex tag = model.index(0, 0, group);
    QCOMPARE(tag.data().toString(), QStringLiteral("sanctions"));
    QCOMPARE(model.queryFor(tag).tagId, qint64(7));
}

SourceTreeModel::Contents TestSourceTreeModel::contents()
{
    SourceTreeModel::Contents c;
    c.feeds = *m_fixture.store->feeds().feeds();
    c.unread = unread();
    c.tags = *m_fixture.store->tags().tags();
    c.outlets = *m_fixture.store->feeds().sources();
    return c;
}

void TestSourceTreeModel::tagSwatches()
{
    SourceTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Tag red;
    red.id = 1;
    red.name = QStringLiteral("red");
    red.color = QStringLiteral("#cc0000");
    red.articleCount = 3;
    Tag plain;
    plain.id = 2;
    plain.name = QStringLiteral("plain");
    model.setSources({}, {}, {red, plain});
    const QModelIndex r = model.indexOfTag(1);
    const QModelIndex p = model.indexOfTag(2);
    QVERIFY(r.isValid() && p.isValid());
    QCOMPARE(r.data(Qt::DecorationRole).value<QColor>(), QColor(QStringLiteral("#cc0000")));
    QCOMPARE(r.data(SourceTreeModel::ColorRole).value<QColor>(), QColor(QStringLiteral("#cc0000")));
    // An uncoloured tag still gets a swatch (the tag bar's neutral chip colour) but no colour of its own.
    QVERIFY(p.data(Qt::DecorationRole).value<QColor>().isValid());
    QVERIFY(!p.data(SourceTreeModel::ColorRole).value<QColor>().isValid());
    QCOMPARE(r.siblingAtColumn(SourceTreeModel::UnreadColumn).data().toInt(), 3);
    QVERIFY(r.data(Qt::ToolTipRole).toString().contains(QStringLiteral("red")));
    QVERIFY(!model.indexOfTag(3).isValid());
}

void TestSourceTreeModel::savedSearches_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("alert");
    QTest::addRow("words") << QStringLiteral("Pyongyang") << true;
    QTest::addRow("phrase OR word") << QStringLiteral("\"Blog story\" OR Pyongyang") << false;
    QTest::addRow("outlet filter") << QStringLiteral("outlet:Reuters") << false;
    QTest::addRow("tag filter") << QStringLiteral("tag:desk-watch") << true;
    QTest::addRow("tag filter and words") << QStringLiteral("tag:desk-watch Wire") << false;
    QTest::addRow("unknown tag matches nothing") << QStringLiteral("tag:nosuchtag") << false;
}

void TestSourceTreeModel::savedSearches()
{
    QFETCH(QString, query);
    QFETCH(bool, alert);
    // Some wire and blog stories carry a tag, so tag: filters have something to find.
    auto tag = m_fixture.store->tags().tagByName(QStringLiteral("desk-watch"));
    if (!tag.ok()) {
        const auto id =
            m_fixture.store->tags().create(QStringLiteral("desk-watch"), QStringLiteral("#336699"));
        QVERIFY(id.ok());
        ArticleQuery q;
        q.text = QStringLiteral("story");
        q.limit = 1000;
        QList<qint64> ids;
        const auto rows = m_fixture.store->articles().list(q);
        QVERIFY(rows.ok());
        for (int i = 0; i < rows->size(); i += 4)
            ids << rows->at(i).id;
        QVERIFY(m_fixture.store->tags().assign(ids, *id).ok());
    }
    SavedSearch search;
    search.id = 41;
    search.name = QStringLiteral("watch");
    search.query = query;
    search.alert = alert;
    SavedSearch other;
    other.id = 42;
    other.name = QStringLiteral("zz other");
    other.query = QStringLiteral("Blog");

    SourceTreeModel::Contents c = contents();
    c.searches = {search, other};
    // What the search line selects for the same text: the count the owner shows and the list's filter.
    ArticleQuery typed;
    ww::SearchQuery::parse(query).applyTo(typed, c.tags, c.outlets);
    const int expected = *m_fixture.store->articles().count(typed);
    c.matches = {{41, expected}, {42, 5}};

    SourceTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setContents(c);
    const QModelIndex row = model.indexOfSavedSearch(41);
    QVERIFY(row.isValid());
    const QModelIndex group = row.parent();
    QCOMPARE(group.data(SourceTreeModel::KindRole).value<SourceTreeModel::Kind>(),
             SourceTreeModel::Kind::SearchGroup);
    QCOMPARE(group.data().toString(), QStringLiteral("Saved searches"));
    QCOMPARE(model.rowCount(group), 2);
    QCOMPARE(row.row(), 0);
    QCOMPARE(row.data().toString(), QStringLiteral("watch"));
    QCOMPARE(row.data(SourceTreeModel::KindRole).value<SourceTreeModel::Kind>(),
             SourceTreeModel::Kind::SavedSearch);
    QCOMPARE(row.data(SourceTreeModel::AlertRole).toBool(), alert);
    QCOMPARE(row.data(SourceTreeModel::SearchTextRole).toString(), query);
    QCOMPARE(row.siblingAtColumn(SourceTreeModel::UnreadColumn).data(SourceTreeModel::UnreadRole).toInt(),
             expected);
    QCOMPARE(row.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Alerts on new matches")), alert);
    // Selecting it filters exactly as the search line would: the same articles, not just as many.
    ArticleQuery selected = model.queryFor(row);
    ArticleQuery byLine = typed;
    selected.limit = byLine.limit = 1000;
    QList<qint64> a;
    QList<qint64> b;
    const auto listedSelected = m_fixture.store->articles().list(selected);
    QVERIFY(listedSelected.ok());
    for (const ArticleSummary &s : *listedSelected)
        a << s.id;
    const auto listedByLine = m_fixture.store->articles().list(byLine);
    QVERIFY(listedByLine.ok());
    for (const ArticleSummary &s : *listedByLine)
        b << s.id;
    QCOMPARE(a, b);
    QCOMPARE(int(a.size()), expected);
    // The group row itself filters nothing.
    QVERIFY(model.queryFor(group).text.isEmpty());
    QCOMPARE(model.queryFor(group).tagId, qint64(0));
}

void TestSourceTreeModel::countsUpdateInPlace()
{
    SourceTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SourceTreeModel::Contents c = contents();
    SavedSearch search;
    search.id = 7;
    search.name = QStringLiteral("blogs");
    search.query = QStringLiteral("Blog");
    c.searches = {search};
    c.matches = {{7, 5}};
    Tag t;
    t.id = 9;
    t.name = QStringLiteral("kp");
    t.articleCount = 1;
    c.tags = {t};
    model.setContents(c);
    const QPersistentModelIndex searchRow = model.indexOfSavedSearch(7);
    const QPersistentModelIndex tagRow = model.indexOfTag(9);
    QVERIFY(searchRow.isValid() && tagRow.isValid());

    // New articles matched, a tag was applied: counts change in place, no reset (the selection survives).
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    c.matches[7] = 8;
    c.tags[0].articleCount = 4;
    c.tags[0].color = QStringLiteral("#00aa00");
    c.searches[0].alert = true;
    model.setContents(c);
    QCOMPARE(resets.count(), 0);
    QVERIFY(changes.count() > 0);
    QVERIFY(searchRow.isValid() && tagRow.isValid());
    QCOMPARE(searchRow.data(SourceTreeModel::UnreadRole).toInt(), 8);
    QVERIFY(searchRow.data(SourceTreeModel::AlertRole).toBool());
    QCOMPARE(tagRow.data(SourceTreeModel::UnreadRole).toInt(), 4);
    QCOMPARE(tagRow.data(Qt::DecorationRole).value<QColor>(), QColor(QStringLiteral("#00aa00")));

    // A new saved search is a new row: that one resets.
    SavedSearch second = search;
    second.id = 8;
    second.name = QStringLiteral("more");
    c.searches.append(second);
    model.setContents(c);
    QCOMPARE(resets.count(), 1);
    QVERIFY(model.indexOfSavedSearch(8).isValid());
}

void TestSourceTreeModel::allArticlesCountsEveryUnreadArticle()
{
    // The demo showed 279 next to "All articles" while it stored 281: the number was the unread count
    // (two articles had been opened) and nothing said so. The row now shows unread and stored side by side.
    ArticleQuery two;
    two.feedIds = {m_fixture.asiaFeed};
    two.limit = 2;
    QList<qint64> ids;
    const auto listedTwo = m_fixture.store->articles().list(two);
    QVERIFY(listedTwo.ok());
    for (const ArticleSummary &a : *listedTwo)
        ids << a.id;
    QVERIFY(m_fixture.store->articles().setRead(ids, true).ok());

    SourceTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SourceTreeModel::Contents c = contents();
    ArticleQuery every = model.queryFor(model.index(0, 0));
    c.totalArticles = *m_fixture.store->articles().count(every);
    every.unreadOnly = true;
    c.totalUnread = *m_fixture.store->articles().count(every);
    model.setContents(c);
    const int stored = StoreFixture::kWireItems + StoreFixture::kAsiaItems + StoreFixture::kLooseItems;
    const QModelIndex all = model.index(0, SourceTreeModel::UnreadColumn);
    QCOMPARE(all.data().toString(), QStringLiteral("%1 / %2").arg(stored - 2).arg(stored));
    QCOMPARE(all.data(SourceTreeModel::UnreadRole).toInt(), stored - 2);
    QCOMPARE(all.data(SourceTreeModel::TotalRole).toInt(), stored);
    const QString tip = model.index(0, 0).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QString::number(stored)) && tip.contains(QString::number(stored - 2)),
             qPrintable(tip));

    // The unread part counts every unread article the row's filter finds, not only the feeds listed.
    QHash<qint64, int> partial = c.unread;
    partial.remove(m_fixture.looseFeed);
    model.setUnreadCounts(partial, c.totalUnread);
    QCOMPARE(model.index(0, 0).data(SourceTreeModel::UnreadRole).toInt(), stored - 2);
    // Everything read: the stored count alone.
    c.totalUnread = 0;
    c.unread.clear();
    model.setContents(c);
    QCOMPARE(all.data().toString(), QString::number(stored));
    QVERIFY(m_fixture.store->articles().setRead(ids, false).ok());
}

QTEST_GUILESS_MAIN(TestSourceTreeModel)
#include "tst_sourcetreemodel.moc"
