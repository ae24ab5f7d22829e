#pragma once

#include "feeds/parsedfeed.h"
#include "feeds/xmltree.h"

namespace ww {

// RSS 0.9x, 1.0 (RDF) and 2.0 mapped from an XmlTree onto ParsedFeed, with content:, dc:, sy:,
// Media RSS, GeoRSS and atom:link. Items are the <item> children of the channel or of the root.
class RssParser
{
public:
    static bool accepts(const XmlTree &tree);
    static void parse(const XmlTree &tree, ParsedFeed &feed);
};

} // namespace ww
