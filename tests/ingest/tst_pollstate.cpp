#include "ingest/pollstate.h"

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

QTEST_GUILESS_MAIN(TestPollState)
#include "tst_pollstate.moc"
