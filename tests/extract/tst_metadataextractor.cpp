#include "extract/metadataextractor.h"

#include <QTest>
#include <QTimeZone>

using namespace ww;

class TestMetadataExtractor : public QObject
{
    Q_OBJECT
private slots:
    void cleanTitle_data();
    void cleanTitle();
    void parseDate_data();
    void parseDate();
    void jsonLdGraph();
    void timeTag();
    void canonicalAndLanguage();
    void personAuthorIsNoClaim();
    void microdataAuthor();
};

static const QUrl page(QStringLiteral("https://news.example.com/world/1"));

void TestMetadataExtractor::cleanTitle_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("site");
    QTest::addColumn<QString>("h1");
    QTest::addColumn<QString>("expected");
    QTest::addRow("pipe site") << QStringLiteral("Russia blames South Korea | Global South World")
                               << QStringLiteral("Global South World") << QString()
                               << QStringLiteral("Russia blames South Korea");
    QTest::addRow("dash site") << QStringLiteral("Talks resume - The Daily") << QStringLiteral("The Daily")
                               << QString() << QStringLiteral("Talks resume");
    QTest::addRow("site first") << QStringLiteral("The Daily | Talks resume in Geneva")
                                << QStringLiteral("The Daily") << QString()
                                << QStringLiteral("Talks resume in Geneva");
    QTest::addRow("unnamed short tail")
        << QStringLiteral("Talks resume in Geneva today | NewsCo") << QString() << QString()
        << QStringLiteral("Talks resume in Geneva today");
    QTest::addRow("h1 prefix") << QStringLiteral("Talks resume: live updates — Site") << QString()
                               << QStringLiteral("Talks resume: live updates")
                               << QStringLiteral("Talks resume: live updates");
    QTest::addRow("dash in headline kept")
        << QStringLiteral("Kim - Putin summit ends") << QStringLiteral("Other") << QString()
        << QStringLiteral("Kim - Putin summit ends");
}

void TestMetadataExtractor::cleanTitle()
{
    QFETCH(QString, title);
    QFETCH(QString, site);
    QFETCH(QString, h1);
    QFETCH(QString, expected);
    QCOMPARE(MetadataExtractor::cleanTitle(title, site, h1), expected);
}

void TestMetadataExtractor::parseDate_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("utc");
    QTest::addRow("iso offset") << QStringLiteral("2024-10-14T16:05:00+00:00")
                                << QStringLiteral("2024-10-14T16:05:00Z");
    QTest::addRow("iso z ms") << QStringLiteral("2024-10-14T16:05:00.123Z")
                              << QStringLiteral("2024-10-14T16:05:00Z");
    QTest::addRow("moscow") << QStringLiteral("2024-10-14T19:05:00+03:00")
                            << QStringLiteral("2024-10-14T16:05:00Z");
    QTest::addRow("compact zone") << QStringLiteral("2024-10-14T19:05:00+0300")
                                  << QStringLiteral("2024-10-14T16:05:00Z");
    QTest::addRow("space no zone") << QStringLiteral("2024-10-14 16:05:00")
                                   << QStringLiteral("2024-10-14T16:05:00Z");
    QTest::addRow("rfc2822") << QStringLiteral("Mon, 14 Oct 2024 16:05:00 GMT")
                             << QStringLiteral("2024-10-14T16:05:00Z");
    QTest::addRow("visible day first")
        << QStringLiteral("14 Oct 2024, 16:05 GMT") << QStringLiteral("2024-10-14T16:05:00Z");
    QTest::addRow("visible us pm") << QStringLiteral("October 14, 2024 4:05 PM")
                                   << QStringLiteral("2024-10-14T16:05:00Z");
    QTest::addRow("garbage") << QStringLiteral("yesterday") << QString();
    QTest::addRow("empty") << QString() << QString();
}

void TestMetadataExtractor::parseDate()
{
    QFETCH(QString, raw);
    QFETCH(QString, utc);
    const QDateTime dt = MetadataExtractor::parseDate(raw);
    QCOMPARE(dt.isValid() ? dt.toString(Qt::ISODate) : QString(), utc);
}

