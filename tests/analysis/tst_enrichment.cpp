#include "analysis/enrichment.h"

#include <QTest>

using namespace ww;

class TestEnrichment : public QObject
{
    Q_OBJECT
private slots:
    void publisherFromSiteName_data();
    void publisherFromSiteName();
};

void TestEnrichment::publisherFromSiteName_data()
{
    QTest::addColumn<QString>("siteName");
    QTest::addColumn<QString>("publisher");
    QTest::addRow("plain") << QStringLiteral("Global South World") << QStringLiteral("Global South World");
    QTest::addRow("padded") << QStringLiteral("  Example News ") << QStringLiteral("Example News");
}

void TestEnrichment::publisherFromSiteName()
{
    QFETCH(QString, siteName);
    QFETCH(QString, publisher);
    Article article;
    article.siteName = siteName;
    enrichArticle(article);
    QCOMPARE(article.publisher, publisher);
}

QTEST_GUILESS_MAIN(TestEnrichment)
#include "tst_enrichment.moc"
