#include "ingest/savedsearchrunner.h"

#include "models/searchquery.h"
#include "store/database.h"
#include "store/store.h"

#include <QCoreApplication>

namespace ww {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ww::SavedSearchRunner", text);
}

} // namespace

Result<QList<AlertRecord>> SavedSearchRunner::run()
{
    const Result<QList<SavedSearch>> searches = m_store.savedSearches().list();
    if (!searches)
        return searches.error();
    const Result<qint64> latest = m_store.articles().maxId();
    if (!latest)
        return latest.error();
    const qint64 maxId = *latest;
    QList<Tag> tags;
    QList<Source> sources;
    bool namesLoaded = false;

    QList<AlertRecord> fired;
    for (const SavedSearch &search : *searches) {
        if ((!search.alert && search.tagId <= 0) || search.lastCheckedId >= maxId)
            continue;
        if (!namesLoaded) {
            const Result<QList<Tag>> t = m_store.tags().tags();
            const Result<QList<Source>> s = m_store.feeds().sources();
            if (!t)
                return t.error();
            if (!s)
                return s.error();
            tags = *t;
            sources = *s;
            namesLoaded = true;
        }
        ArticleQuery query;
        SearchQuery::parse(search.query).applyTo(query, tags, sources);
        query.minId = search.lastCheckedId;
        query.sort = ArticleQuery::Sort::ArrivalOrder;
        query.limit = kMaxMatchesPerRun;
        const Result<QList<ArticleSummary>> matches = m_store.articles().list(query);
        if (!matches)
            return matches.error();
        QList<qint64> ids;
        for (const ArticleSummary &a : *matches)
            ids << a.id;
        // A full batch: the rest (higher ids) waits for the next run.
        const qint64 checkedUpTo = ids.size() >= kMaxMatchesPerRun ? ids.constLast() : maxId;

        AlertRecord alert;
        const Status s = m_store.database().transaction(
            [&]() -> Status {
                if (!ids.isEmpty() && search.tagId > 0)
                    if (Status t = m_store.tags().assign(ids, search.tagId); !t)
                        return t;
                if (!ids.isEmpty() && search.alert) {
                    alert.searchId = search.id;
                    alert.firedAt = QDateTime::currentDateTimeUtc();
                    alert.articleCount = int(ids.size());
                    alert.maxArticleId = ids.constLast();
                    alert.message = tr("New matches for \"%1\": %2").arg(search.name).arg(ids.size());
                    const Result<qint64> id = m_store.savedSearches().recordAlert(alert);
                    if (!id)
                        return id.error();
                    alert.id = *id;
                }
                return m_store.savedSearches().advance(search.id, checkedUpTo);
            },
            Database::Durability::Full);
        if (!s)
            return s.error();
        if (alert.id > 0)
            fired << alert;
    }
    return fired;
}

} // namespace ww
