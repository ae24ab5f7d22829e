#include "feeds/feedparser.h"

#include <QTest>

using namespace ww;

namespace {

QByteArray rss(const QByteArray &items, const QByteArray &prolog = {})
{
    return QByteArray("<?xml version=\"1.0\" encoding=\"utf-8\"?>") + prolog +
           "<rss version=\"2.0\"><channel><title>T</title><link>http://example.org/</link>" + items +
           "</channel></rss>";
}

} // namespace

class TestFeedParser : public QObject
{
    Q_OBJECT

private slots:
    void limits_data();
    void limits();
    void truncatedIsAnErrorWithLine();
    void missingRootCloseIsRepaired();
    void htmlIsNotAFeed_data();
    void htmlIsNotAFeed();
    void bareAmpersandStaysExact();
    void undeclaredPrefixIsRepaired();
    void controlCharactersAreFiltered();
    void htmlEntitiesAreDecoded();
    void externalEntitiesAreNeverResolved();
    void identity_data();
    void identity();
    void contentHashChangesWithContent();
    void httpCharsetAndHeaders();
};

void TestFeedParser::limits_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("maxItems");
    QTest::addColumn<qint64>("maxItemText");
    QTest::addColumn<qint64>("maxFeedText");
    QTest::addColumn<QString>("expected");

    // b.1 #1: billion laughs, lol1..lol9, each ten times the previous.
    QByteArray dtd = "<!DOCTYPE rss [<!ENTITY lol0 \"lol\">";
    for (int i = 1; i <= 9; ++i)
        dtd += "<!ENTITY lol" + QByteArray::number(i) + " \"" +
               QByteArray("&lol" + QByteArray::number(i - 1) + ";").repeated(10) + "\">";
    dtd += "]>";
    QTest::addRow("billion laughs") << rss("<item><title>&lol9;</title></item>", dtd) << 10000
                                    << qint64(5000000) << qint64(20000000)
                                    << QStringLiteral("entity expansion limit");
    // b.1 #2: one ~4000-char entity (under Qt's per-entity limit) referenced 100,000 times.
    const QByteArray quadDtd = "<!DOCTYPE rss [<!ENTITY a \"" + QByteArray(4000, 'x') + "\">]>";
    QTest::addRow("quadratic blowup")
        << rss("<item><title>" + QByteArray("&a;").repeated(100000) + "</title></item>", quadDtd) << 10000
        << qint64(5000000) << qint64(20000000) << QStringLiteral("entity expansion limit");
    QTest::addRow("item count") << rss(QByteArray("<item><title>x</title></item>").repeated(101)) << 100
                                << qint64(5000000) << qint64(20000000)
                                << QStringLiteral("more than 100 items");
    QTest::addRow("text per item") << rss("<item><description>" + QByteArray(2000, 'y') +
                                          "</description></item>")
                                   << 100 << qint64(1000) << qint64(20000000)
                                   << QStringLiteral("item 1 text exceeds the limit of 1000");
    QTest::addRow("text per feed") << rss(QByteArray("<item><description>" + QByteArray(600, 'z') +
                                                     "</description></item>")
                                              .repeated(10))
                                   << 100 << qint64(1000) << qint64(5000)
                                   << QStringLiteral("feed text exceeds the limit of 5000");
    QTest::addRow("nesting depth") << rss("<item>" + QByteArray("<x>").repeated(100000) + "</item>") << 100
                                   << qint64(1000) << qint64(5000)
                                   << QStringLiteral("nested deeper than 256");
}

void TestFeedParser::limits()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, maxItems);
    QFETCH(qint64, maxItemText);
    QFETCH(qint64, maxFeedText);
    QFETCH(QString, expected);
    ParseLimits limits;
    limits.maxItems = maxItems;
    limits.maxItemTextChars = maxItemText;
    limits.maxFeedTextChars = maxFeedText;
    const auto result = parseFeed(bytes, {}, {}, limits);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, Error::Code::TooLarge);
    QVERIFY2(result.error().message.contains(expected), qPrintable(result.error().message));
}

