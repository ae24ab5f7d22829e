#include "analysis/storyclusterer.h"

#include <QtEndian>

#include <algorithm>
#include <cstring>

namespace ww {

namespace {

constexpr char Magic[4] = {'W', 'W', 'M', '1'};
constexpr int HeaderSize = 8;
constexpr int SignatureBytes = HeaderSize + StoryClusterer::SignatureValues * 4;
constexpr quint32 EmptyBin = 0xFFFFFFFFu;

inline quint64 mix64(quint64 x)
{
    // murmur3 finaliser: spreads shingle hashes evenly over bins and values.
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    return x;
}

inline bool isIdeographic(char16_t c)
{
    return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF);
}

// Tokens: runs of letters and digits, case-folded; each Chinese/Japanese character is its own token.
// Numbers stay: "killed 12" and "killed 15" are different facts.
std::vector<quint64> tokenHashes(QStringView text)
{
    std::vector<quint64> out;
    out.reserve(size_t(text.size() / 6 + 1));
    quint64 h = 0;
    bool inWord = false;
    for (QChar qc : text) {
        const char16_t c = qc.unicode();
        const bool ascii = c < 0x80;
        const bool word = ascii ? ((c | 0x20) >= u'a' && (c | 0x20) <= u'z') || (c >= u'0' && c <= u'9')
                                : qc.isLetterOrNumber() && !isIdeographic(c);
        if (word) {
            const char16_t f =
                ascii ? char16_t(c >= u'A' && c <= u'Z' ? c | 0x20 : c) : qc.toCaseFolded().unicode();
            h = (inWord ? h : 0xcbf29ce484222325ULL) ^ f;
            h *= 0x100000001b3ULL;
            inWord = true;
            continue;
        }
        if (inWord) {
            out.push_back(h);
            inWord = false;
        }
        if (!ascii && isIdeographic(c))
            out.push_back(mix64(0x51ED27ULL + c));
    }
    if (inWord)
        out.push_back(h);
    return out;
}

void computeSignature(QStringView text, quint32 *values, quint32 &shingles)
{
    std::fill(values, values + StoryClusterer::SignatureValues, EmptyBin);
    const std::vector<quint64> tokens = tokenHashes(text);
    const size_t k = StoryClusterer::ShingleWords;
    const size_t n = tokens.size() < k ? (tokens.empty() ? 0 : 1) : tokens.size() - k + 1;
    // One-permutation hashing: the top 7 bits pick the bin, the low 32 bits are the value.
    for (size_t i = 0; i < n; ++i) {
        quint64 h = 0x9E3779B97F4A7C15ULL;
        for (size_t j = i; j < std::min(i + k, tokens.size()); ++j)
            h = (h ^ tokens[j]) * 0x100000001b3ULL + (h >> 29);
        h = mix64(h);
        const int bin = int(h >> 57);
        const quint32 v = quint32(h) & 0x7FFFFFFFu;
        if (v < values[bin])
            values[bin] = v;
    }
    shingles = quint32(n);
    if (n == 0)
        return;
    // Densification by rotation: an empty bin borrows the next filled bin's value, offset by the distance,
    // so two texts still agree on it exactly when they agree on the borrowed bin.
    for (int b = 0; b < StoryClusterer::SignatureValues; ++b) {
        if (values[b] != EmptyBin)
            continue;
        for (int step = 1; step < StoryClusterer::SignatureValues; ++step) {
            const quint32 src = values[(b + step) % StoryClusterer::SignatureValues];
            if (src != EmptyBin && src < 0x80000000u) {
                values[b] = 0x80000000u | quint32(mix64(src + quint64(step) * 0x9E3779B9ULL));
                break;
            }
        }
    }
}

double jaccardOf(const quint32 *a, const quint32 *b)
{
    int same = 0;
    for (int i = 0; i < StoryClusterer::SignatureValues; ++i)
        same += a[i] == b[i] ? 1 : 0;
    return double(same) / StoryClusterer::SignatureValues;
}

double containmentOf(double j, quint32 sa, quint32 sb)
{
    const double small = std::min(sa, sb);
    if (small <= 0)
        return 0;
    const double intersection = j * (double(sa) + double(sb)) / (1.0 + j);
    return std::min(1.0, intersection / small);
}

bool decodeSignature(const QByteArray &sig, quint32 *values, quint32 &shingles)
{
    if (!StoryClusterer::isValidSignature(sig))
        return false;
    const uchar *p = reinterpret_cast<const uchar *>(sig.constData());
    shingles = qFromLittleEndian<quint32>(p + 4);
    for (int i = 0; i < StoryClusterer::SignatureValues; ++i)
        values[i] = qFromLittleEndian<quint32>(p + HeaderSize + 4 * i);
    return true;
}

} // namespace

