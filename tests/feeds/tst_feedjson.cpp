#include "feeds/feedjson.h"
#include "feeds/feedparser.h"

#include <QJsonArray>
#include <QTest>

using namespace ww;

class TestFeedJson : public QObject
{
    Q_OBJECT

private slots:
    void shape();
};

void TestFeedJson::shape()
{
    const QByteArray xml =
        "<rss version=\"2.0\" xmlns:media=\"http://search.yahoo.com/mrss/\"><channel><title>T</title>"
        "<link>http://example.org/</link><item><title>One</title><guid>g</guid>"
        "<pubDate>Tue, 10 Jun 2003 09:41:01 +0200</pubDate><media:content url=\"http://example.org/p.jpg\">"
        "<media:credit role=\"photographer\">REUTERS/Jane</media:credit></media:content></item>"
        "<item><title>Two</title><pubDate>yesterday</pubDate></item></channel></rss>";
    const auto feed = parseFeed(xml);
    QVERIFY(feed.ok());
    const QJsonObject o = feedToJson(*feed);
    QCOMPARE(o.value(QLatin1String("title")).toString(), QStringLiteral("T"));
    QCOMPARE(o.value(QLatin1String("format")).toString(), QStringLiteral("rss20"));
    QCOMPARE(o.value(QLatin1String("encoding")).toString(), QStringLiteral("UTF-8"));
    QCOMPARE(o.value(QLatin1String("repaired")).toBool(), false);
    const QJsonArray items = o.value(QLatin1String("items")).toArray();
    QCOMPARE(items.size(), 2);
    const QJsonObject one = items.at(0).toObject();
    QCOMPARE(one.value(QLatin1String("published")).toString(), QStringLiteral("2003-06-10T07:41:01Z"));
    QCOMPARE(one.value(QLatin1String("published_raw")).toString(),
             QStringLiteral("Tue, 10 Jun 2003 09:41:01 +0200"));
    QCOMPARE(one.value(QLatin1String("key")).toString(), QStringLiteral("g"));
    const QJsonObject media = one.value(QLatin1String("media")).toArray().at(0).toObject();
    QCOMPARE(media.value(QLatin1String("credit")).toString(), QStringLiteral("REUTERS/Jane"));
    QCOMPARE(media.value(QLatin1String("credit_role")).toString(), QStringLiteral("photographer"));
    const QJsonObject two = items.at(1).toObject();
    QVERIFY(two.value(QLatin1String("published")).isNull());
    QCOMPARE(two.value(QLatin1String("published_raw")).toString(), QStringLiteral("yesterday"));
    QVERIFY(two.value(QLatin1String("guid")).isNull());
    for (const char *key : {"guid", "key", "url", "title", "author", "published", "updated", "published_raw",
                            "summary", "content", "categories", "enclosures", "media"})
        QVERIFY2(one.contains(QLatin1String(key)), key);
}

QTEST_GUILESS_MAIN(TestFeedJson)
#include "tst_feedjson.moc"
