#include "ingest/storyindex.h"

#include "store/clusterstore.h"
#include "store/database.h"
#include "store/store.h"

namespace ww {

namespace {

int wordCount(const QString &text)
{
    int words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool letter = c.isLetterOrNumber();
        if (letter && !inWord)
            ++words;
        inWord = letter;
    }
    return words;
}

} // namespace

Status StoryIndex::load()
{
    if (m_loaded)
        return {};
    const Result<QList<ClusterSeed>> seeds = m_store.clusters().seeds();
    if (!seeds)
        return seeds.error();
    for (const ClusterSeed &s : *seeds) {
        // A damaged signature only costs that article its cluster; the rest of the index still loads.
        if (!m_clusterer.addSignature(s.articleId, s.signature, s.published, s.publisher, s.producer))
            qWarning("story index: article %lld has an unreadable signature",
                     static_cast<long long>(s.articleId));
    }
    m_loaded = true;
    return {};
}

Result<qint64> StoryIndex::add(qint64 articleId, const QString &text)
{
    if (Status s = load(); !s)
        return s.error();
    if (wordCount(text) < MinWords || m_clusterer.clusterOf(articleId) >= 0)
        return qint64(0);
    const Result<ClusterSeed> seed = m_store.clusters().seedOf(articleId);
    if (!seed)
        return seed.error();
    const QByteArray signature = StoryClusterer::signature(text);
    qint64 stored = 0;
    const Status s = m_store.database().transaction([&]() -> Status {
        if (Status saved = m_store.clusters().saveSignature(articleId, signature); !saved)
            return saved;
        const Result<qint64> joined =
            m_clusterer.addSignature(articleId, signature, seed->published, seed->publisher, seed->producer);
        if (!joined)
            return joined.error();
        const StoryClusterer::Cluster cluster = m_clusterer.cluster(*joined);
        if (cluster.members.size() < 2)
            return {};
        QList<qint64> members;
        for (const StoryClusterer::Member &m : cluster.members)
            members << m.articleId;
        const Result<qint64> id = m_store.clusters().save(cluster.id, members, cluster.producer);
        if (!id)
            return id.error();
        stored = *id;
        return {};
    });
    if (!s)
        return s.error();
    return stored;
}

} // namespace ww
