#include "store/clusterstore.h"

#include "store/articlefilter.h"
#include "store/database.h"
#include "store/searchindex.h"
#include "store/sqlvalues.h"

#include <QCoreApplication>

namespace ww {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ww::ClusterStore", text);
}

// The outlet that ran a copy: what the page said, else the outlet the feed belongs to.
const QString kPublisher = QStringLiteral("COALESCE(NULLIF(a.publisher, ''), s.name, f.title)");

const QString kClusterColumns = QStringLiteral(
    "SELECT c.id, c.first_article_id, c.label, c.first_publisher, c.producer, c.size, c.first_published_at, "
    "c.last_published_at FROM clusters c");

StoryCluster clusterFrom(const QSqlQuery &q)
{
    StoryCluster c;
    c.id = q.value(0).toLongLong();
    c.founderArticleId = q.value(1).toLongLong();
    c.label = q.value(2).toString();
    c.firstPublisher = q.value(3).toString();
    c.producer = q.value(4).toString();
    c.size = q.value(5).toInt();
    c.firstPublished = sqlv::time(q.value(6));
    c.lastPublished = sqlv::time(q.value(7));
    return c;
}

} // namespace

Status ClusterStore::saveSignature(qint64 articleId, const QByteArray &signature)
{
    return m_db.transaction([&]() -> Status {
        QSqlQuery q = m_db.query();
        if (Status s = m_db.prepare(q, QStringLiteral("UPDATE articles SET minhash = ? WHERE id = ?")); !s)
            return s;
        q.addBindValue(signature);
        q.addBindValue(articleId);
        if (Status s = m_db.exec(q, tr("Saving the story signature failed")); !s)
            return s;
        if (q.numRowsAffected() == 0)
            return Error(Error::Code::NotFound, tr("Article %1 does not exist.").arg(articleId));
        return {};
    });
}

Result<QList<ClusterSeed>> ClusterStore::seeds()
{
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    if (Status s = m_db.prepare(q, QStringLiteral("SELECT a.id, a.minhash, a.sort_at, ") + kPublisher +
                                       QStringLiteral(", a.producer") + ArticleFilter::from() +
                                       QStringLiteral(" WHERE a.minhash IS NOT NULL ORDER BY a.id"));
        !s)
        return s.error();
    if (Status s = m_db.exec(q, tr("Reading story signatures failed")); !s)
        return s.error();
    QList<ClusterSeed> out;
    while (q.next())
        out << ClusterSeed{q.value(0).toLongLong(), q.value(1).toByteArray(), sqlv::time(q.value(2)),
                           q.value(3).toString(), q.value(4).toString()};
    return out;
}

Result<ClusterSeed> ClusterStore::seedOf(qint64 articleId)
{
    QSqlQuery q = m_db.query();
    if (Status s = m_db.prepare(q, QStringLiteral("SELECT a.sort_at, ") + kPublisher +
                                       QStringLiteral(", a.producer") + ArticleFilter::from() +
                                       QStringLiteral(" WHERE a.id = ?"));
        !s)
        return s.error();
    q.addBindValue(articleId);
    if (Status s = m_db.exec(q, tr("Reading story signatures failed")); !s)
        return s.error();
    if (!q.next())
        return Error(Error::Code::NotFound, tr("Article %1 does not exist.").arg(articleId));
    return ClusterSeed{articleId, {}, sqlv::time(q.value(0)), q.value(1).toString(), q.value(2).toString()};
}

Result<qint64> ClusterStore::save(qint64 founderArticleId, const QList<qint64> &memberIds,
                                  const QString &producer)
{
    qint64 clusterId = 0;
    const Status status = m_db.transaction([&]() -> Status {
        QSqlQuery find = m_db.query();
        if (Status s =
                m_db.prepare(find, QStringLiteral("SELECT id FROM clusters WHERE first_article_id = ?"));
            !s)
            return s;
        find.addBindValue(founderArticleId);
        if (Status s = m_db.exec(find, tr("Saving the story cluster failed")); !s)
            return s;
        if (find.next()) {
            clusterId = find.value(0).toLongLong();
        } else {
            QSqlQuery insert = m_db.query();
            if (Status s =
                    m_db.prepare(insert, QStringLiteral("INSERT INTO clusters (first_article_id, created_at) "
                                                        "VALUES (?, ?) RETURNING id"));
                !s)
                return s;
            insert.addBindValue(founderArticleId);
            insert.addBindValue(QDateTime::currentMSecsSinceEpoch());
            if (Status s = m_db.exec(insert, tr("Saving the story cluster failed")); !s)
                return s;
            insert.next();
            clusterId = insert.value(0).toLongLong();
        }
        QList<qint64> all = memberIds;
        if (!all.contains(founderArticleId))
            all.prepend(founderArticleId);
        QList<qint64> emptied;
        for (qint64 id : std::as_const(all)) {
            QSqlQuery previous = m_db.query();
            if (Status s =
                    m_db.prepare(previous, QStringLiteral("SELECT cluster_id FROM articles WHERE id = ?"));
                !s)
                return s;
            previous.addBindValue(id);
            if (Status s = m_db.exec(previous, tr("Saving the story cluster failed")); !s)
                return s;
            if (previous.next() && !previous.value(0).isNull() && previous.value(0).toLongLong() != clusterId)
                emptied << previous.value(0).toLongLong();
            QSqlQuery move = m_db.query();
            if (Status s =
                    m_db.prepare(move, QStringLiteral("UPDATE articles SET cluster_id = ? WHERE id = ?"));
                !s)
                return s;
            move.addBindValue(clusterId);
            move.addBindValue(id);
            if (Status s = m_db.exec(move, tr("Saving the story cluster failed")); !s)
                return s;
        }
        QSqlQuery setProducer = m_db.query();
        if (Status s =
                m_db.prepare(setProducer, QStringLiteral("UPDATE clusters SET producer = ? WHERE id = ?"));
            !s)
            return s;
        setProducer.addBindValue(producer.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                    : QVariant(producer));
        setProducer.addBindValue(clusterId);
        if (Status s = m_db.exec(setProducer, tr("Saving the story cluster failed")); !s)
            return s;
        for (qint64 other : std::as_const(emptied))
            if (Status s = refreshSummary(other); !s)
                return s;
        return refreshSummary(clusterId);
    });
    if (!status)
        return status.error();
    return clusterId;
}

