#include "fakeresolver.h"
#include "netfixture.h"

#include "net/hostileroutes.h"
#include "net/httpfetcher.h"
#include "net/loopbackserver.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace ww;

namespace {

const QString kFixtures = QStringLiteral(WW_TEST_DATA_DIR "/net/fixtures");

} // namespace

class tst_HttpFetcher : public QObject
{
    Q_OBJECT

    std::unique_ptr<LoopbackServer> m_server;
    HostileRoutes *m_routes = nullptr;
    std::unique_ptr<LoopbackServer> m_canaryServer; // a second loopback port that must stay unreachable
    HostileRoutes *m_canary = nullptr;
    FakeResolver m_resolver;

    AddressPolicy policy() const
    {
        AddressPolicy p;
        p.allow(QHostAddress(QStringLiteral("127.0.0.1")), m_server->port());
        return p;
    }

    std::unique_ptr<HttpFetcher> fetcher(HttpFetcher::Options options = {})
    {
        options.throttle.spacingMs = 0;
        return std::make_unique<HttpFetcher>(policy(), &m_resolver, options);
    }

    FetchResult get(HttpFetcher &f, const QString &path, const QString &etag = {},
                    const QString &lastModified = {})
    {
        FetchRequest request;
        request.url = path.startsWith(QLatin1Char('/')) ? m_server->url(path) : QUrl(path);
        request.etag = etag;
        request.lastModified = lastModified;
        return waitForResult(f, f.fetch(request));
    }

    QString expand(QString text) const
    {
        text.replace(QLatin1String("CANARYPORT"), QString::number(m_canaryServer->port()));
        text.replace(QLatin1String("PORT"), QString::number(m_server->port()));
        return text;
    }

private slots:
    void init()
    {
        m_server = std::make_unique<LoopbackServer>();
        m_routes = new HostileRoutes(m_server.get(), kFixtures);
        QVERIFY(m_server->listen());
        m_canaryServer = std::make_unique<LoopbackServer>();
        m_canary = new HostileRoutes(m_canaryServer.get());
        QVERIFY(m_canaryServer->listen());
    }

    void cleanup()
    {
        m_server.reset();
        m_canaryServer.reset();
    }

    void fetchesAllowlistedFixture()
    {
        auto f = fetcher();
        const FetchResult r = get(*f, QStringLiteral("/fixture/cp1251.rss"));
        QCOMPARE(r.status, FetchResult::Ok);
        QCOMPARE(r.httpStatus, 200);
        QFile file(kFixtures + QStringLiteral("/cp1251.rss"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(r.body, file.readAll());
        QCOMPARE(r.header("content-type"), QByteArray("application/rss+xml; charset=windows-1251"));
        QVERIFY(r.etag.startsWith(QLatin1Char('"')));
        QVERIFY(!r.lastModified.isEmpty());
        QCOMPARE(r.finalUrl, m_server->url(QStringLiteral("/fixture/cp1251.rss")));
        QVERIFY(r.redirectChain.isEmpty());
        QVERIFY(r.errorText.isEmpty());
    }

    void sendsHonestUserAgentAndNoCookies()
    {
        auto f = fetcher();
        QCOMPARE(get(*f, QStringLiteral("/setcookie")).status, FetchResult::Ok);
        QCOMPARE(get(*f, QStringLiteral("/fixture/plain.rss")).status, FetchResult::Ok);
        QCOMPARE(get(*f, QStringLiteral("/setcookie")).status, FetchResult::Ok);
        const QList<HttpRequest> requests = m_server->requests();
        QCOMPARE(requests.size(), 3);
        for (const HttpRequest &request : requests) {
            QVERIFY2(!request.hasHeader("Cookie"), request.header("Cookie").constData());
            QVERIFY(!request.hasHeader("Referer"));
            QCOMPARE(request.header("User-Agent"), HttpFetcher::userAgent());
        }
        QVERIFY(HttpFetcher::userAgent().startsWith("Wirewatch/"));
        QVERIFY(HttpFetcher::userAgent().contains("(+http"));
    }

    void slowDripHitsOverallDeadline_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addRow("one byte every 200 ms") << "/drip?every=200";
        QTest::addRow("accepts, never answers") << "/hang";
    }

    void slowDripHitsOverallDeadline()
    {
        QFETCH(QString, path);
        HttpFetcher::Options options;
        options.deadlineMs = 1500;
        auto f = fetcher(options);
        QElapsedTimer clock;
        clock.start();
        const FetchResult r = get(*f, path);
        QCOMPARE(r.status, FetchResult::Timeout);
        QVERIFY2(r.errorText.contains(QLatin1String("deadline")), qPrintable(r.errorText));
        QVERIFY(r.body.isEmpty());
        QVERIFY2(clock.elapsed() < 15000, "the deadline must stop the fetch"); // generous upper bound
    }

    void endlessBodiesHitSizeCap_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::addRow("infinite chunked") << "/infinite"
                                          << "too large";
        QTest::addRow("gzip bomb 10 GiB") << "/gzbomb?gib=10"
                                          << "over-compressed";
    }

