#pragma once

#include "feeds/parsedfeed.h"
#include "feeds/xmltree.h"

#include <QSet>
#include <QStringList>

namespace ww {

// Namespace URIs and the extension modules RSS and Atom share: Dublin Core, Media RSS, GeoRSS,
// authors, URL resolution against xml:base.
class FeedExtensions
{
public:
    static const QString &atom10();
    static const QString &atom03();
    static const QStringList &atomAny();
    static const QStringList &rssCore(); // "", RSS 0.90, RSS 1.0, Userland 0.91
    static const QStringList &dc();      // Dublin Core elements and terms
    static const QString &dcTerms();
    static const QString &content();
    static const QString &media();
    static const QString &sy();
    static const QString &rdf();
    static const QString &xhtml();
    static const QString &itunes();

    // Media RSS: media:content, media:group members, item-level media:thumbnail/title/description/credit.
    static void readMedia(const XmlTree &tree, int itemNode, FeedItem &item);
    // GeoRSS simple/GML and W3C geo lat/long.
    static void readGeo(const XmlTree &tree, int itemNode, FeedItem &item);
    // Dublin Core fields that RSS and Atom items both use.
    static void readDublinCore(const XmlTree &tree, int itemNode, FeedItem &item);
    // "jane@example.org (Jane Doe)", "Jane Doe <jane@example.org>" or just a name.
    static Person personFromText(const QString &text);
    static QString displayName(const Person &person);
    static QUrl resolve(const XmlTree &tree, int node, const QString &href);
    static QString trimmedText(const XmlTree &tree, int node); // -1 gives ""
    // The declared type (as a MIME type), xml:lang and xml:base of a text element.
    static TextInfo textInfo(const XmlTree &tree, int node, const QString &mimeType);
    // Simple child elements outside the namespaces we map ("prefix_localname" -> text), plus
    // unmapped elements of the format's own namespace (local name): extension data kept verbatim.
    static void readExtensions(const XmlTree &tree, int node, const QSet<QString> &mappedNames,
                               QMap<QString, QString> &out);
    // Persons of a Dublin Core / RSS element ("jane@example.org (Jane Doe)").
    static QList<Person> personsOf(const XmlTree &tree, int parent, const QString &name,
                                   const QStringList &namespaces);
    // Relative href/src in HTML content made absolute against the element's xml:base, as feedparser
    // does: once stored, the content no longer has a base to resolve against.
    static QString resolveHtmlUrls(const QString &html, const QUrl &base);
};

} // namespace ww
