// End to end over loopback: the demo bundle served on 127.0.0.1, polled through the real fetcher, parsed,
// stored, pages fetched and extracted. The bundle's trap URLs (/canary/...) must never be requested.
#include "ingest/demosession.h"
#include "ingest/ingestservice.h"
#include "net/httpfetcher.h"
#include "store/database.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace ww;

class TestIngestService : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data();
    void init();
    void cleanup();
    void demoBundleEndToEnd();
    void secondPollIsNotModified();
    void brokenFeedChangesNothingStored();
    void feedCreditsCompleteThePage();

private:
    static IngestService::Options options();
    int manifestItemCount() const;
    void pollAll(IngestService &ingest);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<DemoSession> m_demo;
    std::unique_ptr<HttpFetcher> m_fetcher;
};

// Every test runs twice: writes on the owner's thread, and on the writer thread with its own connection.
void TestIngestService::initTestCase_data()
{
    QTest::addColumn<bool>("worker");
    QTest::addRow("owner thread") << false;
    QTest::addRow("writer thread") << true;
}

IngestService::Options TestIngestService::options()
{
    QFETCH_GLOBAL(bool, worker);
    IngestService::Options options;
    options.writeOnWorker = worker;
    return options;
}

void TestIngestService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("archive.sqlite"))).ok());
    m_store = std::make_unique<Store>(*m_db);
    m_demo = std::make_unique<DemoSession>();
    QVERIFY(m_demo->start().ok());
    QVERIFY(m_demo->subscribe(*m_store).ok());
    m_fetcher =
        std::make_unique<HttpFetcher>(m_demo->addressPolicy(), nullptr, DemoSession::fetcherOptions());
}