    void endlessBodiesHitSizeCap()
    {
        QFETCH(QString, path);
        QFETCH(QString, expected);
        HttpFetcher::Options options;
        options.maxBodyBytes = 4 * 1024 * 1024;
        auto f = fetcher(options);
        QElapsedTimer clock;
        clock.start();
        const FetchResult r = get(*f, path);
        QCOMPARE(r.status, FetchResult::TooLarge);
        QVERIFY2(r.errorText.contains(expected), qPrintable(r.errorText));
        QVERIFY(r.body.isEmpty());
        QVERIFY(clock.elapsed() < 30000);
        const qint64 peak = peakRssMiB();
        QVERIFY2(peak < 400, qPrintable(QStringLiteral("peak RSS %1 MiB").arg(peak)));
    }

    void declaredLengthOverCapFailsEarly()
    {
        auto f = fetcher();
        FetchRequest request;
        request.url = m_server->url(QStringLiteral("/fixture/plain.rss"));
        request.maxBytes = 100; // the fixture is larger
        const FetchResult r = waitForResult(*f, f->fetch(request));
        QCOMPARE(r.status, FetchResult::TooLarge);
        QVERIFY2(r.errorText.contains(QLatin1String("declared")), qPrintable(r.errorText));
    }

    void redirects_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("hops");
        using R = FetchResult;
        QTest::addRow("loop a<->b") << "/loop/a" << int(R::TooManyRedirects) << "loop" << 1;
        QTest::addRow("chain of 60") << "/chain/60" << int(R::TooManyRedirects) << "too many" << 5;
        QTest::addRow("chain of 3 is fine") << "/chain/3" << int(R::Ok) << "" << 3;
        QTest::addRow("to file:") << "/redirect?to=file:///etc/passwd" << int(R::BadScheme) << "file" << 0;
        QTest::addRow("to data:") << "/redirect?to=data:text/plain,hi" << int(R::BadScheme) << "data" << 0;
        QTest::addRow("to ftp:") << "/redirect?to=ftp://example.org/x" << int(R::BadScheme) << "ftp" << 0;
        QTest::addRow("to 10/8") << "/redirect?to=http://10.0.0.1/" << int(R::Blocked) << "private" << 0;
        QTest::addRow("to metadata 169.254.169.254")
            << "/redirect?to=http://169.254.169.254/latest/meta-data" << int(R::Blocked) << "private" << 0;
        QTest::addRow("to CGNAT") << "/redirect?to=http://100.64.1.1/" << int(R::Blocked) << "private" << 0;
        QTest::addRow("to another loopback port")
            << "/redirect?to=http://127.0.0.1:CANARYPORT/canary/other-port" << int(R::Blocked) << "private"
            << 0;
        QTest::addRow("to 0x7f000001 on the allowed port")
            << "/redirect?to=http://0x7f000001:PORT/canary/hex" << int(R::Blocked) << "spelling" << 0;
        QTest::addRow("to 2130706433 on the allowed port")
            << "/redirect?to=http://2130706433:PORT/canary/dec" << int(R::Blocked) << "spelling" << 0;
        QTest::addRow("to 127.1 on the allowed port")
            << "/redirect?to=http://127.1:PORT/canary/short" << int(R::Blocked) << "spelling" << 0;
        QTest::addRow("to 0177.0.0.1 on the allowed port")
            << "/redirect?to=http://0177.0.0.1:PORT/canary/octal" << int(R::Blocked) << "spelling" << 0;
        QTest::addRow("to [::1] on the allowed port")
            << "/redirect?to=http://[::1]:PORT/canary/v6" << int(R::Blocked) << "private" << 0;
        QTest::addRow("to [::ffff:127.0.0.1] on the allowed port")
            << "/redirect?to=http://[::ffff:127.0.0.1]:PORT/canary/mapped" << int(R::Blocked) << "private"
            << 0;
        QTest::addRow("to localhost on the allowed port")
            << "/redirect?to=http://localhost:PORT/canary/name" << int(R::Blocked) << "private" << 0;
        QTest::addRow("to 0.0.0.0") << "/redirect?to=http://0.0.0.0:PORT/canary/zero" << int(R::Blocked)
                                    << "private" << 0;
        QTest::addRow("to the allowlisted fixture port")
            << "/redirect?code=307&to=http://127.0.0.1:PORT/fixture/plain.rss" << int(R::Ok) << "" << 1;
    }

    void redirects()
    {
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QString, text);
        QFETCH(int, hops);
        auto f = fetcher();
        const FetchResult r = get(*f, expand(path));
        QCOMPARE(int(r.status), status);
        QVERIFY2(r.errorText.contains(text, Qt::CaseInsensitive), qPrintable(r.errorText));
        QCOMPARE(r.redirectChain.size(), hops);
        QCOMPARE(r.requestedUrl, m_server->url(expand(path)));
        if (status != FetchResult::Ok)
            QVERIFY(r.body.isEmpty());
        QCOMPARE(m_routes->totalCanaryHits(), 0);
        QCOMPARE(m_canary->totalCanaryHits(), 0);
        QCOMPARE(m_canaryServer->requests().size(), 0);
    }

    void permanentRedirectIsFlagged_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("permanent");
        QTest::addRow("301") << "/redirect?code=301&to=/fixture/plain.rss" << true;
        QTest::addRow("308") << "/redirect?code=308&to=/fixture/plain.rss" << true;
        QTest::addRow("302") << "/redirect?code=302&to=/fixture/plain.rss" << false;
        QTest::addRow("307") << "/redirect?code=307&to=/fixture/plain.rss" << false;
        QTest::addRow("301 then 302")
            << "/redirect?code=301&to=%2Fredirect%3Fcode%3D302%26to%3D%2Ffixture%2Fplain.rss" << false;
    }

    void permanentRedirectIsFlagged()
    {
        QFETCH(QString, path);
        QFETCH(bool, permanent);
        auto f = fetcher();
        const FetchResult r = get(*f, path);
        QCOMPARE(r.status, FetchResult::Ok);
        QCOMPARE(r.permanentRedirect, permanent);
        QCOMPARE(r.finalUrl, m_server->url(QStringLiteral("/fixture/plain.rss")));
    }

    void retryAfterIsParsed_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<qint64>("minSeconds");
        QTest::addColumn<qint64>("maxSeconds"); // -1: no Retry-After expected
        QTest::addRow("429 seconds") << "/status/429?retry-after=120" << 429 << qint64(120) << qint64(120);
        QTest::addRow("503 seconds") << "/status/503?retry-after=30" << 503 << qint64(30) << qint64(30);
        const QByteArray inAnHour = LoopbackServer::httpDate(QDateTime::currentDateTimeUtc().addSecs(3600));
        QTest::addRow("503 http-date")
            << QStringLiteral("/status/503?retry-after=") + QString::fromLatin1(inAnHour) << 503
            << qint64(3500) << qint64(3600);
        QTest::addRow("absurd clamped to 24 h")
            << "/status/429?retry-after=999999999" << 429 << qint64(86400) << qint64(86400);
        QTest::addRow("garbage ignored") << "/status/429?retry-after=soon" << 429 << qint64(-1) << qint64(-1);
        QTest::addRow("404 without") << "/status/404" << 404 << qint64(-1) << qint64(-1);
    }

    void retryAfterIsParsed()
    {
        QFETCH(QString, path);
        QFETCH(int, httpStatus);
        QFETCH(qint64, minSeconds);
        QFETCH(qint64, maxSeconds);
        auto f = fetcher();
        const FetchResult r = get(*f, path);
        QCOMPARE(r.status, FetchResult::HttpError);
        QCOMPARE(r.httpStatus, httpStatus);
        QVERIFY2(r.errorText.contains(QString::number(httpStatus)), qPrintable(r.errorText));
        QVERIFY(r.body.isEmpty());
        if (maxSeconds < 0) {
            QVERIFY(!r.retryAfterSeconds.has_value());
        } else {
            QVERIFY(r.retryAfterSeconds.has_value());
            QVERIFY2(*r.retryAfterSeconds >= minSeconds && *r.retryAfterSeconds <= maxSeconds,
                     qPrintable(QString::number(*r.retryAfterSeconds)));
        }
    }

    void parseRetryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expected"); // -1: unreadable
        QTest::addRow("seconds") << QByteArray("120") << qint64(120);
        QTest::addRow("zero") << QByteArray("0") << qint64(0);
        QTest::addRow("padded") << QByteArray("  45 ") << qint64(45);
        QTest::addRow("huge") << QByteArray("99999999999999999999999") << qint64(86400);
        QTest::addRow("negative") << QByteArray("-5") << qint64(-1);
        QTest::addRow("fraction") << QByteArray("1.5") << qint64(-1);
        QTest::addRow("imf-fixdate") << QByteArray("Sat, 28 Nov 2026 12:10:00 GMT") << qint64(600);
        QTest::addRow("rfc 850") << QByteArray("Saturday, 28-Nov-26 12:30:00 GMT") << qint64(1800);
        QTest::addRow("asctime") << QByteArray("Sat Nov 28 13:00:00 2026") << qint64(3600);
        QTest::addRow("date in the past") << QByteArray("Sat, 28 Nov 2026 11:00:00 GMT") << qint64(0);
        QTest::addRow("date next year") << QByteArray("Sun, 28 Nov 2027 12:00:00 GMT") << qint64(86400);
        QTest::addRow("empty") << QByteArray("") << qint64(-1);
        QTest::addRow("words") << QByteArray("tomorrow") << qint64(-1);
    }

    void parseRetryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expected);
        const QDateTime now(QDate(2026, 11, 28), QTime(12, 0), QTimeZone::utc());
        const auto parsed = HttpFetcher::parseRetryAfter(value, now);
        QCOMPARE(parsed.value_or(-1), expected);
    }

    void conditionalGetRoundTrip()
    {
        auto f = fetcher();
        const FetchResult first = get(*f, QStringLiteral("/etag"));
        QCOMPARE(first.status, FetchResult::Ok);
        QCOMPARE(first.etag, QString::fromLatin1(m_routes->currentEtag()));
        QCOMPARE(first.lastModified, QString::fromLatin1(HostileRoutes::etagLastModified()));

        const FetchResult second = get(*f, QStringLiteral("/etag"), first.etag, first.lastModified);
        QCOMPARE(second.status, FetchResult::NotModified);
        QCOMPARE(second.httpStatus, 304);
        QVERIFY(second.body.isEmpty());
        QCOMPARE(second.etag, first.etag);
        // Validators go back byte for byte (the route compares strictly).
        QCOMPARE(m_server->requests().constLast().header("If-None-Match"), first.etag.toLatin1());
        QCOMPARE(m_server->requests().constLast().header("If-Modified-Since"), first.lastModified.toLatin1());

        m_routes->rotateEtag();
        const FetchResult third = get(*f, QStringLiteral("/etag"), first.etag, first.lastModified);
        QCOMPARE(third.status, FetchResult::Ok);
        QVERIFY(third.etag != first.etag);
        QCOMPARE(third.lastModified, first.lastModified);
        QVERIFY(third.body.contains("Version 2"));

        m_routes->setWeakEtag(true);
        const FetchResult weak = get(*f, QStringLiteral("/etag"));
        QVERIFY(weak.etag.startsWith(QLatin1String("W/\"")));
        QCOMPARE(get(*f, QStringLiteral("/etag"), weak.etag).status, FetchResult::NotModified);
    }

    void staticValidatorsFromSidecarAreKeptVerbatim()
    {
        auto f = fetcher();
        const FetchResult r = get(*f, QStringLiteral("/fixture/fixed-validators.rss"));
        QCOMPARE(r.etag, QStringLiteral("W/\"abc-123\""));
        QCOMPARE(r.lastModified, QStringLiteral("Tue, 03 Nov 2026 10:00:00 GMT"));
        QCOMPARE(get(*f, QStringLiteral("/fixture/fixed-validators.rss"), r.etag).status,
                 FetchResult::NotModified);
    }

    void resetMidBodyIsNetworkError()
    {
        auto f = fetcher();
        const FetchResult r = get(*f, QStringLiteral("/reset?after=20000"));
        QCOMPARE(r.status, FetchResult::Network);
        QVERIFY2(r.errorText.contains(QLatin1String("before the response was complete")),
                 qPrintable(r.errorText));
        QVERIFY(r.body.isEmpty());
    }

    void connectionRefusedIsNetworkError()
    {
        LoopbackServer closed;
        QVERIFY(closed.listen());
        const quint16 port = closed.port();
        closed.close();
        AddressPolicy p;
        p.allow(QHostAddress(QStringLiteral("127.0.0.1")), port);
        HttpFetcher f(p, &m_resolver);
        FetchRequest request;
        request.url = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port));
        const FetchResult r = waitForResult(f, f.fetch(request));
        QCOMPARE(r.status, FetchResult::Network);
        QVERIFY2(r.errorText.contains(QLatin1String("refused")), qPrintable(r.errorText));
    }

    void refusesLocalSchemesBeforeTheNetwork_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("status");
        QTest::addRow("file") << "file:///etc/passwd" << int(FetchResult::BadScheme);
        QTest::addRow("qrc") << "qrc:/demo/feed.rss" << int(FetchResult::BadScheme);
        QTest::addRow("data") << "data:text/plain,secret" << int(FetchResult::BadScheme);
        QTest::addRow("ftp") << "ftp://example.org/feed" << int(FetchResult::BadScheme);
        QTest::addRow("relative") << "feed.rss" << int(FetchResult::BadScheme);
        QTest::addRow("loopback other port")
            << "http://127.0.0.1:CANARYPORT/canary/direct" << int(FetchResult::Blocked);
        QTest::addRow("ipv6 loopback") << "http://[::1]:PORT/canary/direct6" << int(FetchResult::Blocked);
        QTest::addRow("private 192.168") << "http://192.168.1.1/" << int(FetchResult::Blocked);
    }

    void refusesLocalSchemesBeforeTheNetwork()
    {
        QFETCH(QString, url);
        QFETCH(int, status);
        auto f = fetcher();
        const FetchResult r = get(*f, expand(url));
        QCOMPARE(int(r.status), status);
        QVERIFY(!r.errorText.isEmpty());
        QCOMPARE(m_server->requests().size(), 0);
        QCOMPARE(m_canaryServer->requests().size(), 0);
        QCOMPARE(m_resolver.lookups(), 0);
    }

    void resolvedAddressesAreChecked_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QStringList>("addresses");
        QTest::addColumn<int>("status");
        QTest::addRow("name for the allowlisted server")
            << "feeds.example" << QStringList{QStringLiteral("127.0.0.1")} << int(FetchResult::Ok);
        QTest::addRow("name for a private address")
            << "intranet.example" << QStringList{QStringLiteral("10.1.2.3")} << int(FetchResult::Blocked);
        QTest::addRow("name with a public and a private answer")
            << "rebind.example"
            << QStringList{QStringLiteral("93.184.216.34"), QStringLiteral("192.168.0.10")}
            << int(FetchResult::Blocked);
        QTest::addRow("name for mapped loopback")
            << "mapped.example" << QStringList{QStringLiteral("::ffff:127.0.0.1")}
            << int(FetchResult::Blocked);
        QTest::addRow("unknown name") << "nowhere.invalid" << QStringList{} << int(FetchResult::Network);
    }

    void resolvedAddressesAreChecked()
    {
        QFETCH(QString, host);
        QFETCH(QStringList, addresses);
        QFETCH(int, status);
        QList<QHostAddress> answer;
        for (const QString &a : addresses)
            answer.append(QHostAddress(a));
        m_resolver.set(host, answer);
        auto f = fetcher();
        const FetchResult r =
            get(*f, QStringLiteral("http://%1:%2/fixture/plain.rss").arg(host).arg(m_server->port()));
        QCOMPARE(int(r.status), status);
        if (status == FetchResult::Ok) {
            // Connected by the checked IP, but the server still sees the name.
            QCOMPARE(m_server->requests().constLast().header("Host"),
                     host.toLatin1() + ':' + QByteArray::number(m_server->port()));
            QCOMPARE(r.finalUrl.host(), host);
        } else {
            QVERIFY(!r.errorText.isEmpty());
            QCOMPARE(m_server->requests().size(), 0);
        }
    }

    void cancelStopsAFetch()
    {
        auto f = fetcher();
        FetchRequest request;
        request.url = m_server->url(QStringLiteral("/hang"));
        const auto id = f->fetch(request);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(QStringLiteral("/hang")), 1, 10000);
        f->cancel(id);
        const FetchResult r = waitForResult(*f, id, 10000);
        QCOMPARE(r.status, FetchResult::Cancelled);
        QCOMPARE(f->runningCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->openConnections(), 0, 10000);
    }

    void perHostConcurrencyIsCapped()
    {
        HttpFetcher::Options options;
        options.throttle.perHost = 2;
        options.throttle.global = 8;
        auto f = fetcher(options);
        ResultCollector results(*f);
        QList<Fetcher::RequestId> ids;
        for (int i = 0; i < 6; ++i) {
            FetchRequest request;
            request.url = m_server->url(QStringLiteral("/slow?ms=150&n=%1").arg(i));
            ids.append(f->fetch(request));
        }
        for (auto id : ids) {
            const FetchResult r = results.wait(id);
            QVERIFY2(r.status == FetchResult::Ok, qPrintable(r.errorText));
        }
        QCOMPARE(m_server->requestCount(QStringLiteral("/slow")), 6);
        QVERIFY2(m_server->peakConnections() <= 2, qPrintable(QString::number(m_server->peakConnections())));
    }
};

QTEST_GUILESS_MAIN(tst_HttpFetcher)
#include "tst_httpfetcher.moc"