void TestFeedParser::truncatedIsAnErrorWithLine()
{
    const QByteArray full = rss("<item>\n<title>one</title>\n</item>\n<item>\n<title>two</title>\n</item>");
    const QByteArray cut = full.left(full.indexOf("two") + 1);
    const auto result = parseFeed(cut);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, Error::Code::Truncated);
    QVERIFY2(result.error().message.startsWith(QLatin1String("feed truncated at line 5")),
             qPrintable(result.error().message));
}

void TestFeedParser::missingRootCloseIsRepaired()
{
    QByteArray bytes = rss("<item><title>one</title></item>");
    bytes.chop(QByteArray("</channel></rss>").size());
    const auto result = parseFeed(bytes);
    QVERIFY(result.ok());
    QCOMPARE(result->items.size(), 1);
    QVERIFY(result->repaired);
    QVERIFY(!result->warnings.isEmpty());
}

void TestFeedParser::htmlIsNotAFeed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("contentType");
    QByteArray page = "<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>" +
                      QByteArray(34 * 1024, ' ') + "</body></html>";
    QTest::addRow("cloudflare challenge") << page << QByteArray("text/html");
    QTest::addRow("html without doctype") << QByteArray("<html><body>hi</body></html>") << QByteArray();
}

void TestFeedParser::htmlIsNotAFeed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, contentType);
    const auto result = parseFeed(bytes, {{"Content-Type", contentType}});
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, Error::Code::NotAFeed);
    const QString kb = QString::number(std::max<qsizetype>(1, (bytes.size() + 512) / 1024));
    QCOMPARE(result.error().message, QStringLiteral("not a feed (got HTML, %1 KB)").arg(kb));
}

void TestFeedParser::bareAmpersandStaysExact()
{
    const auto result =
        parseFeed(rss("<item><title>Q&A</title><link>http://example.org/?a=1&b=2</link></item>"));
    QVERIFY(result.ok());
    QCOMPARE(result->items.at(0).url.toString(), QStringLiteral("http://example.org/?a=1&b=2"));
    QCOMPARE(result->items.at(0).title, QStringLiteral("Q&A"));
    QVERIFY(result->repaired);
}

void TestFeedParser::undeclaredPrefixIsRepaired()
{
    const auto result = parseFeed(rss("<item><title>x</title><dc:creator>Jane Roe</dc:creator>"
                                      "<media:content url=\"http://example.org/a.jpg\"/></item>"));
    QVERIFY(result.ok());
    QCOMPARE(result->items.at(0).author, QStringLiteral("Jane Roe"));
    QCOMPARE(result->items.at(0).media.size(), 1);
    QVERIFY(result->repaired);
    QVERIFY(result->warnings.join(u' ').contains(QLatin1String("undeclared namespace prefixes: dc, media")));
}

void TestFeedParser::controlCharactersAreFiltered()
{
    const auto result = parseFeed(rss("<item><title>a\x01"
                                      "b\x0b"
                                      "c</title></item>"));
    QVERIFY(result.ok());
    QCOMPARE(result->items.at(0).title, QStringLiteral("abc"));
    QVERIFY(result->repaired);
}

void TestFeedParser::htmlEntitiesAreDecoded()
{
    const auto result = parseFeed(rss("<item><title>caf&eacute;&nbsp;&mdash;&hellip;</title></item>"));
    QVERIFY(result.ok());
    QCOMPARE(result->items.at(0).title, QString::fromUtf8("café\u00a0—…").simplified());
}

void TestFeedParser::externalEntitiesAreNeverResolved()
{
    const QByteArray dtd = "<!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">"
                           "<!ENTITY y SYSTEM \"http://127.0.0.1:9/canary\">]>";
    const auto result = parseFeed(rss("<item><title>a&x;b&y;c</title></item>", dtd));
    QVERIFY(result.ok());
    QCOMPARE(result->items.at(0).title, QStringLiteral("abc"));
    QVERIFY(result->warnings.join(u' ').contains(QLatin1String("external entities ignored")));
}

