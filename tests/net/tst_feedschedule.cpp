#include "net/feedschedule.h"

#include <QTest>
#include <QTimeZone>

using namespace ww;

namespace {

const QDateTime kNow(QDate(2026, 11, 28), QTime(8, 0), QTimeZone::utc());

qint64 delayOf(const FeedScheduleState &state)
{
    return kNow.secsTo(state.nextPollUtc);
}

PollOutcome outcome(PollOutcome::Kind kind)
{
    PollOutcome o;
    o.kind = kind;
    return o;
}

PollOutcome failure(const QString &error, bool permanent = false)
{
    PollOutcome o;
    o.kind = PollOutcome::Failed;
    o.error = error;
    o.permanentFailure = permanent;
    return o;
}

} // namespace

class tst_FeedSchedule : public QObject
{
    Q_OBJECT

private slots:
    void newFeedIsDueAtOnce()
    {
        FeedSchedule schedule;
        const FeedScheduleState state = schedule.initial(kNow);
        QVERIFY(schedule.isDue(state, kNow));
        QCOMPARE(state.intervalSecs, 15 * 60);
    }

    void successIntervals_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("startInterval");
        QTest::addColumn<qint64>("maxAge");    // -1 none
        QTest::addColumn<qint64>("publisher"); // -1 none
        QTest::addColumn<qint64>("expected");  // delay with random01 = 0.5 (no jitter)
        const int newItems = PollOutcome::NewItems;
        const int none = PollOutcome::NoNewItems;
        const int notModified = PollOutcome::NotModified;
        QTest::addRow("new items halve")
            << newItems << qint64(900) << qint64(-1) << qint64(-1) << qint64(450);
        QTest::addRow("halving stops at 5 min")
            << newItems << qint64(400) << qint64(-1) << qint64(-1) << qint64(300);
        QTest::addRow("unchanged lengthens")
            << none << qint64(900) << qint64(-1) << qint64(-1) << qint64(1350);
        QTest::addRow("304 lengthens")
            << notModified << qint64(900) << qint64(-1) << qint64(-1) << qint64(1350);
        QTest::addRow("lengthening stops at 6 h")
            << none << qint64(5 * 3600) << qint64(-1) << qint64(-1) << qint64(6 * 3600);
        QTest::addRow("max-age is a floor")
            << newItems << qint64(900) << qint64(3600) << qint64(-1) << qint64(3600);
        QTest::addRow("small max-age does not speed up")
            << none << qint64(900) << qint64(60) << qint64(-1) << qint64(1350);
        QTest::addRow("ttl is a floor")
            << newItems << qint64(900) << qint64(-1) << qint64(7200) << qint64(7200);
        QTest::addRow("hints capped at a day")
            << none << qint64(900) << qint64(-1) << qint64(7 * 24 * 3600) << qint64(24 * 3600);
        QTest::addRow("unset interval uses default")
            << newItems << qint64(0) << qint64(-1) << qint64(-1) << qint64(450);
    }

    void successIntervals()
    {
        QFETCH(int, kind);
        QFETCH(qint64, startInterval);
        QFETCH(qint64, maxAge);
        QFETCH(qint64, publisher);
        QFETCH(qint64, expected);
        FeedSchedule schedule;
        FeedScheduleState state;
        state.intervalSecs = startInterval;
        PollOutcome o = outcome(PollOutcome::Kind(kind));
        if (maxAge >= 0)
            o.maxAgeSecs = maxAge;
        if (publisher >= 0)
            o.publisherIntervalSecs = publisher;
        const auto step = schedule.afterPoll(state, o, kNow, 0.5);
        QCOMPARE(delayOf(step.state), expected);
        QCOMPARE(step.state.lastSuccessUtc, kNow);
        QVERIFY(!step.state.paused);
    }

    void jitterStaysWithinTenPercentAndAboveMinimum_data()
    {
        QTest::addColumn<double>("random01");
        QTest::addRow("low") << 0.0;
        QTest::addRow("mid") << 0.5;
        QTest::addRow("high") << 0.999;
    }

    void jitterStaysWithinTenPercentAndAboveMinimum()
    {
        QFETCH(double, random01);
        FeedSchedule schedule;
        FeedScheduleState state;
        state.intervalSecs = 3600;
        const qint64 d =
            delayOf(schedule.afterPoll(state, outcome(PollOutcome::NewItems), kNow, random01).state);
        QVERIFY(d >= 1800 * 9 / 10 && d <= 1800 * 11 / 10);
        state.intervalSecs = 300;
        const qint64 atMin =
            delayOf(schedule.afterPoll(state, outcome(PollOutcome::NewItems), kNow, random01).state);
        QVERIFY(atMin >= 300);
    }

    void failuresBackOffExponentiallyThenPause()
    {
        FeedSchedule schedule;
        FeedScheduleState state = schedule.initial(kNow);
        QList<qint64> delays;
        for (int i = 1; i < schedule.config().pauseAfterFailures; ++i) {
            state = schedule.afterPoll(state, failure(QStringLiteral("connection refused")), kNow, 0.0).state;
            QCOMPARE(state.consecutiveFailures, i);
            QVERIFY(!state.paused);
            delays.append(delayOf(state));
        }
        QCOMPARE(delays.value(0), 900);
        QCOMPARE(delays.value(1), 1800);
        QCOMPARE(delays.value(2), 3600);
        for (qsizetype i = 1; i < delays.size(); ++i)
            QVERIFY(delays.at(i) >= delays.at(i - 1));
        QVERIFY(delays.constLast() <= 12 * 3600);
        state = schedule.afterPoll(state, failure(QStringLiteral("connection refused")), kNow, 0.0).state;
        QVERIFY(state.paused);
        QVERIFY(!schedule.isDue(state, kNow.addYears(1)));
        QVERIFY2(state.pauseReason.contains(QLatin1String("connection refused")),
                 qPrintable(state.pauseReason));
        QVERIFY(state.pauseReason.contains(QString::number(schedule.config().pauseAfterFailures)));
        const FeedScheduleState resumed = schedule.resume(state, kNow);
        QVERIFY(schedule.isDue(resumed, kNow));
        QCOMPARE(resumed.consecutiveFailures, 0);
    }

    void successResetsFailures()
    {
        FeedSchedule schedule;
        FeedScheduleState state = schedule.initial(kNow);
        state = schedule.afterPoll(state, failure(QStringLiteral("x")), kNow, 0.0).state;
        state = schedule.afterPoll(state, failure(QStringLiteral("x")), kNow, 0.0).state;
        state = schedule.afterPoll(state, outcome(PollOutcome::NotModified), kNow, 0.5).state;
        QCOMPARE(state.consecutiveFailures, 0);
        QVERIFY(state.lastError.isEmpty());
    }

    void permanentFailurePausesAtOnce()
    {
        FeedSchedule schedule;
        const auto state =
            schedule
                .afterPoll(schedule.initial(kNow), failure(QStringLiteral("HTTP 410 Gone"), true), kNow, 0.0)
                .state;
        QVERIFY(state.paused);
        QCOMPARE(state.pauseReason, QStringLiteral("HTTP 410 Gone"));
    }

    void retryAfterIsRespected_data()
    {
        QTest::addColumn<bool>("failed");
        QTest::addColumn<qint64>("retryAfter");
        QTest::addColumn<qint64>("expected");
        QTest::addRow("429 two hours") << true << qint64(7200) << qint64(7200);
        QTest::addRow("short retry-after keeps backoff") << true << qint64(10) << qint64(900);
        QTest::addRow("absurd clamped to a day") << true << qint64(999999999) << qint64(86400);
        QTest::addRow("on success too") << false << qint64(5000) << qint64(5000);
    }

    void retryAfterIsRespected()
    {
        QFETCH(bool, failed);
        QFETCH(qint64, retryAfter);
        QFETCH(qint64, expected);
        FeedSchedule schedule;
        PollOutcome o = failed ? failure(QStringLiteral("HTTP 429")) : outcome(PollOutcome::NewItems);
        o.retryAfterSecs = retryAfter;
        QCOMPARE(delayOf(schedule.afterPoll(schedule.initial(kNow), o, kNow, 0.0).state), expected);
    }

    void permanentRedirectAdoptedOnlyAfterRepeats()
    {
        FeedSchedule schedule;
        const QUrl moved(QStringLiteral("https://new.example.org/feed"));
        const QUrl other(QStringLiteral("https://other.example.org/feed"));
        PollOutcome o = outcome(PollOutcome::NoNewItems);
        o.permanentRedirectTo = moved;
        FeedScheduleState state = schedule.initial(kNow);
        auto step = schedule.afterPoll(state, o, kNow, 0.5);
        QVERIFY(!step.adoptUrl);
        step = schedule.afterPoll(step.state, o, kNow, 0.5);
        QVERIFY(!step.adoptUrl);
        // A poll without the redirect starts the count again.
        step = schedule.afterPoll(step.state, outcome(PollOutcome::NoNewItems), kNow, 0.5);
        QCOMPARE(step.state.redirectRepeats, 0);
        step = schedule.afterPoll(step.state, o, kNow, 0.5);
        step = schedule.afterPoll(step.state, o, kNow, 0.5);
        // A different target also restarts it.
        PollOutcome elsewhere = o;
        elsewhere.permanentRedirectTo = other;
        step = schedule.afterPoll(step.state, elsewhere, kNow, 0.5);
        QVERIFY(!step.adoptUrl);
        QCOMPARE(step.state.redirectCandidate, other);
        step = schedule.afterPoll(step.state, o, kNow, 0.5);
        step = schedule.afterPoll(step.state, o, kNow, 0.5);
        QVERIFY(!step.adoptUrl);
        step = schedule.afterPoll(step.state, o, kNow, 0.5);
        QCOMPARE(step.adoptUrl, std::optional<QUrl>(moved));
        QVERIFY(step.state.redirectCandidate.isEmpty());
    }

    void cacheControl_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expected");
        QTest::addRow("max-age") << QByteArray("max-age=600") << qint64(600);
        QTest::addRow("with public") << QByteArray("public, max-age=1800") << qint64(1800);
        QTest::addRow("quoted") << QByteArray("max-age=\"60\"") << qint64(60);
        QTest::addRow("no-cache wins") << QByteArray("max-age=600, no-cache") << qint64(-1);
        QTest::addRow("no-store") << QByteArray("no-store") << qint64(-1);
        QTest::addRow("garbage") << QByteArray("max-age=soon") << qint64(-1);
        QTest::addRow("empty") << QByteArray() << qint64(-1);
    }

    void cacheControl()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expected);
        QCOMPARE(FeedSchedule::maxAgeFromCacheControl(value).value_or(-1), expected);
    }

    void publisherHints_data()
    {
        QTest::addColumn<QString>("period");
        QTest::addColumn<QString>("frequency");
        QTest::addColumn<qint64>("expected");
        QTest::addRow("hourly") << "hourly"
                                << "" << qint64(3600);
        QTest::addRow("daily twice") << "daily"
                                     << "2" << qint64(43200);
        QTest::addRow("Weekly") << " Weekly "
                                << "1" << qint64(604800);
        QTest::addRow("bad frequency means 1") << "hourly"
                                               << "x" << qint64(3600);
        QTest::addRow("unknown period") << "fortnightly"
                                        << "1" << qint64(-1);
    }

    void publisherHints()
    {
        QFETCH(QString, period);
        QFETCH(QString, frequency);
        QFETCH(qint64, expected);
        QCOMPARE(FeedSchedule::updatePeriodSeconds(period, frequency).value_or(-1), expected);
    }

    void ttl()
    {
        QCOMPARE(FeedSchedule::ttlSeconds(QStringLiteral("60")).value_or(-1), 3600);
        QCOMPARE(FeedSchedule::ttlSeconds(QStringLiteral("0")).value_or(-1), -1);
        QCOMPARE(FeedSchedule::ttlSeconds(QStringLiteral("-5")).value_or(-1), -1);
        QCOMPARE(FeedSchedule::ttlSeconds(QStringLiteral("abc")).value_or(-1), -1);
    }
};

QTEST_GUILESS_MAIN(tst_FeedSchedule)
#include "tst_feedschedule.moc"
