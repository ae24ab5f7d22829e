// g++ 12 flags the std::variant inside Result<T> as maybe-uninitialized here at -O2 (a known false positive).
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"

#include "models/articlelistmodel.h"
#include "storefixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ww;

class TestArticleListModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void paging_data();
    void paging();
    void sorting();
    void fetchMorePagesAfterLastRow_data();
    void fetchMorePagesAfterLastRow();
    void readAndStarred();
    void loaderErrors();
    void hostileTitles();
    void timeColumn_data();
    void timeColumn();

private:
    ArticleListModel::Loader loader()
    {
        return [this](const ArticleQuery &q) { return m_fixture.store->articles().list(q); };
    }
    StoreFixture m_fixture;
};

void TestArticleListModel::initTestCase()
{
    QVERIFY(m_fixture.setUp());
}

void TestArticleListModel::paging_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("total");
    QTest::addColumn<int>("pages");
    const int all = StoreFixture::kWireItems + StoreFixture::kAsiaItems + StoreFixture::kLooseItems;
    QTest::addRow("all, pages of 10") << QString() << 10 << all << 5;
    QTest::addRow("wire feed, pages of 7")
        << QStringLiteral("wire") << 7 << int(StoreFixture::kWireItems) << 5;
    QTest::addRow("asia folder, one page")
        << QStringLiteral("Asia") << 50 << int(StoreFixture::kAsiaItems) << 1;
    QTest::addRow("exact multiple") << QStringLiteral("loose") << 5 << int(StoreFixture::kLooseItems) << 1;
}

void TestArticleListModel::paging()
{
    QFETCH(QString, source);
    QFETCH(int, pageSize);
    QFETCH(int, total);
    QFETCH(int, pages);
    ArticleListModel model(loader());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(pageSize);
    ArticleQuery q;
    if (source == QLatin1String("wire"))
        q.feedIds = {m_fixture.wireFeed};
    else if (source == QLatin1String("loose"))
        q.feedIds = {m_fixture.looseFeed};
    else if (!source.isEmpty())
        q.folder = source;
    model.setQuery(q);
    QCOMPARE(model.rowCount(), qMin(pageSize, total));
    int fetched = 1;
    while (model.canFetchMore({})) {
        model.fetchMore({});
        ++fetched;
        QVERIFY(fetched <= pages + 1);
    }
    QCOMPARE(model.rowCount(), total);
    QVERIFY(fetched >= pages);
    // Every row is distinct and newest first.
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.insert(model.summary(row).id);
        if (row > 0)
            QVERIFY(model.summary(row - 1).sortTime >= model.summary(row).sortTime);
    }
    QCOMPARE(ids.size(), total);
    QCOMPARE(model.columnCount(), int(ArticleListModel::ColumnCount));
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
}

void TestArticleListModel::sorting()
{
    ArticleListModel model(loader());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ArticleQuery q;
    q.feedIds = {m_fixture.wireFeed};
    model.setQuery(q);
    QCOMPARE(model.index(0, ArticleListModel::TitleColumn).data().toString(),
             QStringLiteral("Wire story 29"));
    model.sort(ArticleListModel::TimeColumn, Qt::AscendingOrder);
    QCOMPARE(model.index(0, ArticleListModel::TitleColumn).data().toString(),
             QStringLiteral("Wire story 00"));
    model.sort(ArticleListModel::TitleColumn, Qt::AscendingOrder);
    QCOMPARE(model.query().sort, ArticleQuery::Sort::TitleAscending);
    QCOMPARE(model.index(1, ArticleListModel::TitleColumn).data().toString(),
             QStringLiteral("Wire story 01"));
    // Columns the store cannot order by leave the order alone.
    model.sort(ArticleListModel::OutletColumn, Qt::DescendingOrder);
    QCOMPARE(model.query().sort, ArticleQuery::Sort::TitleAscending);
    QCOMPARE(model.index(0, ArticleListModel::OutletColumn).data().toString(), QStringLiteral("Reuters"));
}

void TestArticleListModel::fetchMorePagesAfterLastRow_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addRow("time, newest first") << int(ArticleListModel::TimeColumn) << int(Qt::DescendingOrder);
    QTest::addRow("time, oldest first") << int(ArticleListModel::TimeColumn) << int(Qt::AscendingOrder);
    QTest::addRow("title") << int(ArticleListModel::TitleColumn) << int(Qt::AscendingOrder);
}

