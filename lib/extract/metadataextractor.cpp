#include "extract/metadataextractor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace ww {

namespace {

// "@Reuters" in twitter:site names the same outlet as "Reuters".
QString withoutHandleSign(QString name)
{
    if (name.startsWith(QLatin1Char('@')))
        name.remove(0, 1);
    return name;
}

using Node = HtmlDocument::Node;

// Meta tags by name or property (lowercased key), first value wins.
QHash<QString, QString> metaTags(const HtmlDocument &doc)
{
    QHash<QString, QString> tags;
    for (int i : doc.elements(QLatin1String("meta"))) {
        const QString content = doc.attribute(i, QLatin1String("content")).trimmed();
        if (content.isEmpty())
            continue;
        for (const auto key : {QLatin1String("property"), QLatin1String("name"), QLatin1String("itemprop"),
                               QLatin1String("http-equiv")}) {
            const QString k = doc.attribute(i, key).trimmed().toLower();
            if (!k.isEmpty() && !tags.contains(k))
                tags.insert(k, content);
        }
    }
    return tags;
}

// schema.org microdata: <div itemprop="author" itemscope><span itemprop="name">Reuters</span></div>.
// The author of a picture (inside an ImageObject) is its credit, not the article's byline.
QString microdataAuthor(const HtmlDocument &doc)
{
    for (int i = 1; i < doc.size(); ++i) {
        if (doc.node(i).type != HtmlDocument::Node::Type::Element ||
            !doc.attribute(i, QLatin1String("itemprop"))
                 .split(QLatin1Char(' '))
                 .contains(QLatin1String("author")))
            continue;
        bool inImage = false;
        for (int p = doc.node(i).parent; p > 0 && !inImage; p = doc.node(p).parent)
            inImage = doc.attribute(p, QLatin1String("itemtype")).contains(QLatin1String("ImageObject"));
        if (inImage)
            continue;
        const QString text = doc.textContent(i);
        if (!text.isEmpty() && text.size() <= 120)
            return text;
    }
    return {};
}

QString first(const QHash<QString, QString> &tags, std::initializer_list<const char *> keys)
{
    for (const char *k : keys) {
        const QString v = tags.value(QString::fromLatin1(k));
        if (!v.isEmpty())
            return v;
    }
    return {};
}

QStringList types(const QJsonObject &o)
{
    const QJsonValue t = o.value(QLatin1String("@type"));
    QStringList out;
    if (t.isArray()) {
        for (const QJsonValue &v : t.toArray())
            out.append(v.toString());
    } else {
        out.append(t.toString());
    }
    return out;
}

bool isArticleType(const QJsonObject &o)
{
    for (const QString &t : types(o)) {
        if (t.endsWith(QLatin1String("Article")) || t == QLatin1String("BlogPosting") ||
            t == QLatin1String("Report") || t == QLatin1String("LiveBlogPosting"))
            return true;
    }
    return false;
}

QString nameOf(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().trimmed();
    if (v.isObject())
        return v.toObject().value(QLatin1String("name")).toString().trimmed();
    if (v.isArray() && !v.toArray().isEmpty())
        return nameOf(v.toArray().first());
    return {};
}

QStringList namesOf(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray arr = v.isArray() ? v.toArray() : QJsonArray{v};
    for (const QJsonValue &e : arr) {
        const QString n = nameOf(e);
        if (!n.isEmpty() && !out.contains(n))
            out.append(n);
    }
    return out;
}

QUrl webUrl(const QString &raw, const QUrl &base)
{
    if (raw.trimmed().isEmpty())
        return {};
    QUrl url = base.resolved(QUrl(raw.trimmed()));
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        return {};
    return url;
}

} // namespace

QString MetadataExtractor::primaryLanguage(const QString &tag)
{
    QString t = tag.trimmed().toLower();
    qsizetype cut = 0; // "en-GB", "pt_BR": the primary subtag ends at the first separator
    while (cut < t.size() && t.at(cut) != QLatin1Char('-') && t.at(cut) != QLatin1Char('_'))
        ++cut;
    if (cut > 0)
        t.truncate(cut);
    static const QRegularExpression valid(QStringLiteral("^[a-z]{2,3}$"));
    return valid.match(t).hasMatch() ? t : QString();
}

