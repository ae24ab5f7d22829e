#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <vector>

namespace ww {

// Groups copies of the same wire story across outlets (syndication) as articles arrive: MinHash
// signatures over word 5-shingles (one-permutation hashing, 128 values) and LSH banding to find
// candidates, then a Jaccard / containment test so a trimmed, retitled or lightly edited copy joins
// its story while a different story on the same event stays apart. Not thread-safe: one owner.
class StoryClusterer
{
public:
    static constexpr int SignatureValues = 128;
    static constexpr int ShingleWords = 5;
    // Thresholds, justified by tst_storyclusterer (copies score >= 0.55 / 0.9, other stories < 0.2).
    static constexpr double JaccardThreshold = 0.5;
    static constexpr double ContainmentThreshold = 0.7;
    static constexpr int MinShinglesForContainment = 20;
    // Copies from one outlet further apart than this are a recurring format, not one story (see .cpp).
    static constexpr qint64 SameOutletWindowSecs = 18 * 3600;

    struct Member
    {
        qint64 articleId = 0;
        QDateTime publishedAt;
        QString publisher;
        QString producer;
        double similarity = 1.0; // estimated Jaccard with the copy it was matched to (1 for the first)
    };

    struct Cluster
    {
        qint64 id = 0;         // the id of the article that founded it: stable across rebuilds
        QList<Member> members; // by publication time: members.first() published first
        QString producer;      // the first member's producer, else the most frequent one

        const Member &first() const { return members.first(); }
        QString firstPublisher() const { return members.isEmpty() ? QString() : members.first().publisher; }
    };

    // A serialisable signature ("WWM1", shingle count, 128 x uint32, little endian) for the store.
    static QByteArray signature(QStringView text);
    static bool isValidSignature(const QByteArray &sig);
    static int shingleCount(const QByteArray &sig);
    static double jaccard(const QByteArray &a, const QByteArray &b);
    // Share of the smaller text's shingles found in the larger one (estimated).
    static double containment(const QByteArray &a, const QByteArray &b);

    // Returns the cluster id the article joined (its own id when it starts a new story).
    qint64 addArticle(qint64 articleId, QStringView text, const QDateTime &publishedAt,
                      const QString &publisher, const QString &producer);
    // The same from a stored signature: rebuilding the index after a restart needs no text.
    Result<qint64> addSignature(qint64 articleId, const QByteArray &signature, const QDateTime &publishedAt,
                                const QString &publisher, const QString &producer);

    qint64 clusterOf(qint64 articleId) const; // -1 when unknown
    Cluster cluster(qint64 clusterId) const;  // empty members when unknown
    QList<qint64> clusterIds() const;
    int articleCount() const { return int(m_ids.size()); }
    int clusterCount() const { return int(m_clusterMembers.size()); }

private:
    struct Match
    {
        int index = -1;
        double jaccard = 0;
    };
    qint64 insert(qint64 articleId, const quint32 *values, quint32 shingles, const QDateTime &publishedAt,
                  const QString &publisher, const QString &producer);
    Match bestCandidate(const quint32 *values, quint32 shingles, const QDateTime &publishedAt,
                        const QString &publisher);
    static bool isRecurringTemplate(const Member &other, const QDateTime &publishedAt,
                                    const QString &publisher);
    void indexBands(const quint32 *values, int index);

    static constexpr int Rows = 3;
    static constexpr int Bands = SignatureValues / Rows; // 42 bands of 3 values
    static constexpr int MaxBucketScan = 256;            // boilerplate buckets are capped, not scanned whole

    std::vector<quint32> m_values; // SignatureValues per article, in arrival order
    std::vector<quint32> m_shingles;
    std::vector<qint64> m_ids;
    std::vector<int> m_clusterOfIndex;
    std::vector<Member> m_members;
    std::vector<int> m_seen; // candidate de-duplication stamp per article
    int m_stamp = 0;
    QHash<qint64, int> m_indexOfId;
    // LSH buckets: open addressing on 32-bit band keys (a rare fingerprint collision only adds a
    // candidate that the Jaccard test then rejects), chained through m_entries, newest first.
    std::vector<quint32> m_bucketKeys;
    std::vector<qint32> m_bucketHeads;
    size_t m_bucketsUsed = 0;
    std::vector<std::pair<int, int>> m_entries; // (article index, previous entry in the bucket)
    qint32 *bucketHead(quint32 key, bool create);
    QHash<int, std::vector<int>> m_clusterMembers; // cluster (founder index) -> member indices
};

} // namespace ww
