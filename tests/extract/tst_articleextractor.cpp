#include "extract/articleextractor.h"
#include "extract/articlejson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringEncoder>
#include <QTest>
#include <QTimeZone>

using namespace ww;

// The golden case: every field of shared/seed/article.expected.json the extractor owns.
class TestArticleExtractor : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void seedScalars_data();
    void seedScalars();
    void seedImages();
    void seedSections();
    void seedBody_data();
    void seedBody();
    void seedNeverLoads_data();
    void seedNeverLoads();
    void seedAttributionReachesAnalysis();
    void encodings_data();
    void encodings();
    void httpCharsetWins();
    void feedItemFallback();
    void feedCreditCompletesPage();
    void devPages_data();
    void devPages();

private:
    QJsonObject m_expected;
    Article m_article;
    QJsonObject m_json;
};

static QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

void TestArticleExtractor::initTestCase()
{
    const QByteArray html = readFile(QStringLiteral(WW_SHARED_DIR "/seed/article.html"));
    QVERIFY(!html.isEmpty());
    m_expected =
        QJsonDocument::fromJson(readFile(QStringLiteral(WW_SHARED_DIR "/seed/article.expected.json")))
            .object();
    QVERIFY(!m_expected.isEmpty());
    m_article = ArticleExtractor::extract(html, {{"Content-Type", "text/html"}},
                                          QUrl(QStringLiteral("https://www.globalsouthworld.com/a?id=1")));
    m_json = articleToJson(m_article);
}

void TestArticleExtractor::seedScalars_data()
{
    QTest::addColumn<QString>("field");
    for (const char *f : {"title", "publisher", "published_utc", "canonical_url", "language"})
        QTest::addRow("%s", f) << QString::fromLatin1(f);
}

void TestArticleExtractor::seedScalars()
{
    QFETCH(QString, field);
    QCOMPARE(m_json.value(field).toString(), m_expected.value(field).toString());
}

void TestArticleExtractor::seedImages()
{
    const QJsonArray expected = m_expected.value(QLatin1String("images")).toArray();
    const QJsonArray actual = m_json.value(QLatin1String("images")).toArray();
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QJsonObject e = expected.at(i).toObject();
        const QJsonObject a = actual.at(i).toObject();
        for (const char *f : {"url", "alt", "caption", "credit", "taken_date", "place"})
            QCOMPARE(a.value(QLatin1String(f)).toString(), e.value(QLatin1String(f)).toString());
    }
    QVERIFY(m_article.images.first().filePhoto);
}

void TestArticleExtractor::seedSections()
{
    QStringList expected;
    for (const QJsonValue &v : m_expected.value(QLatin1String("sections")).toArray())
        expected.append(v.toString());
    QCOMPARE(m_article.sections, expected);
}

void TestArticleExtractor::seedBody_data()
{
    QTest::addColumn<QString>("snippet");
    QTest::addColumn<bool>("present");
    for (const QJsonValue &v : m_expected.value(QLatin1String("body_must_contain")).toArray())
        QTest::addRow("has: %s", qPrintable(v.toString().left(40))) << v.toString() << true;
    for (const QJsonValue &v : m_expected.value(QLatin1String("body_must_not_contain")).toArray())
        QTest::addRow("lacks: %s", qPrintable(v.toString())) << v.toString() << false;
}

void TestArticleExtractor::seedBody()
{
    QFETCH(QString, snippet);
    QFETCH(bool, present);
    QCOMPARE(m_article.text.contains(snippet), present);
    if (!present)
        QVERIFY(!m_article.html.contains(snippet));
}

void TestArticleExtractor::seedNeverLoads_data()
{
    QTest::addColumn<QString>("url");
    for (const QJsonValue &v : m_expected.value(QLatin1String("network_must_not_load")).toArray())
        QTest::addRow("%s", qPrintable(v.toString())) << v.toString();
}

void TestArticleExtractor::seedNeverLoads()
{
    QFETCH(QString, url);
    for (const ArticleImage &image : std::as_const(m_article.images))
        QVERIFY(image.url.toString() != url);
    QVERIFY(!m_article.html.contains(QUrl(url).host()));
}

void TestArticleExtractor::seedAttributionReachesAnalysis()
{
    const QString disclaimer = m_expected.value(QLatin1String("producer_evidence")).toString();
    QVERIFY(m_article.text.contains(disclaimer));
    QVERIFY(m_article.text.contains(QLatin1String("Source: Sputnik")));
    QVERIFY(m_article.attributionLines.contains(QStringLiteral("Source: Sputnik")));
    bool siteClaim = false;
    for (const AttributionClaim &c : std::as_const(m_article.claims))
        siteClaim = siteClaim ||
                    (c.kind == AttributionClaim::Kind::SiteName && c.organisation == m_article.publisher);
    QVERIFY(siteClaim);
}

