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
    // The value of an Atom text construct: text as written, HTML, or XHTML markup. `type` gets
    // "text", "html" or "xhtml"; `info` the MIME type, xml:lang and xml:base of the element.
    static QString textConstruct(const XmlTree &tree, int node, QString *type = nullptr,
                                 TextInfo *info = nullptr);
};

} // namespace ww
