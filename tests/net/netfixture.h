#pragma once

#include "net/fetcher.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

// Waits for the result of one request id (other ids finishing meanwhile are skipped).
inline ww::FetchResult waitForResult(ww::Fetcher &fetcher, ww::Fetcher::RequestId id, int timeoutMs = 30000)
{
    ww::FetchResult found;
    bool done = false;
    auto connection = QObject::connect(&fetcher, &ww::Fetcher::finished,
                                       [&](quint64 finishedId, const ww::FetchResult &result) {
                                           if (finishedId == id) {
                                               found = result;
                                               done = true;
                                           }
                                       });
    if (!QTest::qWaitFor([&done] { return done; }, timeoutMs))
        found.errorText = QStringLiteral("test harness: no result within the wait");
    QObject::disconnect(connection);
    return found;
}

// Records every result from construction on, so ids that finish while the test waits for another are kept.
class ResultCollector
{
public:
    explicit ResultCollector(ww::Fetcher &fetcher)
    {
        m_connection =
            QObject::connect(&fetcher, &ww::Fetcher::finished,
                             [this](quint64 id, const ww::FetchResult &r) { m_results.insert(id, r); });
    }
    ~ResultCollector() { QObject::disconnect(m_connection); }
    ResultCollector(const ResultCollector &) = delete;
    ResultCollector &operator=(const ResultCollector &) = delete;

    ww::FetchResult wait(quint64 id, int timeoutMs = 30000)
    {
        if (!QTest::qWaitFor([this, id] { return m_results.contains(id); }, timeoutMs)) {
            ww::FetchResult none;
            none.errorText = QStringLiteral("test harness: no result within the wait");
            return none;
        }
        return m_results.value(id);
    }
    int count() const { return int(m_results.size()); }

private:
    QMetaObject::Connection m_connection;
    QHash<quint64, ww::FetchResult> m_results;
};

// Peak resident memory of this process so far, in MiB (Linux /proc); -1 when unknown.
inline qint64 peakRssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() / 1024;
    }
    return -1;
}
