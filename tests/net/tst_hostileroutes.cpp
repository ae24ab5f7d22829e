#include "net/hostileroutes.h"
#include "net/loopbackserver.h"

#include <QTcpSocket>
#include <QTest>

#include <zlib.h>

using namespace ww;

namespace {

// A raw client: the routes are checked byte for byte, below any HTTP library.
QByteArray exchange(quint16 port, const QByteArray &target, qint64 atLeast = 0, int timeoutMs = 5000)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(timeoutMs))
        return {};
    socket.write("GET " + target + " HTTP/1.1\r\nHost: test\r\n\r\n");
    QByteArray data;
    (void)QTest::qWaitFor(
        [&] {
            data += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState ||
                   (atLeast > 0 && data.size() >= atLeast);
        },
        timeoutMs);
    data += socket.readAll();
    return data;
}

QByteArray headerOf(const QByteArray &response, const QByteArray &name)
{
    const QList<QByteArray> lines = response.left(response.indexOf("\r\n\r\n")).split('\n');
    for (const QByteArray &line : lines) {
        if (line.toLower().startsWith(QByteArray(name.toLower() + ':')))
            return line.mid(name.size() + 1).trimmed();
    }
    return {};
}

} // namespace

class tst_HostileRoutes : public QObject
{
    Q_OBJECT

    std::unique_ptr<LoopbackServer> m_server;
    HostileRoutes *m_routes = nullptr;

private slots:
    void init()
    {
        m_server = std::make_unique<LoopbackServer>();
        m_routes = new HostileRoutes(m_server.get(), QStringLiteral(WW_TEST_DATA_DIR "/net/fixtures"));
        QVERIFY(m_server->listen());
    }
    void cleanup() { m_server.reset(); }

