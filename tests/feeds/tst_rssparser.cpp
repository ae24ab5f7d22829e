#include "feeds/feedparser.h"
#include "feeds/rssparser.h"

#include <QTest>

using namespace ww;

class TestRssParser : public QObject
{
    Q_OBJECT

private slots:
    void rss20();
    void rss10Rdf();
    void versions_data();
    void versions();
};

void TestRssParser::rss20()
{
    const QByteArray xml =
        "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" "
        "xmlns:atom=\"http://www.w3.org/2005/Atom\" "
        "xmlns:sy=\"http://purl.org/rss/1.0/modules/syndication/\">"
        "<channel><title>Wire &amp; <b>Co</b></title><link>http://example.org/</link><language>ru</language>"
        "<ttl>30</ttl><sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>2</sy:updateFrequency>"
        "<atom:link rel=\"self\" href=\"http://example.org/feed\"/>"
        "<item><title>One</title><link>http://example.org/1</link><guid isPermaLink=\"false\">id-1</guid>"
        "<description>&lt;p&gt;Summary&lt;/p&gt;</description><content:encoded><![CDATA[<p>Full</p>]]></"
        "content:encoded>"
        "<pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate><author>jane@example.org (Jane)</author>"
        "<category>World</category><enclosure url=\"http://example.org/a.mp3\" length=\"123\" "
        "type=\"audio/mpeg\"/>"
        "<source url=\"http://agency.example/rss\">Agency</source></item></channel></rss>";
    const auto feed = parseFeed(xml);
    QVERIFY(feed.ok());
    QCOMPARE(feed->format, ParsedFeed::Format::Rss20);
    QCOMPARE(feed->title, QStringLiteral("Wire & Co"));
    QCOMPARE(feed->language, QStringLiteral("ru"));
    QCOMPARE(feed->ttlMinutes, 30);
    QCOMPARE(feed->updatePeriodMinutes, 30);
    QCOMPARE(feed->selfUrl.toString(), QStringLiteral("http://example.org/feed"));
    const FeedItem &item = feed->items.at(0);
    QCOMPARE(item.guid, QStringLiteral("id-1"));
    QVERIFY(!item.guidIsPermaLink);
    QCOMPARE(item.summary, QStringLiteral("<p>Summary</p>"));
    QCOMPARE(item.content, QStringLiteral("<p>Full</p>"));
    QCOMPARE(item.published.utc, QDateTime(QDate(2003, 6, 10), QTime(4, 0), Qt::UTC));
    QCOMPARE(item.author, QStringLiteral("Jane (jane@example.org)"));
    QCOMPARE(item.categories, QStringList{QStringLiteral("World")});
    QCOMPARE(item.enclosures.at(0).length, 123);
    QCOMPARE(item.sourceTitle, QStringLiteral("Agency"));
    QCOMPARE(item.language, QStringLiteral("ru"));
}

void TestRssParser::rss10Rdf()
{
    const QByteArray xml =
        "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
        "xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
        "<channel rdf:about=\"http://example.org/\"><title>RDF</title></channel>"
        "<item rdf:about=\"http://example.org/1\"><title>One</title><dc:date>2004-01-02T03:04:05Z</dc:date>"
        "<dc:creator>Bob</dc:creator></item></rdf:RDF>";
    const auto feed = parseFeed(xml);
    QVERIFY(feed.ok());
    QCOMPARE(feed->format, ParsedFeed::Format::Rss10);
    QCOMPARE(feed->items.size(), 1);
    QCOMPARE(feed->items.at(0).url.toString(), QStringLiteral("http://example.org/1"));
    QCOMPARE(feed->items.at(0).author, QStringLiteral("Bob"));
    QVERIFY(feed->items.at(0).published.isKnown());
}

void TestRssParser::versions_data()
{
    QTest::addColumn<QByteArray>("version");
    QTest::addColumn<ParsedFeed::Format>("format");
    QTest::addRow("0.91") << QByteArray("0.91") << ParsedFeed::Format::Rss091;
    QTest::addRow("0.92") << QByteArray("0.92") << ParsedFeed::Format::Rss092;
    QTest::addRow("2.0") << QByteArray("2.0") << ParsedFeed::Format::Rss20;
}

void TestRssParser::versions()
{
    QFETCH(QByteArray, version);
    QFETCH(ParsedFeed::Format, format);
    const auto feed = parseFeed("<rss version=\"" + version + "\"><channel><title>x</title></channel></rss>");
    QVERIFY(feed.ok());
    QCOMPARE(feed->format, format);
}

QTEST_GUILESS_MAIN(TestRssParser)
#include "tst_rssparser.moc"
