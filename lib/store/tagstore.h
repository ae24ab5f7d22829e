#pragma once

#include "core/result.h"
#include "store/storetypes.h"

#include <QList>

namespace ww {

class Database;

// Analyst tags on articles and clusters. Every write is durable (synchronous=FULL): it is someone's work.
class TagStore
{
public:
    explicit TagStore(Database &db) : m_db(db) {}

    // Names are unique regardless of case ("Wagner" and "wagner" are one tag).
    Result<qint64> create(const QString &name, const QString &color = {});
    Status rename(qint64 tagId, const QString &name);
    Status setColor(qint64 tagId, const QString &color);
    // Moves every assignment of `fromId` to `intoId`, then deletes `fromId`.
    Status merge(qint64 fromId, qint64 intoId);
    Status remove(qint64 tagId);
    Result<QList<Tag>> tags(); // with article counts, by name
    Result<Tag> tagByName(const QString &name);

    Status assign(const QList<qint64> &articleIds, qint64 tagId);
    Status unassign(const QList<qint64> &articleIds, qint64 tagId);
    Status assignCluster(qint64 clusterId, qint64 tagId);
    Status unassignCluster(qint64 clusterId, qint64 tagId);
    Result<QList<Tag>> tagsForArticle(qint64 articleId);
    Result<QList<Tag>> tagsForCluster(qint64 clusterId);

private:
    Result<QList<Tag>> select(const QString &sql, const QVariantList &values);
    Status run(const QString &sql, const QVariantList &values, const QString &context,
               bool mustChange = false);

    Database &m_db;
};

} // namespace ww
