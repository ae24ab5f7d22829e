#include "extract/feeddiscovery.h"

#include <QFile>
#include <QTest>

using namespace ww;

class TestFeedDiscovery : public QObject
{
    Q_OBJECT
private slots:
    void discover_data();
    void discover();
    void seed();
};

void TestFeedDiscovery::discover_data()
{
    QTest::addColumn<QString>("head");
    QTest::addColumn<QStringList>("urls");
    const QString rss = QStringLiteral(
        "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"News\" href=\"/rss.xml\">");
    QTest::addRow("rss relative") << rss << QStringList{QStringLiteral("https://site.example/rss.xml")};
    QTest::addRow("atom absolute")
        << QStringLiteral("<link rel=alternate type=application/atom+xml href=https://feeds.example/a.atom>")
        << QStringList{QStringLiteral("https://feeds.example/a.atom")};
    QTest::addRow("json feed") << QStringLiteral(
                                      "<link rel=alternate type=application/feed+json href=feed.json>")
                               << QStringList{QStringLiteral("https://site.example/news/feed.json")};
    QTest::addRow("base href") << QStringLiteral("<base href=\"https://cdn.example/x/\"><link rel=alternate "
                                                 "type=application/rss+xml href=rss.xml>")
                               << QStringList{QStringLiteral("https://cdn.example/x/rss.xml")};
    QTest::addRow("case and params")
        << QStringLiteral("<LINK REL=\"Alternate\" TYPE=\"application/RSS+XML; charset=utf-8\" HREF=\"/r\">")
        << QStringList{QStringLiteral("https://site.example/r")};
    QTest::addRow("javascript dropped")
        << QStringLiteral("<link rel=alternate type=application/rss+xml href=\"javascript:alert(1)\">")
        << QStringList{};
    QTest::addRow("file dropped")
        << QStringLiteral("<link rel=alternate type=application/rss+xml href=\"file:///etc/passwd\">")
        << QStringList{};
    QTest::addRow("stylesheet ignored")
        << QStringLiteral("<link rel=stylesheet type=text/css href=/a.css>") << QStringList{};
    QTest::addRow("alternate language ignored")
        << QStringLiteral("<link rel=alternate hreflang=ru href=/ru/>") << QStringList{};
    QTest::addRow("duplicates once") << rss + rss
                                     << QStringList{QStringLiteral("https://site.example/rss.xml")};
    QTest::addRow("in body too") << QStringLiteral("</head><body>") + rss
                                 << QStringList{QStringLiteral("https://site.example/rss.xml")};
}

void TestFeedDiscovery::discover()
{
    QFETCH(QString, head);
    QFETCH(QStringList, urls);
    const auto feeds = FeedDiscovery::discover(QStringLiteral("<html><head>") + head +
                                                   QStringLiteral("</head><body></body></html>"),
                                               QUrl(QStringLiteral("https://site.example/news/page.html")));
    QStringList got;
    for (const auto &f : feeds)
        got.append(f.url.toString());
    QCOMPARE(got, urls);
}

void TestFeedDiscovery::seed()
{
    QFile f(QStringLiteral(WW_SHARED_DIR "/seed/article.html"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const auto feeds = FeedDiscovery::discover(
        QString::fromUtf8(f.readAll()), QUrl(QStringLiteral("https://www.globalsouthworld.com/article/x")));
    QCOMPARE(feeds.size(), 1);
    QCOMPARE(feeds.first().url, QUrl(QStringLiteral("https://www.globalsouthworld.com/rss.xml")));
    QCOMPARE(feeds.first().title, QStringLiteral("Global South World"));
    QCOMPARE(feeds.first().type, QStringLiteral("application/rss+xml"));
}

QTEST_GUILESS_MAIN(TestFeedDiscovery)
#include "tst_feeddiscovery.moc"
