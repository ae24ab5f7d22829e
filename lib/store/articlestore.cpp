#include "store/articlestore.h"

#include "store/annotationstore.h"
#include "store/articlefilter.h"
#include "store/database.h"
#include "store/extractionrows.h"
#include "store/searchindex.h"
#include "store/searchwindow.h"
#include "store/sqlvalues.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QSet>

namespace ww {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ww::ArticleStore", text);
}

// Dates further ahead than this are treated as wrong for sorting (b.52: future dates are clamped).
constexpr qint64 kFutureSlackMs = 24LL * 3600 * 1000;

QString itemKey(const FeedItem &item)
{
    if (!item.key.isEmpty())
        return item.key;
    if (!item.guid.isEmpty())
        return item.guid;
    if (!item.url.isEmpty())
        return item.url.toString(QUrl::FullyEncoded);
    return item.contentHash;
}

QString contentHash(const FeedItem &item)
{
    if (!item.contentHash.isEmpty())
        return item.contentHash;
    const QString joined = item.title + QLatin1Char('\n') + item.summary + QLatin1Char('\n') + item.content;
    return QString::fromLatin1(QCryptographicHash::hash(joined.toUtf8(), QCryptographicHash::Sha1).toHex());
}

QList<ArticleImage> feedImages(const FeedItem &item)
{
    QList<ArticleImage> images;
    for (const MediaObject &m : item.media) {
        if (!m.type.isEmpty() && !m.type.startsWith(QLatin1String("image")))
            continue;
        ArticleImage img;
        img.url = m.url;
        img.alt = m.title;
        img.caption = m.description;
        img.credit = m.credit;
        images << img;
    }
    for (const Enclosure &e : item.enclosures) {
        if (e.type.startsWith(QLatin1String("image/"))) {
            ArticleImage img;
            img.url = e.url;
            images << img;
        }
    }
    return images;
}

