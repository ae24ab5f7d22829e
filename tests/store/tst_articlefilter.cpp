#include "storetest.h"

#include "store/articlefilter.h"
#include "store/searchindex.h"

#include <QTest>

using namespace ww;
using namespace wwtest;

class TestArticleFilter : public QObject
{
    Q_OBJECT
private slots:
    void emptyQueryHasNoWhere();
    void userValuesAreNeverInTheSql_data();
    void userValuesAreNeverInTheSql();
    void placeholdersMatchValues();
    void unsearchableTextMatchesNothing();
};

void TestArticleFilter::emptyQueryHasNoWhere()
{
    TempDatabase t;
    QVERIFY(t.open());
    SearchIndex index(t.db);
    const ArticleFilter f(ArticleQuery{}, index);
    QVERIFY(f.where().isEmpty());
    QVERIFY(f.values().isEmpty());
    QVERIFY(!f.matchesNothing());
}

void TestArticleFilter::userValuesAreNeverInTheSql_data()
{
    QTest::addColumn<QString>("hostile");
    QTest::addRow("quote") << "x' OR '1'='1";
    QTest::addRow("comment") << "\"); DROP TABLE articles; --";
    QTest::addRow("percent") << "100%_\\";
    QTest::addRow("cyrillic") << QString::fromUtf8("Россия'--");
}

void TestArticleFilter::userValuesAreNeverInTheSql()
{
    QFETCH(QString, hostile);
    TempDatabase t;
    QVERIFY(t.open());
    SearchIndex index(t.db);
    ArticleQuery q;
    q.text = hostile;
    q.folder = hostile;
    q.producer = hostile;
    q.publisher = hostile;
    q.language = hostile;
    q.countryCode = hostile;
    const ArticleFilter f(q, index);
    QVERIFY(!f.where().contains(hostile));
    QVERIFY(f.values().contains(QVariant(hostile)));
}

void TestArticleFilter::placeholdersMatchValues()
{
    TempDatabase t;
    QVERIFY(t.open());
    SearchIndex index(t.db);
    ArticleQuery q;
    q.feedIds = {1, 2, 3};
    q.sourceIds = {7};
    q.text = QStringLiteral("missile");
    q.countryCode = QStringLiteral("kp");
    q.tagId = 4;
    q.from = utc(2024, 1, 1);
    q.to = utc(2024, 2, 1);
    q.unreadOnly = true;
    q.starredOnly = true;
    q.minId = 10;
    const ArticleFilter f(q, index);
    QCOMPARE(f.where().count(QLatin1Char('?')), f.values().size());
    QVERIFY(f.values().contains(QVariant(QStringLiteral("KP")))); // codes are upper-cased
    QVERIFY(f.where().contains(QLatin1String("a.read = 0")));
}

void TestArticleFilter::unsearchableTextMatchesNothing()
{
    TempDatabase t;
    QVERIFY(t.open());
    SearchIndex index(t.db);
    ArticleQuery q;
    q.text = QStringLiteral("-- ;;");
    QVERIFY(ArticleFilter(q, index).matchesNothing());
    q.text = QStringLiteral("   ");
    QVERIFY(!ArticleFilter(q, index).matchesNothing()); // blank means "no text filter"
}

QTEST_GUILESS_MAIN(TestArticleFilter)
#include "tst_articlefilter.moc"
