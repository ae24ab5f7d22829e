#include "feeds/atomparser.h"
#include "feeds/feedparser.h"

#include <QTest>

using namespace ww;

class TestAtomParser : public QObject
{
    Q_OBJECT

private slots:
    void atom10();
    void textConstructs_data();
    void textConstructs();
};

void TestAtomParser::atom10()
{
    const QByteArray xml =
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\" xml:base=\"http://example.org/\">"
        "<title type=\"html\">A &lt;b&gt;feed&lt;/b&gt;</title><link href=\"/\"/><link rel=\"self\" "
        "href=\"feed.atom\"/>"
        "<author><name>Feed Author</name></author><updated>2005-07-31T12:29:29Z</updated>"
        "<entry><id>tag:example.org,2005:1</id><title>E</title><link rel=\"alternate\" href=\"2005/1\"/>"
        "<link rel=\"enclosure\" href=\"a.mp3\" length=\"10\" type=\"audio/mpeg\"/>"
        "<published>2005-07-31T12:29:29+02:00</published><category term=\"world\"/>"
        "<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\"><p><a "
        "href=\"x\">x</a></p></div></content>"
        "<contributor><name>C</name><email>c@example.org</email></contributor></entry></feed>";
    const auto feed = parseFeed(xml);
    QVERIFY(feed.ok());
    QCOMPARE(feed->format, ParsedFeed::Format::Atom10);
    QCOMPARE(feed->title, QStringLiteral("A feed"));
    QCOMPARE(feed->link.toString(), QStringLiteral("http://example.org/"));
    QCOMPARE(feed->selfUrl.toString(), QStringLiteral("http://example.org/feed.atom"));
    QCOMPARE(feed->language, QStringLiteral("en"));
    const FeedItem &e = feed->items.at(0);
    QCOMPARE(e.guid, QStringLiteral("tag:example.org,2005:1"));
    QCOMPARE(e.url.toString(), QStringLiteral("http://example.org/2005/1"));
    QCOMPARE(e.enclosures.at(0).url.toString(), QStringLiteral("http://example.org/a.mp3"));
    QCOMPARE(e.published.utc, QDateTime(QDate(2005, 7, 31), QTime(10, 29, 29), Qt::UTC));
    QCOMPARE(e.contentType, QStringLiteral("xhtml"));
    QCOMPARE(e.content, QStringLiteral("<p><a href=\"http://example.org/x\">x</a></p>"));
    QCOMPARE(e.author, QStringLiteral("Feed Author")); // inherited from the feed
    QCOMPARE(e.contributors.at(0).email, QStringLiteral("c@example.org"));
    QCOMPARE(e.categories, QStringList{QStringLiteral("world")});
}

void TestAtomParser::textConstructs_data()
{
    QTest::addColumn<QByteArray>("title");
    QTest::addColumn<QString>("expected");
    QTest::addRow("text keeps brackets")
        << QByteArray("<title type=\"text\">History of the &lt;blink&gt; tag</title>")
        << QStringLiteral("History of the <blink> tag");
    QTest::addRow("html is stripped")
        << QByteArray("<title type=\"html\">&lt;b&gt;Bold&lt;/b&gt;</title>") << QStringLiteral("Bold");
    QTest::addRow("atom 0.3 base64") << QByteArray("<title mode=\"base64\">RXhhbXBsZQ==</title>")
                                     << QStringLiteral("Example");
}

void TestAtomParser::textConstructs()
{
    QFETCH(QByteArray, title);
    QFETCH(QString, expected);
    const auto feed = parseFeed("<feed xmlns=\"http://purl.org/atom/ns#\" version=\"0.3\"><entry>" + title +
                                "</entry></feed>");
    QVERIFY(feed.ok());
    QCOMPARE(feed->format, ParsedFeed::Format::Atom03);
    QCOMPARE(feed->items.at(0).title, expected);
}

QTEST_GUILESS_MAIN(TestAtomParser)
#include "tst_atomparser.moc"