    void simpleRoutes_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QByteArray>("statusLine");
        QTest::addColumn<QByteArray>("headerName");
        QTest::addColumn<QByteArray>("headerValue");
        QTest::addRow("redirect") << QByteArray("/redirect?code=301&to=file:///etc/passwd")
                                  << QByteArray("HTTP/1.1 301") << QByteArray("Location")
                                  << QByteArray("file:///etc/passwd");
        QTest::addRow("redirect keeps odd spelling")
            << QByteArray("/redirect?to=http://0x7f000001:1/") << QByteArray("HTTP/1.1 302")
            << QByteArray("Location") << QByteArray("http://0x7f000001:1/");
        QTest::addRow("loop a") << QByteArray("/loop/a") << QByteArray("HTTP/1.1 302")
                                << QByteArray("Location") << QByteArray("/loop/b");
        QTest::addRow("loop b") << QByteArray("/loop/b") << QByteArray("HTTP/1.1 302")
                                << QByteArray("Location") << QByteArray("/loop/a");
        QTest::addRow("chain step") << QByteArray("/chain/7") << QByteArray("HTTP/1.1 302")
                                    << QByteArray("Location") << QByteArray("/chain/6");
        QTest::addRow("chain end") << QByteArray("/chain/0") << QByteArray("HTTP/1.1 200")
                                   << QByteArray("Content-Type") << QByteArray("application/rss+xml");
        QTest::addRow("429") << QByteArray("/status/429?retry-after=120") << QByteArray("HTTP/1.1 429")
                             << QByteArray("Retry-After") << QByteArray("120");
        QTest::addRow("setcookie") << QByteArray("/setcookie") << QByteArray("HTTP/1.1 200")
                                   << QByteArray("Set-Cookie")
                                   << QByteArray("wwsession=secret; Path=/; Max-Age=3600");
        QTest::addRow("fixture") << QByteArray("/fixture/cp1251.rss") << QByteArray("HTTP/1.1 200")
                                 << QByteArray("Content-Type")
                                 << QByteArray("application/rss+xml; charset=windows-1251");
    }

    void simpleRoutes()
    {
        QFETCH(QByteArray, target);
        QFETCH(QByteArray, statusLine);
        QFETCH(QByteArray, headerName);
        QFETCH(QByteArray, headerValue);
        const QByteArray response = exchange(m_server->port(), target);
        QVERIFY2(response.startsWith(statusLine), response.left(40).constData());
        QCOMPARE(headerOf(response, headerName), headerValue);
    }

    void canaryCountsHits()
    {
        QCOMPARE(m_routes->canaryHits(QStringLiteral("a")), 0);
        exchange(m_server->port(), "/canary/a");
        exchange(m_server->port(), "/canary/a");
        exchange(m_server->port(), "/canary/b");
        QCOMPARE(m_routes->canaryHits(QStringLiteral("a")), 2);
        QCOMPARE(m_routes->canaryHits(QStringLiteral("b")), 1);
        QCOMPARE(m_routes->totalCanaryHits(), 3);
    }

    void etagRotatesButKeepsLastModified()
    {
        const QByteArray first = exchange(m_server->port(), "/etag");
        m_routes->rotateEtag();
        const QByteArray second = exchange(m_server->port(), "/etag");
        QVERIFY(headerOf(first, "ETag") != headerOf(second, "ETag"));
        QCOMPARE(headerOf(first, "Last-Modified"), headerOf(second, "Last-Modified"));
    }

    void gzipBombIsValidAndCompact()
    {
        const QByteArray head = HostileRoutes::gzipBombHead();
        const QByteArray unit = HostileRoutes::gzipBombUnit();
        QVERIFY(head.startsWith("\x1f\x8b"));                                      // gzip magic
        QVERIFY2(unit.size() < 4096, QByteArray::number(unit.size()).constData()); // > 250:1 per MiB
        // Inflate head + 8 units: exactly 9 MiB of zeros, the stream still open (no end marker yet).
        QByteArray stream = head;
        for (int i = 0; i < 8; ++i)
            stream += unit;
        z_stream z{};
        QCOMPARE(inflateInit2(&z, 15 + 16), Z_OK);
        z.next_in = reinterpret_cast<Bytef *>(stream.data());
        z.avail_in = uInt(stream.size());
        QByteArray out(64 * 1024, '\1');
        qint64 total = 0;
        bool allZero = true;
        int rc = Z_OK;
        while (rc == Z_OK && z.avail_in > 0) {
            z.next_out = reinterpret_cast<Bytef *>(out.data());
            z.avail_out = uInt(out.size());
            rc = inflate(&z, Z_NO_FLUSH);
            const qint64 produced = out.size() - z.avail_out;
            allZero = allZero && out.left(produced).count('\0') == produced;
            total += produced;
        }
        inflateEnd(&z);
        QVERIFY(rc == Z_OK || rc == Z_BUF_ERROR);
        QCOMPARE(total, 9 * HostileRoutes::kBombUnitBytes);
        QVERIFY(allZero);
    }

    void infiniteKeepsStreaming()
    {
        const QByteArray data = exchange(m_server->port(), "/infinite", 2 * 1024 * 1024, 10000);
        QVERIFY(data.size() >= 2 * 1024 * 1024);
        QCOMPARE(headerOf(data, "Transfer-Encoding"), QByteArray("chunked"));
    }

    void resetCutsTheBody()
    {
        const QByteArray data = exchange(m_server->port(), "/reset?after=5000", 0, 10000);
        const qint64 declared = headerOf(data, "Content-Length").toLongLong();
        const qint64 got = data.size() - (data.indexOf("\r\n\r\n") + 4);
        QCOMPARE(declared, 105000);
        QVERIFY(got <= 5000);
    }

    void dripSendsSlowly()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /drip?every=50 HTTP/1.1\r\nHost: t\r\n\r\n");
        QByteArray data;
        QTRY_VERIFY_WITH_TIMEOUT((data += socket.readAll()).contains("\r\n\r\n<"), 5000);
        QCOMPARE(headerOf(data, "Content-Length"), QByteArray("100000"));
        QVERIFY(data.size() - data.indexOf("\r\n\r\n") < 100000); // far from complete
    }
};

QTEST_GUILESS_MAIN(tst_HostileRoutes)
#include "tst_hostileroutes.moc"
