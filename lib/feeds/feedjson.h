#pragma once

#include "feeds/parsedfeed.h"

#include <QJsonObject>

namespace ww {

// The JSON shape `wirewatch-cli parse` prints (documented in docs/cli-parse.md).
QJsonObject feedToJson(const ParsedFeed &feed);

class FeedJson
{
public:
    static QJsonObject feed(const ParsedFeed &feed);
    static QJsonObject item(const FeedItem &item);
    // UTC "yyyy-MM-ddThh:mm:ssZ", or null when the date is unknown.
    static QJsonValue date(const FeedDate &date);
};

} // namespace ww