QByteArray StoryClusterer::signature(QStringView text)
{
    quint32 values[SignatureValues];
    quint32 shingles = 0;
    computeSignature(text, values, shingles);
    QByteArray out(SignatureBytes, Qt::Uninitialized);
    uchar *p = reinterpret_cast<uchar *>(out.data());
    std::memcpy(p, Magic, 4);
    qToLittleEndian<quint32>(shingles, p + 4);
    for (int i = 0; i < SignatureValues; ++i)
        qToLittleEndian<quint32>(values[i], p + HeaderSize + 4 * i);
    return out;
}

bool StoryClusterer::isValidSignature(const QByteArray &sig)
{
    return sig.size() == SignatureBytes && std::memcmp(sig.constData(), Magic, 4) == 0;
}

int StoryClusterer::shingleCount(const QByteArray &sig)
{
    if (!isValidSignature(sig))
        return -1;
    return int(qFromLittleEndian<quint32>(reinterpret_cast<const uchar *>(sig.constData()) + 4));
}

double StoryClusterer::jaccard(const QByteArray &a, const QByteArray &b)
{
    quint32 va[SignatureValues], vb[SignatureValues], sa = 0, sb = 0;
    if (!decodeSignature(a, va, sa) || !decodeSignature(b, vb, sb) || sa == 0 || sb == 0)
        return 0;
    return jaccardOf(va, vb);
}

double StoryClusterer::containment(const QByteArray &a, const QByteArray &b)
{
    quint32 va[SignatureValues], vb[SignatureValues], sa = 0, sb = 0;
    if (!decodeSignature(a, va, sa) || !decodeSignature(b, vb, sb))
        return 0;
    return containmentOf(jaccardOf(va, vb), sa, sb);
}

qint32 *StoryClusterer::bucketHead(quint32 key, bool create)
{
    key = key ? key : 1; // 0 marks an empty slot
    if (create && (m_bucketKeys.empty() || (m_bucketsUsed + 1) * 10 > m_bucketKeys.size() * 7)) {
        const size_t size = m_bucketKeys.empty() ? 4096 : m_bucketKeys.size() * 2;
        std::vector<quint32> keys(size, 0);
        std::vector<qint32> heads(size, -1);
        for (size_t i = 0; i < m_bucketKeys.size(); ++i) {
            if (!m_bucketKeys[i])
                continue;
            size_t h = (m_bucketKeys[i] * 0x9E3779B1u) & (size - 1);
            while (keys[h])
                h = (h + 1) & (size - 1);
            keys[h] = m_bucketKeys[i];
            heads[h] = m_bucketHeads[i];
        }
        m_bucketKeys.swap(keys);
        m_bucketHeads.swap(heads);
    }
    if (m_bucketKeys.empty())
        return nullptr;
    const size_t mask = m_bucketKeys.size() - 1;
    size_t h = (key * 0x9E3779B1u) & mask;
    while (m_bucketKeys[h] && m_bucketKeys[h] != key)
        h = (h + 1) & mask;
    if (m_bucketKeys[h] == key)
        return &m_bucketHeads[h];
    if (!create)
        return nullptr;
    m_bucketKeys[h] = key;
    ++m_bucketsUsed;
    return &m_bucketHeads[h];
}

static quint32 bandKey(const quint32 *values, int band)
{
    quint64 h = quint64(band + 1) * 0x9E3779B97F4A7C15ULL;
    for (int r = 0; r < 3; ++r)
        h = mix64(h ^ values[band * 3 + r]);
    return quint32(h >> 32);
}

StoryClusterer::Match StoryClusterer::bestCandidate(const quint32 *values, quint32 shingles,
                                                    const QDateTime &publishedAt, const QString &publisher)
{
    Match best;
    if (shingles == 0)
        return best;
    ++m_stamp;
    double bestScore = 0;
    for (int band = 0; band < Bands; ++band) {
        const qint32 *head = bucketHead(bandKey(values, band), false);
        int scanned = 0;
        for (int e = head ? *head : -1; e >= 0 && scanned < MaxBucketScan;
             e = m_entries[size_t(e)].second, ++scanned) {
            const int idx = m_entries[size_t(e)].first;
            if (m_seen[size_t(idx)] == m_stamp)
                continue;
            m_seen[size_t(idx)] = m_stamp;
            if (isRecurringTemplate(m_members[size_t(idx)], publishedAt, publisher))
                continue;
            const double j = jaccardOf(values, &m_values[size_t(idx) * SignatureValues]);
            const quint32 other = m_shingles[size_t(idx)];
            const double c = containmentOf(j, shingles, other);
            const bool longEnough = std::min(shingles, other) >= quint32(MinShinglesForContainment);
            if (j < JaccardThreshold && !(longEnough && c >= ContainmentThreshold))
                continue;
            const double score = std::max(j, longEnough ? c : 0.0);
            if (score > bestScore) {
                bestScore = score;
                best = Match{idx, j};
            }
        }
    }
    return best;
}

