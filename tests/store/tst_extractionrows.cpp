#include "storetest.h"

#include "store/extractionrows.h"
#include "store/store.h"

#include <QSqlQuery>
#include <QTest>

using namespace ww;
using namespace wwtest;

class TestExtractionRows : public QObject
{
    Q_OBJECT
private slots:
    void roleNamesRoundTrip_data();
    void roleNamesRoundTrip();
    void kindNamesRoundTrip_data();
    void kindNamesRoundTrip();
    void replaceAndLoad();
    void duplicateCountryIsMerged();
    void feedPictureShownOnThePageIsListedOnce();
};

void TestExtractionRows::roleNamesRoundTrip_data()
{
    QTest::addColumn<int>("role");
    for (int r = 0; r <= int(AttributionClaim::Role::Cited); ++r)
        QTest::addRow("role %d", r) << r;
}

void TestExtractionRows::roleNamesRoundTrip()
{
    QFETCH(int, role);
    const auto r = AttributionClaim::Role(role);
    const QString name = ExtractionRows::roleName(r);
    QVERIFY(!name.isEmpty());
    QCOMPARE(ExtractionRows::roleFromName(name), r);
}

void TestExtractionRows::kindNamesRoundTrip_data()
{
    QTest::addColumn<int>("kind");
    for (int k = 0; k <= int(AttributionClaim::Kind::InText); ++k)
        QTest::addRow("kind %d", k) << k;
}

void TestExtractionRows::kindNamesRoundTrip()
{
    QFETCH(int, kind);
    const auto k = AttributionClaim::Kind(kind);
    const QString name = ExtractionRows::kindName(k);
    QCOMPARE(ExtractionRows::kindFromName(name), k);
    // Names are distinct, so old rows never change meaning.
    for (int other = 0; other <= int(AttributionClaim::Kind::InText); ++other) {
        if (other != kind)
            QVERIFY(ExtractionRows::kindName(AttributionClaim::Kind(other)) != name);
    }
}

void TestExtractionRows::replaceAndLoad()
{
    TempDatabase t;
    QVERIFY(t.open());
    Store store(t.db);
    Feed f;
    f.url = QUrl(QStringLiteral("https://a.example/rss"));
    const qint64 feed = *store.feeds().addFeed(f);
    const qint64 id =
        store.articles().ingest(feed, feedOf({item(QStringLiteral("1"), QStringLiteral("t"))}))->addedIds[0];
    ExtractionRows rows(t.db);
    Article in;
    ArticleImage a;
    a.url = QUrl(QStringLiteral("https://img.example/1.jpg"));
    a.caption = QStringLiteral("first");
    ArticleImage b = a;
    b.caption = QStringLiteral("second");
    in.images = {a, b};
    in.claims << AttributionClaim{AttributionClaim::Role::Cited, AttributionClaim::Kind::InText,
                                  QStringLiteral("Interfax"), QStringLiteral("Interfax news agency said"),
                                  0.5};
    in.quotes << Quote{QString(), QStringLiteral("unattributed")};
    QVERIFY(t.db.transaction([&] { return rows.replace(id, in); }).ok());
    Article out;
    QVERIFY(rows.load(id, out).ok());
    QCOMPARE(out.images.size(), 2);
    QCOMPARE(out.images[0].caption, QStringLiteral("first")); // order kept
    QCOMPARE(out.images[1].caption, QStringLiteral("second"));
    QCOMPARE(out.claims.size(), 1);
    QCOMPARE(out.claims[0].organisation, QStringLiteral("Interfax"));
    QCOMPARE(out.quotes[0].text, QStringLiteral("unattributed"));
    QVERIFY(t.db.transaction([&] { return rows.replace(id, Article{}); }).ok());
    QVERIFY(rows.load(id, out).ok());
    QVERIFY(out.images.isEmpty());
    QVERIFY(out.claims.isEmpty());
    QVERIFY(out.quotes.isEmpty());
}

void TestExtractionRows::duplicateCountryIsMerged()
{
    TempDatabase t;
    QVERIFY(t.open());
    Store store(t.db);
    Feed f;
    f.url = QUrl(QStringLiteral("https://a.example/rss"));
    const qint64 feed = *store.feeds().addFeed(f);
    const qint64 id =
        store.articles().ingest(feed, feedOf({item(QStringLiteral("1"), QStringLiteral("t"))}))->addedIds[0];
    Article in;
    in.countries << CountryMention{QStringLiteral("KP"), 2, false, 5, 0.5}
                 << CountryMention{QStringLiteral("kp"), 3, false, 9, 0.2};
    QVERIFY(store.articles().saveExtraction(id, in).ok());
    const Article out = store.articles().get(id)->article;
    QCOMPARE(out.countries.size(), 1);
    QCOMPARE(out.countries[0].count, 5);
}

void TestExtractionRows::feedPictureShownOnThePageIsListedOnce()
{
    TempDatabase t;
    QVERIFY(t.open());
    Store store(t.db);
    Feed f;
    f.url = QUrl(QStringLiteral("https://a.example/rss"));
    const qint64 feed = *store.feeds().addFeed(f);
    const qint64 id =
        store.articles().ingest(feed, feedOf({item(QStringLiteral("1"), QStringLiteral("t"))}))->addedIds[0];
    ExtractionRows rows(t.db);
    ArticleImage fromFeed;
    fromFeed.url = QUrl(QStringLiteral("https://img.example/kim.jpg"));
    fromFeed.credit = QStringLiteral("KCNA via REUTERS");
    ArticleImage feedOnly;
    feedOnly.url = QUrl(QStringLiteral("https://img.example/only-in-feed.jpg"));
    QVERIFY(rows.replaceFeedImages(id, {fromFeed, feedOnly}).ok());
    Article page;
    ArticleImage shown = fromFeed;
    shown.caption = QStringLiteral("Kim Jong Un speaks"); // the page's copy, with the feed's credit folded in
    page.images << shown;
    QVERIFY(store.articles().saveExtraction(id, page).ok());
    const QList<ArticleImage> images = store.articles().get(id)->article.images;
    QCOMPARE(images.size(), 2);
    QCOMPARE(images[0].caption, QStringLiteral("Kim Jong Un speaks")); // the page's row wins
    QCOMPARE(images[1].url, feedOnly.url); // a feed picture the page lacks is kept
}

QTEST_GUILESS_MAIN(TestExtractionRows)
#include "tst_extractionrows.moc"
