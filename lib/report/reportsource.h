#pragma once

#include "core/result.h"
#include "report/reportfigures.h"
#include "report/reportspec.h"
#include "store/clusterstore.h"
#include "store/storetypes.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace ww {

class Store;

// A story cluster as a report prints it above its first article: the copies (first publisher first), the
// tags and the notes the analyst put on the story itself.
struct ReportStory
{
    StoryCluster cluster;
    QList<Tag> tags;
    QList<Annotation> notes;

    QStringList outlets() const; // distinct publishers, first publisher first
};

// One article as a report prints it: the stored article with the analyst's tags and annotations.
struct ReportItem
{
    StoredArticle stored;
    QList<Tag> tags;
    QList<Annotation> annotations;
    // Set on the first article of each story when the selection comes in stories
    // (ReportSpec::selectsStories).
    std::optional<ReportStory> story;

    QString publisher() const; // the extracted publisher, else the feed's source, else the feed
    QDateTime time() const;    // published, else fetched
};

// Resolves a ReportSpec against the store and hands articles out one at a time, so a 10,000-article
// report never holds more than one article (plus the id list and the aggregates) in memory.
// prepare() pages through the selection once to fix the order and the figures; load() reads one article.
class ReportSource
{
public:
    static constexpr int BatchSize = 500;
    using Cancelled = std::function<bool()>;
    // Called by the writers after each article; returning false cancels the report (nothing is written).
    using Progress = std::function<bool(int done, int total)>;

    ReportSource(Store &store, const ReportSpec &spec);

    Status prepare(const Cancelled &cancelled = {});
    const QList<qint64> &ids() const { return m_ids; }
    // Titles in the same order, cut to TitleLimit characters: the table of contents needs them before any
    // article is loaded.
    const QStringList &titles() const { return m_titles; }
    static constexpr int TitleLimit = 160;
    const ReportFigures &figures() const { return m_figures; }
    // What was selected, for the cover and the JSON header ("Saved search: Wagner", "12 selected articles").
    QString selectionDescription() const { return m_description; }
    const ReportSpec &spec() const { return m_spec; }

    Result<ReportItem> load(qint64 id);
    // Story selections: the cluster each story opens with (its first article's id -> the cluster id).
    const QHash<qint64, qint64> &storyStarts() const { return m_storyStarts; }

private:
    Status prepareFromQuery(const ArticleQuery &query, QSet<qint64> &seen, const Cancelled &cancelled);
    Status prepareFromIds(const QList<qint64> &ids, QSet<qint64> &seen, const Cancelled &cancelled);
    Status prepareCluster(qint64 clusterId, QSet<qint64> &seen, const Cancelled &cancelled);
    Status prepareStoriesOfIds(QSet<qint64> &seen, const Cancelled &cancelled);
    Result<qint64> resolveSavedSearch() const;

    Store &m_store;
    ReportSpec m_spec;
    QList<qint64> m_ids;
    QStringList m_titles;
    ReportFigures m_figures;
    QString m_description;
    QHash<qint64, qint64> m_storyStarts;
};

} // namespace ww
