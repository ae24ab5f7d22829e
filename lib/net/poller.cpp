#include "net/poller.h"

namespace ww {

Poller::Poller(Fetcher *fetcher, QObject *parent) : QObject(parent), m_fetcher(fetcher)
{
    connect(fetcher, &Fetcher::finished, this, &Poller::onFinished);
}

Poller::~Poller()
{
    if (Fetcher *fetcher = m_fetcher.data()) {
        disconnect(fetcher, nullptr, this, nullptr);
        const QList<quint64> ids = m_inFlight.keys();
        for (quint64 id : ids)
            fetcher->cancel(id);
    }
}

QByteArray Poller::feedAcceptHeader()
{
    return "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, "
           "application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1";
}

void Poller::poll(const QList<PollTarget> &feeds)
{
    Fetcher *fetcher = m_fetcher.data();
    if (!fetcher)
        return;
    if (m_inFlight.isEmpty()) {
        m_done = 0;
        m_total = 0;
    }
    const QList<qint64> busy = m_inFlight.values();
    for (const PollTarget &feed : feeds) {
        if (busy.contains(feed.feedId))
            continue;
        FetchRequest request;
        request.url = feed.url;
        request.etag = feed.etag;
        request.lastModified = feed.lastModified;
        request.accept = feedAcceptHeader();
        m_inFlight.insert(fetcher->fetch(request), feed.feedId);
        ++m_total;
    }
    emit progress(m_done, m_total);
    if (m_inFlight.isEmpty())
        emit finished(); // nothing to do is still a finished round
}

void Poller::cancel()
{
    Fetcher *fetcher = m_fetcher.data();
    if (!fetcher)
        return;
    const QList<quint64> ids = m_inFlight.keys();
    for (quint64 id : ids)
        fetcher->cancel(id);
}

void Poller::onFinished(quint64 id, const FetchResult &result)
{
    const auto it = m_inFlight.constFind(id);
    if (it == m_inFlight.cend())
        return; // another client of the shared fetcher
    const qint64 feedId = *it;
    m_inFlight.erase(it);
    ++m_done;
    emit feedFetched(feedId, result);
    emit progress(m_done, m_total);
    if (m_inFlight.isEmpty())
        emit finished();
}

} // namespace ww