QString csv(const QList<qint64> &ids)
{
    QStringList marks;
    for (qsizetype i = 0; i < ids.size(); ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

} // namespace

Result<IngestResult> ArticleStore::ingest(qint64 feedId, const ParsedFeed &feed)
{
    IngestResult result;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Status status = m_db.transaction([&]() -> Status {
        QSqlQuery find = m_db.query();
        if (Status s = m_db.prepare(find, QStringLiteral("SELECT id, content_hash, revision, title, summary, "
                                                         "content_raw, fetched_at, sort_at FROM articles "
                                                         "WHERE feed_id = ? AND item_key = ?"));
            !s)
            return s;
        QSqlQuery insert = m_db.query();
        if (Status s = m_db.prepare(
                insert,
                QStringLiteral("INSERT INTO articles (feed_id, item_key, guid, url, title, author, "
                               "published_at, published_raw, updated_at, sort_at, summary, content_raw, "
                               "content_type, categories, language, content_hash, fetched_at, encoding, "
                               "encoding_guessed, repaired) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                               "?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
            !s)
            return s;
        QSqlQuery keep = m_db.query();
        if (Status s = m_db.prepare(
                keep, QStringLiteral("INSERT INTO article_revisions (article_id, revision, title, "
                                     "summary, content_raw, content_hash, seen_at) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?)"));
            !s)
            return s;
        QSqlQuery update = m_db.query();
        if (Status s = m_db.prepare(
                update,
                QStringLiteral("UPDATE articles SET guid = ?, url = ?, title = ?, author = ?, "
                               "published_at = ?, published_raw = ?, updated_at = ?, sort_at = ?, "
                               "summary = ?, content_raw = ?, content_type = ?, categories = ?, "
                               "content_hash = ?, revision = ?, fetched_at = ?, encoding = ?, "
                               "encoding_guessed = ?, repaired = ?, extracted_at = NULL WHERE id = ?"));
            !s)
            return s;
        ExtractionRows rows(m_db);
        SearchIndex index(m_db);
        QSet<QString> seen;

        for (const FeedItem &item : feed.items) {
            const QString key = itemKey(item);
            if (key.isEmpty() || seen.contains(key)) {
                ++result.skipped; // no identity, or a duplicate inside one document
                continue;
            }
            seen.insert(key);
            const QString hash = contentHash(item);
            const QString language = item.language.isEmpty() ? feed.language : item.language;
            const QVariant published = sqlv::time(item.published.utc);

            find.addBindValue(feedId);
            find.addBindValue(key);
            if (Status s = m_db.exec(find, tr("Looking up an item failed")); !s)
                return s;
            if (!find.next()) {
                find.finish();
                const qint64 pub = item.published.isKnown() ? item.published.utc.toMSecsSinceEpoch() : now;
                for (const QVariant &v : QVariantList{feedId,
                                                      key,
                                                      item.guid,
                                                      sqlv::url(item.url),
                                                      sqlv::text(item.title),
                                                      item.author,
                                                      published,
                                                      item.published.raw,
                                                      sqlv::time(item.updated.utc),
                                                      pub > now + kFutureSlackMs ? now : pub,
                                                      item.summary,
                                                      item.content,
                                                      item.contentType,
                                                      sqlv::lines(item.categories),
                                                      language,
                                                      hash,
                                                      now,
                                                      feed.encoding,
                                                      sqlv::flag(feed.encodingGuessed),
                                                      sqlv::flag(feed.repaired)})
                    insert.addBindValue(v);
                if (Status s = m_db.exec(insert, tr("Saving a new item failed")); !s)
                    return s;
                insert.next();
                const qint64 id = insert.value(0).toLongLong();
                insert.finish();
                if (Status s = rows.replaceFeedImages(id, feedImages(item)); !s)
                    return s;
                if (Status s = index.refresh(id); !s)
                    return s;
                ++result.added;
                result.addedIds << id;
                continue;
            }
            const qint64 id = find.value(0).toLongLong();
            if (find.value(1).toString() == hash) {
                find.finish();
                ++result.unchanged;
                continue;
            }
            const int revision = find.value(2).toInt();
            for (const QVariant &v : QVariantList{id, revision, find.value(3), find.value(4), find.value(5),
                                                  find.value(1), find.value(6)})
                keep.addBindValue(v);
            const qint64 previousSort = find.value(7).toLongLong();
            find.finish();
            if (Status s = m_db.exec(keep, tr("Saving an article revision failed")); !s)
                return s;
            const qint64 pub =
                item.published.isKnown() ? item.published.utc.toMSecsSinceEpoch() : previousSort;
            for (const QVariant &v :
                 QVariantList{item.guid, sqlv::url(item.url), sqlv::text(item.title), item.author, published,
                              item.published.raw, sqlv::time(item.updated.utc),
                              pub > now + kFutureSlackMs ? previousSort : pub, item.summary, item.content,
                              item.contentType, sqlv::lines(item.categories), hash, revision + 1, now,
                              feed.encoding, sqlv::flag(feed.encodingGuessed), sqlv::flag(feed.repaired), id})
                update.addBindValue(v);
            if (Status s = m_db.exec(update, tr("Updating a revised item failed")); !s)
                return s;
            if (Status s = rows.replaceFeedImages(id, feedImages(item)); !s)
                return s;
            if (Status s = index.refresh(id); !s)
                return s;
            ++result.revised;
            result.revisedIds << id;
        }
        return {};
    });
    if (!status)
        return status.error();
    return result;
}

Status ArticleStore::saveExtraction(qint64 articleId, const Article &a)
{
    return m_db.transaction([&]() -> Status {
        QSqlQuery q = m_db.query();
        if (Status s = m_db.prepare(
                q, QStringLiteral(
                       "UPDATE articles SET canonical_url = ?, extracted_text = ?, extracted_html = ?, "
                       "language = COALESCE(?, language), producer = ?, producer_evidence = ?, "
                       "publisher = ?, site_name = ?, byline = ?, dateline = ?, dateline_country = ?, "
                       "section = ?, sections = ?, people = ?, source_claims = ?, cited_agencies = ?, "
                       "warnings = ?, from_feed_only = ?, extracted_at = ?, "
                       "published_at = COALESCE(published_at, ?), "
                       "title = CASE WHEN title = '' THEN ? ELSE title END WHERE id = ?"));
            !s)
            return s;
        const auto orNull = [](const QString &s) {
            return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
        };
        for (const QVariant &v : QVariantList{sqlv::url(a.canonicalUrl),
                                              a.text,
                                              a.html,
                                              orNull(a.language),
                                              orNull(a.producer),
                                              a.producerEvidence,
                                              orNull(a.publisher),
                                              a.siteName,
                                              a.byline,
                                              a.dateline,
                                              orNull(a.datelineCountry.toUpper()),
                                              a.section,
                                              sqlv::lines(a.sections),
                                              sqlv::lines(a.people),
                                              sqlv::lines(a.sourceClaims),
                                              sqlv::lines(a.citedAgencies),
                                              sqlv::lines(a.warnings),
                                              sqlv::flag(a.fromFeedOnly),
                                              QDateTime::currentMSecsSinceEpoch(),
                                              sqlv::time(a.publishedUtc),
                                              sqlv::text(a.title),
                                              articleId})
            q.addBindValue(v);
        if (Status s = m_db.exec(q, tr("Saving the extracted article failed")); !s)
            return s;
        if (q.numRowsAffected() == 0)
            return Error(Error::Code::NotFound, tr("Article %1 does not exist.").arg(articleId));
        if (Status s = ExtractionRows(m_db).replace(articleId, a); !s)
            return s;
        // Analysts' highlights follow the new text in the same transaction, so they never point at stale
        // words.
        if (Result<int> orphans = AnnotationStore(m_db).reanchor(articleId, a.text); !orphans)
            return orphans.error();
        return SearchIndex(m_db).refresh(articleId);
    });
}

Result<qint64> ArticleStore::maxId()
{
    QSqlQuery q = m_db.query();
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM articles")) || !q.next())
        return Database::sqlError(q.lastError(), tr("Reading articles failed"));
    return q.value(0).toLongLong();
}

Result<QList<ArticleSummary>> ArticleStore::list(const ArticleQuery &query)
{
    if (!SearchWindow::applies(m_db, query))
        return listFrom(query, 0);
    return SearchWindow(m_db).list(query, [this, &query](qint64 fromId) { return listFrom(query, fromId); });
}

Result<QList<ArticleSummary>> ArticleStore::listFrom(const ArticleQuery &query, qint64 fromId)
{
    SearchIndex index(m_db);
    const ArticleFilter filter(query, index, fromId);
    if (filter.matchesNothing())
        return QList<ArticleSummary>();
    QString order;
    // Keyset paging: after the given row in the same order. The key's first column is also bounded on its
    // own (<= / >=) so both backends walk their index from there instead of testing every row.
    QString after;
    QVariantList afterValues;
    switch (query.sort) {
    case ArticleQuery::Sort::NewestFirst:
        order = QStringLiteral(" ORDER BY a.sort_at DESC, a.id DESC");
        after = QStringLiteral("a.sort_at <= ? AND (a.sort_at < ? OR a.id < ?)");
        afterValues = {sqlv::time(query.afterSortTime), sqlv::time(query.afterSortTime), query.afterId};
        break;
    case ArticleQuery::Sort::OldestFirst:
        order = QStringLiteral(" ORDER BY a.sort_at ASC, a.id ASC");
        after = QStringLiteral("a.sort_at >= ? AND (a.sort_at > ? OR a.id > ?)");
        afterValues = {sqlv::time(query.afterSortTime), sqlv::time(query.afterSortTime), query.afterId};
        break;
    case ArticleQuery::Sort::TitleAscending:
        order = QStringLiteral(" ORDER BY a.title ASC, a.id ASC");
        after = QStringLiteral("a.title >= ? AND (a.title > ? OR a.id > ?)");
        afterValues = {sqlv::text(query.afterTitle), sqlv::text(query.afterTitle), query.afterId};
        break;
    case ArticleQuery::Sort::ArrivalOrder:
        order = QStringLiteral(" ORDER BY a.id ASC");
        after = QStringLiteral("a.id > ?");
        afterValues = {query.afterId};
        break;
    }
    const bool keyset = query.afterId > 0;
    if (keyset && query.sort != ArticleQuery::Sort::ArrivalOrder &&
        query.sort != ArticleQuery::Sort::TitleAscending && !query.afterSortTime.isValid())
        return Error(Error::Code::InvalidArgument, tr("Keyset paging by time needs the row's sort time."));
    QString where = filter.where();
    if (keyset)
        where += (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) + after;
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    if (Status s =
            m_db.prepare(q, QStringLiteral("SELECT a.id, a.feed_id, f.title, s.name, a.title, a.url, "
                                           "a.published_at, a.sort_at, a.producer, a.language, a.read, "
                                           "a.starred, a.cluster_id, a.revision") +
                                ArticleFilter::from() + where + order + QStringLiteral(" LIMIT ? OFFSET ?"));
        !s)
        return s.error();
    filter.bind(q);
    if (keyset) {
        for (const QVariant &v : std::as_const(afterValues))
            q.addBindValue(v);
    }
    q.addBindValue(sqlv::limit(query.limit));
    q.addBindValue(keyset ? 0 : qMax(0, query.offset));
    if (Status s = m_db.exec(q, tr("Listing articles failed")); !s)
        return s.error();
    QList<ArticleSummary> rows;
    while (q.next()) {
        ArticleSummary r;
        r.id = q.value(0).toLongLong();
        r.feedId = q.value(1).toLongLong();
        r.feedTitle = q.value(2).toString();
        r.sourceName = q.value(3).toString();
        r.title = q.value(4).toString();
        r.url = sqlv::url(q.value(5));
        r.published = sqlv::time(q.value(6));
        r.sortTime = sqlv::time(q.value(7));
        r.producer = q.value(8).toString();
        r.language = q.value(9).toString();
        r.read = q.value(10).toBool();
        r.starred = q.value(11).toBool();
        r.clusterId = q.value(12).toLongLong();
        r.revision = q.value(13).toInt();
        rows << r;
    }
    if (q.lastError().isValid())
        return Database::sqlError(q.lastError(), tr("Listing articles failed"));
    if (Status s = fillTagsAndCountries(rows); !s)
        return s.error();
    return rows;
}

Status ArticleStore::fillTagsAndCountries(QList<ArticleSummary> &rows)
{
    if (rows.isEmpty())
        return {};
    QList<qint64> ids;
    QHash<qint64, qsizetype> at;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        ids << rows.at(i).id;
        at.insert(rows.at(i).id, i);
    }
    // Two small follow-up queries instead of GROUP_CONCAT/string_agg: portable, and names may contain commas.
    QSqlQuery c = m_db.query();
    if (Status s =
            m_db.prepare(c, QStringLiteral("SELECT article_id, code FROM country_mentions WHERE article_id "
                                           "IN (%1) ORDER BY article_id, rank")
                                .arg(csv(ids)));
        !s)
        return s;
    for (qint64 id : ids)
        c.addBindValue(id);
    if (Status s = m_db.exec(c, tr("Listing countries failed")); !s)
        return s;
    while (c.next()) {
        QString &countries = rows[at.value(c.value(0).toLongLong())].countries;
        countries += (countries.isEmpty() ? QString() : QStringLiteral(",")) + c.value(1).toString();
    }
    QSqlQuery t = m_db.query();
    if (Status s =
            m_db.prepare(t, QStringLiteral("SELECT at.article_id, t.name FROM article_tags at JOIN tags t ON "
                                           "t.id = at.tag_id WHERE at.article_id IN (%1) ORDER BY t.name")
                                .arg(csv(ids)));
        !s)
        return s;
    for (qint64 id : ids)
        t.addBindValue(id);
    if (Status s = m_db.exec(t, tr("Listing tags failed")); !s)
        return s;
    while (t.next())
        rows[at.value(t.value(0).toLongLong())].tags << t.value(1).toString();
    return {};
}

Result<int> ArticleStore::count(const ArticleQuery &query)
{
    SearchIndex index(m_db);
    const ArticleFilter filter(query, index);
    if (filter.matchesNothing())
        return 0;
    QSqlQuery q = m_db.query();
    if (Status s =
            m_db.prepare(q, QStringLiteral("SELECT COUNT(*)") + ArticleFilter::from() + filter.where());
        !s)
        return s.error();
    filter.bind(q);
    if (Status s = m_db.exec(q, tr("Counting articles failed")); !s)
        return s.error();
    q.next();
    return q.value(0).toInt();
}

Result<StoredArticle> ArticleStore::get(qint64 id)
{
    QSqlQuery q = m_db.query();
    if (Status s = m_db.prepare(
            q, QStringLiteral(
                   "SELECT a.id, a.feed_id, f.title, s.name, a.item_key, a.guid, a.author, "
                   "a.published_raw, a.summary, a.content_raw, a.content_type, a.categories, "
                   "a.content_hash, a.revision, a.fetched_at, a.extracted_at, a.encoding, "
                   "a.encoding_guessed, a.repaired, a.read, a.starred, a.cluster_id, a.url, "
                   "a.canonical_url, a.title, a.byline, a.site_name, a.publisher, a.producer, "
                   "a.producer_evidence, a.published_at, a.updated_at, a.dateline, a.dateline_country, "
                   "a.language, a.section, a.extracted_text, a.extracted_html, a.sections, "
                   "a.source_claims, a.cited_agencies, a.people, a.from_feed_only, a.warnings, "
                   "a.sort_at") +
                   ArticleFilter::from() + QStringLiteral(" WHERE a.id = ?"));
        !s)
        return s.error();
    q.addBindValue(id);
    if (Status s = m_db.exec(q, tr("Reading the article failed")); !s)
        return s.error();
    if (!q.next())
        return Error(Error::Code::NotFound, tr("Article %1 does not exist.").arg(id));
    StoredArticle r;
    r.id = q.value(0).toLongLong();
    r.feedId = q.value(1).toLongLong();
    r.feedTitle = q.value(2).toString();
    r.sourceName = q.value(3).toString();
    r.itemKey = q.value(4).toString();
    r.guid = q.value(5).toString();
    r.author = q.value(6).toString();
    r.publishedRaw = q.value(7).toString();
    r.summary = q.value(8).toString();
    r.contentRaw = q.value(9).toString();
    r.contentType = q.value(10).toString();
    r.categories = sqlv::lines(q.value(11));
    r.contentHash = q.value(12).toString();
    r.revision = q.value(13).toInt();
    r.fetched = sqlv::time(q.value(14));
    r.extracted = sqlv::time(q.value(15));
    r.encoding = q.value(16).toString();
    r.encodingGuessed = q.value(17).toBool();
    r.repaired = q.value(18).toBool();
    r.read = q.value(19).toBool();
    r.starred = q.value(20).toBool();
    r.clusterId = q.value(21).toLongLong();
    Article &a = r.article;
    a.url = sqlv::url(q.value(22));
    a.canonicalUrl = sqlv::url(q.value(23));
    a.title = q.value(24).toString();
    a.byline = q.value(25).toString();
    a.siteName = q.value(26).toString();
    a.publisher = q.value(27).toString();
    a.producer = q.value(28).toString();
    a.producerEvidence = q.value(29).toString();
    a.publishedUtc = sqlv::time(q.value(30));
    a.updatedUtc = sqlv::time(q.value(31));
    a.dateline = q.value(32).toString();
    a.datelineCountry = q.value(33).toString();
    a.language = q.value(34).toString();
    a.section = q.value(35).toString();
    a.text = q.value(36).toString();
    a.html = q.value(37).toString();
    a.sections = sqlv::lines(q.value(38));
    a.sourceClaims = sqlv::lines(q.value(39));
    a.citedAgencies = sqlv::lines(q.value(40));
    a.people = sqlv::lines(q.value(41));
    a.fromFeedOnly = q.value(42).toBool();
    a.warnings = sqlv::lines(q.value(43));
    q.finish();
    if (Status s = ExtractionRows(m_db).load(id, a); !s)
        return s.error();
    QList<ArticleSummary> one{ArticleSummary{}};
    one.first().id = id;
    if (Status s = fillTagsAndCountries(one); !s)
        return s.error();
    r.tags = one.first().tags;
    return r;
}

Result<QList<ArticleRevision>> ArticleStore::revisions(qint64 articleId)
{
    QSqlQuery q = m_db.query();
    if (Status s =
            m_db.prepare(q, QStringLiteral("SELECT revision, title, summary, content_raw, content_hash, "
                                           "seen_at FROM article_revisions WHERE article_id = ? "
                                           "ORDER BY revision"));
        !s)
        return s.error();
    q.addBindValue(articleId);
    if (Status s = m_db.exec(q, tr("Reading revisions failed")); !s)
        return s.error();
    QList<ArticleRevision> out;
    while (q.next())
        out << ArticleRevision{q.value(0).toInt(),    q.value(1).toString(), q.value(2).toString(),
                               q.value(3).toString(), q.value(4).toString(), sqlv::time(q.value(5))};
    return out;
}

Status ArticleStore::setFlag(const QString &column, const QList<qint64> &ids, bool value)
{
    if (ids.isEmpty())
        return {};
    return m_db.transaction([&]() -> Status {
        // Chunks keep the statement under every backend's parameter limit.
        constexpr qsizetype chunk = 500;
        for (qsizetype start = 0; start < ids.size(); start += chunk) {
            const QList<qint64> part = ids.mid(start, chunk);
            QSqlQuery q = m_db.query();
            if (Status s = m_db.prepare(
                    q, QStringLiteral("UPDATE articles SET %1 = ? WHERE id IN (%2)").arg(column, csv(part)));
                !s)
                return s;
            q.addBindValue(sqlv::flag(value));
            for (qint64 id : part)
                q.addBindValue(id);
            if (Status s = m_db.exec(q, tr("Updating articles failed")); !s)
                return s;
        }
        return {};
    });
}

Status ArticleStore::setRead(const QList<qint64> &ids, bool read)
{
    return setFlag(QStringLiteral("read"), ids, read);
}

Status ArticleStore::setStarred(const QList<qint64> &ids, bool starred)
{
    return setFlag(QStringLiteral("starred"), ids, starred);
}

} // namespace ww