void TestArticleExtractor::encodings_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("phrase");
    QTest::addColumn<QString>("language");
    const QString ru = QStringLiteral("Министерство иностранных дел России");
    const QString ko = QStringLiteral("러시아 외무부는");
    QTest::addRow("windows-1251 meta")
        << QStringLiteral("ru-cp1251-meta.html") << QByteArray("text/html") << ru << QStringLiteral("ru");
    QTest::addRow("windows-1251 undeclared")
        << QStringLiteral("ru-cp1251-undeclared.html") << QByteArray() << ru << QStringLiteral("ru");
    QTest::addRow("windows-1251 http")
        << QStringLiteral("ru-cp1251-undeclared.html") << QByteArray("text/html; charset=windows-1251") << ru
        << QStringLiteral("ru");
    QTest::addRow("euc-kr meta") << QStringLiteral("ko-euckr-meta.html") << QByteArray("text/html") << ko
                                 << QStringLiteral("ko");
    QTest::addRow("euc-kr undeclared")
        << QStringLiteral("ko-euckr-undeclared.html") << QByteArray() << ko << QStringLiteral("ko");
}

void TestArticleExtractor::encodings()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, phrase);
    QFETCH(QString, language);
    const QByteArray html = readFile(QStringLiteral(WW_TEST_DATA_DIR "/extract/") + file);
    QVERIFY(!html.isEmpty());
    ArticleExtractor::Headers headers;
    if (!contentType.isEmpty())
        headers.append({"content-type", contentType});
    const Article a =
        ArticleExtractor::extract(html, headers, QUrl(QStringLiteral("https://example.org/n/1")));
    QVERIFY2(a.text.contains(phrase), qPrintable(a.text.left(200)));
    QCOMPARE(a.language, language);
}

void TestArticleExtractor::httpCharsetWins()
{
    // The header says KOI8-R, the meta says windows-1251: HTTP wins, as in browsers.
    const QString text =
        QStringLiteral(
            "<html><head><meta charset=windows-1251></head><body><article><p>%1</p></article></body></html>")
            .arg(QStringLiteral(
                "Москва заявила, что переговоры продолжатся на следующей неделе, сообщили в министерстве."));
    QStringEncoder koi8("KOI8-R");
    const QByteArray bytes = koi8.encode(text);
    const Article a = ArticleExtractor::extract(bytes, {{"Content-Type", "text/html; charset=KOI8-R"}},
                                                QUrl(QStringLiteral("https://example.org/")));
    QVERIFY2(a.text.contains(QStringLiteral("Москва заявила")), qPrintable(a.text));
}

void TestArticleExtractor::feedItemFallback()
{
    FeedItem item;
    item.title = QStringLiteral("North Korea blows up roads");
    item.url = QUrl(QStringLiteral("https://news.example.com/a/1"));
    item.content =
        QStringLiteral("<p>SEOUL (Reuters) - North Korea blew up parts of roads on its side of the "
                       "border, South Korea's military said on Tuesday.</p><script>x()</script>"
                       "<p>The explosions were seen near the border town.</p>");
    item.published.utc = QDateTime(QDate(2024, 10, 15), QTime(2, 0), QTimeZone::utc());
    item.sourceTitle = QStringLiteral("Reuters");
    MediaObject m;
    m.url = QUrl(QStringLiteral("https://news.example.com/img/roads.jpg"));
    m.type = QStringLiteral("image/jpeg");
    m.description = QStringLiteral("Smoke rises near the border in Paju, South Korea October 15, 2024.");
    m.credit = QStringLiteral("Yonhap via REUTERS");
    item.media.append(m);
    const Article a = ArticleExtractor::fromFeedItem(item, QStringLiteral("World News"));
    QVERIFY(a.fromFeedOnly);
    QVERIFY(a.text.contains(QLatin1String("North Korea blew up")));
    QVERIFY(a.text.contains(QLatin1String("explosions were seen")));
    QVERIFY(!a.text.contains(QLatin1String("x()")));
    QCOMPARE(a.images.size(), 1);
    QCOMPARE(a.images.first().credit, QStringLiteral("Yonhap via REUTERS"));
    QCOMPARE(a.images.first().takenDate, QStringLiteral("2024-10-15"));
    QCOMPARE(a.images.first().place, QStringLiteral("Paju, South Korea"));
    QCOMPARE(a.publishedUtc, item.published.utc);
    QCOMPARE(a.language, QStringLiteral("en"));
    QVERIFY(a.warnings.contains(QStringLiteral("from-feed-only")));
}

