#pragma once

#include "feeds/parsedfeed.h"
#include "net/feedschedule.h"
#include "net/fetchresult.h"
#include "store/storetypes.h"

#include <QDateTime>

namespace ww {

// Turns one poll's outcome into the feed's next stored poll state through the one scheduling policy,
// FeedSchedule: validators kept verbatim, failures counted (backoff, then a pause with its reason), the
// next poll adapted to how often the feed changes, publisher hints and Retry-After honoured.
// `random01` in [0, 1) spreads feeds (FeedSchedule's jitter); 0.5 is the neutral draw (no spread).
class PollState
{
public:
    // Failures in a row after which a feed is paused (FeedSchedule's threshold).
    static constexpr int kPauseAfterFailures = FeedSchedule::Config{}.pauseAfterFailures;

    static FeedState afterSuccess(const Feed &feed, const FetchResult &result, const ParsedFeed &parsed,
                                  int added, const QDateTime &now, double random01 = 0.5);
    // A 304 (or any success without a parsed body).
    static FeedState afterSuccess(const Feed &feed, const FetchResult &result, int added,
                                  const QDateTime &now, double random01 = 0.5);
    static FeedState afterFailure(const Feed &feed, const FetchResult &result, const QString &error,
                                  const QDateTime &now, double random01 = 0.5);
};

} // namespace ww