void TestArticleListModel::fetchMorePagesAfterLastRow()
{
    // Every page after the first asks the store for the rows after the last one shown (keyset), so a page
    // costs the same at any depth; the pages together are the one-query list.
    QFETCH(int, column);
    QFETCH(int, order);
    QList<ArticleQuery> asked;
    ArticleListModel model([this, &asked](const ArticleQuery &q) {
        asked << q;
        return m_fixture.store->articles().list(q);
    });
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(4);
    model.setQuery({});
    model.sort(column, Qt::SortOrder(order));
    asked.clear();
    model.reload();
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.constLast().afterId, 0); // the first page has no cursor
    while (model.canFetchMore({})) {
        const ArticleSummary last = model.summary(model.rowCount() - 1);
        model.fetchMore({});
        QCOMPARE(asked.constLast().afterId, last.id);
        QCOMPARE(asked.constLast().afterSortTime, last.sortTime);
        QCOMPARE(asked.constLast().afterTitle, last.title);
    }
    QVERIFY(asked.size() > 5);
    ArticleQuery all = model.query();
    all.limit = 0;
    const QList<ArticleSummary> expected = *m_fixture.store->articles().list(all);
    QCOMPARE(model.rowCount(), int(expected.size()));
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.summary(row).id, expected.at(row).id);
}

void TestArticleListModel::readAndStarred()
{
    ArticleListModel model(loader());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ArticleQuery q;
    q.feedIds = {m_fixture.asiaFeed};
    model.setQuery(q);
    const qint64 id = model.index(2, 0).data(ArticleListModel::IdRole).toLongLong();
    QVERIFY(id > 0);
    QCOMPARE(model.rowOfId(id), 2);
    QVERIFY(!model.index(2, 0).data(ArticleListModel::ReadRole).toBool());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setRead(id, true);
    model.setStarred(id, true);
    QCOMPARE(changed.count(), 2);
    QVERIFY(model.index(2, 0).data(ArticleListModel::ReadRole).toBool());
    QVERIFY(model.index(2, 0).data(ArticleListModel::StarredRole).toBool());
    model.setRead(-5, true); // unknown ids are ignored
    QCOMPARE(changed.count(), 2);
}

void TestArticleListModel::loaderErrors()
{
    ArticleListModel model([](const ArticleQuery &) -> Result<QList<ArticleSummary>> {
        return Error(Error::Code::Database, QStringLiteral("disk I/O error"));
    });
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy failed(&model, &ArticleListModel::loadFailed);
    model.setQuery({});
    QCOMPARE(failed.count(), 1);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.lastError(), QStringLiteral("disk I/O error"));
}

void TestArticleListModel::hostileTitles()
{
    ArticleSummary s;
    s.id = 1;
    s.title = QStringLiteral("line\nbreak \u202Egnp.exe ") + QString(5000, QLatin1Char('x'));
    ArticleListModel model([s](const ArticleQuery &) { return Result<QList<ArticleSummary>>(QList{s}); });
    model.setQuery({});
    const QString shown = model.index(0, ArticleListModel::TitleColumn).data().toString();
    QVERIFY(!shown.contains(QLatin1Char('\n')));
    QVERIFY(!shown.contains(QChar(0x202E)));
    QCOMPARE(shown.size(), ArticleListModel::kMaxTitleChars + 1);
}

void TestArticleListModel::timeColumn_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<bool>("dated");
    for (const char *name : {"C", "en_US", "en_GB", "de_DE", "ru_RU", "ko_KR", "ar_EG"}) {
        QTest::addRow("%s, dated", name) << QString::fromLatin1(name) << true;
        QTest::addRow("%s, undated", name) << QString::fromLatin1(name) << false;
    }
}

void TestArticleListModel::timeColumn()
{
    QFETCH(QString, locale);
    QFETCH(bool, dated);
    const QLocale previous;
    QLocale::setDefault(QLocale(locale));
    ArticleSummary row;
    row.id = 1;
    row.title = QStringLiteral("A story");
    row.sortTime = QDateTime(QDate(2026, 11, 9), QTime(13, 42, 37), Qt::UTC);
    if (dated)
        row.published = row.sortTime;
    ArticleListModel model([row](const ArticleQuery &) { return Result<QList<ArticleSummary>>(QList{row}); });
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery({});
    const QModelIndex cell = model.index(0, ArticleListModel::TimeColumn);
    const QString shown = cell.data().toString();
    const QString tip = cell.data(Qt::ToolTipRole).toString();
    QLocale::setDefault(previous);
    // The row shows the minute in the locale's digits, never the second; the tooltip has the full time.
    const QLocale l(locale);
    const QTime local = row.sortTime.toLocalTime().time();
    const QString minute = l.toString(local.minute()).rightJustified(2, l.zeroDigit().at(0));
    const QString second = l.toString(37);
    QVERIFY2(shown.contains(minute), qPrintable(shown));
    QVERIFY2(!shown.contains(second), qPrintable(shown));
    QVERIFY2(tip.contains(second), qPrintable(tip));
    QCOMPARE(tip.contains(QStringLiteral("no usable date")), !dated);
}

QTEST_GUILESS_MAIN(TestArticleListModel)
#include "tst_articlelistmodel.moc"
