#include "net/hostthrottle.h"

#include <algorithm>

namespace ww {

void HostThrottle::enqueue(quint64 id, const QString &host)
{
    m_queue.append({id, host});
}

bool HostThrottle::removeQueued(quint64 id)
{
    const auto it = std::find_if(m_queue.begin(), m_queue.end(), [id](const Entry &e) { return e.id == id; });
    if (it == m_queue.end())
        return false;
    m_queue.erase(it);
    return true;
}

bool HostThrottle::spacingAllows(const QString &host, qint64 nowMs) const
{
    const auto last = m_lastStartMs.constFind(host);
    return last == m_lastStartMs.constEnd() || nowMs - *last >= m_limits.spacingMs;
}

QList<quint64> HostThrottle::takeReady(qint64 nowMs)
{
    QList<quint64> ready;
    for (auto it = m_queue.begin(); it != m_queue.end();) {
        if (int(m_running.size()) >= std::max(1, m_limits.global))
            break;
        if (m_perHostRunning.value(it->host) < std::max(1, m_limits.perHost) &&
            spacingAllows(it->host, nowMs)) {
            ready.append(it->id);
            m_running.insert(it->id, it->host);
            ++m_perHostRunning[it->host];
            m_lastStartMs.insert(it->host, nowMs);
            it = m_queue.erase(it);
        } else {
            ++it;
        }
    }
    return ready;
}

void HostThrottle::finish(quint64 id)
{
    const auto it = m_running.find(id);
    if (it == m_running.end())
        return;
    if (--m_perHostRunning[*it] <= 0)
        m_perHostRunning.remove(*it);
    m_running.erase(it);
}

std::optional<qint64> HostThrottle::nextWakeMs(qint64 nowMs) const
{
    std::optional<qint64> wake;
    for (const Entry &entry : m_queue) {
        if (spacingAllows(entry.host, nowMs))
            continue; // waits for a slot, not for time: finish() will pump it
        const qint64 at = m_lastStartMs.value(entry.host) + m_limits.spacingMs;
        wake = wake ? std::min(*wake, at) : at;
    }
    return wake;
}

} // namespace ww
