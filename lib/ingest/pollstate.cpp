#include "ingest/pollstate.h"

#include <QtGlobal>

#include <algorithm>

namespace ww {

namespace {
constexpr int kMinMinutes = 5;
constexpr int kMaxMinutes = 24 * 60;

int clampMinutes(int minutes)
{
    return std::clamp(minutes, kMinMinutes, kMaxMinutes);
}

FeedState succeeded(const Feed &feed, const FetchResult &result, const QDateTime &now)
{
    FeedState state = feed.state;
    if (!result.etag.isEmpty())
        state.etag = result.etag;
    if (!result.lastModified.isEmpty())
        state.lastModified = result.lastModified;
    state.lastPolledAt = now;
    state.lastSuccessAt = now;
    state.consecutiveFailures = 0;
    state.paused = false;
    state.lastError.clear();
    state.lastStatus = result.httpStatus;
    return state;
}
} // namespace

FeedState PollState::afterSuccess(const Feed &feed, const FetchResult &result, int added,
                                  const QDateTime &now)
{
    FeedState state = succeeded(feed, result, now);
    int minutes = clampMinutes(feed.scheduleMinutes);
    if (added == 0)
        minutes = clampMinutes(minutes * 3 / 2);
    state.nextPollAt = now.addSecs(qint64(minutes) * 60);
    return state;
}

FeedState PollState::afterSuccess(const Feed &feed, const FetchResult &result, const ParsedFeed &parsed,
                                  int added, const QDateTime &now)
{
    FeedState state = afterSuccess(feed, result, added, now);
    // The publisher's own hints (ttl, sy:updatePeriod) are a floor: never poll faster than asked.
    const int hinted = std::max(parsed.ttlMinutes, parsed.updatePeriodMinutes);
    if (hinted > 0 && now.secsTo(state.nextPollAt) < qint64(hinted) * 60)
        state.nextPollAt = now.addSecs(qint64(clampMinutes(hinted)) * 60);
    return state;
}

FeedState PollState::afterFailure(const Feed &feed, const FetchResult &result, const QString &error,
                                  const QDateTime &now)
{
    FeedState state = feed.state;
    state.lastPolledAt = now;
    state.consecutiveFailures += 1;
    state.lastError = error;
    state.lastStatus = result.httpStatus;
    state.paused = state.consecutiveFailures >= kPauseAfterFailures;
    // Exponential backoff from the feed's interval, or the server's Retry-After when it asked for longer.
    const int base = clampMinutes(feed.scheduleMinutes);
    qint64 seconds = qint64(base) * 60 * (qint64(1) << std::min(state.consecutiveFailures - 1, 6));
    if (result.retryAfterSeconds)
        seconds = std::max(seconds, *result.retryAfterSeconds);
    state.nextPollAt = now.addSecs(std::min<qint64>(seconds, qint64(kMaxMinutes) * 60));
    return state;
}

} // namespace ww
