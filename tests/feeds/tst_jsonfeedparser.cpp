#include "feeds/feedparser.h"
#include "feeds/jsonfeedparser.h"

#include <QTest>

using namespace ww;

class TestJsonFeedParser : public QObject
{
    Q_OBJECT

private slots:
    void jsonFeed11();
    void errors_data();
    void errors();
    void lenientVersion();
};

void TestJsonFeedParser::jsonFeed11()
{
    const QByteArray json =
        R"({"version":"https://jsonfeed.org/version/1.1","title":"J","home_page_url":"https://example.org/",
        "language":"en","authors":[{"name":"A"}],"items":[{"id":"1","url":"/p/1","title":"One &amp; two",
        "content_html":"<p>x</p>","date_published":"2020-05-25T10:00:00+02:00","tags":["a","b"],
        "attachments":[{"url":"https://example.org/a.mp3","mime_type":"audio/mpeg","size_in_bytes":99}]}]})";
    const auto feed = parseFeed(json, {}, QUrl(QStringLiteral("https://example.org/feed.json")));
    QVERIFY(feed.ok());
    QCOMPARE(feed->format, ParsedFeed::Format::JsonFeed11);
    QCOMPARE(feed->title, QStringLiteral("J"));
    const FeedItem &item = feed->items.at(0);
    QCOMPARE(item.title, QStringLiteral("One & two"));
    QCOMPARE(item.url.toString(), QStringLiteral("https://example.org/p/1"));
    QCOMPARE(item.author, QStringLiteral("A"));
    QCOMPARE(item.published.utc, QDateTime(QDate(2020, 5, 25), QTime(8, 0), Qt::UTC));
    QCOMPARE(item.categories.size(), 2);
    QCOMPARE(item.enclosures.at(0).length, 99);
    QCOMPARE(item.key, QStringLiteral("1"));
}

void TestJsonFeedParser::errors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("code");
    QTest::addRow("not json feed") << QByteArray(R"({"hello":1})") << int(Error::Code::NotAFeed);
    QTest::addRow("malformed") << QByteArray(R"({"version":)") << int(Error::Code::Malformed);
}

void TestJsonFeedParser::errors()
{
    QFETCH(QByteArray, json);
    QFETCH(int, code);
    const auto feed = parseFeed(json);
    QVERIFY(!feed.ok());
    QCOMPARE(int(feed.error().code), code);
}

void TestJsonFeedParser::lenientVersion()
{
    // "version": "1.0" instead of the jsonfeed.org URL, 1.0 "author" repeated in "authors", banner only.
    const QByteArray json =
        R"({"version":"1.0","title":"J","icon":"https://example.org/i.png","favicon":"https://example.org/f.ico",
        "author":{"name":"A"},"authors":[{"name":"A"}],
        "items":[{"id":"1","url":"https://example.org/1","external_url":"https://elsewhere.example/x",
        "banner_image":"https://example.org/b.png"}]})";
    const auto feed = parseFeed(json);
    QVERIFY(feed.ok());
    QVERIFY(feed->repaired);
    QCOMPARE(feed->format, ParsedFeed::Format::JsonFeed10);
    QCOMPARE(feed->authors.size(), 1);
    QCOMPARE(feed->logo.toString(), QStringLiteral("https://example.org/i.png"));
    QCOMPARE(feed->icon.toString(), QStringLiteral("https://example.org/f.ico"));
    const FeedItem &item = feed->items.at(0);
    QCOMPARE(item.links.size(), 2);
    QCOMPARE(item.links.at(1).rel, QStringLiteral("related"));
    QCOMPARE(item.media.at(0).url.toString(), QStringLiteral("https://example.org/b.png"));
}

QTEST_GUILESS_MAIN(TestJsonFeedParser)
#include "tst_jsonfeedparser.moc"
