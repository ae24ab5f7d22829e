#include "store/extractionrows.h"

#include "store/database.h"
#include "store/sqlvalues.h"

#include <QCoreApplication>
#include <QSet>

#include <array>

namespace ww {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ww::ExtractionRows", text);
}

// Stored as names, not enum numbers, so reordering an enum never silently changes old rows.
constexpr std::array<std::pair<AttributionClaim::Role, const char *>, 4> kRoles{{
    {AttributionClaim::Role::Publisher, "publisher"},
    {AttributionClaim::Role::Producer, "producer"},
    {AttributionClaim::Role::SourceClaim, "source-claim"},
    {AttributionClaim::Role::Cited, "cited"},
}};

constexpr std::array<std::pair<AttributionClaim::Kind, const char *>, 10> kKinds{{
    {AttributionClaim::Kind::SiteName, "site-name"},
    {AttributionClaim::Kind::Disclaimer, "disclaimer"},
    {AttributionClaim::Kind::Dateline, "dateline"},
    {AttributionClaim::Kind::Byline, "byline"},
    {AttributionClaim::Kind::Copyright, "copyright"},
    {AttributionClaim::Kind::SourceLine, "source-line"},
    {AttributionClaim::Kind::JsonLd, "json-ld"},
    {AttributionClaim::Kind::Feed, "feed"},
    {AttributionClaim::Kind::Credit, "credit"},
    {AttributionClaim::Kind::InText, "in-text"},
}};

} // namespace

