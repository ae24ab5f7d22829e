#include "net/hostthrottle.h"

#include <QTest>

using namespace ww;

class tst_HostThrottle : public QObject
{
    Q_OBJECT

private slots:
    void perHostAndGlobalCaps_data()
    {
        QTest::addColumn<int>("perHost");
        QTest::addColumn<int>("global");
        QTest::addColumn<int>("expectedFirstWave");
        QTest::addRow("per host binds") << 1 << 8 << 3; // three hosts, one each
        QTest::addRow("two per host") << 2 << 8 << 6;
        QTest::addRow("global binds") << 2 << 4 << 4;
        QTest::addRow("zero means one") << 0 << 0 << 1;
    }

    void perHostAndGlobalCaps()
    {
        QFETCH(int, perHost);
        QFETCH(int, global);
        QFETCH(int, expectedFirstWave);
        HostThrottle throttle({perHost, global, 0});
        quint64 id = 0;
        for (const char *host : {"a", "b", "c"}) {
            for (int i = 0; i < 4; ++i)
                throttle.enqueue(++id, QString::fromLatin1(host));
        }
        const QList<quint64> first = throttle.takeReady(0);
        QCOMPARE(first.size(), expectedFirstWave);
        QCOMPARE(throttle.running(), expectedFirstWave);
        for (const char *host : {"a", "b", "c"})
            QVERIFY(throttle.runningFor(QString::fromLatin1(host)) <= std::max(1, perHost));
        QVERIFY(throttle.takeReady(0).isEmpty()); // nothing frees up without finish()
        throttle.finish(first.first());
        const QList<quint64> refill = throttle.takeReady(0);
        QCOMPARE(refill.size(), 1);
        // Drain everything: every id starts exactly once.
        QSet<quint64> started(first.begin(), first.end());
        started.insert(refill.first());
        int guard = 0;
        while (throttle.queued() > 0 && ++guard < 100) {
            const QList<quint64> running = started.values();
            for (quint64 r : running)
                throttle.finish(r);
            for (quint64 next : throttle.takeReady(0)) {
                QVERIFY(!started.contains(next));
                started.insert(next);
            }
        }
        QCOMPARE(throttle.queued(), 0);
    }

    void spacingBetweenStartsOnOneHost()
    {
        HostThrottle throttle({4, 8, 1000});
        throttle.enqueue(1, QStringLiteral("a"));
        throttle.enqueue(2, QStringLiteral("a"));
        throttle.enqueue(3, QStringLiteral("b"));
        QCOMPARE(throttle.takeReady(0), (QList<quint64>{1, 3})); // b is not held up by a
        QCOMPARE(throttle.nextWakeMs(10), std::optional<qint64>(1000));
        QVERIFY(throttle.takeReady(999).isEmpty());
        QCOMPARE(throttle.takeReady(1000), QList<quint64>{2});
        QCOMPARE(throttle.nextWakeMs(1000), std::nullopt);
    }

    void removeQueuedOnlyTouchesWaiting()
    {
        HostThrottle throttle({1, 1, 0});
        throttle.enqueue(1, QStringLiteral("a"));
        throttle.enqueue(2, QStringLiteral("a"));
        QCOMPARE(throttle.takeReady(0), QList<quint64>{1});
        QVERIFY(!throttle.removeQueued(1));
        QVERIFY(throttle.removeQueued(2));
        QVERIFY(!throttle.removeQueued(2));
        throttle.finish(1);
        throttle.finish(1); // twice is harmless
        QCOMPARE(throttle.running(), 0);
        QVERIFY(throttle.takeReady(0).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_HostThrottle)
#include "tst_hostthrottle.moc"
