#include "fakeresolver.h"

#include "net/hostileroutes.h"
#include "net/httpfetcher.h"
#include "net/loopbackserver.h"
#include "net/poller.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace ww;

class tst_Poller : public QObject
{
    Q_OBJECT

    std::unique_ptr<LoopbackServer> m_server;
    HostileRoutes *m_routes = nullptr;
    FakeResolver m_resolver;

    std::unique_ptr<HttpFetcher> fetcher(int perHost, int global, qint64 spacingMs)
    {
        AddressPolicy policy;
        policy.allow(QHostAddress(QStringLiteral("127.0.0.1")), m_server->port());
        HttpFetcher::Options options;
        options.throttle = {perHost, global, spacingMs};
        return std::make_unique<HttpFetcher>(policy, &m_resolver, options);
    }

    QUrl at(const QString &host, const QString &path) const
    {
        return QUrl(QStringLiteral("http://%1:%2%3").arg(host).arg(m_server->port()).arg(path));
    }

    struct Run
    {
        QHash<qint64, FetchResult> results;
        int finishedCount = 0;
        QPair<int, int> lastProgress;
    };

    Run runRound(Poller &poller, const QList<PollTarget> &targets)
    {
        Run run;
        auto c1 = connect(&poller, &Poller::feedFetched,
                          [&run](qint64 id, const FetchResult &r) { run.results.insert(id, r); });
        auto c2 = connect(&poller, &Poller::finished, [&run] { ++run.finishedCount; });
        auto c3 = connect(&poller, &Poller::progress, [&run](int d, int t) { run.lastProgress = {d, t}; });
        poller.poll(targets);
        const bool done = QTest::qWaitFor([&run] { return run.finishedCount > 0; }, 60000);
        Q_UNUSED(done);   // callers assert on finishedCount
        QTest::qWait(50); // a second finished() would show up here
        disconnect(c1);
        disconnect(c2);
        disconnect(c3);
        return run;
    }

private slots:
    void init()
    {
        m_server = std::make_unique<LoopbackServer>();
        m_routes = new HostileRoutes(m_server.get(), QStringLiteral(WW_TEST_DATA_DIR "/net/fixtures"));
        QVERIFY(m_server->listen());
        for (const char *host : {"a.test", "b.test", "c.test"})
            m_resolver.set(QString::fromLatin1(host), {QHostAddress(QStringLiteral("127.0.0.1"))});
    }
    void cleanup() { m_server.reset(); }

    void reportsEachFeedOnce()
    {
        auto f = fetcher(2, 8, 0);
        Poller poller(f.get());
        const QString etag = QString::fromLatin1(m_routes->currentEtag());
        const QList<PollTarget> targets{
            {1, at(QStringLiteral("a.test"), QStringLiteral("/fixture/plain.rss")), {}, {}},
            {2, at(QStringLiteral("a.test"), QStringLiteral("/status/503?retry-after=60")), {}, {}},
            {3, at(QStringLiteral("b.test"), QStringLiteral("/etag")), etag, {}},
            {4, QUrl(QStringLiteral("file:///etc/passwd")), {}, {}},
            {5, at(QStringLiteral("c.test"), QStringLiteral("/redirect?to=http://10.0.0.1/")), {}, {}},
        };
        const Run run = runRound(poller, targets);
        QCOMPARE(run.finishedCount, 1);
        QCOMPARE(run.results.size(), 5);
        QCOMPARE(run.results.value(1).status, FetchResult::Ok);
        QVERIFY(run.results.value(1).body.contains("Plain fixture"));
        QCOMPARE(run.results.value(2).status, FetchResult::HttpError);
        QCOMPARE(run.results.value(2).retryAfterSeconds, std::optional<qint64>(60));
        QCOMPARE(run.results.value(3).status, FetchResult::NotModified);
        QCOMPARE(run.results.value(4).status, FetchResult::BadScheme);
        QCOMPARE(run.results.value(5).status, FetchResult::Blocked);
        QCOMPARE(run.lastProgress, qMakePair(5, 5));
        QVERIFY(!poller.isRunning());
        // The feed Accept header went out.
        QVERIFY(m_server->requests().constFirst().header("Accept").startsWith("application/rss+xml"));
    }

    void emptyRoundFinishes()
    {
        auto f = fetcher(2, 8, 0);
        Poller poller(f.get());
        QSignalSpy finished(&poller, &Poller::finished);
        poller.poll({});
        QCOMPARE(finished.size(), 1);
    }