QList<QJsonObject> MetadataExtractor::jsonLdObjects(const HtmlDocument &doc)
{
    QList<QJsonObject> out;
    for (int i : doc.elements(QLatin1String("script"))) {
        if (!doc.attribute(i, QLatin1String("type"))
                 .trimmed()
                 .toLower()
                 .startsWith(QLatin1String("application/ld+json")))
            continue;
        QString raw;
        for (int c : doc.node(i).children)
            raw += doc.node(c).text;
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(raw.trimmed().toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            continue;
        // Flatten arrays, @graph and nested objects, iteratively and with a cap.
        QList<QJsonValue> pending{json.isArray() ? QJsonValue(json.array()) : QJsonValue(json.object())};
        while (!pending.isEmpty() && out.size() < 500) {
            const QJsonValue v = pending.takeFirst();
            if (v.isArray()) {
                for (const QJsonValue &e : v.toArray())
                    pending.append(e);
            } else if (v.isObject()) {
                const QJsonObject o = v.toObject();
                if (o.contains(QLatin1String("@type")))
                    out.append(o);
                for (auto it = o.begin(); it != o.end(); ++it) {
                    if (it->isArray() || it->isObject())
                        pending.append(*it);
                }
            }
        }
    }
    return out;
}

QDateTime MetadataExtractor::parseDate(const QString &input)
{
    QString raw = input.trimmed();
    if (raw.isEmpty())
        return {};
    QDateTime dt = QDateTime::fromString(raw, Qt::ISODateWithMs);
    if (!dt.isValid() && raw.size() > 10 && raw.at(10) == QLatin1Char(' ')) {
        QString t = raw;
        t[10] = QLatin1Char('T');
        dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    }
    if (!dt.isValid()) {
        // "+0300" without the colon.
        static const QRegularExpression compactZone(QStringLiteral("([+-]\\d{2})(\\d{2})$"));
        QString t = raw;
        t.replace(compactZone, QStringLiteral("\\1:\\2"));
        dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    }
    if (!dt.isValid())
        dt = QDateTime::fromString(raw, Qt::RFC2822Date);
    if (!dt.isValid()) {
        // "14 Oct 2024, 16:05 GMT", "October 14, 2024 4:05 PM UTC"
        static const QRegularExpression human(
            QStringLiteral("(\\d{1,2})\\s+([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})(?:,?\\s+(\\d{1,2}):(\\d{2}))?|"
                           "([A-Za-z]{3,9})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})(?:,?\\s+(\\d{1,2}):(\\d{2})\\s*(["
                           "AaPp][Mm])?)?"));
        const auto m = human.match(raw);
        if (m.hasMatch()) {
            const bool dayFirst = !m.captured(1).isEmpty();
            const QString month = (dayFirst ? m.captured(2) : m.captured(6)).left(3).toLower();
            static const QStringList months = {
                QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
                QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"),
                QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
            const int mon = int(months.indexOf(month)) + 1;
            const int day = (dayFirst ? m.captured(1) : m.captured(7)).toInt();
            const int year = (dayFirst ? m.captured(3) : m.captured(8)).toInt();
            int hour = (dayFirst ? m.captured(4) : m.captured(9)).toInt();
            const int minute = (dayFirst ? m.captured(5) : m.captured(10)).toInt();
            const QString ampm = m.captured(11).toLower();
            if (ampm == QLatin1String("pm") && hour < 12)
                hour += 12;
            if (ampm == QLatin1String("am") && hour == 12)
                hour = 0;
            if (mon > 0 && QDate(year, mon, day).isValid())
                dt = QDateTime(QDate(year, mon, day), QTime(hour, minute), QTimeZone::utc());
        }
    }
    if (!dt.isValid())
        return {};
    if (dt.timeSpec() == Qt::LocalTime)
        dt.setTimeZone(QTimeZone::utc()); // no zone stated: take it as UTC rather than the analyst's zone
    return dt.toUTC();
}

QString MetadataExtractor::cleanTitle(const QString &title, const QString &siteName, const QString &h1)
{
    const QString t = collapseWhitespace(title);
    if (!h1.isEmpty() && t.startsWith(h1) && t.size() > h1.size())
        return h1;
    static const QRegularExpression sep(QStringLiteral("\\s+[|\\-–—·:»/]{1,2}\\s+"));
    QList<QRegularExpressionMatch> seps;
    auto it = sep.globalMatch(t);
    while (it.hasNext())
        seps.append(it.next());
    if (seps.isEmpty())
        return t;
    const auto last = seps.last();
    const QString tail = t.mid(last.capturedEnd()).trimmed();
    const QString head = t.left(last.capturedStart()).trimmed();
    if (!siteName.isEmpty() && tail.compare(siteName, Qt::CaseInsensitive) == 0)
        return head;
    // "Site | Headline" also happens.
    const auto firstSep = seps.first();
    const QString lead = t.left(firstSep.capturedStart()).trimmed();
    if (!siteName.isEmpty() && lead.compare(siteName, Qt::CaseInsensitive) == 0)
        return t.mid(firstSep.capturedEnd()).trimmed();
    // A short tail after a pipe is a site name even when unnamed.
    if (last.captured().contains(QLatin1Char('|')) && tail.split(QLatin1Char(' ')).size() <= 4 &&
        head.split(QLatin1Char(' ')).size() >= 3)
        return head;
    return t;
}

PageMetadata MetadataExtractor::extract(const HtmlDocument &doc, const QUrl &pageUrl)
{
    PageMetadata md;
    const auto tags = metaTags(doc);
    md.jsonLd = jsonLdObjects(doc);
    QJsonObject article;
    for (const QJsonObject &o : std::as_const(md.jsonLd)) {
        if (isArticleType(o)) {
            article = o;
            break;
        }
    }
    QJsonObject webPage;
    for (const QJsonObject &o : std::as_const(md.jsonLd)) {
        if (types(o).contains(QLatin1String("WebPage"))) {
            webPage = o;
            break;
        }
    }

    // Site name and the claims around it.
    const QString ogSite = first(tags, {"og:site_name"});
    const QString ldPublisher = nameOf(article.value(QLatin1String("publisher")));
    md.siteName = !ogSite.isEmpty() ? ogSite
                  : !ldPublisher.isEmpty()
                      ? ldPublisher
                      : withoutHandleSign(first(tags, {"application-name", "twitter:site"}));
    if (!ogSite.isEmpty()) {
        md.claims.append({AttributionClaim::Role::Publisher, AttributionClaim::Kind::SiteName, ogSite,
                          QStringLiteral("<meta property=\"og:site_name\" content=\"%1\">").arg(ogSite),
                          0.9});
    }
    const QJsonObject &ld = article.isEmpty() ? webPage : article;
    struct LdRole
    {
        const char *key;
        AttributionClaim::Role role;
        double confidence;
    };
    for (const LdRole &r : {LdRole{"publisher", AttributionClaim::Role::Publisher, 0.8},
                            LdRole{"sourceOrganization", AttributionClaim::Role::Producer, 0.7},
                            LdRole{"author", AttributionClaim::Role::Producer, 0.5},
                            LdRole{"creator", AttributionClaim::Role::Producer, 0.5}}) {
        const QJsonValue v = ld.value(QLatin1String(r.key));
        const QJsonArray arr = v.isArray() ? v.toArray() : QJsonArray{v};
        for (const QJsonValue &e : arr) {
            const QString name = nameOf(e);
            if (name.isEmpty())
                continue;
            // A person as author is a byline, not an organisation.
            if (e.isObject() && types(e.toObject()).contains(QLatin1String("Person")))
                continue;
            const QJsonObject snippet{{QLatin1String(r.key), e}};
            md.claims.append({r.role, AttributionClaim::Kind::JsonLd, name,
                              QString::fromUtf8(QJsonDocument(snippet).toJson(QJsonDocument::Compact)),
                              r.confidence});
        }
    }

    // Title.
    const int h1 = doc.firstElement(QLatin1String("h1"));
    const QString h1Text = h1 > 0 ? doc.textContent(h1) : QString();
    const int titleEl = doc.firstElement(QLatin1String("title"));
    const QString htmlTitle = titleEl > 0 ? doc.textContent(titleEl) : QString();
    QString title = first(tags, {"og:title", "twitter:title"});
    if (title.isEmpty())
        title = ld.value(QLatin1String("headline")).toString();
    if (title.isEmpty())
        title = (!h1Text.isEmpty() && htmlTitle.contains(h1Text)) ? h1Text : htmlTitle;
    if (title.isEmpty())
        title = h1Text;
    md.title = cleanTitle(title, md.siteName, h1Text);

    // Dates.
    QString published = first(tags, {"article:published_time", "og:published_time", "datepublished",
                                     "pubdate", "publishdate", "publish-date", "parsely-pub-date",
                                     "sailthru.date", "dc.date.issued", "dcterms.created", "date"});
    if (published.isEmpty())
        published = ld.value(QLatin1String("datePublished")).toString();
    QString updated = first(tags, {"article:modified_time", "og:updated_time", "datemodified", "lastmod"});
    if (updated.isEmpty())
        updated = ld.value(QLatin1String("dateModified")).toString();
    md.publishedUtc = parseDate(published);
    if (!md.publishedUtc.isValid()) {
        for (int t : doc.elements(QLatin1String("time"))) {
            QDateTime dt = parseDate(doc.attribute(t, QLatin1String("datetime")));
            if (!dt.isValid())
                dt = parseDate(doc.textContent(t));
            if (dt.isValid()) {
                md.publishedUtc = dt;
                break;
            }
        }
    }
    md.updatedUtc = parseDate(updated);

    // Canonical URL.
    for (int l : doc.elements(QLatin1String("link"))) {
        if (doc.attribute(l, QLatin1String("rel"))
                .toLower()
                .split(QLatin1Char(' '))
                .contains(QLatin1String("canonical"))) {
            md.canonicalUrl = webUrl(doc.attribute(l, QLatin1String("href")), pageUrl);
            if (!md.canonicalUrl.isEmpty())
                break;
        }
    }
    if (md.canonicalUrl.isEmpty())
        md.canonicalUrl = webUrl(first(tags, {"og:url"}), pageUrl);
    if (md.canonicalUrl.isEmpty()) {
        const QJsonValue main = ld.value(QLatin1String("mainEntityOfPage"));
        md.canonicalUrl =
            webUrl(main.isObject() ? main.toObject().value(QLatin1String("@id")).toString() : main.toString(),
                   pageUrl);
    }
    if (md.canonicalUrl.isEmpty())
        md.canonicalUrl = webUrl(ld.value(QLatin1String("url")).toString(), pageUrl);

    // Byline, section, description, language.
    QStringList people;
    const QJsonValue author = ld.value(QLatin1String("author"));
    for (const QJsonValue &e : author.isArray() ? author.toArray() : QJsonArray{author}) {
        if (!e.isObject() || !types(e.toObject()).contains(QLatin1String("Organization")))
            people.append(namesOf(e));
    }
    md.byline = people.join(QLatin1String(", "));
    if (md.byline.isEmpty()) {
        const QString metaAuthor = first(tags, {"author", "article:author", "byl", "parsely-author"});
        if (!metaAuthor.startsWith(QLatin1String("http")))
            md.byline = metaAuthor;
    }
    if (md.byline.isEmpty())
        md.byline = microdataAuthor(doc);
    md.section = first(tags, {"article:section", "section", "parsely-section"});
    if (md.section.isEmpty())
        md.section = nameOf(ld.value(QLatin1String("articleSection")));
    md.description = first(tags, {"og:description", "description", "twitter:description"});
    const int html = doc.firstElement(QLatin1String("html"));
    md.declaredLanguage = primaryLanguage(html > 0 ? doc.attribute(html, QLatin1String("lang")) : QString());
    if (md.declaredLanguage.isEmpty())
        md.declaredLanguage = primaryLanguage(first(tags, {"content-language", "language", "og:locale"}));
    if (md.declaredLanguage.isEmpty())
        md.declaredLanguage = primaryLanguage(ld.value(QLatin1String("inLanguage")).toString());

    md.ogImage =
        webUrl(first(tags, {"og:image:secure_url", "og:image", "og:image:url", "twitter:image"}), pageUrl);
    md.ogImageAlt = first(tags, {"og:image:alt", "twitter:image:alt"});
    return md;
}

} // namespace ww
