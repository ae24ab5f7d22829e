#include "net/httpfetcher.h"

#include "core/version.h"
#include "net/httpdate.h"
#include "net/systemresolver.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QSet>
#include <QSslError>
#include <QTimer>

namespace ww {

namespace {

constexpr qint64 kMaxRetryAfter = 24 * 3600;
constexpr qint64 kReadBuffer = 1024 * 1024;
constexpr char kHomepage[] = "https://wirewatch.example.org";

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

// Cookies would let one feed host track the analyst across every other fetch: store and send none.
class NoCookieJar : public QNetworkCookieJar
{
public:
    using QNetworkCookieJar::QNetworkCookieJar;
    QList<QNetworkCookie> cookiesForUrl(const QUrl &) const override { return {}; }
    bool setCookiesFromUrl(const QList<QNetworkCookie> &, const QUrl &) override { return false; }
};

bool isTransportError(QNetworkReply::NetworkError error)
{
    const int code = int(error);
    return (code >= 1 && code <= 199) || (code >= 301 && code <= 399);
}

QByteArray hostHeader(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    if (url.port() != -1)
        host += ':' + QByteArray::number(url.port());
    return host;
}

} // namespace

struct HttpFetcher::Job
{
    RequestId id = 0;
    FetchRequest request;
    QString hostKey;
    QUrl current;
    QList<QUrl> chain;
    QSet<QUrl> visited;
    bool allPermanent = true;
    bool started = false;
    QNetworkReply *reply = nullptr;
    QTimer *deadline = nullptr;
    QByteArray body;
    qint64 cap = 0;
    QStringList tlsErrors;
};

HttpFetcher::HttpFetcher(AddressPolicy policy, Resolver *resolver, QObject *parent)
    : HttpFetcher(std::move(policy), resolver, Options{}, parent)
{}

HttpFetcher::HttpFetcher(AddressPolicy policy, Resolver *resolver, Options options, QObject *parent)
    : Fetcher(parent), m_nam(new QNetworkAccessManager(this)), m_policy(std::move(policy)),
      m_resolver(resolver), m_options(options), m_throttle(options.throttle), m_wake(new QTimer(this))
{
    if (!m_resolver) {
        m_ownResolver = std::make_unique<SystemResolver>();
        m_resolver = m_ownResolver.get();
    }
    m_nam->setCookieJar(new NoCookieJar(m_nam));
    m_nam->setProxy(m_proxy);
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_nam->setStrictTransportSecurityEnabled(true);
    m_wake->setSingleShot(true);
    m_wake->setTimerType(Qt::PreciseTimer); // spacing is a promise to servers: never fire early
    connect(m_wake, &QTimer::timeout, this, &HttpFetcher::pump);
    m_clock.start();
}

HttpFetcher::~HttpFetcher()
{
    for (auto &[id, job] : m_jobs) {
        if (job->reply) {
            job->reply->disconnect(this);
            job->reply->abort();
        }
    }
}

QByteArray HttpFetcher::userAgent()
{
    return QByteArray("Wirewatch/") + kVersion + " (+" + kHomepage + ')';
}

std::optional<qint64> HttpFetcher::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool isNumber = true;
    for (char c : text)
        isNumber = isNumber && c >= '0' && c <= '9';
    if (isNumber) // more digits than fit in a qint64 still means "a very long time"
        return text.size() > 12 ? kMaxRetryAfter : std::clamp<qint64>(text.toLongLong(), 0, kMaxRetryAfter);
    const QDateTime when = parseHttpDate(text);
    if (!when.isValid())
        return std::nullopt;
    return std::clamp<qint64>(now.secsTo(when), 0, kMaxRetryAfter);
}

void HttpFetcher::setProxy(const QNetworkProxy &proxy)
{
    m_proxy = proxy;
    m_nam->setProxy(proxy);
}

void HttpFetcher::setOptions(const Options &options)
{
    m_options = options;
    m_throttle.setLimits(options.throttle);
}

qint64 HttpFetcher::nowMs() const
{
    return m_clock.elapsed();
}

HttpFetcher::Job *HttpFetcher::find(RequestId id)
{
    const auto it = m_jobs.find(id);
    return it == m_jobs.end() ? nullptr : it->second.get();
}

