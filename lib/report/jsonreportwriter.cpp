#include "report/jsonreportwriter.h"

#include "extract/captionlocator.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

namespace ww {

namespace {
QJsonValue isoOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString roleName(AttributionClaim::Role role)
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
    return {};
}

QJsonArray sharesJson(const QList<CountShare> &shares)
{
    QJsonArray out;
    for (const CountShare &s : shares)
        out.append(QJsonObject{{QStringLiteral("key"), s.key}, {QStringLiteral("count"), s.count}});
    return out;
}

Status put(QIODevice &out, const QByteArray &bytes)
{
    if (out.write(bytes) != bytes.size())
        return Error(Error::Code::Io,
                     QCoreApplication::translate("ww::JsonReportWriter", "Writing the JSON failed: %1")
                         .arg(out.errorString()));
    return {};
}
} // namespace

QJsonObject JsonReportWriter::articleJson(const ReportItem &item)
{
    const StoredArticle &s = item.stored;
    const Article &a = s.article;
    QJsonArray countries;
    for (const CountryMention &c : a.countries)
        countries.append(QJsonObject{{QStringLiteral("code"), c.code},
                                     {QStringLiteral("count"), c.count},
                                     {QStringLiteral("in_title"), c.inTitle}});
    QJsonArray images;
    for (const ArticleImage &image : a.images) {
        const ParsedCredit &p = image.creditParsed;
        images.append(QJsonObject{
            {QStringLiteral("url"), image.url.toString()},
            {QStringLiteral("caption"), image.caption},
            {QStringLiteral("credit"), image.credit},
            {QStringLiteral("credit_unlabelled"), CaptionLocator::stripMediumLabel(image.credit)},
            {QStringLiteral("credit_parsed"), QJsonObject{{QStringLiteral("origin_agency"), p.originAgency},
                                                          {QStringLiteral("photographer"), p.photographer},
                                                          {QStringLiteral("pool"), p.pool},
                                                          {QStringLiteral("distributor"), p.distributor},
                                                          {QStringLiteral("file_photo"), p.filePhoto},
                                                          {QStringLiteral("handout"), p.handout}}},
            {QStringLiteral("place"), image.place},
            {QStringLiteral("taken_date"), image.takenDate},
        });
    }
    QJsonArray claims;
    for (const AttributionClaim &c : a.claims)
        claims.append(QJsonObject{{QStringLiteral("role"), roleName(c.role)},
                                  {QStringLiteral("organisation"), c.organisation},
                                  {QStringLiteral("evidence"), c.evidence},
                                  {QStringLiteral("confidence"), c.confidence}});
    QJsonArray tags;
    for (const Tag &t : item.tags)
        tags.append(t.name);
    QJsonArray notes;
    for (const Annotation &n : item.annotations)
        notes.append(QJsonObject{{QStringLiteral("quote"), n.quote},
                                 {QStringLiteral("note"), n.note},
                                 {QStringLiteral("orphaned"), n.orphaned},
                                 {QStringLiteral("created"), isoOrNull(n.created)},
                                 {QStringLiteral("updated"), isoOrNull(n.updated)}});
    return QJsonObject{
        {QStringLiteral("id"), s.id},
        {QStringLiteral("title"), a.title},
        {QStringLiteral("url"), a.url.toString()},
        {QStringLiteral("published"), isoOrNull(a.publishedUtc)},
        {QStringLiteral("fetched"), isoOrNull(s.fetched)},
        {QStringLiteral("publisher"), item.publisher()},
        {QStringLiteral("producer"), a.producer},
        {QStringLiteral("producer_evidence"), a.producerEvidence},
        {QStringLiteral("feed"), s.feedTitle},
        {QStringLiteral("byline"), a.byline},
        {QStringLiteral("dateline"), a.dateline},
        {QStringLiteral("language"), a.language},
        {QStringLiteral("countries"), countries},
        {QStringLiteral("images"), images},
        {QStringLiteral("claims"), claims},
        {QStringLiteral("tags"), tags},
        {QStringLiteral("annotations"), notes},
        {QStringLiteral("cluster_id"), s.clusterId},
        {QStringLiteral("text"), a.text},
    };
}

QJsonObject JsonReportWriter::figuresJson(const ReportFigures &f)
{
    return QJsonObject{
        {QStringLiteral("articles"), f.articles()},
        {QStringLiteral("with_producer"), f.withProducer()},
        {QStringLiteral("with_countries"), f.withCountries()},
        {QStringLiteral("first"), isoOrNull(f.first())},
        {QStringLiteral("last"), isoOrNull(f.last())},
        {QStringLiteral("top_countries"), sharesJson(f.topCountries(0))},
        {QStringLiteral("by_publisher"), sharesJson(f.byPublisher(0))},
        {QStringLiteral("by_producer"), sharesJson(f.byProducer(0))},
    };
}

QJsonObject JsonReportWriter::headerJson(const ReportSource &source)
{
    const ReportSpec &spec = source.spec();
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("wirewatch-report")},
        {QStringLiteral("version"), FormatVersion},
        {QStringLiteral("title"), spec.title},
        {QStringLiteral("author"), spec.author},
        {QStringLiteral("summary"), spec.summary},
        {QStringLiteral("generated"), isoOrNull(spec.generated)},
        {QStringLiteral("selection"), source.selectionDescription()},
        {QStringLiteral("from"), isoOrNull(spec.from)},
        {QStringLiteral("to"), isoOrNull(spec.to)},
        {QStringLiteral("figures"), figuresJson(source.figures())},
    };
}

Status JsonReportWriter::write(ReportSource &source, QIODevice &out, const ReportSource::Progress &progress)
{
    // The header object is written without its closing brace, then "articles" is streamed into it.
    QByteArray head = QJsonDocument(headerJson(source)).toJson(QJsonDocument::Indented);
    head.chop(head.size() - head.lastIndexOf('}'));
    while (head.endsWith('\n') || head.endsWith(' '))
        head.chop(1);
    if (Status s = put(out, head + ",\n    \"articles\": ["); !s)
        return s;
    const QList<qint64> &ids = source.ids();
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const Result<ReportItem> item = source.load(ids.at(i));
        if (!item)
            return item.error();
        const QByteArray json = QJsonDocument(articleJson(*item)).toJson(QJsonDocument::Compact);
        if (Status s = put(out, (i ? ",\n        " : "\n        ") + json); !s)
            return s;
        if (progress && !progress(int(i + 1), int(ids.size())))
            return Error(Error::Code::Cancelled,
                         QCoreApplication::translate("ww::JsonReportWriter", "The report was cancelled."));
    }
    return put(out, ids.isEmpty() ? QByteArray("]\n}\n") : QByteArray("\n    ]\n}\n"));
}

} // namespace ww