Status ClusterStore::refreshSummary(qint64 clusterId)
{
    // Size, span, label and first publisher follow from the members: computed, never trusted from callers.
    // A cluster that lost its members keeps its row (tags and notes on it are the analyst's), with size 0.
    QSqlQuery q = m_db.query();
    if (Status s = m_db.prepare(q, QStringLiteral("SELECT a.title, ") + kPublisher +
                                       QStringLiteral(", a.sort_at") + ArticleFilter::from() +
                                       QStringLiteral(" WHERE a.cluster_id = ? ORDER BY a.sort_at, a.id"));
        !s)
        return s;
    q.addBindValue(clusterId);
    if (Status s = m_db.exec(q, tr("Saving the story cluster failed")); !s)
        return s;
    int size = 0;
    QVariant label, publisher, first, last;
    while (q.next()) {
        if (size++ == 0) {
            label = q.value(0);
            publisher = q.value(1);
            first = q.value(2);
        }
        last = q.value(2);
    }
    QSqlQuery u = m_db.query();
    if (Status s =
            m_db.prepare(u, QStringLiteral("UPDATE clusters SET size = ?, label = ?, first_publisher = ?, "
                                           "first_published_at = ?, last_published_at = ? WHERE id = ?"));
        !s)
        return s;
    for (const QVariant &v : QVariantList{size, label, publisher, first, last, clusterId})
        u.addBindValue(v);
    return m_db.exec(u, tr("Saving the story cluster failed"));
}

Result<StoryCluster> ClusterStore::get(qint64 clusterId)
{
    QSqlQuery q = m_db.query();
    if (Status s = m_db.prepare(q, kClusterColumns + QStringLiteral(" WHERE c.id = ?")); !s)
        return s.error();
    q.addBindValue(clusterId);
    if (Status s = m_db.exec(q, tr("Reading the story cluster failed")); !s)
        return s.error();
    if (!q.next())
        return Error(Error::Code::NotFound, tr("Story cluster %1 does not exist.").arg(clusterId));
    StoryCluster c = clusterFrom(q);
    QSqlQuery m = m_db.query();
    if (Status s =
            m_db.prepare(m, QStringLiteral("SELECT a.id, a.title, ") + kPublisher +
                                QStringLiteral(", a.producer, a.sort_at, COALESCE(a.canonical_url, a.url)") +
                                ArticleFilter::from() +
                                QStringLiteral(" WHERE a.cluster_id = ? ORDER BY a.sort_at, a.id"));
        !s)
        return s.error();
    m.addBindValue(clusterId);
    if (Status s = m_db.exec(m, tr("Reading the story cluster failed")); !s)
        return s.error();
    while (m.next())
        c.members << ClusterMember{m.value(0).toLongLong(), m.value(1).toString(),  m.value(2).toString(),
                                   m.value(3).toString(),   sqlv::time(m.value(4)), sqlv::url(m.value(5))};
    return c;
}

Result<qint64> ClusterStore::clusterOfArticle(qint64 articleId)
{
    QSqlQuery q = m_db.query();
    if (Status s = m_db.prepare(q, QStringLiteral("SELECT cluster_id FROM articles WHERE id = ?")); !s)
        return s.error();
    q.addBindValue(articleId);
    if (Status s = m_db.exec(q, tr("Reading the story cluster failed")); !s)
        return s.error();
    if (!q.next())
        return Error(Error::Code::NotFound, tr("Article %1 does not exist.").arg(articleId));
    return q.value(0).toLongLong();
}

Result<QList<StoryCluster>> ClusterStore::list(const ArticleQuery &query)
{
    SearchIndex index(m_db);
    const ArticleFilter filter(query, index);
    if (filter.matchesNothing())
        return QList<StoryCluster>();
    const QString members = QStringLiteral("SELECT a.cluster_id") + ArticleFilter::from() + filter.where() +
                            (filter.where().isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) +
                            QStringLiteral("a.cluster_id IS NOT NULL");
    QSqlQuery q = m_db.query();
    if (Status s =
            m_db.prepare(q, kClusterColumns + QStringLiteral(" WHERE c.size > 1 AND c.id IN (") + members +
                                QStringLiteral(") ORDER BY c.first_published_at DESC, c.id DESC LIMIT ? "
                                               "OFFSET ?"));
        !s)
        return s.error();
    filter.bind(q);
    q.addBindValue(sqlv::limit(query.limit));
    q.addBindValue(std::max(0, query.offset));
    if (Status s = m_db.exec(q, tr("Reading story clusters failed")); !s)
        return s.error();
    QList<StoryCluster> out;
    while (q.next())
        out << clusterFrom(q);
    return out;
}

} // namespace ww
