#include "net/feedschedule.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace ww {

FeedScheduleState FeedSchedule::initial(const QDateTime &now) const
{
    FeedScheduleState state;
    state.intervalSecs = m_config.defaultSecs;
    state.nextPollUtc = now.toUTC();
    return state;
}

bool FeedSchedule::isDue(const FeedScheduleState &state, const QDateTime &now) const
{
    return !state.paused && (!state.nextPollUtc.isValid() || state.nextPollUtc <= now);
}

FeedScheduleState FeedSchedule::resume(FeedScheduleState state, const QDateTime &now) const
{
    state.paused = false;
    state.pauseReason.clear();
    state.consecutiveFailures = 0;
    state.nextPollUtc = now.toUTC();
    return state;
}

FeedSchedule::Step FeedSchedule::afterPoll(FeedScheduleState state, const PollOutcome &outcome,
                                           const QDateTime &now, double random01) const
{
    const QDateTime nowUtc = now.toUTC();
    random01 = std::clamp(random01, 0.0, 1.0);
    Step step;
    state.lastAttemptUtc = nowUtc;
    qint64 interval = std::clamp(state.intervalSecs > 0 ? state.intervalSecs : m_config.defaultSecs,
                                 m_config.minSecs, m_config.maxSecs);
    const auto retryAfter =
        outcome.retryAfterSecs
            ? std::optional<qint64>(std::clamp<qint64>(*outcome.retryAfterSecs, 0, m_config.maxSecs))
            : std::nullopt;

    if (outcome.kind == PollOutcome::Failed) {
        ++state.consecutiveFailures;
        state.lastError = outcome.error;
        if (outcome.permanentFailure || state.consecutiveFailures >= m_config.pauseAfterFailures) {
            state.paused = true;
            state.pauseReason =
                outcome.permanentFailure
                    ? outcome.error
                    : QCoreApplication::translate("ww::FeedSchedule", "%n failures in a row; last: %1",
                                                  nullptr, state.consecutiveFailures)
                          .arg(outcome.error);
            state.nextPollUtc = QDateTime();
            step.state = state;
            return step;
        }
        // Exponential backoff from the current interval; jitter only ever lengthens it.
        const double factor = std::pow(2.0, std::min(state.consecutiveFailures - 1, 20));
        qint64 delay = std::min<qint64>(m_config.maxBackoffSecs, qint64(double(interval) * factor));
        delay = qint64(double(delay) * (1.0 + 0.25 * random01));
        if (retryAfter)
            delay = std::max(delay, *retryAfter);
        state.nextPollUtc = nowUtc.addSecs(delay);
        step.state = state;
        return step;
    }

    state.consecutiveFailures = 0;
    state.lastError.clear();
    state.lastSuccessUtc = nowUtc;
    // Adapt to how often the feed really changes: halve towards the minimum while items keep coming,
    // lengthen gently while nothing does.
    if (outcome.kind == PollOutcome::NewItems)
        interval = std::max(m_config.minSecs, interval / 2);
    else
        interval = std::min(m_config.maxAdaptiveSecs, std::max(interval, qint64(double(interval) * 1.5)));
    state.intervalSecs = interval;

    // The publisher's own hints are a floor: we never poll more often than it asks.
    qint64 floor = m_config.minSecs;
    if (outcome.maxAgeSecs)
        floor = std::max(floor, *outcome.maxAgeSecs);
    if (outcome.publisherIntervalSecs)
        floor = std::max(floor, *outcome.publisherIntervalSecs);
    qint64 delay = std::clamp(std::max(interval, floor), m_config.minSecs, m_config.maxSecs);
    delay = qint64(double(delay) * (1.0 + m_config.jitterFraction * (2.0 * random01 - 1.0)));
    delay = std::max(delay, m_config.minSecs);
    if (retryAfter)
        delay = std::max(delay, *retryAfter);
    state.nextPollUtc = nowUtc.addSecs(delay);

    // A permanent redirect is adopted only after it repeats on consecutive polls: one misconfigured
    // response must not move a subscription for good.
    if (outcome.permanentRedirectTo && outcome.permanentRedirectTo->isValid()) {
        if (state.redirectCandidate == *outcome.permanentRedirectTo) {
            ++state.redirectRepeats;
        } else {
            state.redirectCandidate = *outcome.permanentRedirectTo;
            state.redirectRepeats = 1;
        }
        if (state.redirectRepeats >= m_config.redirectRepeatsToAdopt) {
            step.adoptUrl = state.redirectCandidate;
            state.redirectCandidate = QUrl();
            state.redirectRepeats = 0;
        }
    } else {
        state.redirectCandidate = QUrl();
        state.redirectRepeats = 0;
    }
    step.state = state;
    return step;
}

std::optional<qint64> FeedSchedule::maxAgeFromCacheControl(const QByteArray &value)
{
    std::optional<qint64> maxAge;
    const QList<QByteArray> directives = value.split(',');
    for (const QByteArray &raw : directives) {
        const QByteArray directive = raw.trimmed().toLower();
        if (directive == "no-store" || directive == "no-cache")
            return std::nullopt;
        if (directive.startsWith("max-age=")) {
            bool ok = false;
            const qint64 seconds = directive.mid(8).replace('"', "").toLongLong(&ok);
            if (ok && seconds >= 0)
                maxAge = seconds;
        }
    }
    return maxAge;
}

std::optional<qint64> FeedSchedule::ttlSeconds(const QString &minutes)
{
    bool ok = false;
    const qint64 value = minutes.trimmed().toLongLong(&ok);
    if (!ok || value <= 0 || value > 366 * 24 * 60)
        return std::nullopt;
    return value * 60;
}

std::optional<qint64> FeedSchedule::updatePeriodSeconds(const QString &period, const QString &frequency)
{
    const QString p = period.trimmed().toLower();
    qint64 seconds = 0;
    if (p == QLatin1String("hourly"))
        seconds = 3600;
    else if (p == QLatin1String("daily"))
        seconds = 24 * 3600;
    else if (p == QLatin1String("weekly"))
        seconds = 7 * 24 * 3600;
    else if (p == QLatin1String("monthly"))
        seconds = 30 * 24 * 3600;
    else if (p == QLatin1String("yearly"))
        seconds = 365 * 24 * 3600;
    else
        return std::nullopt;
    bool ok = false;
    qint64 times = frequency.trimmed().toLongLong(&ok);
    if (!ok || times <= 0)
        times = 1;
    return std::max<qint64>(1, seconds / times);
}

} // namespace ww
