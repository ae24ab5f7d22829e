#pragma once

#include "feeds/parsedfeed.h"

#include <QDateTime>
#include <QString>

namespace ww {

// Feed dates as they really come: RFC 822/1123/2822 and sloppy variants (2-digit years, named and
// military zones, missing seconds, fields out of order, month names in several languages), RFC 3339,
// ISO 8601 / W3CDTF including partial dates, asctime, Korean and Greek forms. A date without a zone
// is taken as UTC. Anything not understood is an invalid QDateTime ("unknown"), never "now".
class DateTimeParser
{
public:
    static QDateTime parse(const QString &raw);
    static FeedDate parseFeedDate(const QString &raw) { return FeedDate{parse(raw), raw}; }
    // Offset in seconds east of UTC for a zone name ("EST", "CEST", "Z", "GMT"); false when unknown.
    static bool zoneOffset(const QString &name, int *seconds);
};

} // namespace ww
