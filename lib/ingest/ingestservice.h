#pragma once

#include "core/result.h"
#include "extract/article.h"
#include "feeds/parsedfeed.h"
#include "ingest/storyindex.h"
#include "net/fetcher.h"
#include "store/storetypes.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <functional>

namespace ww {

class Store;

// Polls feeds through the one Fetcher, parses feeds and extracts pages on the thread pool (pure work),
// and writes each feed update in one transaction on the owner's thread. A failed poll changes nothing but
// the feed's poll state.
class IngestService : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IngestService)

public:
    struct Options
    {
        bool fetchPages = true; // fetch and extract each new article's page
        int maxPagesPerFeed = 200;
    };

    // What one feed's poll came to, for the status bar and the CLI.
    struct FeedOutcome
    {
        qint64 feedId = 0;
        bool ok = false;
        bool notModified = false;
        int added = 0;
        int revised = 0;
        int unchanged = 0;
        QString error;
    };

    IngestService(Store &store, Fetcher &fetcher, QObject *parent = nullptr);
    IngestService(Store &store, Fetcher &fetcher, Options options, QObject *parent = nullptr);
    ~IngestService() override;

    void poll(const QList<Feed> &feeds);
    void pollDue(const QDateTime &now = QDateTime::currentDateTimeUtc());
    void cancel();

    bool isBusy() const { return m_pending > 0; }
    QList<FeedOutcome> outcomes() const { return m_outcomes; }
    int pagesExtracted() const { return m_pagesExtracted; }
    int pagesFailed() const { return m_pagesFailed; }

signals:
    void feedPolled(qint64 feedId, bool ok, int added, const QString &error);
    void articlesChanged();
    // Saved searches with alerts matched new articles during this poll (already in the alert history).
    void alertsRaised(const QList<ww::AlertRecord> &alerts);
    void progress(int done, int total);
    void finished();

private:
    struct Job
    {
        enum Kind { FeedJob, PageJob } kind = FeedJob;
        qint64 feedId = 0;
        qint64 articleId = 0;
    };

    void onFetched(quint64 id, const ww::FetchResult &result);
    void onFeedFetched(const Feed &feed, const FetchResult &result);
    void onFeedParsed(const Feed &feed, const FetchResult &fetch, const Result<ParsedFeed> &parsed);
    void onPageFetched(qint64 articleId, const FetchResult &result);
    void saveExtraction(qint64 articleId, const Article &article);
    void fallBackToFeed(qint64 articleId, const QString &why);
    void recordFailure(const Feed &feed, const FetchResult &result, const QString &error);
    void queuePages(const QList<qint64> &ids);
    void begin();
    void end();
    // Pool threads hand results to the owner's thread through here; drain() runs them in bounded slices.
    void deliver(std::function<void()> work);
    void drain();

    QMutex m_deliveryMutex;
    QList<std::function<void()>> m_deliveries; // guarded by m_deliveryMutex
    bool m_drainScheduled = false;             // guarded by m_deliveryMutex
    QThreadPool m_pool;                        // parse and extract: pure work, off the owner's thread
    Store &m_store;
    StoryIndex m_stories; // syndication clusters, kept current as pages are extracted
    QPointer<Fetcher> m_fetcher;
    Options m_options;
    QHash<quint64, Job> m_jobs;
    QHash<qint64, Feed> m_feeds;
    QList<FeedOutcome> m_outcomes;
    int m_pending = 0;
    int m_done = 0;
    int m_total = 0;
    int m_pagesExtracted = 0;
    int m_pagesFailed = 0;
    bool m_cancelled = false;
};

} // namespace ww
