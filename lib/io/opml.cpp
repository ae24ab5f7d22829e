#include "io/opml.h"

#include <QCoreApplication>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace ww {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ww::Opml", text);
}

QString shorten(const QString &text)
{
    return text.size() > 120 ? text.left(117) + QLatin1String("...") : text;
}

bool isWebUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty() &&
           (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

} // namespace

Result<OpmlDocument> Opml::parse(const QByteArray &data)
{
    return parse(data, Limits{});
}

Result<OpmlDocument> Opml::parse(const QByteArray &data, const Limits &limits)
{
    if (data.size() > limits.maxBytes)
        return Error(Error::Code::TooLarge,
                     tr("the OPML file is larger than %1 MiB").arg(limits.maxBytes >> 20));
    OpmlDocument document;
    QXmlStreamReader xml(data);
    QStringList folders; // open outline titles; an empty string marks an outline that is a feed
    int depth = 0;
    bool sawRoot = false;
    bool inHeadTitle = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isDTD()) // entity bombs and external entities live here; OPML needs none
            return Error(Error::Code::Malformed, tr("the OPML file declares a DTD or entities; refused"));
        if (xml.isStartElement()) {
            const QStringView name = xml.name();
            if (!sawRoot) {
                if (name != QLatin1String("opml"))
                    return Error(Error::Code::NotAFeed, tr("not an OPML file (root element <%1>)").arg(name));
                sawRoot = true;
                continue;
            }
            if (name == QLatin1String("title") && folders.isEmpty() && depth == 0) {
                inHeadTitle = true;
                continue;
            }
            if (name == QLatin1String("head") || name == QLatin1String("body"))
                continue;
            if (name != QLatin1String("outline")) {
                xml.skipCurrentElement();
                continue;
            }
            ++depth;
            const QXmlStreamAttributes a = xml.attributes();
            QString title = a.value(QLatin1String("title")).toString().trimmed();
            if (title.isEmpty())
                title = a.value(QLatin1String("text")).toString().trimmed();
            const QString xmlUrlText = a.value(QLatin1String("xmlUrl")).toString().trimmed();
            const OpmlRejection where{
                xml.lineNumber(), shorten(xmlUrlText.isEmpty() ? title : xmlUrlText), {}};
            if (depth > limits.maxDepth) {
                OpmlRejection r = where;
                r.reason = tr("nested deeper than %1 levels").arg(limits.maxDepth);
                document.rejected.append(r);
                xml.skipCurrentElement(); // the whole subtree goes, without recursion
                --depth;
                continue;
            }
            if (xmlUrlText.isEmpty()) { // a folder
                folders.append(title.left(limits.maxTitleLength));
                continue;
            }
            folders.append(QString()); // closes with this outline's end element
            OpmlRejection r = where;
            if (xmlUrlText.size() > limits.maxUrlLength) {
                r.reason = tr("address longer than %1 characters").arg(limits.maxUrlLength);
            } else if (title.size() > limits.maxTitleLength) {
                r.reason = tr("title longer than %1 characters").arg(limits.maxTitleLength);
            } else if (document.feeds.size() >= limits.maxFeeds) {
                r.reason = tr("more than %1 feeds in one file").arg(limits.maxFeeds);
            } else {
                const QUrl xmlUrl(xmlUrlText);
                const QUrl htmlUrl(a.value(QLatin1String("htmlUrl")).toString().trimmed());
                if (!isWebUrl(xmlUrl)) {
                    r.reason = tr("only http and https feeds can be subscribed");
                } else {
                    QStringList path;
                    for (const QString &folder : std::as_const(folders)) {
                        if (!folder.isEmpty())
                            path.append(folder);
                    }
                    document.feeds.append({title.isEmpty() ? xmlUrl.host() : title, xmlUrl,
                                           isWebUrl(htmlUrl) ? htmlUrl : QUrl(), path});
                    continue;
                }
            }
            document.rejected.append(r);
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("outline") && depth > 0) {
                --depth;
                if (!folders.isEmpty())
                    folders.removeLast();
            } else if (xml.name() == QLatin1String("title")) {
                inHeadTitle = false;
            }
        } else if (xml.isCharacters() && inHeadTitle) {
            document.title += xml.text().toString().left(limits.maxTitleLength);
        }
    }
    if (xml.hasError())
        return Error(Error::Code::Malformed, tr("the OPML file is not well-formed (line %1: %2)")
                                                 .arg(xml.lineNumber())
                                                 .arg(xml.errorString()));
    if (!sawRoot)
        return Error(Error::Code::NotAFeed, tr("the file is empty"));
    return document;
}

QByteArray Opml::write(const QList<OpmlFeed> &feeds, const QString &title)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("opml"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("2.0"));
    xml.writeStartElement(QStringLiteral("head"));
    xml.writeTextElement(QStringLiteral("title"), title);
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("body"));
    QStringList open; // folders currently open, in order
    for (const OpmlFeed &feed : feeds) {
        qsizetype common = 0;
        while (common < open.size() && common < feed.folders.size() &&
               open.at(common) == feed.folders.at(common))
            ++common;
        while (open.size() > common) {
            xml.writeEndElement();
            open.removeLast();
        }
        for (qsizetype i = common; i < feed.folders.size(); ++i) {
            xml.writeStartElement(QStringLiteral("outline"));
            xml.writeAttribute(QStringLiteral("text"), feed.folders.at(i));
            xml.writeAttribute(QStringLiteral("title"), feed.folders.at(i));
            open.append(feed.folders.at(i));
        }
        xml.writeEmptyElement(QStringLiteral("outline"));
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("rss"));
        xml.writeAttribute(QStringLiteral("text"), feed.title);
        xml.writeAttribute(QStringLiteral("title"), feed.title);
        xml.writeAttribute(QStringLiteral("xmlUrl"), QString::fromUtf8(feed.xmlUrl.toEncoded()));
        if (feed.htmlUrl.isValid())
            xml.writeAttribute(QStringLiteral("htmlUrl"), QString::fromUtf8(feed.htmlUrl.toEncoded()));
    }
    while (!open.isEmpty()) {
        xml.writeEndElement();
        open.removeLast();
    }
    xml.writeEndElement(); // body
    xml.writeEndElement(); // opml
    xml.writeEndDocument();
    return out;
}

} // namespace ww
