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
    void channelRecords();
    void itemExtras();
    void podcastPeople_data();
    void podcastPeople();
    void episodeArtwork_data();
    void episodeArtwork();
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
    QTest::addRow("0.93") << QByteArray("0.93") << ParsedFeed::Format::Rss093;
    QTest::addRow("0.94") << QByteArray("0.94") << ParsedFeed::Format::Rss094;
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

void TestRssParser::channelRecords()
{
    const QByteArray xml =
        "<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
        "xmlns:dcterms=\"http://purl.org/dc/terms/\"><channel><title>T</title>"
        "<managingEditor>ed@example.org (Ed)</managingEditor><webMaster>Web Master "
        "&lt;wm@example.org&gt;</webMaster>"
        "<dc:contributor>Con</dc:contributor><category "
        "domain=\"http://d/\">News</category><dc:subject>S</dc:subject>"
        "<docs>http://docs.example/</docs><pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate>"
        "<cloud domain=\"rpc.example\" "
        "port=\"80\"/><textInput><title>Search</title><link>/s</link></textInput>"
        "<image><url>http://example.org/i.png</url><width>80</width></image>"
        "<dcterms:valid>start=2002-10-13T09:00+01:00;end=2002-10-17T17:00+01:00</dcterms:valid>"
        "</channel></rss>";
    const auto feed = parseFeed(xml, {}, QUrl(QStringLiteral("http://example.org/feed")));
    QVERIFY(feed.ok());
    QCOMPARE(feed->authors.at(0).name, QStringLiteral("Ed"));
    QCOMPARE(feed->authors.at(0).email, QStringLiteral("ed@example.org"));
    QCOMPARE(feed->publisher.name, QStringLiteral("Web Master"));
    QCOMPARE(feed->publisher.email, QStringLiteral("wm@example.org"));
    QCOMPARE(feed->contributors.at(0).name, QStringLiteral("Con"));
    QCOMPARE(feed->tags.size(), 2);
    QCOMPARE(feed->tags.at(0).scheme, QStringLiteral("http://d/"));
    QCOMPARE(feed->tags.at(1).term, QStringLiteral("S"));
    QCOMPARE(feed->docs.toString(), QStringLiteral("http://docs.example/"));
    QCOMPARE(feed->published.utc, QDateTime(QDate(2003, 6, 10), QTime(4, 0), Qt::UTC));
    QCOMPARE(feed->extensions.value(QStringLiteral("cloud/port")), QStringLiteral("80"));
    QCOMPARE(feed->extensions.value(QStringLiteral("textInput/link")),
             QStringLiteral("http://example.org/s"));
    QCOMPARE(feed->extensions.value(QStringLiteral("image/width")), QStringLiteral("80"));
    QCOMPARE(feed->otherDates.value(QStringLiteral("validity_end")).utc,
             QDateTime(QDate(2002, 10, 17), QTime(16, 0), Qt::UTC));
}

void TestRssParser::itemExtras()
{
    const QByteArray xml =
        "<rss version=\"2.0\" xmlns:wfw=\"http://wellformedweb.org/CommentAPI/\" "
        "xmlns:media=\"http://search.yahoo.com/mrss\" xmlns:cc=\"http://web.resource.org/cc/\" "
        "xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
        "xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
        "<channel><item><enclosure url=\"http://example.org/a.jpg\" type=\"image/jpeg\" length=\"5\"/>"
        "<link>http://example.org/1</link><comments>/c</comments><wfw:comment>/wc</wfw:comment>"
        "<cc:license rdf:resource=\"http://cc.example/by\"/><dc:publisher>Pub</dc:publisher>"
        "<dc:rights>(c) Wire</dc:rights><media:title>Fallback title</media:title>"
        "<media:category scheme=\"urn:s\">a b</media:category><fullitem>&lt;p&gt;Full&lt;/p&gt;</fullitem>"
        "<expirationDate>Thu, 01 Jan 2004 19:48:21 GMT</expirationDate></item></channel></rss>";
    const auto feed = parseFeed(xml, {}, QUrl(QStringLiteral("http://example.org/feed")));
    QVERIFY(feed.ok());
    const FeedItem &item = feed->items.at(0);
    QCOMPARE(item.title, QStringLiteral("Fallback title"));
    QCOMPARE(item.links.size(), 2);
    QCOMPARE(item.links.at(0).rel, QStringLiteral("enclosure")); // document order
    QCOMPARE(item.links.at(1).href.toString(), QStringLiteral("http://example.org/1"));
    QCOMPARE(item.comments.toString(), QStringLiteral("http://example.org/c"));
    QCOMPARE(item.extensions.value(QStringLiteral("wfw_comment")), QStringLiteral("http://example.org/wc"));
    QCOMPARE(item.license.toString(), QStringLiteral("http://cc.example/by"));
    QCOMPARE(item.publisher.name, QStringLiteral("Pub"));
    QCOMPARE(item.rights, QStringLiteral("(c) Wire"));
    QCOMPARE(item.tags.size(), 2); // media namespace without its trailing slash is still Media RSS
    QCOMPARE(item.tags.at(1).term, QStringLiteral("b"));
    QCOMPARE(item.tags.at(1).scheme, QStringLiteral("urn:s"));
    QCOMPARE(item.content, QStringLiteral("<p>Full</p>"));
    QCOMPARE(item.otherDates.value(QStringLiteral("expired")).utc,
             QDateTime(QDate(2004, 1, 1), QTime(19, 48, 21), Qt::UTC));
}

