#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QUrl>

#include <optional>

namespace ww {

// What a caller asks the network for. Validators are sent back exactly as the server gave them.
struct FetchRequest
{
    QUrl url;
    QString etag;         // sent as If-None-Match
    QString lastModified; // sent as If-Modified-Since
    QByteArray accept;    // Accept header; empty: "*/*"
    qint64 maxBytes = 0;  // 0: the fetcher's cap; a smaller value tightens it, a larger one is clamped
};

// The outcome of one fetch, a value type safe to pass through queued signals.
struct FetchResult
{
    enum Status {
        Ok,
        NotModified,
        HttpError,
        Blocked,
        TooLarge,
        Timeout,
        Network,
        Cancelled,
        TooManyRedirects,
        BadScheme,
    };

    Status status = Network;
    int httpStatus = 0; // the real code (429 stays 429); 0 when no response arrived
    QByteArray body;    // complete and decoded, or empty: a partial body is never handed out
    QList<QPair<QByteArray, QByteArray>> headers;
    QUrl requestedUrl;
    QUrl finalUrl;                           // after redirects
    QList<QUrl> redirectChain;               // every hop after the requested URL
    bool permanentRedirect = false;          // every hop was 301 or 308
    QString etag;                            // verbatim, W/ and quotes kept
    QString lastModified;                    // verbatim
    std::optional<qint64> retryAfterSeconds; // clamped to [0, 24 h]
    QString errorText;                       // clear, for people; empty on Ok and NotModified

    bool ok() const { return status == Ok || status == NotModified; }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

} // namespace ww

Q_DECLARE_METATYPE(ww::FetchResult)
Q_DECLARE_METATYPE(ww::FetchRequest)