void TestFeedParser::identity_data()
{
    QTest::addColumn<QByteArray>("items");
    QTest::addColumn<QStringList>("keyPrefixes");
    QTest::addRow("unique guids") << QByteArray("<item><guid>g1</guid></item><item><guid>g2</guid></item>")
                                  << QStringList{QStringLiteral("g1"), QStringLiteral("g2")};
    QTest::addRow("no guid: link") << QByteArray("<item><link>http://example.org/1</link></item>")
                                   << QStringList{QStringLiteral("http://example.org/1")};
    QTest::addRow("no guid, no link: hash")
        << QByteArray("<item><title>x</title></item>") << QStringList{QStringLiteral("sha1:")};
    QTest::addRow("empty guid: link")
        << QByteArray("<item><guid> </guid><link>http://example.org/2</link></item>")
        << QStringList{QStringLiteral("http://example.org/2")};
    QTest::addRow("duplicate guid") << QByteArray("<item><guid>d</guid><title>a</title></item>"
                                                  "<item><guid>d</guid><title>b</title></item>")
                                    << QStringList{QStringLiteral("d#"), QStringLiteral("d#")};
}

void TestFeedParser::identity()
{
    QFETCH(QByteArray, items);
    QFETCH(QStringList, keyPrefixes);
    const auto result = parseFeed(rss(items));
    QVERIFY(result.ok());
    QCOMPARE(result->items.size(), keyPrefixes.size());
    QSet<QString> keys;
    for (int i = 0; i < keyPrefixes.size(); ++i) {
        QVERIFY2(result->items.at(i).key.startsWith(keyPrefixes.at(i)), qPrintable(result->items.at(i).key));
        keys.insert(result->items.at(i).key);
        QCOMPARE(result->items.at(i).contentHash.size(), 40);
    }
    QCOMPARE(keys.size(), keyPrefixes.size());
}

void TestFeedParser::contentHashChangesWithContent()
{
    const auto a =
        parseFeed(rss("<item><guid>g</guid><title>x</title><description>one</description></item>"));
    const auto b =
        parseFeed(rss("<item><guid>g</guid><title>x</title><description>two</description></item>"));
    const auto c =
        parseFeed(rss("<item><guid>g</guid><title>x</title><description> one </description></item>"));
    QCOMPARE(a->items.at(0).key, b->items.at(0).key);
    QVERIFY(a->items.at(0).contentHash != b->items.at(0).contentHash);
    QCOMPARE(a->items.at(0).contentHash, c->items.at(0).contentHash);
}

void TestFeedParser::httpCharsetAndHeaders()
{
    QByteArray bytes = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>"
                       "\xcf\xf0\xe8\xe2\xe5\xf2</title><item><link>/a</link></item></channel></rss>";
    const auto result = parseFeed(
        bytes,
        {{"Content-Type", "application/rss+xml; charset=windows-1251"}, {"Content-Location", "/news/"}},
        QUrl(QStringLiteral("http://example.org/feed")));
    QVERIFY(result.ok());
    QCOMPARE(result->title, QString::fromUtf8("Привет"));
    QCOMPARE(result->encoding, QStringLiteral("windows-1251"));
    QCOMPARE(result->items.at(0).url.toString(), QStringLiteral("http://example.org/a"));

    const auto unsafe = parseFeed(bytes, {{"Content-Location", "javascript:alert(1)"}},
                                  QUrl(QStringLiteral("http://example.org/feed")));
    QVERIFY(unsafe.ok());
    QCOMPARE(unsafe->items.at(0).url.toString(), QStringLiteral("http://example.org/a"));
}

QTEST_GUILESS_MAIN(TestFeedParser)
#include "tst_feedparser.moc"