void TestMetadataExtractor::jsonLdGraph()
{
    const QString html = QStringLiteral(
        "<html><head><script type=\"application/ld+json\">\n"
        "{\"@context\":\"https://schema.org\",\"@graph\":[\n"
        " {\"@type\":\"WebSite\",\"name\":\"Example News\"},\n"
        " {\"@type\":[\"NewsArticle\"],\"headline\":\"Quake hits "
        "coast\",\"datePublished\":\"2024-03-01T08:00:00+09:00\",\n"
        "  \"dateModified\":\"2024-03-01T10:30:00+09:00\",\"articleSection\":[\"Asia\"],\n"
        "  \"publisher\":{\"@type\":\"Organization\",\"name\":\"Example News\"},\n"
        "  \"sourceOrganization\":{\"@type\":\"Organization\",\"name\":\"Kyodo\"},\n"
        "  \"author\":[{\"@type\":\"Person\",\"name\":\"Jane "
        "Roe\"},{\"@type\":\"Organization\",\"name\":\"Kyodo News\"}],\n"
        "  \"image\":{\"@type\":\"ImageObject\",\"url\":\"https://img.example/q.jpg\",\"caption\":\"Damage "
        "in Wajima\"}}]}\n"
        "</script><script type=\"application/ld+json\">{ broken json </script></head><body><h1>Quake hits "
        "coast</h1></body></html>");
    const PageMetadata md = MetadataExtractor::extract(HtmlDocument::parse(html), page);
    QCOMPARE(md.title, QStringLiteral("Quake hits coast"));
    QCOMPARE(md.siteName, QStringLiteral("Example News"));
    QCOMPARE(md.section, QStringLiteral("Asia"));
    QCOMPARE(md.byline, QStringLiteral("Jane Roe"));
    QCOMPARE(md.publishedUtc.toString(Qt::ISODate), QStringLiteral("2024-02-29T23:00:00Z"));
    QCOMPARE(md.updatedUtc.toString(Qt::ISODate), QStringLiteral("2024-03-01T01:30:00Z"));
    QStringList orgs;
    for (const AttributionClaim &c : md.claims) {
        QCOMPARE(c.kind, AttributionClaim::Kind::JsonLd);
        QVERIFY(c.evidence.contains(c.organisation));
        orgs.append(c.organisation);
    }
    QCOMPARE(orgs, (QStringList{QStringLiteral("Example News"), QStringLiteral("Kyodo"),
                                QStringLiteral("Kyodo News")}));
    QCOMPARE(md.claims.at(0).role, AttributionClaim::Role::Publisher);
    QCOMPARE(md.claims.at(1).role, AttributionClaim::Role::Producer);
    bool imageObject = false;
    for (const QJsonObject &o : md.jsonLd)
        imageObject =
            imageObject || o.value(QLatin1String("@type")).toString() == QLatin1String("ImageObject");
    QVERIFY(imageObject);
}

void TestMetadataExtractor::timeTag()
{
    const QString html =
        QStringLiteral("<html><head><title>A storm | Site</title></head><body><article><h1>A storm</h1>"
                       "<time datetime=\"2024-05-02T06:00:00-04:00\">May 2</time></article></body></html>");
    const PageMetadata md = MetadataExtractor::extract(HtmlDocument::parse(html), page);
    QCOMPARE(md.publishedUtc.toString(Qt::ISODate), QStringLiteral("2024-05-02T10:00:00Z"));
    QCOMPARE(md.title, QStringLiteral("A storm"));
    const QString visible = QStringLiteral("<html><body><time>14 Oct 2024, 16:05 GMT</time></body></html>");
    QCOMPARE(
        MetadataExtractor::extract(HtmlDocument::parse(visible), page).publishedUtc.toString(Qt::ISODate),
        QStringLiteral("2024-10-14T16:05:00Z"));
}

void TestMetadataExtractor::canonicalAndLanguage()
{
    const QString html =
        QStringLiteral("<html lang=\"ru-RU\"><head><link rel=\"canonical\" href=\"/world/1-canon\">"
                       "<meta property=\"og:url\" content=\"https://other.example/x\">"
                       "<meta property=\"og:image\" content=\"/img/lead.jpg\"></head><body></body></html>");
    const PageMetadata md = MetadataExtractor::extract(HtmlDocument::parse(html), page);
    QCOMPARE(md.canonicalUrl, QUrl(QStringLiteral("https://news.example.com/world/1-canon")));
    QCOMPARE(md.declaredLanguage, QStringLiteral("ru"));
    QCOMPARE(md.ogImage, QUrl(QStringLiteral("https://news.example.com/img/lead.jpg")));
    const QString evil = QStringLiteral("<link rel=canonical href=\"javascript:alert(1)\"><meta "
                                        "property=og:url content=\"https://ok.example/a\">");
    QCOMPARE(MetadataExtractor::extract(HtmlDocument::parse(evil), page).canonicalUrl,
             QUrl(QStringLiteral("https://ok.example/a")));
    QCOMPARE(MetadataExtractor::primaryLanguage(QStringLiteral("en_US")), QStringLiteral("en"));
    QCOMPARE(MetadataExtractor::primaryLanguage(QStringLiteral("<script>")), QString());
}

void TestMetadataExtractor::personAuthorIsNoClaim()
{
    const QString html =
        QStringLiteral("<script "
                       "type=\"application/"
                       "ld+json\">{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Person\",\"name\":"
                       "\"Ivan Petrov\"},\"creator\":\"TASS\"}</script>");
    const PageMetadata md = MetadataExtractor::extract(HtmlDocument::parse(html), page);
    QCOMPARE(md.byline, QStringLiteral("Ivan Petrov"));
    QCOMPARE(md.claims.size(), 1);
    QCOMPARE(md.claims.first().organisation, QStringLiteral("TASS"));
}

void TestMetadataExtractor::microdataAuthor()
{
    // The article's microdata author is the byline; a picture's author is its credit.
    const QString html = QStringLiteral(
        "<html><body><div itemscope itemtype=https://schema.org/NewsArticle><div itemprop=image itemscope "
        "itemtype=https://schema.org/ImageObject><span itemprop=author>Jane Roe</span></div><div "
        "itemprop=author itemscope itemtype=https://schema.org/Person><span itemprop=name>Reuters</span>"
        "</div></div></body></html>");
    const QString h = html;
    QCOMPARE(MetadataExtractor::extract(HtmlDocument::parse(h), page).byline, QStringLiteral("Reuters"));
}

QTEST_GUILESS_MAIN(TestMetadataExtractor)
#include "tst_metadataextractor.moc"
