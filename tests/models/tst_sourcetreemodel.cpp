// g++ 12 flags the std::variant inside Result<T> as maybe-uninitialized here at -O2 (a known false positive).
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"

#include "models/sourcetreemodel.h"
#include "storefixture.h"

#include <QAbstractItemModelTester>
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

private:
    QHash<qint64, int> unread();
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
    for (const ArticleSummary &s : *m_fixture.store->articles().list(q))
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

QTEST_GUILESS_MAIN(TestSourceTreeModel)
#include "tst_sourcetreemodel.moc"
