#include "report/reportsource.h"

#include "models/searchquery.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QSet>

namespace ww {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ww::ReportSource", text);
}

Error cancelledError()
{
    return Error(Error::Code::Cancelled, tr("The report was cancelled."));
}

bool inRange(const QDateTime &time, const ReportSpec &spec)
{
    if (spec.from.isValid() && (!time.isValid() || time < spec.from))
        return false;
    if (spec.to.isValid() && (!time.isValid() || time >= spec.to))
        return false;
    return true;
}
} // namespace

QString ReportItem::publisher() const
{
    if (!stored.article.publisher.isEmpty())
        return stored.article.publisher;
    return stored.sourceName.isEmpty() ? stored.feedTitle : stored.sourceName;
}

QDateTime ReportItem::time() const
{
    return stored.article.publishedUtc.isValid() ? stored.article.publishedUtc : stored.fetched;
}

QStringList ReportStory::outlets() const
{
    QStringList out;
    for (const ClusterMember &m : cluster.members) { // by time: the first publisher comes first
        if (!m.publisher.isEmpty() && !out.contains(m.publisher))
            out << m.publisher;
    }
    if (out.isEmpty() && !cluster.firstPublisher.isEmpty())
        out << cluster.firstPublisher;
    return out;
}

ReportSource::ReportSource(Store &store, const ReportSpec &spec) : m_store(store), m_spec(spec) {}

Status ReportSource::prepare(const Cancelled &cancelled)
{
    m_ids.clear();
    m_titles.clear();
    m_figures = ReportFigures();
    m_storyStarts.clear();
    QSet<qint64> seen;
    if (!m_spec.articleIds.isEmpty()) {
        if (m_spec.wholeStories) {
            const int selected = int(QSet<qint64>(m_spec.articleIds.begin(), m_spec.articleIds.end()).size());
            m_description = QCoreApplication::translate(
                "ww::ReportSource", "The stories of %n selected article(s)", nullptr, selected);
            return prepareStoriesOfIds(seen, cancelled);
        }
        const Status s = prepareFromIds(m_spec.articleIds, seen, cancelled);
        // Counted after the fact: duplicates, deleted articles and the time range may have dropped some.
        m_description = QCoreApplication::translate("ww::ReportSource", "%n selected article(s)", nullptr,
                                                    int(m_ids.size()));
        return s;
    }
    if (!m_spec.clusterIds.isEmpty()) {
        for (qint64 id : m_spec.clusterIds) {
            if (Status s = prepareCluster(id, seen, cancelled); !s)
                return s;
        }
        // Counted outside translate(): lupdate 6.4 loops forever on a template call among its arguments.
        const int stories = int(QSet<qint64>(m_spec.clusterIds.begin(), m_spec.clusterIds.end()).size());
        m_description =
            QCoreApplication::translate("ww::ReportSource", "%n story cluster(s)", nullptr, stories);
        return {};
    }
    ArticleQuery query = m_spec.effectiveQuery();
    if (m_spec.savedSearchId > 0 || !m_spec.savedSearchName.isEmpty()) {
        const Result<qint64> id = resolveSavedSearch();
        if (!id)
            return id.error();
        const Result<SavedSearch> search = m_store.savedSearches().get(*id);
        if (!search)
            return search.error();
        query.text = search->query;
        m_description = tr("Saved search: %1").arg(search->name);
    } else if (!query.text.isEmpty()) {
        m_description = tr("Search: %1").arg(query.text);
    } else if (!query.folder.isEmpty()) {
        m_description = tr("Folder: %1").arg(query.folder);
    } else {
        m_description = tr("All articles");
    }
    // The search line's syntax (`missile country:KP tag:nk`), read the way the desk and the alert runner
    // read it, so a report selects what the analyst saw, not a full-text search for "country:KP".
    if (!query.text.trimmed().isEmpty()) {
        const Result<QList<Tag>> tags = m_store.tags().tags();
        const Result<QList<Source>> sources = m_store.feeds().sources();
        if (!tags)
            return tags.error();
        if (!sources)
            return sources.error();
        const QString typed = query.text;
        query.text.clear();
        SearchQuery::parse(typed).applyTo(query, *tags, *sources);
    }
    return prepareFromQuery(query, seen, cancelled);
}

Result<qint64> ReportSource::resolveSavedSearch() const
{
    if (m_spec.savedSearchId > 0)
        return m_spec.savedSearchId;
    const QString wanted = m_spec.savedSearchName.trimmed();
    const Result<QList<SavedSearch>> all = m_store.savedSearches().list();
    if (!all)
        return all.error();
    // The exact name first; a name that differs only in case when it is the only one; then an id.
    qint64 caseless = 0;
    int caselessMatches = 0;
    for (const SavedSearch &s : *all) {
        if (s.name == wanted)
            return s.id;
        if (s.name.compare(wanted, Qt::CaseInsensitive) == 0) {
            caseless = s.id;
            ++caselessMatches;
        }
    }
    if (caselessMatches == 1)
        return caseless;
    bool number = false;
    const qint64 id = wanted.toLongLong(&number);
    if (number && id > 0) {
        for (const SavedSearch &s : *all) {
            if (s.id == id)
                return id;
        }
    }
    return Error(
        Error::Code::NotFound,
        tr("There is no saved search named or numbered \u201c%1\u201d.").arg(m_spec.savedSearchName));
}