QString ExtractionRows::roleName(AttributionClaim::Role role)
{
    for (const auto &[r, name] : kRoles) {
        if (r == role)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("producer");
}

QString ExtractionRows::kindName(AttributionClaim::Kind kind)
{
    for (const auto &[k, name] : kKinds) {
        if (k == kind)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("in-text");
}

AttributionClaim::Role ExtractionRows::roleFromName(const QString &name)
{
    for (const auto &[r, n] : kRoles) {
        if (name == QLatin1String(n))
            return r;
    }
    return AttributionClaim::Role::Cited;
}

AttributionClaim::Kind ExtractionRows::kindFromName(const QString &name)
{
    for (const auto &[k, n] : kKinds) {
        if (name == QLatin1String(n))
            return k;
    }
    return AttributionClaim::Kind::InText;
}

Status ExtractionRows::deleteRows(const QString &sql, qint64 articleId)
{
    QSqlQuery q = m_db.query();
    if (Status s = m_db.prepare(q, sql); !s)
        return s;
    q.addBindValue(articleId);
    return m_db.exec(q, tr("Replacing extraction rows failed"));
}

Status ExtractionRows::insertImages(qint64 articleId, const QString &origin,
                                    const QList<ArticleImage> &images)
{
    QSqlQuery q = m_db.query();
    if (Status s = m_db.prepare(
            q, QStringLiteral("INSERT INTO images (article_id, origin, position, url, alt, caption, credit, "
                              "credit_origin, credit_photographer, credit_pool, credit_distributor, "
                              "credit_file_photo, credit_handout, taken_date, place, file_photo) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        !s)
        return s;
    int position = 0;
    for (const ArticleImage &img : images) {
        q.addBindValue(articleId);
        q.addBindValue(origin);
        q.addBindValue(position++);
        q.addBindValue(sqlv::url(img.url));
        q.addBindValue(img.alt);
        q.addBindValue(img.caption);
        q.addBindValue(img.credit);
        q.addBindValue(img.creditParsed.originAgency);
        q.addBindValue(img.creditParsed.photographer);
        q.addBindValue(sqlv::flag(img.creditParsed.pool));
        q.addBindValue(img.creditParsed.distributor);
        q.addBindValue(sqlv::flag(img.creditParsed.filePhoto));
        q.addBindValue(sqlv::flag(img.creditParsed.handout));
        q.addBindValue(img.takenDate);
        q.addBindValue(img.place);
        q.addBindValue(sqlv::flag(img.filePhoto));
        if (Status s = m_db.exec(q, tr("Saving an image failed")); !s)
            return s;
    }
    return {};
}

Status ExtractionRows::replaceFeedImages(qint64 articleId, const QList<ArticleImage> &images)
{
    if (Status s = deleteRows(QStringLiteral("DELETE FROM images WHERE article_id = ? AND origin = 'feed'"),
                              articleId);
        !s)
        return s;
    return insertImages(articleId, QStringLiteral("feed"), images);
}

Status ExtractionRows::replace(qint64 articleId, const Article &article)
{
    for (const char *sql :
         {"DELETE FROM images WHERE article_id = ? AND origin = 'page'",
          "DELETE FROM attribution_claims WHERE article_id = ?",
          "DELETE FROM country_mentions WHERE article_id = ?", "DELETE FROM quotes WHERE article_id = ?"}) {
        if (Status s = deleteRows(QString::fromLatin1(sql), articleId); !s)
            return s;
    }
    if (Status s = insertImages(articleId, QStringLiteral("page"), article.images); !s)
        return s;

    QSqlQuery claim = m_db.query();
    if (Status s = m_db.prepare(
            claim, QStringLiteral("INSERT INTO attribution_claims (article_id, role, kind, "
                                  "organisation, evidence, confidence) VALUES (?, ?, ?, ?, ?, ?)"));
        !s)
        return s;
    for (const AttributionClaim &c : article.claims) {
        claim.addBindValue(articleId);
        claim.addBindValue(roleName(c.role));
        claim.addBindValue(kindName(c.kind));
        claim.addBindValue(sqlv::text(c.organisation));
        claim.addBindValue(c.evidence);
        claim.addBindValue(c.confidence);
        if (Status s = m_db.exec(claim, tr("Saving an attribution claim failed")); !s)
            return s;
    }

    QSqlQuery country = m_db.query();
    // Upsert: an extractor that reports a country twice must not fail the whole save.
    if (Status s = m_db.prepare(
            country, QStringLiteral("INSERT INTO country_mentions (article_id, code, count, in_title, "
                                    "first_pos, score, rank) VALUES (?, ?, ?, ?, ?, ?, ?) "
                                    "ON CONFLICT (article_id, code) DO UPDATE SET count = excluded.count + "
                                    "country_mentions.count"));
        !s)
        return s;
    int rank = 0;
    for (const CountryMention &m : article.countries) {
        if (m.code.isEmpty())
            continue;
        country.addBindValue(articleId);
        country.addBindValue(m.code.toUpper());
        country.addBindValue(m.count);
        country.addBindValue(sqlv::flag(m.inTitle));
        country.addBindValue(m.firstPosition);
        country.addBindValue(m.score);
        country.addBindValue(rank++);
        if (Status s = m_db.exec(country, tr("Saving a country mention failed")); !s)
            return s;
    }

    QSqlQuery quote = m_db.query();
    if (Status s =
            m_db.prepare(quote, QStringLiteral("INSERT INTO quotes (article_id, position, speaker, text) "
                                               "VALUES (?, ?, ?, ?)"));
        !s)
        return s;
    int position = 0;
    for (const Quote &qt : article.quotes) {
        quote.addBindValue(articleId);
        quote.addBindValue(position++);
        quote.addBindValue(qt.speaker);
        quote.addBindValue(sqlv::text(qt.text));
        if (Status s = m_db.exec(quote, tr("Saving a quote failed")); !s)
            return s;
    }
    return {};
}

Status ExtractionRows::load(qint64 articleId, Article &article)
{
    QSqlQuery q = m_db.query();
    if (Status s = m_db.prepare(
            q, QStringLiteral("SELECT url, alt, caption, credit, credit_origin, credit_photographer, "
                              "credit_pool, credit_distributor, credit_file_photo, credit_handout, "
                              "taken_date, place, file_photo, origin FROM images WHERE article_id = ? "
                              "ORDER BY CASE origin WHEN 'page' THEN 0 ELSE 1 END, position"));
        !s)
        return s;
    q.addBindValue(articleId);
    if (Status s = m_db.exec(q, tr("Reading images failed")); !s)
        return s;
    article.images.clear();
    // Page rows come first; the extraction already folded the feed's media for the same picture into them,
    // so a feed row for a URL the page shows is the same picture again (a page may show one twice).
    QSet<QString> seen;
    while (q.next()) {
        const QString url = q.value(0).toString();
        if (q.value(13).toString() == QLatin1String("page"))
            seen.insert(url);
        else if (seen.contains(url))
            continue;
        ArticleImage img;
        img.url = sqlv::url(q.value(0));
        img.alt = q.value(1).toString();
        img.caption = q.value(2).toString();
        img.credit = q.value(3).toString();
        img.creditParsed.originAgency = q.value(4).toString();
        img.creditParsed.photographer = q.value(5).toString();
        img.creditParsed.pool = q.value(6).toBool();
        img.creditParsed.distributor = q.value(7).toString();
        img.creditParsed.filePhoto = q.value(8).toBool();
        img.creditParsed.handout = q.value(9).toBool();
        img.takenDate = q.value(10).toString();
        img.place = q.value(11).toString();
        img.filePhoto = q.value(12).toBool();
        article.images << img;
    }

    QSqlQuery c = m_db.query();
    if (Status s =
            m_db.prepare(c, QStringLiteral("SELECT role, kind, organisation, evidence, confidence FROM "
                                           "attribution_claims WHERE article_id = ? ORDER BY id"));
        !s)
        return s;
    c.addBindValue(articleId);
    if (Status s = m_db.exec(c, tr("Reading attribution claims failed")); !s)
        return s;
    article.claims.clear();
    while (c.next()) {
        AttributionClaim claim;
        claim.role = roleFromName(c.value(0).toString());
        claim.kind = kindFromName(c.value(1).toString());
        claim.organisation = c.value(2).toString();
        claim.evidence = c.value(3).toString();
        claim.confidence = c.value(4).toDouble();
        article.claims << claim;
    }

    QSqlQuery m = m_db.query();
    if (Status s = m_db.prepare(m, QStringLiteral("SELECT code, count, in_title, first_pos, score FROM "
                                                  "country_mentions WHERE article_id = ? ORDER BY rank"));
        !s)
        return s;
    m.addBindValue(articleId);
    if (Status s = m_db.exec(m, tr("Reading country mentions failed")); !s)
        return s;
    article.countries.clear();
    while (m.next()) {
        CountryMention cm;
        cm.code = m.value(0).toString();
        cm.count = m.value(1).toInt();
        cm.inTitle = m.value(2).toBool();
        cm.firstPosition = m.value(3).toInt();
        cm.score = m.value(4).toDouble();
        article.countries << cm;
    }

    QSqlQuery qt = m_db.query();
    if (Status s = m_db.prepare(qt, QStringLiteral("SELECT speaker, text FROM quotes WHERE article_id = ? "
                                                   "ORDER BY position"));
        !s)
        return s;
    qt.addBindValue(articleId);
    if (Status s = m_db.exec(qt, tr("Reading quotes failed")); !s)
        return s;
    article.quotes.clear();
    while (qt.next())
        article.quotes << Quote{qt.value(0).toString(), qt.value(1).toString()};
    return {};
}

} // namespace ww
