#pragma once

#include "core/result.h"
#include "extract/article.h"
#include "feeds/parsedfeed.h"
#include "ingest/ingestwriter.h"
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
// and writes each feed update in one transaction: on the owner's thread, or with Options::writeOnWorker
// on a writer thread with its own connection (IngestWriter), so the owner's event loop (the GUI's) never
// waits for a write. A failed poll changes nothing but the feed's poll state. Signals are emitted on the
// owner's thread after the writes they report are committed.
class IngestService : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IngestService)

public:
    struct Options
    {
        bool fetchPages = true; // fetch and extract each new article's page
        int maxPagesPerFeed = 200;
        // SQLite file stores: write on a thread of its own through a second connection (falls back to the
        // owner's thread, with a warning, when that connection cannot be opened). The owner's Database
        // then does not see a write failure of the writer's (Database::isReadOnlyAfterFailure).
        bool writeOnWorker = false;
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

    bool isBusy() const { return m_pending > 0 || m_finishing; }
    bool writesOnWorker() const { return m_writer.onWorker(); }
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
    // A new or revised article to extract: what its stored record says, read in the ingest step so that
    // nothing is read again on the owner's thread.
    struct PageTask
    {
        qint64 articleId = 0;
        QUrl url;
        FeedItem item;
        QString feedTitle;
    };

    void onFetched(quint64 id, const ww::FetchResult &result);
    void onFeedFetched(const Feed &feed, const FetchResult &result);
    void onFeedParsed(const Feed &feed, const FetchResult &fetch, Result<ParsedFeed> parsed);
    void onFeedWritten(const FeedOutcome &outcome, bool changed, const QList<PageTask> &pages);
    void onPageFetched(qint64 articleId, const FetchResult &result);
    void saveExtraction(qint64 articleId, Article article);
    void fallBackToFeed(const PageTask &task, const QString &why);
    void recordFailure(const Feed &feed, const FetchResult &result, const QString &error);
    void queuePages(const QList<PageTask> &pages);
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
    IngestWriter m_writer; // every write of a poll, and the story index kept current as pages are extracted
    QPointer<Fetcher> m_fetcher;
    Options m_options;
    QHash<quint64, Job> m_jobs;
    QHash<qint64, Feed> m_feeds;
    QHash<qint64, PageTask> m_pageTasks; // pages being fetched, by article id
    QList<FeedOutcome> m_outcomes;
    int m_pending = 0;
    int m_done = 0;
    int m_total = 0;
    int m_pagesExtracted = 0;
    int m_pagesFailed = 0;
    bool m_cancelled = false;
    bool m_finishing = false; // the saved searches of a finished poll are running
};

} // namespace ww
