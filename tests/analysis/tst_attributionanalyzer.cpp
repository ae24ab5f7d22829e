#include "analysis/agencyregistry.h"
#include "analysis/attributionanalyzer.h"
#include "snippets.h"

#include <QTest>

using namespace ww;

class TestAttributionAnalyzer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { m_registry = AgencyRegistry::builtin(); }
    void snippets_data();
    void snippets();
    void evidenceShapes_data();
    void evidenceShapes();
    void jsonLdClaimsAreCanonicalised();
    void hostileSize();
    void extractorAttributionLines();

private:
    AgencyRegistry m_registry;
};

void TestAttributionAnalyzer::snippets_data()
{
    QTest::addColumn<Article>("article");
    QTest::addColumn<QVariantMap>("expect");
    const auto snippets = wwtest::loadSnippets();
    QVERIFY(snippets.size() >= 15);
    for (const auto &s : snippets) {
        QVariantMap expect;
        for (auto it = s.expect.cbegin(); it != s.expect.cend(); ++it)
            expect.insert(it.key(), it.value());
        QTest::addRow("%s", qPrintable(s.name)) << s.article << expect;
    }
}

void TestAttributionAnalyzer::snippets()
{
    QFETCH(Article, article);
    QFETCH(QVariantMap, expect);
    const auto a = AttributionAnalyzer(m_registry).analyze(article);
    if (expect.contains(QStringLiteral("publisher")))
        QCOMPARE(a.publisher, expect.value(QStringLiteral("publisher")).toString());
    if (expect.contains(QStringLiteral("producer")))
        QCOMPARE(a.producer, expect.value(QStringLiteral("producer")).toString());
    if (expect.contains(QStringLiteral("dateline_place")))
        QCOMPARE(a.datelinePlace, expect.value(QStringLiteral("dateline_place")).toString());
    if (expect.contains(QStringLiteral("source_claims")))
        QCOMPARE(a.sourceClaims, wwtest::splitList(expect.value(QStringLiteral("source_claims")).toString()));
    if (expect.contains(QStringLiteral("cited")))
        QCOMPARE(a.citedAgencies, wwtest::splitList(expect.value(QStringLiteral("cited")).toString()));
    // Every claim keeps the snippet it stands on.
    for (const auto &c : a.claims) {
        QVERIFY(!c.evidence.isEmpty());
        QVERIFY(c.confidence > 0 && c.confidence <= 1);
    }
    if (a.producer != a.publisher)
        QVERIFY(!a.producerEvidence.isEmpty());
}

void TestAttributionAnalyzer::evidenceShapes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("byline");
    QTest::addColumn<QString>("producer");
    QTest::addColumn<int>("kind");
    const auto s = [](const char *utf8) { return QString::fromUtf8(utf8); };
    using K = AttributionClaim::Kind;
    QTest::addRow("disclaimer")
        << s("Body.\n\nThis article was produced by Reuters news agency. It has not been "
             "edited by Example Site.")
        << QString() << s("Reuters") << int(K::Disclaimer);
    QTest::addRow("story provided") << s("Body.\n\nThis story was provided by The Associated Press.")
                                    << QString() << s("AP") << int(K::Disclaimer);
    QTest::addRow("thomson copyright")
        << s("Body.\n\n(c) Copyright Thomson Reuters 2024. Click For Restrictions") << QString()
        << s("Reuters") << int(K::Copyright);
    QTest::addRow("afp copyright") << s("Body.\n\n© 2024 AFP") << QString() << s("AFP") << int(K::Copyright);
    QTest::addRow("korean copyright") << s("본문.\n\n<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>")
                                      << QString() << s("Yonhap") << int(K::Copyright);
    QTest::addRow("russian po materialam")
        << s("Текст.\n\nПо материалам ТАСС.") << QString() << s("TASS") << int(K::Disclaimer);
    QTest::addRow("byline field") << s("Body text.") << s("By Guy Faulconbridge, Reuters") << s("Reuters")
                                  << int(K::Byline);
    QTest::addRow("reuters staff") << s("Body text.") << s("Reuters staff") << s("Reuters") << int(K::Byline);
    QTest::addRow("byline line") << s("By Hyonhee Shin, Reuters\n\nBody text.") << QString() << s("Reuters")
                                 << int(K::Byline);
    QTest::addRow("told reuters") << s("An official told Reuters the plan was dropped.") << QString()
                                  << s("Reuters") << int(K::InText);
    QTest::addRow("tass slash alone")
        << s("/ТАСС/. Глава МИД заявил...") << QString() << s("TASS") << int(K::Dateline);
    QTest::addRow("cited is not producer")
        << s("Interfax news agency said the text was submitted.") << QString() << s("Example Site") << -1;
    QTest::addRow("own copyright") << s("Body.\n\n© 2024 Example Site. All rights reserved.") << QString()
                                   << s("Example Site") << -1;
}

