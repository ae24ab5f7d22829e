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

ReportSource::ReportSource(Store &store, const ReportSpec &spec) : m_store(store), m_spec(spec) {}

Status ReportSource::prepare(const Cancelled &cancelled)
{
    m_ids.clear();
    m_titles.clear();
    m_figures = ReportFigures();
    if (!m_spec.articleIds.isEmpty()) {
        const Status s = prepareFromIds(cancelled);
        // Counted after the fact: duplicates, deleted articles and the time range may have dropped some.
        m_description = QCoreApplication::translate("ww::ReportSource", "%n selected article(s)", nullptr,
                                                    int(m_ids.size()));
        return s;
    }
    ArticleQuery query = m_spec.effectiveQuery();
    if (m_spec.savedSearchId > 0) {
        const Result<SavedSearch> search = m_store.savedSearches().get(m_spec.savedSearchId);
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
    return prepareFromQuery(query, cancelled);
}

Status ReportSource::prepareFromQuery(const ArticleQuery &base, const Cancelled &cancelled)
{
    ArticleQuery query = base;
    query.limit = BatchSize;
    // Ids are collected first (8 bytes each) so the order is fixed before any page is laid out; a row that
    // shifts pages while new articles arrive is seen once.
    QSet<qint64> seen;
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

Status ReportSource::prepareFromIds(const Cancelled &cancelled)
{
    QSet<qint64> seen;
    for (qint64 id : m_spec.articleIds) {
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
    return item;
}

} // namespace ww
