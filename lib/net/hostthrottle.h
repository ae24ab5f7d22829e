#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace ww {

// Politeness bookkeeping without timers: who may start now, given per-host concurrency, a minimum spacing
// between starts on one host and a global cap. First come, first served, except that a host that must wait
// does not block other hosts.
class HostThrottle
{
public:
    struct Limits
    {
        int perHost = 2;
        int global = 8;
        qint64 spacingMs = 1000;
    };

    HostThrottle() = default;
    explicit HostThrottle(Limits limits) : m_limits(limits) {}
    void setLimits(Limits limits) { m_limits = limits; }
    Limits limits() const { return m_limits; }

    void enqueue(quint64 id, const QString &host);
    // Drops a waiting id; false when it is not waiting (already running or unknown).
    bool removeQueued(quint64 id);
    // Every id that may start at `nowMs`, in order; they count as running until finish().
    QList<quint64> takeReady(qint64 nowMs);
    void finish(quint64 id);
    // When something that waits only for spacing may start; nullopt when nothing waits for time.
    std::optional<qint64> nextWakeMs(qint64 nowMs) const;

    int running() const { return int(m_running.size()); }
    int runningFor(const QString &host) const { return m_perHostRunning.value(host); }
    int queued() const { return int(m_queue.size()); }

private:
    struct Entry
    {
        quint64 id;
        QString host;
    };
    bool spacingAllows(const QString &host, qint64 nowMs) const;

    Limits m_limits;
    QList<Entry> m_queue;
    QHash<quint64, QString> m_running;
    QHash<QString, int> m_perHostRunning;
    QHash<QString, qint64> m_lastStartMs;
};

} // namespace ww