void TestAttributionAnalyzer::evidenceShapes()
{
    QFETCH(QString, text);
    QFETCH(QString, byline);
    QFETCH(QString, producer);
    QFETCH(int, kind);
    Article article;
    article.siteName = QStringLiteral("Example Site");
    article.text = text;
    article.byline = byline;
    const auto a = AttributionAnalyzer(m_registry).analyze(article);
    QCOMPARE(a.producer, producer);
    if (kind < 0) {
        QVERIFY(a.producerEvidence.isEmpty());
        return;
    }
    const bool found = std::any_of(a.claims.begin(), a.claims.end(), [&](const AttributionClaim &c) {
        return c.role == AttributionClaim::Role::Producer && int(c.kind) == kind &&
               c.organisation == producer;
    });
    QVERIFY(found);
}

void TestAttributionAnalyzer::jsonLdClaimsAreCanonicalised()
{
    Article article;
    article.siteName = QStringLiteral("Example Site");
    article.text = QStringLiteral("Body text without any wire marks.");
    article.claims.append({AttributionClaim::Role::Producer, AttributionClaim::Kind::JsonLd,
                           QStringLiteral("Thomson Reuters"), QStringLiteral("{\"sourceOrganization\":...}"),
                           0.7});
    article.claims.append({AttributionClaim::Role::Producer, AttributionClaim::Kind::JsonLd,
                           QStringLiteral("Example Site"), QStringLiteral("{\"author\":...}"), 0.5});
    const auto a = AttributionAnalyzer(m_registry).analyze(article);
    QCOMPARE(a.producer, QStringLiteral("Reuters"));
    QCOMPARE(a.publisher, QStringLiteral("Example Site"));
}

void TestAttributionAnalyzer::hostileSize()
{
    Article article;
    article.siteName = QStringLiteral("Example Site");
    QString text = QStringLiteral("SEOUL (Reuters) - Start.\n\n");
    for (int i = 0; i < 20000; ++i)
        text += QStringLiteral("TASS said Source: \n\n");
    article.text = text;
    const auto a = AttributionAnalyzer(m_registry).analyze(article);
    QCOMPARE(a.producer, QStringLiteral("Reuters"));
    QVERIFY(a.claims.size() <= AttributionAnalyzer::MaxParagraphs + 10);
}

void TestAttributionAnalyzer::extractorAttributionLines()
{
    // The seed's shape when the extractor keeps the disclaimer and the photo source out of the text.
    Article article;
    article.siteName = QStringLiteral("Global South World");
    article.text = QStringLiteral("Interfax news agency said Putin on Monday submitted a text.");
    ArticleImage image;
    image.credit = QStringLiteral("Sputnik/Vladimir Smirnov/Pool via REUTERS/File Photo");
    article.images.append(image);
    article.attributionLines = {
        QStringLiteral("Source: Sputnik"),
        QStringLiteral("This article was produced by Reuters news agency. It has not been "
                       "edited by Global South World.")};
    const auto a = AttributionAnalyzer(m_registry).analyze(article);
    QCOMPARE(a.producer, QStringLiteral("Reuters"));
    QCOMPARE(a.producerEvidence, QStringLiteral("This article was produced by Reuters news agency."));
    QCOMPARE(a.sourceClaims, QStringList{QStringLiteral("Sputnik")});
    QCOMPARE(a.citedAgencies, QStringList{QStringLiteral("Interfax")});
}

QTEST_GUILESS_MAIN(TestAttributionAnalyzer)
#include "tst_attributionanalyzer.moc"