    void concurrencyCapsSeenAtTheServer_data()
    {
        QTest::addColumn<int>("perHost");
        QTest::addColumn<int>("global");
        QTest::addColumn<QStringList>("hosts");
        QTest::addColumn<int>("cap");
        QTest::addRow("one host, two at a time") << 2 << 8 << QStringList{QStringLiteral("a.test")} << 2;
        QTest::addRow("one host, one at a time") << 1 << 8 << QStringList{QStringLiteral("a.test")} << 1;
        QTest::addRow("three hosts, global cap 4")
            << 2 << 4
            << QStringList{QStringLiteral("a.test"), QStringLiteral("b.test"), QStringLiteral("c.test")} << 4;
    }

    void concurrencyCapsSeenAtTheServer()
    {
        QFETCH(int, perHost);
        QFETCH(int, global);
        QFETCH(QStringList, hosts);
        QFETCH(int, cap);
        auto f = fetcher(perHost, global, 0);
        Poller poller(f.get());
        QList<PollTarget> targets;
        qint64 id = 0;
        for (const QString &host : hosts) {
            for (int i = 0; i < 5; ++i) {
                ++id;
                targets.append({id, at(host, QStringLiteral("/slow?ms=200&feed=%1").arg(id)), {}, {}});
            }
        }
        const Run run = runRound(poller, targets);
        QCOMPARE(run.results.size(), targets.size());
        for (const FetchResult &r : run.results)
            QCOMPARE(r.status, FetchResult::Ok);
        // Every request is one connection on this server (it closes after each response).
        QCOMPARE(m_server->requestCount(QStringLiteral("/slow")), int(targets.size()));
        QVERIFY2(m_server->peakConnections() <= cap,
                 qPrintable(QString::number(m_server->peakConnections())));
        QVERIFY(m_server->peakConnections() >= 1);
    }

    void perHostSpacing()
    {
        const qint64 spacing = 300;
        auto f = fetcher(4, 8, spacing);
        Poller poller(f.get());
        QList<PollTarget> targets;
        for (int i = 1; i <= 3; ++i)
            targets.append(
                {i, at(QStringLiteral("a.test"), QStringLiteral("/fixture/plain.rss?n=%1").arg(i)), {}, {}});
        targets.append({9, at(QStringLiteral("b.test"), QStringLiteral("/fixture/plain.rss?other")), {}, {}});
        const Run run = runRound(poller, targets);
        QCOMPARE(run.results.size(), 4);
        QList<QDateTime> starts;
        for (const HttpRequest &request : m_server->requests()) {
            if (request.header("Host").startsWith("a.test"))
                starts.append(request.received);
        }
        QCOMPARE(starts.size(), 3);
        // Never earlier than the spacing (a lower bound the fetcher guarantees; small slack for clocks).
        for (qsizetype i = 1; i < starts.size(); ++i)
            QVERIFY2(starts.at(i - 1).msecsTo(starts.at(i)) >= spacing - 20,
                     qPrintable(QString::number(starts.at(i - 1).msecsTo(starts.at(i)))));
    }

    void cancelReportsCancelledAndFinishes()
    {
        auto f = fetcher(2, 8, 0);
        Poller poller(f.get());
        QHash<qint64, FetchResult> results;
        connect(&poller, &Poller::feedFetched,
                [&](qint64 id, const FetchResult &r) { results.insert(id, r); });
        QSignalSpy finished(&poller, &Poller::finished);
        poller.poll({{1, at(QStringLiteral("a.test"), QStringLiteral("/hang")), {}, {}},
                     {2, at(QStringLiteral("b.test"), QStringLiteral("/hang")), {}, {}},
                     {3, at(QStringLiteral("a.test"), QStringLiteral("/hang?queued")), {}, {}}});
        QTRY_VERIFY_WITH_TIMEOUT(m_server->requestCount(QStringLiteral("/hang")) >= 2, 10000);
        QVERIFY(poller.isRunning());
        poller.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(results.size(), 3);
        for (const FetchResult &r : std::as_const(results))
            QCOMPARE(r.status, FetchResult::Cancelled);
    }

    void duplicateFeedInFlightIsSkipped()
    {
        auto f = fetcher(2, 8, 0);
        Poller poller(f.get());
        const PollTarget target{7, at(QStringLiteral("a.test"), QStringLiteral("/slow?ms=100")), {}, {}};
        QSignalSpy fetched(&poller, &Poller::feedFetched);
        QSignalSpy finished(&poller, &Poller::finished);
        poller.poll({target});
        poller.poll({target});
        QCOMPARE(poller.pendingCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(fetched.size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_Poller)
#include "tst_poller.moc"
