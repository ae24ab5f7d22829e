#include "ingest/pollstate.h"
#include "net/feedschedule.h"

#include <QTest>

using namespace ww;

class TestPollState : public QObject
{
    Q_OBJECT
private slots:
    void successKeepsValidatorsVerbatim();
    void notModifiedKeepsOldValidators();
    void publisherHintsAreAFloor();
    void failuresBackOffThenPause();
    void retryAfterWins();
    void decidesAsFeedSchedule_data();
    void decidesAsFeedSchedule();
    void quietFeedStretchesThenReturns();
    void permanentFailurePausesWithReason();
};

static const QDateTime kNow = QDateTime(QDate(2024, 10, 14), QTime(12, 0), Qt::UTC);

static Feed feed(int minutes = 15)
{
    Feed f;
    f.id = 7;
    f.scheduleMinutes = minutes;
    f.state.etag = QStringLiteral("W/\"old\"");
    f.state.lastModified = QStringLiteral("Mon, 14 Oct 2024 10:00:00 GMT");
    f.state.consecutiveFailures = 2;
    f.state.lastError = QStringLiteral("timeout");
    return f;
}

void TestPollState::successKeepsValidatorsVerbatim()
{
    FetchResult result;
    result.status = FetchResult::Ok;
    result.httpStatus = 200;
    result.etag = QStringLiteral("W/\"abc-123\"");
    result.lastModified = QStringLiteral("Mon, 14 Oct 2024 11:59:00 GMT");
    const FeedState state = PollState::afterSuccess(feed(), result, ParsedFeed{}, 3, kNow);
    QCOMPARE(state.etag, result.etag);
    QCOMPARE(state.lastModified, result.lastModified);
    QCOMPARE(state.consecutiveFailures, 0);
    QVERIFY(state.lastError.isEmpty());
    QCOMPARE(state.lastStatus, 200);
    QCOMPARE(state.lastSuccessAt, kNow);
    QCOMPARE(kNow.secsTo(state.nextPollAt), 15 * 60);
}

void TestPollState::notModifiedKeepsOldValidators()
{
    FetchResult result;
    result.status = FetchResult::NotModified;
    result.httpStatus = 304;
    const FeedState state = PollState::afterSuccess(feed(), result, 0, kNow);
    QCOMPARE(state.etag, QStringLiteral("W/\"old\""));
    QCOMPARE(state.lastModified, QStringLiteral("Mon, 14 Oct 2024 10:00:00 GMT"));
    // Nothing new: the next poll comes later than the base interval.
    QVERIFY(kNow.secsTo(state.nextPollAt) > 15 * 60);
}

void TestPollState::publisherHintsAreAFloor()
{
    FetchResult result;
    result.status = FetchResult::Ok;
    ParsedFeed parsed;
    parsed.ttlMinutes = 120;
    QCOMPARE(kNow.secsTo(PollState::afterSuccess(feed(), result, parsed, 5, kNow).nextPollAt), 120 * 60);
    parsed.ttlMinutes = 1; // too eager: the minimum interval still holds
    QCOMPARE(kNow.secsTo(PollState::afterSuccess(feed(), result, parsed, 5, kNow).nextPollAt), 15 * 60);
}

void TestPollState::failuresBackOffThenPause()
{
    FetchResult result;
    result.status = FetchResult::Timeout;
    Feed f = feed();
    f.state.consecutiveFailures = 0;
    qint64 previous = 0;
    for (int i = 1; i < PollState::kPauseAfterFailures; ++i) {
        f.state = PollState::afterFailure(f, result, QStringLiteral("deadline"), kNow);
        QCOMPARE(f.state.consecutiveFailures, i);
        QVERIFY(!f.state.paused);
        QCOMPARE(f.state.lastError, QStringLiteral("deadline"));
        const qint64 wait = kNow.secsTo(f.state.nextPollAt);
        QVERIFY2(wait > previous, "backoff must grow");
        previous = wait;
    }
    f.state = PollState::afterFailure(f, result, QStringLiteral("deadline"), kNow);
    QVERIFY(f.state.paused);
    QCOMPARE(f.state.etag, QStringLiteral("W/\"old\"")); // a failure never loses the validators
}

void TestPollState::retryAfterWins()
{
    FetchResult result;
    result.status = FetchResult::HttpError;
    result.httpStatus = 429;
    result.retryAfterSeconds = 6 * 3600;
    Feed f = feed();
    f.state.consecutiveFailures = 0;
    const FeedState state = PollState::afterFailure(f, result, QStringLiteral("429"), kNow);
    QCOMPARE(kNow.secsTo(state.nextPollAt), 6 * 3600);
    QCOMPARE(state.lastStatus, 429);
}

