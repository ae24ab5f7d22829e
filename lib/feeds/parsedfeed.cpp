#include "feeds/parsedfeed.h"

namespace ww {

QString formatName(ParsedFeed::Format format)
{
    switch (format) {
    case ParsedFeed::Format::Rss090:
        return QStringLiteral("rss090");
    case ParsedFeed::Format::Rss091:
        return QStringLiteral("rss091");
    case ParsedFeed::Format::Rss092:
        return QStringLiteral("rss092");
    case ParsedFeed::Format::Rss093:
        return QStringLiteral("rss093");
    case ParsedFeed::Format::Rss094:
        return QStringLiteral("rss094");
    case ParsedFeed::Format::RssUnversioned:
        return QStringLiteral("rss");
    case ParsedFeed::Format::Rss10:
        return QStringLiteral("rss10");
    case ParsedFeed::Format::Rss20:
        return QStringLiteral("rss20");
    case ParsedFeed::Format::Atom03:
        return QStringLiteral("atom03");
    case ParsedFeed::Format::Atom10:
        return QStringLiteral("atom10");
    case ParsedFeed::Format::JsonFeed10:
        return QStringLiteral("json1");
    case ParsedFeed::Format::JsonFeed11:
        return QStringLiteral("json11");
    case ParsedFeed::Format::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace ww
