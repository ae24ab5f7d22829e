#include "analysis/agencyregistry.h"
#include "analysis/enrichment.h"
#include "snippets.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ww;

namespace {

QJsonObject loadExpected()
{
    QFile f(QStringLiteral(WW_SHARED_DIR "/seed/article.expected.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const auto &e : v.toArray())
        out.append(e.toString());
    return out;
}

// The seed article as the extractor hands it over: raw fields only. The text is article.txt after
// the title, up to the page furniture ("You may be interested in"), caption lines included, as a
// text extractor that keeps figures in reading order gives it.
Article seedArticle(const QJsonObject &expected)
{
    Article a;
    QFile f(QStringLiteral(WW_SHARED_DIR "/seed/article.txt"));
    if (!f.open(QIODevice::ReadOnly))
        return a;
    const QString all = QString::fromUtf8(f.readAll());
    const qsizetype titleEnd = all.indexOf(QLatin1Char('\n'));
    a.title = all.left(titleEnd).trimmed();
    QString text = all.mid(titleEnd).trimmed();
    text = text.left(text.indexOf(QStringLiteral("You may be interested in"))).trimmed();
    a.text = text;
    a.siteName = expected.value(QStringLiteral("publisher")).toString();
    const QJsonObject img = expected.value(QStringLiteral("images")).toArray().first().toObject();
    ArticleImage image;
    image.url = QUrl(img.value(QStringLiteral("url")).toString());
    image.alt = img.value(QStringLiteral("alt")).toString();
    image.caption = img.value(QStringLiteral("caption")).toString();
    image.credit = img.value(QStringLiteral("credit")).toString();
    a.images.append(image);
    return a;
}

} // namespace

class TestEnrichment : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void publisherFromSiteName_data();
    void publisherFromSiteName();
    void seedGolden();
    void sections_data();
    void sections();
    void snippets_data();
    void snippets();
    void explicitRegistry();

private:
    QJsonObject m_expected;
};

void TestEnrichment::initTestCase()
{
    m_expected = loadExpected();
    QVERIFY(!m_expected.isEmpty());
}

void TestEnrichment::publisherFromSiteName_data()
{
    QTest::addColumn<QString>("siteName");
    QTest::addColumn<QString>("publisher");
    QTest::addRow("plain") << QStringLiteral("Global South World") << QStringLiteral("Global South World");
    QTest::addRow("padded") << QStringLiteral("  Example News ") << QStringLiteral("Example News");
    QTest::addRow("agency site canonical") << QStringLiteral("REUTERS") << QStringLiteral("Reuters");
}

void TestEnrichment::publisherFromSiteName()
{
    QFETCH(QString, siteName);
    QFETCH(QString, publisher);
    Article article;
    article.siteName = siteName;
    article.text = QStringLiteral("A short local story.");
    enrichArticle(article);
    QCOMPARE(article.publisher, publisher);
    QCOMPARE(article.producer, publisher);
}

void TestEnrichment::seedGolden()
{
    Article a = seedArticle(m_expected);
    QVERIFY(!a.text.isEmpty());
    enrichArticle(a);

    QCOMPARE(a.publisher, m_expected.value(QStringLiteral("publisher")).toString());
    QCOMPARE(a.producer, m_expected.value(QStringLiteral("producer")).toString());
    QCOMPARE(a.producerEvidence, m_expected.value(QStringLiteral("producer_evidence")).toString());
    QCOMPARE(a.sourceClaims, strings(m_expected.value(QStringLiteral("source_claims"))));
    QCOMPARE(a.citedAgencies, strings(m_expected.value(QStringLiteral("cited_agencies"))));
    QCOMPARE(a.sections, strings(m_expected.value(QStringLiteral("sections"))));

    const QJsonObject credit = m_expected.value(QStringLiteral("images"))
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(QStringLiteral("credit_parsed"))
                                   .toObject();
    QCOMPARE(a.images.size(), 1);
    const ParsedCredit &p = a.images.front().creditParsed;
    QCOMPARE(p.originAgency, credit.value(QStringLiteral("origin_agency")).toString());
    QCOMPARE(p.photographer, credit.value(QStringLiteral("photographer")).toString());
    QCOMPARE(p.pool, credit.value(QStringLiteral("pool")).toBool());
    QCOMPARE(p.distributor, credit.value(QStringLiteral("distributor")).toString());
    QCOMPARE(p.filePhoto, credit.value(QStringLiteral("file_photo")).toBool());
    QVERIFY(a.images.front().filePhoto);

    // People: exactly the expected ones, organisations kept out.
    QStringList people = a.people;
    QStringList expectedPeople = strings(m_expected.value(QStringLiteral("people")));
    people.sort();
    expectedPeople.sort();
    QCOMPARE(people, expectedPeople);
    for (const QString &org : strings(m_expected.value(QStringLiteral("organizations"))))
        QVERIFY2(!a.people.contains(org), qPrintable(org));

    // Quotes: each expected one present with its speaker; no quote is attributed to a wrong speaker.
    for (const auto &v : m_expected.value(QStringLiteral("quotes")).toArray()) {
        const QJsonObject q = v.toObject();
        const QString start = q.value(QStringLiteral("starts_with")).toString();
        const auto it = std::find_if(a.quotes.begin(), a.quotes.end(),
                                     [&](const Quote &quote) { return quote.text.startsWith(start); });
        QVERIFY2(it != a.quotes.end(), qPrintable(start));
        QCOMPARE(it->speaker, q.value(QStringLiteral("speaker")).toString());
    }
    QCOMPARE(a.quotes.size(), m_expected.value(QStringLiteral("quotes")).toArray().size());

    // The producer's claim carries the disclaimer; the dateline-free seed has no dateline.
    const bool disclaimer = std::any_of(a.claims.begin(), a.claims.end(), [](const AttributionClaim &c) {
        return c.role == AttributionClaim::Role::Producer && c.kind == AttributionClaim::Kind::Disclaimer &&
               c.organisation == QLatin1String("Reuters") && c.confidence >= 0.9;
    });
    QVERIFY(disclaimer);
    QVERIFY(a.dateline.isEmpty());
}

void TestEnrichment::sections_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("sections");
    const auto s = [](const char *utf8) { return QString::fromUtf8(utf8); };
    QTest::addRow("caps headings") << s("Intro.\n\nWHY IT MATTERS\n\nBody.\n\nCONTEXT\n\nMore.")
                                   << QStringList{s("WHY IT MATTERS"), s("CONTEXT")};
    QTest::addRow("cyrillic") << s("Текст.\n\nКОНТЕКСТ\n\nЕщё.") << QStringList{s("КОНТЕКСТ")};
    QTest::addRow("not captions or datelines")
        << s("FILE PHOTO: A MAN\n\nSEOUL (Reuters) - X.\n\nNATO.\n\nOK") << QStringList{};
    QTest::addRow("mixed case is prose") << s("Why it matters\n\nBody.") << QStringList{};
}