bool StoryClusterer::isRecurringTemplate(const Member &other, const QDateTime &publishedAt,
                                         const QString &publisher)
{
    // An outlet re-running its own copy does so within hours (a second feed, a new section); the same outlet
    // a day or more later with much shared text is a recurring format (a morning briefing, a newsletter, a
    // weekly column's boilerplate), not the same story travelling.
    return !publisher.isEmpty() && other.publisher.compare(publisher, Qt::CaseInsensitive) == 0 &&
           publishedAt.isValid() && other.publishedAt.isValid() &&
           std::abs(other.publishedAt.secsTo(publishedAt)) > SameOutletWindowSecs;
}

void StoryClusterer::indexBands(const quint32 *values, int index)
{
    for (int band = 0; band < Bands; ++band) {
        qint32 *head = bucketHead(bandKey(values, band), true);
        m_entries.emplace_back(index, *head);
        *head = qint32(m_entries.size() - 1);
    }
}

qint64 StoryClusterer::insert(qint64 articleId, const quint32 *values, quint32 shingles,
                              const QDateTime &publishedAt, const QString &publisher, const QString &producer)
{
    if (const auto it = m_indexOfId.constFind(articleId); it != m_indexOfId.constEnd())
        return m_ids[size_t(m_clusterOfIndex[size_t(*it)])]; // already known: a re-fetch is a revision
    const Match match = bestCandidate(values, shingles, publishedAt, publisher);
    const int index = int(m_ids.size());
    m_values.insert(m_values.end(), values, values + SignatureValues);
    m_shingles.push_back(shingles);
    m_ids.push_back(articleId);
    m_seen.push_back(0);
    m_members.push_back(
        Member{articleId, publishedAt, publisher, producer, match.index >= 0 ? match.jaccard : 1.0});
    m_indexOfId.insert(articleId, index);
    const int cluster = match.index >= 0 ? m_clusterOfIndex[size_t(match.index)] : index;
    m_clusterOfIndex.push_back(cluster);
    m_clusterMembers[cluster].push_back(index);
    if (shingles > 0)
        indexBands(values, index);
    return m_ids[size_t(cluster)];
}

qint64 StoryClusterer::addArticle(qint64 articleId, QStringView text, const QDateTime &publishedAt,
                                  const QString &publisher, const QString &producer)
{
    quint32 values[SignatureValues];
    quint32 shingles = 0;
    computeSignature(text, values, shingles);
    return insert(articleId, values, shingles, publishedAt, publisher, producer);
}

Result<qint64> StoryClusterer::addSignature(qint64 articleId, const QByteArray &signature,
                                            const QDateTime &publishedAt, const QString &publisher,
                                            const QString &producer)
{
    quint32 values[SignatureValues];
    quint32 shingles = 0;
    if (!decodeSignature(signature, values, shingles))
        return Error(Error::Code::Malformed, QStringLiteral("not a story signature"));
    return insert(articleId, values, shingles, publishedAt, publisher, producer);
}

qint64 StoryClusterer::clusterOf(qint64 articleId) const
{
    const auto it = m_indexOfId.constFind(articleId);
    return it == m_indexOfId.constEnd() ? -1 : m_ids[size_t(m_clusterOfIndex[size_t(*it)])];
}

StoryClusterer::Cluster StoryClusterer::cluster(qint64 clusterId) const
{
    Cluster out;
    const auto it = m_indexOfId.constFind(clusterId);
    if (it == m_indexOfId.constEnd())
        return out;
    const auto members = m_clusterMembers.constFind(*it);
    if (members == m_clusterMembers.constEnd())
        return out;
    out.id = clusterId;
    for (int idx : *members)
        out.members.append(m_members[size_t(idx)]);
    // Arrival order breaks ties, so "first" is stable when two copies carry the same timestamp.
    std::stable_sort(out.members.begin(), out.members.end(), [](const Member &a, const Member &b) {
        if (a.publishedAt.isValid() != b.publishedAt.isValid())
            return a.publishedAt.isValid();
        return a.publishedAt < b.publishedAt;
    });
    out.producer = out.members.first().producer;
    if (out.producer.isEmpty()) {
        QHash<QString, int> votes;
        int best = 0;
        for (const Member &m : std::as_const(out.members)) {
            if (!m.producer.isEmpty() && ++votes[m.producer] > best) {
                best = votes[m.producer];
                out.producer = m.producer;
            }
        }
    }
    return out;
}

QList<qint64> StoryClusterer::clusterIds() const
{
    QList<qint64> out;
    out.reserve(m_clusterMembers.size());
    for (auto it = m_clusterMembers.constBegin(); it != m_clusterMembers.constEnd(); ++it)
        out.append(m_ids[size_t(it.key())]);
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace ww
