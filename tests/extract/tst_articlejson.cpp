#include "extract/articlejson.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using namespace ww;

class TestArticleJson : public QObject
{
    Q_OBJECT
private slots:
    void fieldNames();
    void values();
    void unknownsAreNull();
    void enumNames_data();
    void enumNames();
};

static Article sample()
{
    Article a;
    a.title = QStringLiteral("T");
    a.publisher = QStringLiteral("Global South World");
    a.producer = QStringLiteral("Reuters");
    a.producerEvidence = QStringLiteral("This article was produced by Reuters news agency.");
    a.publishedUtc = QDateTime(QDate(2024, 10, 14), QTime(19, 5), QTimeZone(3 * 3600));
    a.canonicalUrl = QUrl(QStringLiteral("https://www.example.com/a"));
    a.language = QStringLiteral("en");
    a.text = QStringLiteral("p1\n\np2");
    a.sections = {QStringLiteral("CONTEXT")};
    ArticleImage i;
    i.url = QUrl(QStringLiteral("https://www.example.com/i.jpg"));
    i.caption = QStringLiteral("c");
    i.credit = QStringLiteral("Sputnik/Vladimir Smirnov/Pool via REUTERS/File Photo");
    i.creditParsed = {QStringLiteral("Sputnik"),
                      QStringLiteral("Vladimir Smirnov"),
                      true,
                      QStringLiteral("Reuters"),
                      true,
                      false};
    i.takenDate = QStringLiteral("2024-06-19");
    i.place = QStringLiteral("Pyongyang, North Korea");
    a.images = {i};
    a.sourceClaims = {QStringLiteral("Sputnik")};
    a.citedAgencies = {QStringLiteral("Interfax")};
    a.countries = {{QStringLiteral("RU"), 9, true, 0, 3.5}, {QStringLiteral("KP"), 8, false, 40, 3.0}};
    a.people = {QStringLiteral("Maria Zakharova")};
    a.quotes = {{QStringLiteral("Maria Zakharova"), QStringLiteral("Such acts")}};
    a.claims = {{AttributionClaim::Role::Producer, AttributionClaim::Kind::Disclaimer,
                 QStringLiteral("Reuters"), a.producerEvidence, 0.95}};
    return a;
}

void TestArticleJson::fieldNames()
{
    const QJsonObject o = articleToJson(sample());
    for (const char *f : {"title", "publisher", "producer", "producer_evidence", "published_utc",
                          "canonical_url", "language", "text", "sections", "images", "source_claims",
                          "cited_agencies", "countries", "about", "people", "quotes", "claims"})
        QVERIFY2(o.contains(QLatin1String(f)), f);
    QVERIFY(!o.contains(QLatin1String("html")));
    ArticleJsonOptions withHtml;
    withHtml.includeHtml = true;
    QVERIFY(articleToJson(sample(), withHtml).contains(QLatin1String("html")));
}

void TestArticleJson::values()
{
    const QJsonObject o = articleToJson(sample());
    QCOMPARE(o.value(QLatin1String("published_utc")).toString(), QStringLiteral("2024-10-14T16:05:00Z"));
    const QJsonObject image = o.value(QLatin1String("images")).toArray().first().toObject();
    const QJsonObject credit = image.value(QLatin1String("credit_parsed")).toObject();
    QCOMPARE(credit.value(QLatin1String("origin_agency")).toString(), QStringLiteral("Sputnik"));
    QCOMPARE(credit.value(QLatin1String("photographer")).toString(), QStringLiteral("Vladimir Smirnov"));
    QCOMPARE(credit.value(QLatin1String("pool")).toBool(), true);
    QCOMPARE(credit.value(QLatin1String("distributor")).toString(), QStringLiteral("Reuters"));
    QCOMPARE(credit.value(QLatin1String("file_photo")).toBool(), true);
    QCOMPARE(image.value(QLatin1String("taken_date")).toString(), QStringLiteral("2024-06-19"));
    QCOMPARE(o.value(QLatin1String("about")).toArray(),
             (QJsonArray{QStringLiteral("RU"), QStringLiteral("KP")}));
    const QJsonObject ru = o.value(QLatin1String("countries")).toArray().first().toObject();
    QCOMPARE(ru.value(QLatin1String("count")).toInt(), 9);
    QCOMPARE(ru.value(QLatin1String("in_title")).toBool(), true);
    const QJsonObject quote = o.value(QLatin1String("quotes")).toArray().first().toObject();
    QCOMPARE(quote.value(QLatin1String("speaker")).toString(), QStringLiteral("Maria Zakharova"));
    const QJsonObject claim = o.value(QLatin1String("claims")).toArray().first().toObject();
    QCOMPARE(claim.value(QLatin1String("kind")).toString(), QStringLiteral("disclaimer"));
    QCOMPARE(claim.value(QLatin1String("evidence")).toString(), sample().producerEvidence);
    QCOMPARE(claim.value(QLatin1String("confidence")).toDouble(), 0.95);
}

void TestArticleJson::unknownsAreNull()
{
    const QJsonObject o = articleToJson(Article{});
    QVERIFY(o.value(QLatin1String("published_utc")).isNull());
    QVERIFY(o.value(QLatin1String("canonical_url")).isNull());
    QVERIFY(o.value(QLatin1String("producer")).isNull());
    QCOMPARE(o.value(QLatin1String("images")).toArray().size(), 0);
}

void TestArticleJson::enumNames_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("name");
    QTest::addRow("site") << int(AttributionClaim::Kind::SiteName) << QStringLiteral("site_name");
    QTest::addRow("jsonld") << int(AttributionClaim::Kind::JsonLd) << QStringLiteral("json_ld");
    QTest::addRow("source") << int(AttributionClaim::Kind::SourceLine) << QStringLiteral("source_line");
    QTest::addRow("dateline") << int(AttributionClaim::Kind::Dateline) << QStringLiteral("dateline");
}

void TestArticleJson::enumNames()
{
    QFETCH(int, kind);
    QFETCH(QString, name);
    QCOMPARE(attributionKindName(AttributionClaim::Kind(kind)), name);
    QCOMPARE(attributionRoleName(AttributionClaim::Role::SourceClaim), QStringLiteral("source_claim"));
}

QTEST_GUILESS_MAIN(TestArticleJson)
#include "tst_articlejson.moc"