void TestRssParser::podcastPeople_data()
{
    QTest::addColumn<QByteArray>("channel");
    QTest::addColumn<QStringList>("authors");
    QTest::addColumn<QString>("ownerName");
    QTest::addColumn<QString>("ownerEmail");
    QTest::addRow("itunes:author beside managingEditor")
        << QByteArray("<managingEditor>ed@example.org (Ed)</managingEditor><itunes:author>Show "
                      "Team</itunes:author>")
        << QStringList{QStringLiteral("Ed"), QStringLiteral("Show Team")} << QString() << QString();
    QTest::addRow("same person once")
        << QByteArray("<author>Lisa</author><itunes:author>Lisa</itunes:author>")
        << QStringList{QStringLiteral("Lisa")} << QString() << QString();
    QTest::addRow("owner")
        << QByteArray("<itunes:author>BBC Radio 4</itunes:author><itunes:owner><itunes:name>BBC</"
                      "itunes:name><itunes:email>support@bbc.example</itunes:email></itunes:owner>")
        << QStringList{QStringLiteral("BBC Radio 4")} << QStringLiteral("BBC")
        << QStringLiteral("support@bbc.example");
}

void TestRssParser::podcastPeople()
{
    QFETCH(QByteArray, channel);
    QFETCH(QStringList, authors);
    QFETCH(QString, ownerName);
    QFETCH(QString, ownerEmail);
    const QByteArray xml = "<rss version=\"2.0\" xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\">"
                           "<channel><title>T</title>" +
                           channel + "</channel></rss>";
    const auto feed = parseFeed(xml);
    QVERIFY(feed.ok());
    QStringList names;
    for (const Person &p : feed->authors)
        names << p.name;
    QCOMPARE(names, authors);
    QCOMPARE(feed->owner.name, ownerName);
    QCOMPARE(feed->owner.email, ownerEmail);
}

void TestRssParser::episodeArtwork_data()
{
    QTest::addColumn<QByteArray>("item");
    QTest::addColumn<QStringList>("urls");
    QTest::addColumn<QStringList>("thumbnails");
    QTest::addRow("artwork alone is the image")
        << QByteArray("<itunes:image href=\"http://e.example/art.jpg\"/>")
        << QStringList{QStringLiteral("http://e.example/art.jpg")} << QStringList{QString()};
    QTest::addRow("artwork is the audio's thumbnail")
        << QByteArray("<media:content url=\"http://e.example/a.mp3\" type=\"audio/mpeg\"/>"
                      "<itunes:image href=\"http://e.example/art.jpg\"/>")
        << QStringList{QStringLiteral("http://e.example/a.mp3")}
        << QStringList{QStringLiteral("http://e.example/art.jpg")};
    QTest::addRow("a media thumbnail wins")
        << QByteArray("<media:content url=\"http://e.example/v.mp4\"><media:thumbnail "
                      "url=\"http://e.example/t.jpg\"/></media:content><itunes:image "
                      "href=\"http://e.example/art.jpg\"/>")
        << QStringList{QStringLiteral("http://e.example/v.mp4")}
        << QStringList{QStringLiteral("http://e.example/t.jpg")};
}

void TestRssParser::episodeArtwork()
{
    QFETCH(QByteArray, item);
    QFETCH(QStringList, urls);
    QFETCH(QStringList, thumbnails);
    const QByteArray xml = "<rss version=\"2.0\" xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\" "
                           "xmlns:media=\"http://search.yahoo.com/mrss/\"><channel><title>T</title><item>"
                           "<title>E</title>" +
                           item + "</item></channel></rss>";
    const auto feed = parseFeed(xml);
    QVERIFY(feed.ok());
    QCOMPARE(feed->items.size(), 1);
    QStringList gotUrls, gotThumbnails;
    for (const MediaObject &m : feed->items.constFirst().media) {
        gotUrls << m.url.toString();
        gotThumbnails << m.thumbnail.toString();
    }
    QCOMPARE(gotUrls, urls);
    QCOMPARE(gotThumbnails, thumbnails);
}

QTEST_GUILESS_MAIN(TestRssParser)
#include "tst_rssparser.moc"
