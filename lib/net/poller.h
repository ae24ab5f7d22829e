#pragma once

#include "net/fetcher.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

namespace ww {

// One feed to poll, with the validators stored from its last 200 (sent back verbatim).
struct PollTarget
{
    qint64 feedId = 0;
    QUrl url;
    QString etag;
    QString lastModified;
};

// Runs a round of feed fetches through an injected Fetcher (which enforces politeness and safety) and
// reports each result as a value type. Knows nothing of parsing or storage: the integrator connects
// feedFetched to the parser and the store, so a failed or 304 poll never touches the database here.
class Poller : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Poller)

public:
    explicit Poller(Fetcher *fetcher, QObject *parent = nullptr);
    ~Poller() override;

    // Adds feeds to the current round (starting one if idle); a feed already in flight is skipped.
    void poll(const QList<PollTarget> &feeds);
    // Cancels everything in flight; each still reports feedFetched (Cancelled), then finished().
    void cancel();
    bool isRunning() const { return !m_inFlight.isEmpty(); }
    int pendingCount() const { return int(m_inFlight.size()); }

    static QByteArray feedAcceptHeader();

signals:
    void feedFetched(qint64 feedId, const ww::FetchResult &result);
    void progress(int done, int total);
    void finished();

private:
    void onFinished(quint64 id, const ww::FetchResult &result);

    QPointer<Fetcher> m_fetcher;
    QHash<quint64, qint64> m_inFlight; // request id -> feed id
    int m_done = 0;
    int m_total = 0;
};

} // namespace ww

Q_DECLARE_METATYPE(ww::PollTarget)
