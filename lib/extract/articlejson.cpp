#include "extract/articlejson.h"

#include <QJsonArray>

namespace ww {

namespace {

QJsonValue dateValue(const QDateTime &dt)
{
    // Unknown stays null, never "now" or the epoch.
    return dt.isValid() ? QJsonValue(dt.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue urlValue(const QUrl &url)
{
    return url.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(url.toString(QUrl::FullyEncoded));
}

QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonObject creditToJson(const ParsedCredit &c)
{
    return QJsonObject{{QStringLiteral("origin_agency"), stringOrNull(c.originAgency)},
                       {QStringLiteral("photographer"), stringOrNull(c.photographer)},
                       {QStringLiteral("pool"), c.pool},
                       {QStringLiteral("distributor"), stringOrNull(c.distributor)},
                       {QStringLiteral("file_photo"), c.filePhoto},
                       {QStringLiteral("handout"), c.handout}};
}

} // namespace

QString attributionRoleName(AttributionClaim::Role role)
{
    switch (role) {
    case AttributionClaim::Role::Publisher:
        return QStringLiteral("publisher");
    case AttributionClaim::Role::Producer:
        return QStringLiteral("producer");
    case AttributionClaim::Role::SourceClaim:
        return QStringLiteral("source_claim");
    case AttributionClaim::Role::Cited:
        return QStringLiteral("cited");
    }
    return QStringLiteral("unknown");
}

QString attributionKindName(AttributionClaim::Kind kind)
{
    switch (kind) {
    case AttributionClaim::Kind::SiteName:
        return QStringLiteral("site_name");
    case AttributionClaim::Kind::Disclaimer:
        return QStringLiteral("disclaimer");
    case AttributionClaim::Kind::Dateline:
        return QStringLiteral("dateline");
    case AttributionClaim::Kind::Byline:
        return QStringLiteral("byline");
    case AttributionClaim::Kind::Copyright:
        return QStringLiteral("copyright");
    case AttributionClaim::Kind::SourceLine:
        return QStringLiteral("source_line");
    case AttributionClaim::Kind::JsonLd:
        return QStringLiteral("json_ld");
    case AttributionClaim::Kind::Feed:
        return QStringLiteral("feed");
    case AttributionClaim::Kind::Credit:
        return QStringLiteral("credit");
    case AttributionClaim::Kind::InText:
        return QStringLiteral("in_text");
    }
    return QStringLiteral("unknown");
}

QJsonObject articleToJson(const Article &article)
{
    return articleToJson(article, ArticleJsonOptions{});
}

QJsonObject articleToJson(const Article &a, const ArticleJsonOptions &options)
{
    QJsonObject o;
    o.insert(QStringLiteral("title"), a.title);
    o.insert(QStringLiteral("publisher"), stringOrNull(a.publisher));
    o.insert(QStringLiteral("producer"), stringOrNull(a.producer));
    o.insert(QStringLiteral("producer_evidence"), stringOrNull(a.producerEvidence));
    o.insert(QStringLiteral("published_utc"), dateValue(a.publishedUtc));
    o.insert(QStringLiteral("updated_utc"), dateValue(a.updatedUtc));
    o.insert(QStringLiteral("url"), urlValue(a.url));
    o.insert(QStringLiteral("canonical_url"), urlValue(a.canonicalUrl));
    o.insert(QStringLiteral("site_name"), stringOrNull(a.siteName));
    o.insert(QStringLiteral("byline"), stringOrNull(a.byline));
    o.insert(QStringLiteral("dateline"), stringOrNull(a.dateline));
    o.insert(QStringLiteral("dateline_country"), stringOrNull(a.datelineCountry));
    o.insert(QStringLiteral("language"), stringOrNull(a.language));
    o.insert(QStringLiteral("section"), stringOrNull(a.section));
    o.insert(QStringLiteral("text"), a.text);
    if (options.includeHtml)
        o.insert(QStringLiteral("html"), a.html);
    o.insert(QStringLiteral("sections"), QJsonArray::fromStringList(a.sections));

    QJsonArray images;
    for (const ArticleImage &i : a.images) {
        images.append(QJsonObject{{QStringLiteral("url"), urlValue(i.url)},
                                  {QStringLiteral("alt"), i.alt},
                                  {QStringLiteral("caption"), i.caption},
                                  {QStringLiteral("credit"), i.credit},
                                  {QStringLiteral("credit_parsed"), creditToJson(i.creditParsed)},
                                  {QStringLiteral("taken_date"), stringOrNull(i.takenDate)},
                                  {QStringLiteral("place"), stringOrNull(i.place)},
                                  {QStringLiteral("file_photo"), i.filePhoto}});
    }
    o.insert(QStringLiteral("images"), images);
    o.insert(QStringLiteral("source_claims"), QJsonArray::fromStringList(a.sourceClaims));
    o.insert(QStringLiteral("cited_agencies"), QJsonArray::fromStringList(a.citedAgencies));

    QJsonArray countries;
    QJsonArray about;
    for (const CountryMention &c : a.countries) {
        countries.append(QJsonObject{{QStringLiteral("code"), c.code},
                                     {QStringLiteral("count"), c.count},
                                     {QStringLiteral("in_title"), c.inTitle},
                                     {QStringLiteral("first_position"), c.firstPosition},
                                     {QStringLiteral("score"), c.score}});
        about.append(c.code); // countries are kept ordered by score: the first is what it is about
    }
    o.insert(QStringLiteral("countries"), countries);
    o.insert(QStringLiteral("about"), about);
    o.insert(QStringLiteral("people"), QJsonArray::fromStringList(a.people));
    QJsonArray quotes;
    for (const Quote &q : a.quotes)
        quotes.append(QJsonObject{{QStringLiteral("speaker"), q.speaker}, {QStringLiteral("text"), q.text}});
    o.insert(QStringLiteral("quotes"), quotes);
    QJsonArray claims;
    for (const AttributionClaim &c : a.claims) {
        claims.append(QJsonObject{{QStringLiteral("role"), attributionRoleName(c.role)},
                                  {QStringLiteral("kind"), attributionKindName(c.kind)},
                                  {QStringLiteral("organisation"), c.organisation},
                                  {QStringLiteral("evidence"), c.evidence},
                                  {QStringLiteral("confidence"), c.confidence}});
    }
    o.insert(QStringLiteral("claims"), claims);
    o.insert(QStringLiteral("attribution_lines"), QJsonArray::fromStringList(a.attributionLines));
    o.insert(QStringLiteral("from_feed_only"), a.fromFeedOnly);
    o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(a.warnings));
    return o;
}

} // namespace ww
