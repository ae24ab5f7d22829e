#include "store/articlefilter.h"

#include "store/ftsquery.h"
#include "store/searchindex.h"
#include "store/sqlvalues.h"

namespace ww {

namespace {

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

QVariantList idValues(const QList<qint64> &ids)
{
    QVariantList values;
    for (qint64 id : ids)
        values << id;
    return values;
}

} // namespace

QString ArticleFilter::from()
{
    return QStringLiteral(
        " FROM articles a JOIN feeds f ON f.id = a.feed_id LEFT JOIN sources s ON s.id = f.source_id");
}

void ArticleFilter::add(const QString &condition, const QVariantList &values)
{
    m_where += (m_where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) + condition;
    m_values << values;
}

ArticleFilter::ArticleFilter(const ArticleQuery &q, const SearchIndex &index, qint64 fromId)
{
    if (fromId > 0)
        add(QStringLiteral("a.id >= ?"), {fromId});
    if (!q.feedIds.isEmpty())
        add(QStringLiteral("a.feed_id IN (%1)").arg(placeholders(q.feedIds.size())), idValues(q.feedIds));
    if (!q.sourceIds.isEmpty())
        add(QStringLiteral("f.source_id IN (%1)").arg(placeholders(q.sourceIds.size())),
            idValues(q.sourceIds));
    if (!q.folder.isEmpty())
        add(QStringLiteral("f.folder = ?"), {q.folder});
    if (!q.text.trimmed().isEmpty()) {
        const QString match = index.translate(q.text);
        if (match.isEmpty())
            m_matchesNothing = true;
        else if (fromId > 0)
            add(index.matchCondition(true), {match, fromId});
        else
            add(index.matchCondition(), {match});
    }
    if (!q.countryCode.isEmpty())
        add(QStringLiteral(
                "EXISTS (SELECT 1 FROM country_mentions cm WHERE cm.article_id = a.id AND cm.code = ?)"),
            {q.countryCode.toUpper()});
    if (!q.producer.isEmpty())
        add(QStringLiteral("a.producer = ?"), {q.producer});
    if (!q.publisher.isEmpty())
        add(QStringLiteral("(a.publisher = ? OR s.name = ?)"), {q.publisher, q.publisher});
    if (q.tagId > 0)
        add(QStringLiteral(
                "EXISTS (SELECT 1 FROM article_tags at WHERE at.article_id = a.id AND at.tag_id = ?)"),
            {q.tagId});
    if (q.clusterId > 0)
        add(QStringLiteral("a.cluster_id = ?"), {q.clusterId});
    if (!q.language.isEmpty())
        add(QStringLiteral("a.language = ?"), {q.language});
    if (q.from.isValid())
        add(QStringLiteral("a.sort_at >= ?"), {sqlv::time(q.from)});
    if (q.to.isValid())
        add(QStringLiteral("a.sort_at < ?"), {sqlv::time(q.to)});
    if (q.unreadOnly)
        add(QStringLiteral("a.read = 0"));
    if (q.starredOnly)
        add(QStringLiteral("a.starred = 1"));
    if (q.minId > 0)
        add(QStringLiteral("a.id > ?"), {q.minId});
}

void ArticleFilter::bind(QSqlQuery &query) const
{
    for (const QVariant &v : m_values)
        query.addBindValue(v);
}

} // namespace ww