void TestEnrichment::sections()
{
    QFETCH(QString, text);
    QFETCH(QStringList, sections);
    QCOMPARE(detectSections(text), sections);
}

void TestEnrichment::snippets_data()
{
    QTest::addColumn<Article>("article");
    QTest::addColumn<QVariantMap>("expect");
    for (const auto &s : wwtest::loadSnippets()) {
        QVariantMap expect;
        for (auto it = s.expect.cbegin(); it != s.expect.cend(); ++it)
            expect.insert(it.key(), expect.contains(it.key())
                                        ? expect.value(it.key()).toStringList() << it.value()
                                        : QStringList{it.value()});
        QTest::addRow("%s", qPrintable(s.name)) << s.article << expect;
    }
}

void TestEnrichment::snippets()
{
    QFETCH(Article, article);
    QFETCH(QVariantMap, expect);
    enrichArticle(article);
    const auto one = [&](const char *key) {
        return expect.value(QLatin1String(key)).toStringList().value(0);
    };
    if (expect.contains(QStringLiteral("producer")))
        QCOMPARE(article.producer, one("producer"));
    for (const QString &person : wwtest::splitList(one("people")))
        QVERIFY2(article.people.contains(person),
                 qPrintable(person + QStringLiteral(" in ") + article.people.join(QLatin1Char(','))));
    for (const QString &quote : expect.value(QStringLiteral("quote")).toStringList()) {
        const QStringList parts = wwtest::splitList(quote);
        QCOMPARE(parts.size(), 2);
        const auto it = std::find_if(article.quotes.begin(), article.quotes.end(),
                                     [&](const Quote &q) { return q.text.startsWith(parts[1]); });
        QVERIFY2(it != article.quotes.end(), qPrintable(parts[1]));
        QCOMPARE(it->speaker, parts[0]);
    }
    if (expect.contains(QStringLiteral("sections")))
        QCOMPARE(article.sections, wwtest::splitList(one("sections")));
}

void TestEnrichment::explicitRegistry()
{
    // An analyst who adds an agency sees it as producer without a rebuild.
    AgencyRegistry registry = AgencyRegistry::builtin();
    QVERIFY(
        registry.merge(R"({"agencies": [{"name": "Harbour Wire", "kind": "wire", "aliases": ["HWire"]}]})")
            .ok());
    Article article;
    article.siteName = QStringLiteral("Example News");
    article.text = QStringLiteral("PORTVILLE (HWire) - The ferry sailed.");
    EnrichmentContext context;
    context.registry = &registry;
    enrichArticle(article, context);
    QCOMPARE(article.producer, QStringLiteral("Harbour Wire"));
    QCOMPARE(article.dateline, QStringLiteral("PORTVILLE (HWire) -"));
    QCOMPARE(article.datelinePlace, QStringLiteral("Portville"));

    Article plain;
    plain.siteName = QStringLiteral("Example News");
    plain.text = article.text;
    enrichArticle(plain);
    QCOMPARE(plain.producer, QStringLiteral("Example News"));
}

QTEST_GUILESS_MAIN(TestEnrichment)
#include "tst_enrichment.moc"
