#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

#include <optional>

namespace ww {

// What the store persists per feed between polls (value type: in and out of FeedSchedule).
struct FeedScheduleState
{
    qint64 intervalSecs = 0; // the adaptive interval; 0 means "not learned yet"
    QDateTime nextPollUtc;   // invalid while paused
    QDateTime lastAttemptUtc;
    QDateTime lastSuccessUtc;
    int consecutiveFailures = 0;
    bool paused = false;
    QString pauseReason; // shown to the analyst; a paused feed is never dropped silently
    QString lastError;
    QUrl redirectCandidate; // a permanent redirect seen but not adopted yet
    int redirectRepeats = 0;
};

// What one poll told us, filled by the integrator from the FetchResult and the parsed feed.
struct PollOutcome
{
    enum Kind { NewItems, NoNewItems, NotModified, Failed };
    Kind kind = NoNewItems;
    QString error;                               // for Failed
    bool permanentFailure = false;               // 410, blocked address, bad scheme: retrying cannot help
    std::optional<qint64> retryAfterSecs;        // 429/503 Retry-After
    std::optional<qint64> maxAgeSecs;            // Cache-Control: max-age
    std::optional<qint64> publisherIntervalSecs; // ttl or sy:updatePeriod/sy:updateFrequency
    std::optional<QUrl> permanentRedirectTo;     // final URL when every hop was 301/308
};

// Pure scheduling policy: when to poll a feed next. No clock, no randomness inside: `now` and `random01`
// (uniform in [0, 1)) come from the caller, so every decision is reproducible in tests.
class FeedSchedule
{
public:
    struct Config
    {
        qint64 defaultSecs = 15 * 60;
        qint64 minSecs = 5 * 60;
        qint64 maxAdaptiveSecs = 6 * 3600; // a quiet feed still gets looked at four times a day
        qint64 maxSecs = 24 * 3600;        // publisher hints and Retry-After never push past a day
        qint64 maxBackoffSecs = 12 * 3600;
        // Backoff doubles from the interval (15 min, 30, 1 h, 2, 4, 8, 12 h): 8 failures in a row span
        // about a day and a half, longer than an overnight outage or a weekend maintenance window, so only
        // a feed that is really broken waits for a person.
        int pauseAfterFailures = 8;
        int redirectRepeatsToAdopt = 3;
        double jitterFraction = 0.1; // spreads hundreds of feeds that were added at once
    };

    struct Step
    {
        FeedScheduleState state;
        std::optional<QUrl> adoptUrl; // set once a permanent redirect has repeated enough
    };

    FeedSchedule() = default;
    explicit FeedSchedule(Config config) : m_config(config) {}
    Config config() const { return m_config; }

    FeedScheduleState initial(const QDateTime &now) const;
    Step afterPoll(FeedScheduleState state, const PollOutcome &outcome, const QDateTime &now,
                   double random01) const;
    FeedScheduleState resume(FeedScheduleState state, const QDateTime &now) const;
    bool isDue(const FeedScheduleState &state, const QDateTime &now) const;

    // Cache-Control max-age in seconds; nullopt when absent, unreadable, or no-store/no-cache.
    static std::optional<qint64> maxAgeFromCacheControl(const QByteArray &value);
    // RSS <ttl> in minutes.
    static std::optional<qint64> ttlSeconds(const QString &minutes);
    // sy:updatePeriod (hourly, daily, weekly, monthly, yearly) divided by sy:updateFrequency (default 1).
    static std::optional<qint64> updatePeriodSeconds(const QString &period, const QString &frequency);

private:
    Config m_config;
};

} // namespace ww
