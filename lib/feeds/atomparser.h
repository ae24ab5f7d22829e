#pragma once

#include "feeds/parsedfeed.h"
#include "feeds/xmltree.h"

namespace ww {

// Atom 0.3 and 1.0 mapped from an XmlTree onto ParsedFeed: text constructs (text/html/xhtml,
// 0.3 escaped/base64 modes), links by rel, persons, categories, source, Media RSS and GeoRSS.
class AtomParser
{
public:
    static bool accepts(const XmlTree &tree);
    static void parse(const XmlTree &tree, ParsedFeed &feed);
    // Plain text of an Atom text construct (for titles), or its HTML/text content otherwise.
    static QString textConstruct(const XmlTree &tree, int node, QString *type = nullptr);
};

} // namespace ww