// The unified policy: PollState's next poll is exactly FeedSchedule's decision for the same outcome.
void TestPollState::decidesAsFeedSchedule_data()
{
    QTest::addColumn<int>("added");
    QTest::addColumn<int>("status");
    QTest::addColumn<double>("random01");
    QTest::addRow("new items") << 4 << int(FetchResult::Ok) << 0.5;
    QTest::addRow("nothing new, early draw") << 0 << int(FetchResult::Ok) << 0.0;
    QTest::addRow("not modified, late draw") << 0 << int(FetchResult::NotModified) << 0.9;
    QTest::addRow("timeout") << -1 << int(FetchResult::Timeout) << 0.3;
}

void TestPollState::decidesAsFeedSchedule()
{
    QFETCH(int, added);
    QFETCH(int, status);
    QFETCH(double, random01);
    Feed f = feed(30);
    f.state.consecutiveFailures = 0;
    FetchResult result;
    result.status = FetchResult::Status(status);
    FeedSchedule::Config config;
    config.minSecs = 30 * 60;
    config.defaultSecs = 30 * 60;
    FeedScheduleState st;
    st.intervalSecs = 30 * 60;
    PollOutcome outcome;
    FeedState got;
    if (added < 0) {
        outcome.kind = PollOutcome::Failed;
        outcome.error = QStringLiteral("deadline");
        got = PollState::afterFailure(f, result, outcome.error, kNow, random01);
    } else {
        outcome.kind = added > 0                                   ? PollOutcome::NewItems
                       : result.status == FetchResult::NotModified ? PollOutcome::NotModified
                                                                   : PollOutcome::NoNewItems;
        got = PollState::afterSuccess(f, result, added, kNow, random01);
    }
    const FeedSchedule::Step want = FeedSchedule(config).afterPoll(st, outcome, kNow, random01);
    QCOMPARE(got.nextPollAt, want.state.nextPollUtc);
    QCOMPARE(got.consecutiveFailures, want.state.consecutiveFailures);
}

void TestPollState::quietFeedStretchesThenReturns()
{
    FetchResult quiet;
    quiet.status = FetchResult::NotModified;
    Feed f = feed(15);
    f.state.consecutiveFailures = 0;
    QDateTime now = kNow;
    qint64 previous = 15 * 60;
    for (int i = 0; i < 12; ++i) { // the interval learned so far comes from the stored state
        f.state = PollState::afterSuccess(f, quiet, 0, now);
        const qint64 wait = now.secsTo(f.state.nextPollAt);
        QVERIFY2(wait >= previous, "a quiet feed is polled less often");
        QVERIFY(wait <= FeedSchedule::Config{}.maxAdaptiveSecs);
        previous = wait;
        now = f.state.nextPollAt;
    }
    QCOMPARE(previous, FeedSchedule::Config{}.maxAdaptiveSecs);
    FetchResult fresh;
    fresh.status = FetchResult::Ok;
    for (int i = 0; i < 12; ++i) {
        f.state = PollState::afterSuccess(f, fresh, ParsedFeed{}, 3, now);
        previous = now.secsTo(f.state.nextPollAt);
        now = f.state.nextPollAt;
    }
    QCOMPARE(previous, 15 * 60); // back to the feed's own schedule, never faster
}

void TestPollState::permanentFailurePausesWithReason()
{
    FetchResult refused;
    refused.status = FetchResult::Blocked;
    Feed f = feed();
    f.state.consecutiveFailures = 0;
    const FeedState blocked = PollState::afterFailure(f, refused, QStringLiteral("private address"), kNow);
    QVERIFY(blocked.paused);
    QCOMPARE(blocked.lastError, QStringLiteral("private address"));

    FetchResult timeout;
    timeout.status = FetchResult::Timeout;
    f.state.consecutiveFailures = PollState::kPauseAfterFailures - 1;
    const FeedState paused = PollState::afterFailure(f, timeout, QStringLiteral("deadline"), kNow);
    QVERIFY(paused.paused);
    QVERIFY2(paused.lastError.contains(QStringLiteral("deadline")) &&
                 paused.lastError != QStringLiteral("deadline"),
             qPrintable(paused.lastError)); // the pause says why: how many failures, and the last one
}

QTEST_GUILESS_MAIN(TestPollState)
#include "tst_pollstate.moc"