Status ReportSource::prepareFromQuery(const ArticleQuery &base, QSet<qint64> &seen,
                                      const Cancelled &cancelled)
{
    ArticleQuery query = base;
    query.limit = BatchSize;
    // Ids are collected first (8 bytes each) so the order is fixed before any page is laid out; a row that
    // shifts pages while new articles arrive is seen once.
    for (query.offset = 0;; query.offset += BatchSize) {
        if (cancelled && cancelled())
            return cancelledError();
        const Result<QList<ArticleSummary>> page = m_store.articles().list(query);
        if (!page)
            return page.error();
        for (const ArticleSummary &row : *page) {
            if (seen.contains(row.id))
                continue;
            seen.insert(row.id);
            m_ids << row.id;
            m_titles << row.title.left(TitleLimit);
            // The summary row carries what the figures need; the full article is read only when printed.
            m_figures.add(row.sortTime, row.countries.split(QLatin1Char(','), Qt::SkipEmptyParts),
                          row.sourceName.isEmpty() ? row.feedTitle : row.sourceName, row.producer);
        }
        if (page->size() < BatchSize)
            break;
    }
    return {};
}

Status ReportSource::prepareFromIds(const QList<qint64> &ids, QSet<qint64> &seen, const Cancelled &cancelled)
{
    for (qint64 id : ids) {
        if (cancelled && cancelled())
            return cancelledError();
        if (seen.contains(id))
            continue;
        seen.insert(id);
        const Result<StoredArticle> article = m_store.articles().get(id);
        if (!article) {
            if (article.error().code == Error::Code::NotFound)
                continue; // deleted since it was selected: the report covers what is left
            return article.error();
        }
        ReportItem item;
        item.stored = *article;
        if (!inRange(item.time(), m_spec))
            continue;
        QStringList codes;
        for (const CountryMention &c : article->article.countries)
            codes << c.code;
        const QString publisher = article->sourceName.isEmpty() ? article->feedTitle : article->sourceName;
        m_figures.add(item.time(), codes, publisher, article->article.producer);
        m_ids << id;
        m_titles << article->article.title.left(TitleLimit);
    }
    return {};
}

Status ReportSource::prepareCluster(qint64 clusterId, QSet<qint64> &seen, const Cancelled &cancelled)
{
    // The cluster's own query (not the spec's search or folder): a story is reported whole, within the
    // time range. A cluster that does not exist is an error, so a mistyped --cluster is not an empty report.
    const Result<StoryCluster> cluster = m_store.clusters().get(clusterId);
    if (!cluster)
        return cluster.error();
    ArticleQuery query;
    query.clusterId = clusterId;
    query.from = m_spec.from;
    query.to = m_spec.to;
    query.sort = ArticleQuery::Sort::OldestFirst;
    const qsizetype before = m_ids.size();
    if (Status s = prepareFromQuery(query, seen, cancelled); !s)
        return s;
    if (m_ids.size() > before)
        m_storyStarts.insert(m_ids.at(before), clusterId);
    return {};
}

Status ReportSource::prepareStoriesOfIds(QSet<qint64> &seen, const Cancelled &cancelled)
{
    // Story by story, in the order the analyst's articles name them; an article in no cluster stands alone.
    QSet<qint64> clustersDone;
    for (qint64 id : m_spec.articleIds) {
        if (cancelled && cancelled())
            return cancelledError();
        if (seen.contains(id))
            continue;
        const Result<qint64> cluster = m_store.clusters().clusterOfArticle(id);
        if (!cluster) {
            if (cluster.error().code == Error::Code::NotFound)
                continue;
            return cluster.error();
        }
        if (*cluster <= 0) {
            if (Status s = prepareFromIds({id}, seen, cancelled); !s)
                return s;
            continue;
        }
        if (clustersDone.contains(*cluster))
            continue;
        clustersDone.insert(*cluster);
        if (Status s = prepareCluster(*cluster, seen, cancelled); !s)
            return s;
    }
    return {};
}

Result<ReportItem> ReportSource::load(qint64 id)
{
    Result<StoredArticle> article = m_store.articles().get(id);
    if (!article)
        return article.error();
    ReportItem item;
    item.stored = std::move(*article);
    Result<QList<Tag>> tags = m_store.tags().tagsForArticle(id);
    if (!tags)
        return tags.error();
    item.tags = std::move(*tags);
    Result<QList<Annotation>> notes = m_store.annotations().forArticle(id);
    if (!notes)
        return notes.error();
    item.annotations = std::move(*notes);
    if (const auto start = m_storyStarts.constFind(id); start != m_storyStarts.constEnd()) {
        const qint64 clusterId = start.value();
        Result<StoryCluster> cluster = m_store.clusters().get(clusterId);
        if (!cluster)
            return cluster.error();
        Result<QList<Tag>> storyTags = m_store.tags().tagsForCluster(clusterId);
        if (!storyTags)
            return storyTags.error();
        Result<QList<Annotation>> storyNotes = m_store.annotations().forCluster(clusterId);
        if (!storyNotes)
            return storyNotes.error();
        item.story = ReportStory{std::move(*cluster), std::move(*storyTags), std::move(*storyNotes)};
    }
    return item;
}

} // namespace ww
