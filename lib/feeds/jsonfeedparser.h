#pragma once

#include "core/result.h"
#include "feeds/parsedfeed.h"

#include <QString>
#include <QUrl>

namespace ww {

struct ParseLimits;

// JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1) from already decoded text.
class JsonFeedParser
{
public:
    static bool looksLikeJson(const QString &text);
    static Result<ParsedFeed> parse(const QString &text, const QUrl &baseUrl, const ParseLimits &limits);
};

} // namespace ww
