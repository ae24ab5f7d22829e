#pragma once

#include "net/fetchresult.h"

#include <QObject>

namespace ww {

// The one network seam for feeds, pages and images. Asynchronous: fetch() returns an id at once and
// finished() reports exactly once per id (also for refusals and cancellations), never from inside fetch().
class Fetcher : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Fetcher)

public:
    using RequestId = quint64;

    using QObject::QObject;
    ~Fetcher() override = default;

    virtual RequestId fetch(const FetchRequest &request) = 0;
    virtual void cancel(RequestId id) = 0;

signals:
    void finished(quint64 id, const ww::FetchResult &result);
};

} // namespace ww
