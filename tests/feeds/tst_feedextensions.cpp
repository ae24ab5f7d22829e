#include "feeds/feedextensions.h"
#include "feeds/feedparser.h"

#include <QTest>

using ww::FeedExtensions;

class TestFeedExtensions : public QObject
{
    Q_OBJECT

private slots:
    void person_data();
    void person();
    void resolveHtmlUrls();
    void mediaGroupAndCredits();
    void geo_data();
    void geo();
};

void TestFeedExtensions::person_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("email");
    QTest::addRow("rss form") << QStringLiteral("jane@example.org (Jane Doe)") << QStringLiteral("Jane Doe")
                              << QStringLiteral("jane@example.org");
    QTest::addRow("angle form") << QStringLiteral("Jane Doe <jane@example.org>") << QStringLiteral("Jane Doe")
                                << QStringLiteral("jane@example.org");
    QTest::addRow("bare email") << QStringLiteral("jane@example.org") << QString()
                                << QStringLiteral("jane@example.org");
    QTest::addRow("name") << QStringLiteral("  Jane   Doe ") << QStringLiteral("Jane Doe") << QString();
}

void TestFeedExtensions::person()
{
    QFETCH(QString, text);
    QFETCH(QString, name);
    QFETCH(QString, email);
    const ww::Person p = FeedExtensions::personFromText(text);
    QCOMPARE(p.name, name);
    QCOMPARE(p.email, email);
}

void TestFeedExtensions::resolveHtmlUrls()
{
    const QUrl base(QStringLiteral("http://example.org/a/b"));
    QCOMPARE(
        FeedExtensions::resolveHtmlUrls(QStringLiteral("<a href=\"/x?a=1&amp;b=2\">x</a> <img src='y.png'>"),
                                        base),
        QStringLiteral(
            "<a href=\"http://example.org/x?a=1&amp;b=2\">x</a> <img src='http://example.org/a/y.png'>"));
    QCOMPARE(FeedExtensions::resolveHtmlUrls(QStringLiteral("<a href=\"https://other/\">"), base),
             QStringLiteral("<a href=\"https://other/\">"));
}

void TestFeedExtensions::mediaGroupAndCredits()
{
    const QByteArray xml =
        "<rss version=\"2.0\" xmlns:media=\"http://search.yahoo.com/mrss/\"><channel><item><title>t</title>"
        "<media:group><media:credit role=\"photographer\">Sputnik/Vladimir Smirnov/Pool via "
        "REUTERS</media:credit>"
        "<media:description>Caption</media:description>"
        "<media:content url=\"http://example.org/1.jpg\" medium=\"image\" width=\"640\"/>"
        "<media:content url=\"http://example.org/2.jpg\" type=\"image/jpeg\">"
        "<media:credit>Other</media:credit><media:thumbnail url=\"/t.jpg\"/></media:content>"
        "</media:group></item></channel></rss>";
    const auto feed = ww::parseFeed(xml, {}, QUrl(QStringLiteral("http://example.org/feed")));
    QVERIFY(feed.ok());
    const auto &media = feed->items.at(0).media;
    QCOMPARE(media.size(), 2);
    QCOMPARE(media.at(0).credit, QStringLiteral("Sputnik/Vladimir Smirnov/Pool via REUTERS"));
    QCOMPARE(media.at(0).creditRole, QStringLiteral("photographer"));
    QCOMPARE(media.at(0).description, QStringLiteral("Caption"));
    QCOMPARE(media.at(0).type, QStringLiteral("image"));
    QCOMPARE(media.at(0).width, 640);
    QCOMPARE(media.at(1).credit, QStringLiteral("Other"));
    QCOMPARE(media.at(1).thumbnail.toString(), QStringLiteral("http://example.org/t.jpg"));
}

void TestFeedExtensions::geo_data()
{
    QTest::addColumn<QByteArray>("element");
    QTest::addColumn<double>("lat");
    QTest::addRow("georss point") << QByteArray("<georss:point>45.256 -71.92</georss:point>") << 45.256;
    QTest::addRow("w3c geo") << QByteArray("<geo:lat>45.256</geo:lat><geo:long>-71.92</geo:long>") << 45.256;
    QTest::addRow("out of range") << QByteArray("<georss:point>145 10</georss:point>") << -1.0;
}

void TestFeedExtensions::geo()
{
    QFETCH(QByteArray, element);
    QFETCH(double, lat);
    const QByteArray xml = "<rss xmlns:georss=\"http://www.georss.org/georss\" "
                           "xmlns:geo=\"http://www.w3.org/2003/01/geo/wgs84_pos#\"><channel><item>" +
                           element + "</item></channel></rss>";
    const auto feed = ww::parseFeed(xml);
    QVERIFY(feed.ok());
    const auto &point = feed->items.at(0).point;
    QCOMPARE(point.has_value(), lat > 0);
    if (point)
        QCOMPARE(point->lat, lat);
}

QTEST_GUILESS_MAIN(TestFeedExtensions)
#include "tst_feedextensions.moc"
