#pragma once

#include "net/addresspolicy.h"
#include "net/fetcher.h"
#include "net/hostthrottle.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QNetworkProxy>

#include <memory>
#include <optional>
#include <unordered_map>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace ww {

class Resolver;

// The Fetcher over one QNetworkAccessManager, hardened per RELIABILITY.md b.4 and d.3: http/https only,
// every hop resolved through the Resolver and checked by the AddressPolicy, then connected by IP (so a
// rebinding name cannot swap the address), redirects followed by hand with a cap and loop detection, a
// body cap counted while reading (decoded bytes, so gzip bombs stop too), an overall deadline, no cookies,
// an honest User-Agent, validators sent verbatim, per-host and global concurrency with spacing.
class HttpFetcher : public Fetcher
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpFetcher)

public:
    struct Options
    {
        int maxRedirects = 5;
        qint64 maxBodyBytes = 15 * 1024 * 1024; // Miniflux's default
        int deadlineMs = 30000;                 // whole fetch, redirects included
        HostThrottle::Limits throttle;
    };

    // `resolver` may be null for the system resolver; it must outlive the fetcher.
    explicit HttpFetcher(AddressPolicy policy, Resolver *resolver = nullptr, QObject *parent = nullptr);
    HttpFetcher(AddressPolicy policy, Resolver *resolver, Options options, QObject *parent = nullptr);
    ~HttpFetcher() override;

    RequestId fetch(const FetchRequest &request) override;
    void cancel(RequestId id) override;

    // HTTP or SOCKS5; applies to every later request. With a proxy the proxy connects by name.
    void setProxy(const QNetworkProxy &proxy);
    QNetworkProxy proxy() const { return m_proxy; }
    void setOptions(const Options &options);
    Options options() const { return m_options; }
    const AddressPolicy &policy() const { return m_policy; }

    int runningCount() const { return m_throttle.running(); }
    int queuedCount() const { return m_throttle.queued(); }

    static QByteArray userAgent();
    // Delay-seconds or an HTTP-date, clamped to [0, 24 h]; nullopt when unreadable.
    static std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now);

private:
    struct Job;

    void pump();
    void start(Job &job);
    void hop(Job &job, const QUrl &url);
    void send(Job &job, const QUrl &url, const QHostAddress &address);
    void onReadyRead(Job &job);
    void onMetaData(Job &job);
    void onReplyFinished(Job &job);
    void followRedirect(Job &job, int code);
    void fail(Job &job, FetchResult::Status status, const QString &text, int httpStatus = 0);
    void complete(Job &job, FetchResult result);
    void finishLater(RequestId id, FetchResult result);
    Job *find(RequestId id);
    qint64 nowMs() const;

    QNetworkAccessManager *m_nam;
    AddressPolicy m_policy;
    std::unique_ptr<Resolver> m_ownResolver;
    Resolver *m_resolver;
    Options m_options;
    QNetworkProxy m_proxy{QNetworkProxy::NoProxy};
    HostThrottle m_throttle;
    QTimer *m_wake;
    QElapsedTimer m_clock;
    std::unordered_map<RequestId, std::unique_ptr<Job>> m_jobs;
    RequestId m_nextId = 0;
};

} // namespace ww
