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
    void headerAndSource();
    void textInfo_data();
    void textInfo();
    void ids_data();
    void ids();
    void entryDocument();
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

void TestAtomParser::headerAndSource()
{
    const QByteArray xml =
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xmlns:thr=\"http://purl.org/syndication/thread/1.0\">"
        "<id>urn:feed</id><generator uri=\"http://gen.example/\" version=\"2.1\">Gen</generator>"
        "<icon>http://example.org/i.png</icon><logo>http://example.org/l.png</logo>"
        "<author><name>A</name><email>a@example.org</email></author><contributor><name>C</name></contributor>"
        "<category term=\"t\" scheme=\"http://s/\" label=\"T\"/>"
        "<link rel=\"self\" href=\"http://example.org/feed\"/><link rel=\"related\" title=\"R\" "
        "hreflang=\"fr\" length=\"5\" href=\"http://example.org/r\"/>"
        "<entry><title>E</title><rights type=\"html\">&lt;b&gt;CC&lt;/b&gt;</rights>"
        "<link rel=\"license\" href=\"http://license.example/\"/>"
        "<thr:in-reply-to ref=\"urn:x\" href=\"http://example.org/x\"/><thr:total>3</thr:total>"
        "<source><id>urn:wire</id><title>Wire</title><link href=\"http://wire.example/\"/>"
        "<author><name>W</name></author><updated>2005-01-01T00:00:00Z</updated></source></entry></feed>";
    const auto feed = parseFeed(xml);
    QVERIFY(feed.ok());
    QCOMPARE(feed->id, QStringLiteral("urn:feed"));
    QCOMPARE(feed->generator, QStringLiteral("Gen"));
    QCOMPARE(feed->generatorUri.toString(), QStringLiteral("http://gen.example/"));
    QCOMPARE(feed->generatorVersion, QStringLiteral("2.1"));
    QCOMPARE(feed->icon.toString(), QStringLiteral("http://example.org/i.png"));
    QCOMPARE(feed->logo.toString(), QStringLiteral("http://example.org/l.png"));
    QCOMPARE(feed->authors.at(0).email, QStringLiteral("a@example.org"));
    QCOMPARE(feed->contributors.at(0).name, QStringLiteral("C"));
    QCOMPARE(feed->tags.at(0).scheme, QStringLiteral("http://s/"));
    QCOMPARE(feed->tags.at(0).label, QStringLiteral("T"));
    QCOMPARE(feed->links.size(), 2);
    QCOMPARE(feed->links.at(0).type, QStringLiteral("application/atom+xml")); // self's default type
    QCOMPARE(feed->links.at(1).title, QStringLiteral("R"));
    QCOMPARE(feed->links.at(1).hreflang, QStringLiteral("fr"));
    QCOMPARE(feed->links.at(1).length, 5);
    const FeedItem &e = feed->items.at(0);
    QCOMPARE(e.rights, QStringLiteral("CC"));
    QCOMPARE(e.textInfo.value(QStringLiteral("rights")).type, QStringLiteral("text/html"));
    QCOMPARE(e.license.toString(), QStringLiteral("http://license.example/"));
    QCOMPARE(e.extensions.value(QStringLiteral("thr_in-reply-to/href")),
             QStringLiteral("http://example.org/x"));
    QCOMPARE(e.extensions.value(QStringLiteral("thr_total")), QStringLiteral("3"));
    QVERIFY(e.source);
    QCOMPARE(e.source->id, QStringLiteral("urn:wire"));
    QCOMPARE(e.source->title, QStringLiteral("Wire"));
    QCOMPARE(e.sourceUrl.toString(), QStringLiteral("http://wire.example/"));
    QCOMPARE(e.source->updated.utc, QDateTime(QDate(2005, 1, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(e.author, QStringLiteral("W")); // from the source, before the feed's author
}

void TestAtomParser::textInfo_data()
{
    QTest::addColumn<QByteArray>("entry");
    QTest::addColumn<QByteArray>("contentLanguage");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("base");
    QTest::addRow("inherited") << QByteArray("<entry xml:lang=\"de\"><title>T</title></entry>")
                               << QByteArray() << QStringLiteral("text/plain") << QStringLiteral("de")
                               << QStringLiteral("http://example.org/feed/");
    QTest::addRow("own lang and base")
        << QByteArray("<entry><title type=\"html\" xml:lang=\"en_US\" xml:base=\"x/\">T</title></entry>")
        << QByteArray() << QStringLiteral("text/html") << QStringLiteral("en-US")
        << QStringLiteral("http://example.org/feed/x/");
    QTest::addRow("blank lang resets")
        << QByteArray("<entry><title xml:lang=\"\">T</title></entry>") << QByteArray("fr")
        << QStringLiteral("text/plain") << QString() << QStringLiteral("http://example.org/feed/");
    QTest::addRow("content-language") << QByteArray("<entry><title type=\"xhtml\">T</title></entry>")
                                      << QByteArray("fr") << QStringLiteral("application/xhtml+xml")
                                      << QStringLiteral("fr") << QStringLiteral("http://example.org/feed/");
    QTest::addRow("malformed base")
        << QByteArray("<entry><title xml:base=\"http:///b.example/t/\">T</title></entry>") << QByteArray()
        << QStringLiteral("text/plain") << QString() << QStringLiteral("http://b.example/t/");
    QTest::addRow("unsafe base ignored")
        << QByteArray("<entry><title xml:base=\"javascript:alert(1)\">T</title></entry>") << QByteArray()
        << QStringLiteral("text/plain") << QString() << QStringLiteral("http://example.org/feed/");
}

void TestAtomParser::textInfo()
{
    QFETCH(QByteArray, entry);
    QFETCH(QByteArray, contentLanguage);
    QFETCH(QString, type);
    QFETCH(QString, language);
    QFETCH(QString, base);
    HttpHeaders headers;
    if (!contentLanguage.isEmpty())
        headers.append(qMakePair(QByteArray("Content-Language"), contentLanguage));
    const auto feed = parseFeed("<feed xmlns=\"http://www.w3.org/2005/Atom\">" + entry + "</feed>", headers,
                                QUrl(QStringLiteral("http://example.org/feed/")));
    QVERIFY(feed.ok());
    const TextInfo info = feed->items.at(0).textInfo.value(QStringLiteral("title"));
    QCOMPARE(info.type, type);
    QCOMPARE(info.language, language);
    QCOMPARE(info.base.toString(), base);
}

void TestAtomParser::ids_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("expected");
    QTest::addRow("absolute kept as written")
        << QStringLiteral("http://example.org/a/../b") << QStringLiteral("http://x/")
        << QStringLiteral("http://example.org/a/../b");
    QTest::addRow("relative resolved on the web")
        << QStringLiteral("/rel") << QStringLiteral("http://x/feed") << QStringLiteral("http://x/rel");
    QTest::addRow("no web base, kept")
        << QStringLiteral("plain id") << QStringLiteral("file:///tmp/f.xml") << QStringLiteral("plain id");
}

void TestAtomParser::ids()
{
    QFETCH(QString, id);
    QFETCH(QString, base);
    QFETCH(QString, expected);
    const auto feed = parseFeed("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>" + id.toUtf8() +
                                    "</id></entry></feed>",
                                {}, QUrl(base));
    QVERIFY(feed.ok());
    QCOMPARE(feed->items.at(0).guid, expected);
}

void TestAtomParser::entryDocument()
{
    // RFC 4287 section 5: a lone <entry> is a valid Atom document.
    const auto feed =
        parseFeed("<entry xmlns=\"http://www.w3.org/2005/Atom\"><id>urn:1</id><title>Solo</title>"
                  "<content src=\"http://example.org/v.mp4\" type=\"video/mp4\"/></entry>");
    QVERIFY(feed.ok());
    QCOMPARE(feed->items.size(), 1);
    QCOMPARE(feed->items.at(0).title, QStringLiteral("Solo"));
    QVERIFY(feed->items.at(0).content.isEmpty()); // out-of-line content is never fetched
    QCOMPARE(feed->items.at(0).extensions.value(QStringLiteral("content_src")),
             QStringLiteral("http://example.org/v.mp4"));
}

QTEST_GUILESS_MAIN(TestAtomParser)
#include "tst_atomparser.moc"
