#include "ingest/pollstate.h"

#include "net/feedschedule.h"

#include <algorithm>

namespace ww {

namespace {

// The feed's own schedule is the fastest it is polled; FeedSchedule lengthens it while the feed is quiet
// (up to its adaptive ceiling) and comes back down to it while items keep arriving.
FeedSchedule scheduleFor(const Feed &feed)
{
    FeedSchedule::Config config;
    config.minSecs = std::max(config.minSecs, qint64(feed.scheduleMinutes) * 60);
    config.defaultSecs = std::max(config.defaultSecs, config.minSecs);
    config.maxAdaptiveSecs = std::max(config.maxAdaptiveSecs, config.minSecs);
    return FeedSchedule(config);
}

// The store keeps no interval column: the interval learned so far is the delay the last successful poll
// scheduled (lastPolledAt -> nextPollAt); after failures or without history, the feed's own schedule.
FeedScheduleState scheduleState(const Feed &feed, const FeedSchedule &schedule)
{
    const FeedState &s = feed.state;
    FeedScheduleState st;
    st.intervalSecs = schedule.config().minSecs;
    if (s.consecutiveFailures == 0 && !s.paused && s.lastPolledAt.isValid() && s.nextPollAt.isValid())
        st.intervalSecs = std::clamp(s.lastPolledAt.secsTo(s.nextPollAt), schedule.config().minSecs,
                                     schedule.config().maxAdaptiveSecs);
    st.nextPollUtc = s.nextPollAt;
    st.lastAttemptUtc = s.lastPolledAt;
    st.lastSuccessUtc = s.lastSuccessAt;
    st.consecutiveFailures = s.consecutiveFailures;
    st.paused = s.paused;
    st.lastError = s.lastError;
    return st;
}

FeedState storedState(const Feed &feed, const FetchResult &result, const FeedScheduleState &st)
{
    FeedState s = feed.state; // validators and redirect tracking stay unless this poll replaced them
    if (!result.etag.isEmpty())
        s.etag = result.etag;
    if (!result.lastModified.isEmpty())
        s.lastModified = result.lastModified;
    s.nextPollAt = st.nextPollUtc;
    s.lastPolledAt = st.lastAttemptUtc;
    s.lastSuccessAt = st.lastSuccessUtc;
    s.consecutiveFailures = st.consecutiveFailures;
    s.paused = st.paused;
    s.lastError = st.paused ? st.pauseReason : st.lastError; // the reason a paused feed shows
    s.lastStatus = result.httpStatus;
    return s;
}

FeedState step(const Feed &feed, const FetchResult &result, const PollOutcome &outcome, const QDateTime &now,
               double random01)
{
    const FeedSchedule schedule = scheduleFor(feed);
    const FeedSchedule::Step next = schedule.afterPoll(scheduleState(feed, schedule), outcome, now, random01);
    return storedState(feed, result, next.state);
}

} // namespace

FeedState PollState::afterSuccess(const Feed &feed, const FetchResult &result, int added,
                                  const QDateTime &now, double random01)
{
    PollOutcome outcome;
    outcome.kind = added > 0                                   ? PollOutcome::NewItems
                   : result.status == FetchResult::NotModified ? PollOutcome::NotModified
                                                               : PollOutcome::NoNewItems;
    outcome.retryAfterSecs = result.retryAfterSeconds;
    outcome.maxAgeSecs = FeedSchedule::maxAgeFromCacheControl(result.header("Cache-Control"));
    return step(feed, result, outcome, now, random01);
}

FeedState PollState::afterSuccess(const Feed &feed, const FetchResult &result, const ParsedFeed &parsed,
                                  int added, const QDateTime &now, double random01)
{
    PollOutcome outcome;
    outcome.kind = added > 0 ? PollOutcome::NewItems : PollOutcome::NoNewItems;
    outcome.retryAfterSecs = result.retryAfterSeconds;
    outcome.maxAgeSecs = FeedSchedule::maxAgeFromCacheControl(result.header("Cache-Control"));
    // The publisher's own hints (ttl, sy:updatePeriod) are a floor: never poll faster than asked.
    const int hinted = std::max(parsed.ttlMinutes, parsed.updatePeriodMinutes);
    if (hinted > 0)
        outcome.publisherIntervalSecs = qint64(hinted) * 60;
    return step(feed, result, outcome, now, random01);
}

FeedState PollState::afterFailure(const Feed &feed, const FetchResult &result, const QString &error,
                                  const QDateTime &now, double random01)
{
    PollOutcome outcome;
    outcome.kind = PollOutcome::Failed;
    outcome.error = error;
    // Retrying cannot help a refused address or scheme, or a feed the server says is gone for good.
    outcome.permanentFailure = result.status == FetchResult::Blocked ||
                               result.status == FetchResult::BadScheme || result.httpStatus == 410;
    outcome.retryAfterSecs = result.retryAfterSeconds;
    return step(feed, result, outcome, now, random01);
}

} // namespace ww