Fetcher::RequestId HttpFetcher::fetch(const FetchRequest &request)
{
    const RequestId id = ++m_nextId;
    const Status allowed = m_policy.checkUrl(request.url);
    if (!allowed) {
        FetchResult result;
        result.status = allowed.error().code == Error::Code::InvalidArgument ? FetchResult::BadScheme
                                                                             : FetchResult::Blocked;
        result.errorText = allowed.error().message;
        result.requestedUrl = request.url;
        result.finalUrl = request.url;
        finishLater(id, result);
        return id;
    }
    auto job = std::make_unique<Job>();
    job->id = id;
    job->request = request;
    job->hostKey = request.url.host().toLower();
    job->current = request.url;
    job->visited.insert(request.url.adjusted(QUrl::RemoveFragment));
    job->cap =
        request.maxBytes > 0 ? std::min(request.maxBytes, m_options.maxBodyBytes) : m_options.maxBodyBytes;
    m_throttle.enqueue(id, job->hostKey);
    m_jobs.emplace(id, std::move(job));
    QMetaObject::invokeMethod(this, &HttpFetcher::pump, Qt::QueuedConnection);
    return id;
}

void HttpFetcher::cancel(RequestId id)
{
    if (Job *job = find(id))
        fail(*job, FetchResult::Cancelled, tr("cancelled"));
}

void HttpFetcher::pump()
{
    const QList<quint64> ready = m_throttle.takeReady(nowMs());
    for (quint64 id : ready) {
        if (Job *job = find(id))
            start(*job);
        else
            m_throttle.finish(id);
    }
    if (const auto wake = m_throttle.nextWakeMs(nowMs()))
        m_wake->start(int(std::max<qint64>(0, *wake - nowMs())));
}

void HttpFetcher::start(Job &job)
{
    job.started = true;
    job.deadline = new QTimer(this);
    job.deadline->setSingleShot(true);
    const RequestId id = job.id;
    connect(job.deadline, &QTimer::timeout, this, [this, id] {
        if (Job *j = find(id)) {
            fail(
                *j, FetchResult::Timeout,
                tr("no complete response within %1 s (overall deadline)").arg(m_options.deadlineMs / 1000.0));
        }
    });
    job.deadline->start(m_options.deadlineMs);
    hop(job, job.current);
}

void HttpFetcher::hop(Job &job, const QUrl &url)
{
    job.current = url;
    const Status allowed = m_policy.checkUrl(url);
    if (!allowed) {
        fail(job,
             allowed.error().code == Error::Code::InvalidArgument ? FetchResult::BadScheme
                                                                  : FetchResult::Blocked,
             allowed.error().message);
        return;
    }
    QHostAddress literal;
    if (literal.setAddress(url.host())) {
        send(job, url, literal);
        return;
    }
    const RequestId id = job.id;
    m_resolver->lookup(url.host(), this,
                       [this, id, url](const QList<QHostAddress> &addresses, const QString &error) {
                           Job *job = find(id);
                           if (!job || job->current != url || job->reply)
                               return; // cancelled, timed out or superseded meanwhile
                           if (addresses.isEmpty()) {
                               fail(*job, FetchResult::Network,
                                    tr("could not resolve host “%1”: %2")
                                        .arg(url.host(), error.isEmpty() ? tr("no address") : error));
                               return;
                           }
                           const quint16 port =
                               quint16(url.port(url.scheme().toLower() == QLatin1String("https") ? 443 : 80));
                           // Every answer must pass: a name that also resolves to a private address is
                           // refused outright.
                           for (const QHostAddress &address : addresses) {
                               const Status ok = m_policy.checkAddress(address, port);
                               if (!ok) {
                                   fail(*job, FetchResult::Blocked,
                                        tr("%1 (host “%2”)").arg(ok.error().message, url.host()));
                                   return;
                               }
                           }
                           send(*job, url, addresses.constFirst());
                       });
}

