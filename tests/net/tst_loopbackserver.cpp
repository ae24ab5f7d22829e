#include "net/hostileroutes.h"
#include "net/loopbackserver.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace ww;

namespace {

const QString kFixtures = QStringLiteral(WW_TEST_DATA_DIR "/net/fixtures");

struct Reply
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QHash<QByteArray, QByteArray> headers;
};

Reply get(QNetworkAccessManager &nam, const QUrl &url, const HttpHeaders &extra = {})
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    for (const auto &[name, value] : extra)
        request.setRawHeader(name, value);
    std::unique_ptr<QNetworkReply> reply(nam.get(request));
    QSignalSpy done(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(10000);
    Reply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.error = reply->error();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        out.headers.insert(name.toLower(), value);
    return out;
}

} // namespace

class tst_LoopbackServer : public QObject
{
    Q_OBJECT

private slots:
    void listensOnLoopbackEphemeralPort()
    {
        LoopbackServer server;
        QVERIFY(server.listen());
        QVERIFY(server.port() != 0);
        QCOMPARE(server.url(QStringLiteral("/x")).host(), QStringLiteral("127.0.0.1"));
        LoopbackServer second;
        QVERIFY(second.listen());
        QVERIFY(second.port() != server.port());
    }

    void servesFilesWithSidecarHeaders_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("extraName");
        QTest::addColumn<QByteArray>("extraValue");
        QTest::addRow("plain rss by extension")
            << "/plain.rss" << 200 << QByteArray("application/rss+xml") << QByteArray() << QByteArray();
        QTest::addRow("windows-1251 from sidecar")
            << "/cp1251.rss" << 200 << QByteArray("application/rss+xml; charset=windows-1251")
            << QByteArray("X-Fixture") << QByteArray("cp1251");
        QTest::addRow("cache-control from sidecar")
            << "/cp1251.rss" << 200 << QByteArray("application/rss+xml; charset=windows-1251")
            << QByteArray("Cache-Control") << QByteArray("max-age=600");
        QTest::addRow("html page") << "/page.html" << 200 << QByteArray("text/html; charset=utf-8")
                                   << QByteArray() << QByteArray();
        QTest::addRow("status from sidecar")
            << "/gone.rss" << 410 << QByteArray("text/plain") << QByteArray() << QByteArray();
        QTest::addRow("validators from sidecar")
            << "/fixed-validators.rss" << 200 << QByteArray("application/rss+xml") << QByteArray("ETag")
            << QByteArray("W/\"abc-123\"");
    }

    void servesFilesWithSidecarHeaders()
    {
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, extraName);
        QFETCH(QByteArray, extraValue);
        LoopbackServer server;
        server.setDocumentRoot(kFixtures);
        QVERIFY(server.listen());
        QNetworkAccessManager nam;
        const Reply reply = get(nam, server.url(path));
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.header("Content-Type"), contentType);
        if (!extraName.isEmpty())
            QCOMPARE(reply.header(extraName), extraValue);
        QFile file(kFixtures + path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(reply.body, file.readAll());
    }

    void servesQtResources()
    {
        LoopbackServer server;
        server.setDocumentRoot(QStringLiteral(":/demo"));
        QVERIFY(server.listen());
        QNetworkAccessManager nam;
        const Reply reply = get(nam, server.url(QStringLiteral("/cp1251.rss")));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/rss+xml; charset=windows-1251"));
        QVERIFY(reply.body.contains("windows-1251"));
        QVERIFY(!reply.header("Last-Modified").isEmpty());
    }

    void conditionalGet_data()
    {
        QTest::addColumn<QByteArray>("headerName");
        QTest::addColumn<QByteArray>("headerValue"); // "ETAG" and "LASTMOD" stand for the served ones
        QTest::addColumn<int>("status");
        QTest::addRow("matching etag") << QByteArray("If-None-Match") << QByteArray("ETAG") << 304;
        QTest::addRow("etag in a list") << QByteArray("If-None-Match") << QByteArray("\"x\", ETAG") << 304;
        QTest::addRow("star") << QByteArray("If-None-Match") << QByteArray("*") << 304;
        QTest::addRow("other etag") << QByteArray("If-None-Match") << QByteArray("\"nope\"") << 200;
        QTest::addRow("same last-modified")
            << QByteArray("If-Modified-Since") << QByteArray("LASTMOD") << 304;
        QTest::addRow("later date") << QByteArray("If-Modified-Since")
                                    << QByteArray("Fri, 01 Jan 2100 00:00:00 GMT") << 304;
        QTest::addRow("earlier date")
            << QByteArray("If-Modified-Since") << QByteArray("Thu, 01 Jan 1970 00:00:00 GMT") << 200;
        QTest::addRow("garbage date") << QByteArray("If-Modified-Since") << QByteArray("yesterday") << 200;
    }

    void conditionalGet()
    {
        QFETCH(QByteArray, headerName);
        QFETCH(QByteArray, headerValue);
        QFETCH(int, status);
        LoopbackServer server;
        server.setDocumentRoot(kFixtures);
        QVERIFY(server.listen());
        QNetworkAccessManager nam;
        const Reply first = get(nam, server.url(QStringLiteral("/plain.rss")));
        QCOMPARE(first.status, 200);
        QVERIFY(!first.header("ETag").isEmpty());
        headerValue.replace("ETAG", first.header("ETag"));
        headerValue.replace("LASTMOD", first.header("Last-Modified"));
        const Reply second = get(nam, server.url(QStringLiteral("/plain.rss")), {{headerName, headerValue}});
        QCOMPARE(second.status, status);
        QCOMPARE(second.body.isEmpty(), status == 304);
        if (status == 304)
            QCOMPARE(second.header("ETag"), first.header("ETag"));
    }

    void refusesMissingAndEscapingPaths_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addRow("missing") << "/nothing-here.rss";
        QTest::addRow("dot dot") << "/../../../CMakeLists.txt";
        QTest::addRow("encoded dot dot") << "/%2e%2e/%2e%2e/%2e%2e/CMakeLists.txt";
        QTest::addRow("directory") << "/";
    }

    void refusesMissingAndEscapingPaths()
    {
        QFETCH(QString, path);
        LoopbackServer server;
        server.setDocumentRoot(kFixtures);
        QVERIFY(server.listen());
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET " + path.toUtf8() + " HTTP/1.1\r\nHost: x\r\n\r\n");
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).contains("\r\n\r\n"), 5000);
        QVERIFY2(answer.startsWith("HTTP/1.1 404") || answer.startsWith("HTTP/1.1 403"), answer.constData());
        QVERIFY(!answer.contains("ww_add_test"));
    }

    void longestRoutePrefixWinsAndLogs()
    {
        LoopbackServer server;
        QVERIFY(server.listen());
        server.addRoute(QStringLiteral("/a"), [](const HttpRequest &, QTcpSocket *s) {
            LoopbackServer::respond(s, 200, {}, "short");
        });
        server.addRoute(QStringLiteral("/a/b"), [](const HttpRequest &r, QTcpSocket *s) {
            LoopbackServer::respond(s, 200, {}, r.query.queryItemValue(QStringLiteral("q")).toUtf8());
        });
        QNetworkAccessManager nam;
        QCOMPARE(get(nam, server.url(QStringLiteral("/a/x"))).body, QByteArray("short"));
        QCOMPARE(get(nam, server.url(QStringLiteral("/a/b/c?q=long"))).body, QByteArray("long"));
        QCOMPARE(server.requestCount(QStringLiteral("/a")), 2);
        QCOMPARE(server.requestCount(QStringLiteral("/a/b")), 1);
        QCOMPARE(server.requests().constLast().header("host"),
                 QByteArray("127.0.0.1:") + QByteArray::number(server.port()));
    }

    void countsConcurrentConnections()
    {
        LoopbackServer server;
        new HostileRoutes(&server);
        QVERIFY(server.listen());
        QNetworkAccessManager nam;
        std::vector<std::unique_ptr<QNetworkReply>> replies;
        for (int i = 0; i < 3; ++i)
            replies.emplace_back(nam.get(QNetworkRequest(server.url(QStringLiteral("/slow?ms=300")))));
        for (auto &reply : replies)
            QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(server.peakConnections(), 3);
        QTRY_COMPARE(server.openConnections(), 0);
    }

    void stopsWhileStreamingWhenDestroyed()
    {
        auto server = std::make_unique<LoopbackServer>();
        new HostileRoutes(server.get());
        QVERIFY(server->listen());
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, server->port());
        QVERIFY(client.waitForConnected(5000));
        client.write("GET /infinite HTTP/1.1\r\nHost: x\r\n\r\n");
        QByteArray received; // accumulate: readAll() empties the buffer on every try
        QTRY_VERIFY_WITH_TIMEOUT((received += client.readAll()).size() > 0, 5000);
        server.reset();
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::UnconnectedState, 5000);
    }

    void rejectsMalformedRequestLine()
    {
        LoopbackServer server;
        QVERIFY(server.listen());
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("NONSENSE\r\n\r\n");
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).startsWith("HTTP/1.1 400"), 5000);
    }
};

QTEST_GUILESS_MAIN(tst_LoopbackServer)
#include "tst_loopbackserver.moc"
