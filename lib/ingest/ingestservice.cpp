#include "ingest/ingestservice.h"

#include "extract/articleextractor.h"
#include "feeds/feedparser.h"
#include "ingest/pollstate.h"
#include "ingest/savedsearchrunner.h"
#include "ingest/storyindex.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTimer>

#include <memory>

namespace ww {

namespace {
const QByteArray kFeedAccept = QByteArrayLiteral(
    "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, "
    "application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5");
const QByteArray kPageAccept = QByteArrayLiteral("text/html, application/xhtml+xml;q=0.9, */*;q=0.5");

// FeedSchedule's jitter draw: spreads feeds that were subscribed at once over the interval.
double jitter()
{
    return QRandomGenerator::global()->generateDouble();
}

// A stored article's feed fields, for extraction when its page cannot be fetched.
FeedItem feedItemOf(const StoredArticle &stored)
{
    FeedItem item;
    item.guid = stored.guid;
    item.key = stored.itemKey;
    item.url = stored.article.url;
    item.title = stored.article.title;
    item.author = stored.author;
    item.published.utc = stored.article.publishedUtc;
    item.published.raw = stored.publishedRaw;
    item.summary = stored.summary;
    item.content = stored.contentRaw;
    item.contentType = stored.contentType;
    item.categories = stored.categories;
    item.media.reserve(stored.article.images.size());
    for (const ArticleImage &image : stored.article.images) {
        MediaObject media;
        media.url = image.url;
        media.description = image.caption;
        media.credit = image.credit;
        item.media << media;
    }
    return item;
}
} // namespace

IngestService::IngestService(Store &store, Fetcher &fetcher, QObject *parent)
    : IngestService(store, fetcher, Options{}, parent)
{}

IngestService::IngestService(Store &store, Fetcher &fetcher, Options options, QObject *parent)
    : QObject(parent), m_store(store), m_writer(store), m_fetcher(&fetcher), m_options(options)
{
    connect(&fetcher, &Fetcher::finished, this, &IngestService::onFetched);
    if (m_options.writeOnWorker)
        if (const Status started = m_writer.startWorker(); !started)
            qWarning("ingest: writing on the owner's thread: %s", qPrintable(started.error().message));
}

IngestService::~IngestService()
{
    m_pool.clear();
    m_pool.waitForDone();
}

void IngestService::pollDue(const QDateTime &now)
{
    const auto due = m_store.feeds().dueFeeds(now);
    if (!due) {
        qWarning("ingest: %s", qPrintable(due.error().message));
        return;
    }
    poll(*due);
}

void IngestService::poll(const QList<Feed> &feeds)
{
    if (!m_fetcher)
        return;
    if (m_pending == 0 && !m_finishing) {
        m_done = 0;
        m_total = 0;
        m_outcomes.clear();
        m_cancelled = false;
    }
    for (const Feed &feed : feeds) {
        FetchRequest request;
        request.url = feed.url;
        request.etag = feed.state.etag;
        request.lastModified = feed.state.lastModified;
        request.accept = kFeedAccept;
        m_feeds.insert(feed.id, feed);
        begin();
        m_jobs.insert(m_fetcher->fetch(request), Job{Job::FeedJob, feed.id, 0});
    }
    if (m_pending == 0 && !m_finishing)
        emit finished();
}

void IngestService::cancel()
{
    m_cancelled = true;
    m_pool.clear();
    if (m_fetcher) {
        const auto ids = m_jobs.keys();
        for (quint64 id : ids)
            m_fetcher->cancel(id);
    }
}

void IngestService::deliver(std::function<void()> work)
{
    QMutexLocker lock(&m_deliveryMutex);
    m_deliveries.append(std::move(work));
    if (!m_drainScheduled) {
        m_drainScheduled = true;
        QMetaObject::invokeMethod(this, &IngestService::drain, Qt::QueuedConnection);
    }
}

void IngestService::drain()
{
    // Results arrive from the pool faster than they can be written; each turn of the event loop takes
    // only a few milliseconds of them, so the owner's thread (the GUI's) keeps painting and firing timers.
    constexpr qint64 kBudgetNs = 8'000'000;
    QElapsedTimer budget;
    budget.start();
    for (;;) {
        std::function<void()> work;
        {
            QMutexLocker lock(&m_deliveryMutex);
            if (m_deliveries.isEmpty()) {
                m_drainScheduled = false;
                return;
            }
            if (budget.nsecsElapsed() > kBudgetNs) {
                QTimer::singleShot(0, this, &IngestService::drain); // after pending timers and events
                return;
            }
            work = m_deliveries.takeFirst();
        }
        work();
    }
}

void IngestService::begin()
{
    ++m_pending;
    ++m_total;
    emit progress(m_done, m_total);
}

void IngestService::end()
{
    --m_pending;
    ++m_done;
    emit progress(m_done, m_total);
    if (m_pending == 0) {
        m_feeds.clear();
        m_pageTasks.clear();
        if (m_cancelled) {
            emit finished();
            return;
        }
        // After every page of the poll is extracted, so searches see the articles' full text.
        m_finishing = true;
        m_writer.post([this](Store &store, StoryIndex &) -> IngestWriter::Continuation {
            Result<QList<AlertRecord>> alerts = SavedSearchRunner(store).run();
            return [this, alerts = std::move(alerts)]() {
                m_finishing = false;
                if (!alerts)
                    qWarning("ingest: saved searches: %s", qPrintable(alerts.error().message));
                else if (!alerts->isEmpty())
                    emit alertsRaised(*alerts);
                if (m_pending == 0)
                    emit finished();
            };
        });
    }
}

void IngestService::onFetched(quint64 id, const FetchResult &result)
{
    const auto it = m_jobs.constFind(id);
    if (it == m_jobs.constEnd())
        return; // another client's request on a shared fetcher
    const Job job = *it;
    m_jobs.erase(it);
    if (job.kind == Job::FeedJob)
        onFeedFetched(m_feeds.value(job.feedId), result);
    else
        onPageFetched(job.articleId, result);
}

void IngestService::onFeedFetched(const Feed &feed, const FetchResult &result)
{
    if (result.status == FetchResult::Cancelled || m_cancelled) {
        end();
        return;
    }
    if (result.status == FetchResult::NotModified) {
        // A 304 costs no parse and no write beyond the poll state.
        const FeedState state =
            PollState::afterSuccess(feed, result, 0, QDateTime::currentDateTimeUtc(), jitter());
        m_writer.post([this, id = feed.id, state](Store &store, StoryIndex &) -> IngestWriter::Continuation {
            store.feeds().setState(id, state);
            return [this, id]() {
                FeedOutcome outcome;
                outcome.feedId = id;
                outcome.ok = true;
                outcome.notModified = true;
                m_outcomes << outcome;
                emit feedPolled(id, true, 0, {});
                end();
            };
        });
        return;
    }
    if (result.status != FetchResult::Ok) {
        recordFailure(feed, result, result.errorText); // ends the job once the state is written
        return;
    }
    m_pool.start([this, feed, result]() {
        Result<ParsedFeed> parsed = parseFeed(result.body, result.headers, result.finalUrl);
        deliver([this, feed, result, parsed = std::move(parsed)]() mutable {
            onFeedParsed(feed, result, std::move(parsed));
        });
    });
}

void IngestService::onFeedParsed(const Feed &feed, const FetchResult &fetch, Result<ParsedFeed> parsed)
{
    if (m_cancelled) {
        end();
        return;
    }
    if (!parsed) {
        recordFailure(feed, fetch, parsed.error().message);
        return;
    }
    const int maxPages = m_options.maxPagesPerFeed;
    m_writer.post([this, feed, fetch, maxPages,
                   parsed = std::make_shared<const ParsedFeed>(std::move(*parsed))](
                      Store &store, StoryIndex &) -> IngestWriter::Continuation {
        // One feed's items in one transaction (ArticleStore::ingest); a failure stores none of them.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto ingested = store.articles().ingest(feed.id, *parsed);
        if (!ingested) {
            const QString error = ingested.error().message;
            store.feeds().setState(feed.id, PollState::afterFailure(feed, fetch, error, now, jitter()));
            return [this, id = feed.id, error]() {
                FeedOutcome outcome;
                outcome.feedId = id;
                outcome.error = error;
                onFeedWritten(outcome, false, {});
            };
        }
        if (feed.title.isEmpty() && !parsed->title.isEmpty()) {
            // A feed subscribed by URL alone takes the title it announces (the analyst may rename it later).
            Feed named = feed;
            named.title = parsed->title;
            if (!parsed->link.isEmpty() && named.siteUrl.isEmpty())
                named.siteUrl = parsed->link;
            store.feeds().updateFeed(named);
        }
        store.feeds().setState(feed.id,
                               PollState::afterSuccess(feed, fetch, *parsed, ingested->added, now, jitter()));
        QList<PageTask> pages;
        for (qint64 id : (ingested->addedIds + ingested->revisedIds).mid(0, maxPages)) {
            const auto stored = store.articles().get(id);
            if (!stored)
                continue;
            pages << PageTask{id, stored->article.url, feedItemOf(*stored), stored->feedTitle};
        }
        FeedOutcome outcome;
        outcome.feedId = feed.id;
        outcome.ok = true;
        outcome.added = ingested->added;
        outcome.revised = ingested->revised;
        outcome.unchanged = ingested->unchanged;
        const bool changed = ingested->added + ingested->revised > 0;
        return
            [this, outcome, changed, pages = std::move(pages)]() { onFeedWritten(outcome, changed, pages); };
    });
}

void IngestService::onFeedWritten(const FeedOutcome &outcome, bool changed, const QList<PageTask> &pages)
{
    m_outcomes << outcome;
    emit feedPolled(outcome.feedId, outcome.ok, outcome.added, outcome.error);
    if (changed)
        emit articlesChanged();
    if (!m_cancelled)
        queuePages(pages);
    end();
}

void IngestService::recordFailure(const Feed &feed, const FetchResult &result, const QString &error)
{
    const FeedState state =
        PollState::afterFailure(feed, result, error, QDateTime::currentDateTimeUtc(), jitter());
    m_writer.post(
        [this, id = feed.id, state, error](Store &store, StoryIndex &) -> IngestWriter::Continuation {
            store.feeds().setState(id, state);
            return [this, id, error]() {
                FeedOutcome outcome;
                outcome.feedId = id;
                outcome.error = error;
                m_outcomes << outcome;
                emit feedPolled(id, false, 0, error);
                end();
            };
        });
}

void IngestService::queuePages(const QList<PageTask> &pages)
{
    for (const PageTask &task : pages) {
        const QUrl &url = task.url;
        begin();
        if (!m_options.fetchPages || !url.isValid() ||
            (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
            fallBackToFeed(task, QString());
            continue;
        }
        FetchRequest request;
        request.url = url;
        request.accept = kPageAccept;
        m_pageTasks.insert(task.articleId, task);
        m_jobs.insert(m_fetcher->fetch(request), Job{Job::PageJob, 0, task.articleId});
    }
}

void IngestService::onPageFetched(qint64 articleId, const FetchResult &result)
{
    const PageTask task = m_pageTasks.take(articleId);
    if (m_cancelled || result.status == FetchResult::Cancelled) {
        end();
        return;
    }
    if (result.status != FetchResult::Ok) {
        fallBackToFeed(task, result.errorText);
        return;
    }
    // The feed's Media RSS captions and credits (stored at ingest) complete what the page shows.
    m_pool.start([this, articleId, result, announced = task.item]() {
        ArticleExtractor::Options options;
        options.feedItem = &announced;
        Article article = ArticleExtractor::extract(result.body, result.headers, result.finalUrl, options);
        deliver([this, articleId, article = std::move(article)]() mutable {
            saveExtraction(articleId, std::move(article));
        });
    });
}

void IngestService::fallBackToFeed(const PageTask &task, const QString &why)
{
    if (task.articleId == 0) {
        end();
        return;
    }
    m_pool.start([this, articleId = task.articleId, item = task.item, feedTitle = task.feedTitle, why]() {
        Article article = ArticleExtractor::fromFeedItem(item, feedTitle);
        if (!why.isEmpty())
            article.warnings << QCoreApplication::translate("ww::IngestService",
                                                            "The page could not be fetched (%1); the feed's "
                                                            "content is shown instead.")
                                    .arg(why);
        deliver([this, articleId, article = std::move(article)]() mutable {
            saveExtraction(articleId, std::move(article));
        });
    });
}

void IngestService::saveExtraction(qint64 articleId, Article article)
{
    if (m_cancelled) {
        end();
        return;
    }
    m_writer.post([this, articleId, article = std::move(article)](
                      Store &store, StoryIndex &stories) -> IngestWriter::Continuation {
        const Status saved = store.articles().saveExtraction(articleId, article);
        if (!saved.ok()) {
            qWarning("ingest: article %lld: %s", static_cast<long long>(articleId),
                     qPrintable(saved.error().message));
            return [this]() {
                ++m_pagesFailed;
                end();
            };
        }
        // A failed cluster update costs only the grouping, never the article: it is already stored.
        if (const Result<qint64> cluster = stories.add(articleId, article.text); !cluster)
            qWarning("ingest: article %lld: clustering: %s", static_cast<long long>(articleId),
                     qPrintable(cluster.error().message));
        return [this, fromFeedOnly = article.fromFeedOnly]() {
            fromFeedOnly ? ++m_pagesFailed : ++m_pagesExtracted;
            emit articlesChanged();
            end();
        };
    });
}

} // namespace ww