void TestArticleExtractor::feedCreditCompletesPage()
{
    // The page prints the picture without a credit; the feed's media:credit supplies it.
    const QByteArray html =
        "<html><head><title>T</title></head><body><article><h1>Roads blown up</h1><figure><img "
        "src=\"https://news.example.com/img/roads.jpg?w=800\"></figure><p>SEOUL (Reuters) - North Korea "
        "blew up parts of roads on its side of the border, South Korea's military said on Tuesday, in a "
        "move that raised tension.</p><p>The explosions were seen near the border town of Paju, officials "
        "said, and soldiers fired warning shots.</p></article></body></html>";
    FeedItem item;
    MediaObject m;
    m.url = QUrl(QStringLiteral("https://news.example.com/img/roads.jpg"));
    m.type = QStringLiteral("image/jpeg");
    m.description = QStringLiteral("Smoke rises near the border in Paju, South Korea October 15, 2024.");
    m.credit = QStringLiteral("Credit: Yonhap via REUTERS");
    item.media.append(m);
    ArticleExtractor::Options options;
    options.feedItem = &item;
    const Article a =
        ArticleExtractor::extract(html, {}, QUrl(QStringLiteral("https://news.example.com/a/1")), options);
    QCOMPARE(a.images.size(), 1);
    QCOMPARE(a.images.first().credit, QStringLiteral("Yonhap via REUTERS"));
    QCOMPARE(a.images.first().creditParsed.originAgency, QStringLiteral("Yonhap"));
    QCOMPARE(a.images.first().creditParsed.distributor, QStringLiteral("Reuters"));
    QCOMPARE(a.images.first().place, QStringLiteral("Paju, South Korea"));
    // Without the feed item the page alone has no credit.
    const Article bare =
        ArticleExtractor::extract(html, {}, QUrl(QStringLiteral("https://news.example.com/a/1")));
    QCOMPARE(bare.images.size(), 1);
    QVERIFY(bare.images.first().credit.isEmpty());
}

// Extra realistic pages in other shapes: each has a .expect.json with the fields that must hold.
void TestArticleExtractor::devPages_data()
{
    QTest::addColumn<QString>("page");
    QDir dir(QStringLiteral(WW_TEST_DATA_DIR "/extract/pages"));
    const QStringList pages = dir.entryList({QStringLiteral("*.html")}, QDir::Files, QDir::Name);
    for (const QString &p : pages)
        QTest::addRow("%s", qPrintable(p)) << dir.filePath(p);
    if (pages.isEmpty())
        QTest::addRow("none") << QString();
}

void TestArticleExtractor::devPages()
{
    QFETCH(QString, page);
    if (page.isEmpty())
        QSKIP("no extra pages");
    QString expectPath = page;
    expectPath.replace(QLatin1String(".html"), QLatin1String(".expect.json"));
    const QJsonObject expect = QJsonDocument::fromJson(readFile(expectPath)).object();
    QVERIFY(!expect.isEmpty());
    const Article a =
        ArticleExtractor::extract(readFile(page), {}, QUrl(expect.value(QLatin1String("url")).toString()));
    const QJsonObject json = articleToJson(a);
    for (const char *f : {"title", "publisher", "published_utc", "canonical_url", "language", "byline"}) {
        if (expect.contains(QLatin1String(f)))
            QCOMPARE(json.value(QLatin1String(f)).toString(), expect.value(QLatin1String(f)).toString());
    }
    for (const QJsonValue &v : expect.value(QLatin1String("body_must_contain")).toArray())
        QVERIFY2(a.text.contains(v.toString()), qPrintable(v.toString()));
    for (const QJsonValue &v : expect.value(QLatin1String("body_must_not_contain")).toArray())
        QVERIFY2(!a.text.contains(v.toString()), qPrintable(v.toString()));
    const QJsonArray images = expect.value(QLatin1String("images")).toArray();
    if (expect.contains(QLatin1String("images"))) {
        QCOMPARE(json.value(QLatin1String("images")).toArray().size(), images.size());
        for (qsizetype i = 0; i < images.size(); ++i) {
            const QJsonObject e = images.at(i).toObject();
            const QJsonObject g = json.value(QLatin1String("images")).toArray().at(i).toObject();
            for (auto it = e.begin(); it != e.end(); ++it) {
                if (it->isString())
                    QCOMPARE(g.value(it.key()).toString(), it->toString());
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestArticleExtractor)
#include "tst_articleextractor.moc"