void HttpFetcher::send(Job &job, const QUrl &url, const QHostAddress &address)
{
    QUrl target = url;
    const bool viaProxy = m_proxy.type() != QNetworkProxy::NoProxy;
    QNetworkRequest request;
    if (!viaProxy) {
        // Connect to the address we checked, not to whatever a second lookup would return.
        target.setHost(address.toString());
        request.setRawHeader("Host", hostHeader(url));
        if (url.scheme().toLower() == QLatin1String("https"))
            request.setPeerVerifyName(url.host());
    }
    request.setUrl(target);
    request.setRawHeader("User-Agent", userAgent());
    request.setRawHeader("Accept", job.request.accept.isEmpty() ? QByteArray("*/*") : job.request.accept);
    if (!job.request.etag.isEmpty())
        request.setRawHeader("If-None-Match", job.request.etag.toLatin1());
    if (!job.request.lastModified.isEmpty())
        request.setRawHeader("If-Modified-Since", job.request.lastModified.toLatin1());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    // HTTP/2 in 6.4 carries CVE-2023-51714 and CVE-2024-39936; feeds gain nothing from it.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);

    job.body.clear();
    job.tlsErrors.clear();
    QNetworkReply *reply = m_nam->get(request);
    job.reply = reply;
    reply->setReadBufferSize(kReadBuffer);
    const RequestId id = job.id;
    connect(reply, &QNetworkReply::readyRead, this, [this, id] {
        if (Job *j = find(id))
            onReadyRead(*j);
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, id] {
        if (Job *j = find(id))
            onMetaData(*j);
    });
    connect(reply, &QNetworkReply::sslErrors, this, [this, id](const QList<QSslError> &errors) {
        if (Job *j = find(id)) {
            for (const QSslError &error : errors)
                j->tlsErrors.append(error.errorString()); // reported, never ignored
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, id] {
        if (Job *j = find(id))
            onReplyFinished(*j);
    });
    // Qt 6.4 reports a tripped decompression safety check through errorOccurred and may never emit
    // finished for it, so an error on an encoded body ends the job here.
    connect(reply, &QNetworkReply::errorOccurred, this, [this, id](QNetworkReply::NetworkError error) {
        Job *j = find(id);
        if (j && j->reply && error != QNetworkReply::OperationCanceledError &&
            j->reply->hasRawHeader("Content-Encoding"))
            onReplyFinished(*j);
    });
}

void HttpFetcher::onMetaData(Job &job)
{
    const qint64 declared = job.reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    // A declared length over the cap fails before any byte is read (encoded bodies are counted as read).
    if (declared > job.cap && !job.reply->hasRawHeader("Content-Encoding")) {
        fail(job, FetchResult::TooLarge,
             tr("response too large: %1 MiB declared, the limit is %2 MiB")
                 .arg(megabytes(declared), megabytes(job.cap)));
    }
}

void HttpFetcher::onReadyRead(Job &job)
{
    const QByteArray chunk = job.reply->readAll();
    if (job.body.size() + chunk.size() > job.cap) {
        const bool encoded = job.reply->hasRawHeader("Content-Encoding");
        fail(job, FetchResult::TooLarge,
             encoded ? tr("response too large or over-compressed: more than %1 MiB after decompression")
                           .arg(megabytes(job.cap))
                     : tr("response too large: more than %1 MiB").arg(megabytes(job.cap)));
        return;
    }
    job.body += chunk;
}

void HttpFetcher::onReplyFinished(Job &job)
{
    QNetworkReply *reply = job.reply;
    if (reply->bytesAvailable() > 0) {
        onReadyRead(job);
        if (!find(job.id))
            return;
    }
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int code = statusAttribute.toInt();
    const QNetworkReply::NetworkError error = reply->error();
    // An error on a 2xx is a broken body (a tripped decompression check, a cut chunk), not an HTTP error.
    const bool brokenBody = error != QNetworkReply::NoError && code >= 200 && code < 300;
    if (error != QNetworkReply::NoError &&
        (isTransportError(error) || !statusAttribute.isValid() || brokenBody)) {
        const bool encoded = reply->hasRawHeader("Content-Encoding");
        if (encoded &&
            (reply->errorString().contains(QLatin1String("ecompress")) || job.body.size() > 1024 * 1024)) {
            fail(job, FetchResult::TooLarge,
                 tr("response too large or over-compressed (%1)").arg(reply->errorString()), code);
        } else if (!job.tlsErrors.isEmpty()) {
            fail(job, FetchResult::Network,
                 tr("TLS certificate refused: %1").arg(job.tlsErrors.join(QLatin1String("; "))));
        } else if (error == QNetworkReply::TimeoutError) {
            fail(job, FetchResult::Timeout, tr("the connection timed out"));
        } else if (error == QNetworkReply::ConnectionRefusedError) {
            fail(job, FetchResult::Network, tr("connection refused by %1").arg(job.current.host()));
        } else if (error == QNetworkReply::HostNotFoundError) {
            fail(job, FetchResult::Network, tr("host not found: %1").arg(job.current.host()));
        } else if (error == QNetworkReply::RemoteHostClosedError || statusAttribute.isValid()) {
            fail(job, FetchResult::Network,
                 tr("the connection broke before the response was complete (%1 bytes received): %2")
                     .arg(job.body.size())
                     .arg(reply->errorString()),
                 code);
        } else {
            fail(job, FetchResult::Network, tr("network error: %1").arg(reply->errorString()));
        }
        return;
    }

    if ((code == 301 || code == 302 || code == 303 || code == 307 || code == 308) &&
        reply->hasRawHeader("Location")) {
        followRedirect(job, code);
        return;
    }

    FetchResult result;
    result.httpStatus = code;
    result.headers = reply->rawHeaderPairs();
    if (reply->hasRawHeader("Retry-After"))
        result.retryAfterSeconds =
            parseRetryAfter(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
    result.etag = QString::fromLatin1(reply->rawHeader("ETag"));
    result.lastModified = QString::fromLatin1(reply->rawHeader("Last-Modified"));
    if (code == 304) {
        result.status = FetchResult::NotModified;
        if (result.etag.isEmpty())
            result.etag = job.request.etag;
        if (result.lastModified.isEmpty())
            result.lastModified = job.request.lastModified;
    } else if (code >= 200 && code < 300) {
        result.status = FetchResult::Ok;
        result.body = std::move(job.body);
    } else {
        result.status = FetchResult::HttpError;
        QString text = tr("HTTP %1 %2")
                           .arg(code)
                           .arg(QString::fromLatin1(
                               reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray()));
        if (result.retryAfterSeconds)
            text += tr(" (retry after %1 s)").arg(*result.retryAfterSeconds);
        result.errorText = text.trimmed();
    }
    complete(job, std::move(result));
}

void HttpFetcher::followRedirect(Job &job, int code)
{
    const QByteArray location = job.reply->rawHeader("Location");
    const QString text = QString::fromUtf8(location).trimmed();
    const QUrl next = job.current.resolved(QUrl(text)).adjusted(QUrl::RemoveFragment);
    // Absolute targets are checked as written: QUrl would turn "0x7f000001" into "127.0.0.1".
    if (QUrl(text).isRelative() == false) {
        const Status spelled = m_policy.checkUrlText(text);
        if (!spelled) {
            fail(job,
                 spelled.error().code == Error::Code::InvalidArgument ? FetchResult::BadScheme
                                                                      : FetchResult::Blocked,
                 tr("redirect to %1 refused: %2").arg(text, spelled.error().message), code);
            return;
        }
    }
    if (job.current.scheme().toLower() == QLatin1String("https") &&
        next.scheme().toLower() == QLatin1String("http")) {
        fail(job, FetchResult::Blocked, tr("redirect from https to plain http refused: %1").arg(text), code);
        return;
    }
    if (job.visited.contains(next)) {
        fail(job, FetchResult::TooManyRedirects,
             tr("redirect loop: %1 leads back to %2").arg(job.current.toString(), next.toString()), code);
        return;
    }
    if (job.chain.size() >= m_options.maxRedirects) {
        fail(job, FetchResult::TooManyRedirects,
             tr("too many redirects: more than %1 hops").arg(m_options.maxRedirects), code);
        return;
    }
    job.allPermanent = job.allPermanent && (code == 301 || code == 308);
    job.chain.append(next);
    job.visited.insert(next);
    QNetworkReply *old = job.reply;
    old->disconnect(this);
    old->deleteLater();
    job.reply = nullptr;
    hop(job, next);
}

void HttpFetcher::fail(Job &job, FetchResult::Status status, const QString &text, int httpStatus)
{
    FetchResult result;
    result.status = status;
    result.httpStatus = httpStatus;
    result.errorText = text;
    if (job.reply) {
        result.headers = job.reply->rawHeaderPairs();
        if (job.reply->hasRawHeader("Retry-After"))
            result.retryAfterSeconds =
                parseRetryAfter(job.reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
    }
    complete(job, std::move(result));
}

void HttpFetcher::complete(Job &job, FetchResult result)
{
    result.requestedUrl = job.request.url;
    result.finalUrl = job.current;
    result.redirectChain = job.chain;
    result.permanentRedirect = !job.chain.isEmpty() && job.allPermanent;
    if (!result.ok() && result.status != FetchResult::Ok)
        result.body.clear(); // a partial or error body never reaches a parser

    if (job.reply) {
        job.reply->disconnect(this);
        job.reply->abort();
        job.reply->deleteLater();
        job.reply = nullptr;
    }
    if (job.deadline) {
        job.deadline->stop();
        job.deadline->deleteLater();
        job.deadline = nullptr;
    }
    if (job.started)
        m_throttle.finish(job.id);
    else
        m_throttle.removeQueued(job.id);
    const RequestId id = job.id;
    m_jobs.erase(id); // `job` is gone from here on
    finishLater(id, std::move(result));
    QMetaObject::invokeMethod(this, &HttpFetcher::pump, Qt::QueuedConnection);
}

void HttpFetcher::finishLater(RequestId id, FetchResult result)
{
    QMetaObject::invokeMethod(
        this, [this, id, result = std::move(result)] { emit finished(id, result); }, Qt::QueuedConnection);
}

} // namespace ww
