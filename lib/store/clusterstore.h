#pragma once

#include "core/result.h"
#include "store/storetypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QUrl>

namespace ww {

class Database;

// One outlet's copy of a syndicated story.
struct ClusterMember
{
    qint64 articleId = 0;
    QString title;
    QString publisher; // the extracted publisher, else the feed's source or title
    QString producer;
    QDateTime published; // the article's sort time (published, or fetched when unknown)
    QUrl url;
};

// Copies of one wire story across outlets ("also ran in N outlets"), first publisher first.
struct StoryCluster
{
    qint64 id = 0;
    qint64 founderArticleId = 0; // the article that started it (stable across index rebuilds)
    QString label;               // the first copy's title
    QString firstPublisher;
    QString producer;
    int size = 0;
    QDateTime firstPublished;
    QDateTime lastPublished;
    QList<ClusterMember> members; // by time; empty in list() results
};

// What the clustering index needs to rebuild itself after a restart, without re-reading any text.
struct ClusterSeed
{
    qint64 articleId = 0;
    QByteArray signature;
    QDateTime published;
    QString publisher;
    QString producer;
};

// Persists story clusters found by the analysis (StoryClusterer) and reads them back for the desk.
// A cluster is only stored once a second copy joins it: a story nobody picked up is not a cluster.
class ClusterStore
{
public:
    explicit ClusterStore(Database &db) : m_db(db) {}

    Status saveSignature(qint64 articleId, const QByteArray &signature);
    // Every stored signature, in arrival order (article id), for rebuilding the index.
    Result<QList<ClusterSeed>> seeds();
    // One article's time, publisher and producer as stored (signature left empty).
    Result<ClusterSeed> seedOf(qint64 articleId);
    // Creates or updates the cluster founded by `founderArticleId` and points every member at it, in one
    // transaction. Members that belonged to another cluster move (the analysis merged them).
    Result<qint64> save(qint64 founderArticleId, const QList<qint64> &memberIds, const QString &producer);

    Result<StoryCluster> get(qint64 clusterId);
    Result<qint64> clusterOfArticle(qint64 articleId); // 0 when the article is in no cluster
    // Clusters with at least one member matching the filter (its text, country, outlet...), newest first
    // by first publication; `filter.limit` / `offset` page them.
    Result<QList<StoryCluster>> list(const ArticleQuery &filter);

private:
    Status refreshSummary(qint64 clusterId);

    Database &m_db;
};

} // namespace ww
