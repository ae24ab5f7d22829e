#pragma once

#include "feeds/parsedfeed.h"
#include "net/fetchresult.h"
#include "store/storetypes.h"

#include <QDateTime>

namespace ww {

// Turns one poll's outcome into the feed's next stored poll state: validators kept verbatim, failures
// counted, the next poll time from the feed's schedule.
class PollState
{
public:
    static constexpr int kPauseAfterFailures = 5;

    static FeedState afterSuccess(const Feed &feed, const FetchResult &result, const ParsedFeed &parsed,
                                  int added, const QDateTime &now);
    // A 304 (or any success without a parsed body).
    static FeedState afterSuccess(const Feed &feed, const FetchResult &result, int added,
                                  const QDateTime &now);
    static FeedState afterFailure(const Feed &feed, const FetchResult &result, const QString &error,
                                  const QDateTime &now);
};

} // namespace ww