void TestIngestService::cleanup()
{
    m_fetcher.reset();
    m_demo.reset();
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

int TestIngestService::manifestItemCount() const
{
    QFile file(QStringLiteral(":/demo/manifest.json"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    return QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("item_count")).toInt();
}

void TestIngestService::pollAll(IngestService &ingest)
{
    QCOMPARE(ingest.writesOnWorker(), options().writeOnWorker);
    QSignalSpy finished(&ingest, &IngestService::finished);
    ingest.poll(*m_store->feeds().feeds());
    QVERIFY(finished.wait(120000));
    QVERIFY(!ingest.isBusy());
}

void TestIngestService::demoBundleEndToEnd()
{
    IngestService ingest(*m_store, *m_fetcher, options());
    pollAll(ingest);

    for (const auto &outcome : ingest.outcomes())
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
    const auto stats = m_store->stats();
    QVERIFY(stats.ok());
    QCOMPARE(stats->articles, manifestItemCount());
    QCOMPARE(ingest.pagesExtracted() + ingest.pagesFailed(), stats->articles);
    QVERIFY2(ingest.pagesExtracted() >= stats->articles * 9 / 10, "most pages must be fetched and extracted");

    // The seed story as Global South World ran it: published there, produced by Reuters.
    ArticleQuery query;
    query.text = QStringLiteral("\"blames South Korea\"");
    query.publisher = QStringLiteral("Global South World");
    const auto rows = m_store->articles().list(query);
    QVERIFY(rows.ok());
    QVERIFY(!rows->isEmpty());
    const auto stored = m_store->articles().get(rows->first().id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->article.producer, QStringLiteral("Reuters"));
    QVERIFY(!stored->article.images.isEmpty());

    // The same Reuters copy, trimmed and retitled by four other outlets, forms one story cluster that
    // Global South World ran first.
    QVERIFY(stored->clusterId > 0);
    const auto cluster = m_store->clusters().get(stored->clusterId);
    QVERIFY(cluster.ok());
    QCOMPARE(cluster->size, 5);
    QCOMPARE(cluster->firstPublisher, QStringLiteral("Global South World"));
    QCOMPARE(cluster->producer, QStringLiteral("Reuters"));
    QCOMPARE(cluster->members.constLast().publisher, QStringLiteral("Northern Courier"));

    // Trap URLs in pages and feed content are never requested.
    QCOMPARE(m_demo->server().requestCount(QStringLiteral("/canary")), 0);
}

void TestIngestService::secondPollIsNotModified()
{
    IngestService ingest(*m_store, *m_fetcher, options());
    pollAll(ingest);
    const int articles = m_store->stats()->articles;
    m_demo->server().clearLog();

    pollAll(ingest);
    int notModified = 0;
    for (const auto &outcome : ingest.outcomes()) {
        QVERIFY(outcome.ok);
        notModified += outcome.notModified ? 1 : 0;
    }
    QCOMPARE(notModified, ingest.outcomes().size());
    QCOMPARE(m_store->stats()->articles, articles);
    QCOMPARE(m_demo->server().requestCount(QStringLiteral("/pages")), 0);
}

void TestIngestService::brokenFeedChangesNothingStored()
{
    IngestService ingest(*m_store, *m_fetcher, options());
    pollAll(ingest);
    const int articles = m_store->stats()->articles;

    // The same feed URL now answers with a truncated document: the poll fails, nothing stored changes.
    const auto feeds = *m_store->feeds().feeds();
    const Feed target = feeds.first();
    m_demo->server().addRoute(target.url.path(), [](const HttpRequest &, QTcpSocket *socket) {
        socket->write(
            "HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nConnection: close\r\n\r\n"
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</title><item><title>half");
        socket->disconnectFromHost();
    });
    Feed changed = target;
    changed.state.etag.clear();
    changed.state.lastModified.clear();
    QSignalSpy finished(&ingest, &IngestService::finished);
    ingest.poll({changed});
    QVERIFY(finished.wait(30000));
    QCOMPARE(ingest.outcomes().size(), 1);
    QVERIFY(!ingest.outcomes().first().ok);
    QVERIFY(!ingest.outcomes().first().error.isEmpty());
    QCOMPARE(m_store->stats()->articles, articles);
    const auto after = m_store->feeds().feed(target.id);
    QVERIFY(after.ok());
    QCOMPARE(after->state.consecutiveFailures, 1);
    QCOMPARE(after->state.lastError, ingest.outcomes().first().error);
}

void TestIngestService::feedCreditsCompleteThePage()
{
    // A page whose picture has a caption but no credit; the feed announced it with media:credit.
    const QByteArray base = m_demo->baseUrl().toString().toUtf8();
    const auto serve = [](QTcpSocket *socket, const QByteArray &type, const QByteArray &body) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: " + type +
                      "\r\nConnection: close\r\nContent-Length: " + QByteArray::number(body.size()) +
                      "\r\n\r\n" + body);
        socket->disconnectFromHost();
    };
    m_demo->server().addRoute(QStringLiteral("/credits/feed.xml"), [base, serve](const HttpRequest &,
                                                                                 QTcpSocket *s) {
        serve(
            s, "application/rss+xml",
            "<?xml version=\"1.0\"?><rss version=\"2.0\" "
            "xmlns:media=\"http://search.yahoo.com/mrss/\"><channel>"
            "<title>Credits</title><link>" +
                base + "/</link><item><title>Harbour reopens</title><link>" + base +
                "/credits/page.html</link><guid>credits-1</guid><media:content url=\"" + base +
                "/credits/harbour.jpg\" medium=\"image\"><media:credit role=\"photographer\">REUTERS/Jane Doe"
                "</media:credit></media:content></item></channel></rss>");
    });
    m_demo->server().addRoute(
        QStringLiteral("/credits/page.html"), [base, serve](const HttpRequest &, QTcpSocket *s) {
            QByteArray text;
            for (int i = 0; i < 6; ++i)
                text += "<p>The harbour reopened on Monday after a week of repairs to the sea wall, "
                        "officials said, and "
                        "fishing boats returned to the docks as the weather cleared over the coast.</p>";
            serve(s, "text/html; charset=utf-8",
                  "<!doctype html><html><head><title>Harbour "
                  "reopens</title></head><body><article><h1>Harbour reopens"
                  "</h1><figure><img src=\"" +
                      base +
                      "/credits/harbour.jpg\" alt=\"Boats\"><figcaption>Boats return "
                      "to the harbour.</figcaption></figure>" +
                      text + "</article></body></html>");
        });
    Feed feed;
    feed.url = QUrl(QString::fromUtf8(base) + QStringLiteral("/credits/feed.xml"));
    feed.id = *m_store->feeds().addFeed(feed);
    IngestService ingest(*m_store, *m_fetcher, options());
    QSignalSpy finished(&ingest, &IngestService::finished);
    ingest.poll({feed});
    QVERIFY(finished.wait(30000));
    QVERIFY2(ingest.outcomes().constFirst().ok, qPrintable(ingest.outcomes().constFirst().error));
    ArticleQuery q;
    q.feedIds = {feed.id};
    const QList<ArticleSummary> rows = *m_store->articles().list(q);
    QCOMPARE(rows.size(), 1);
    const StoredArticle stored = *m_store->articles().get(rows.constFirst().id);
    QVERIFY(!stored.article.fromFeedOnly);
    bool credited = false;
    for (const ArticleImage &image : stored.article.images)
        credited = credited || (image.caption.contains(QStringLiteral("Boats return")) &&
                                image.credit.contains(QStringLiteral("Jane Doe")));
    QVERIFY2(credited, "the page's picture takes the feed's media:credit");
}

QTEST_GUILESS_MAIN(TestIngestService)
#include "tst_ingestservice.moc"
