#include "net/loopbackserver.h"

#include "net/httpdate.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimeZone>

namespace ww {

namespace {

constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
constexpr qsizetype kMaxRequestBody = 1024 * 1024;
constexpr int kMaxLoggedRequests = 5000;

QByteArray contentTypeFor(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("rss"))
        return "application/rss+xml";
    if (suffix == QLatin1String("atom"))
        return "application/atom+xml";
    if (suffix == QLatin1String("xml") || suffix == QLatin1String("opml"))
        return "application/xml";
    if (suffix == QLatin1String("json"))
        return "application/feed+json";
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return "text/html; charset=utf-8";
    if (suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg"))
        return "image/jpeg";
    if (suffix == QLatin1String("png"))
        return "image/png";
    if (suffix == QLatin1String("gif"))
        return "image/gif";
    if (suffix == QLatin1String("svg"))
        return "image/svg+xml";
    if (suffix == QLatin1String("txt"))
        return "text/plain; charset=utf-8";
    return "application/octet-stream";
}

// Weak comparison (RFC 9110 13.1.2): If-None-Match ignores the W/ prefix.
QByteArray opaqueTag(QByteArray tag)
{
    tag = tag.trimmed();
    if (tag.startsWith("W/"))
        tag.remove(0, 2);
    return tag;
}

bool etagMatches(const QByteArray &ifNoneMatch, const QByteArray &etag)
{
    if (etag.isEmpty())
        return false;
    const QList<QByteArray> candidates = ifNoneMatch.split(',');
    for (const QByteArray &candidate : candidates) {
        if (candidate.trimmed() == "*" || opaqueTag(candidate) == opaqueTag(etag))
            return true;
    }
    return false;
}

} // namespace

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool HttpRequest::hasHeader(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

LoopbackServer::LoopbackServer(QObject *parent) : QObject(parent), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackServer::onNewConnection);
}

LoopbackServer::~LoopbackServer()
{
    close();
    // Sockets are children of m_server; cut them loose from us first so no signal reaches a dying object.
    const QList<QTcpSocket *> sockets = m_server->findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets) {
        disconnect(socket, nullptr, this, nullptr);
        socket->abort();
    }
    delete m_server;
    m_server = nullptr;
}

bool LoopbackServer::listen(quint16 port)
{
    return m_server->listen(QHostAddress::LocalHost, port);
}

void LoopbackServer::close()
{
    m_server->close();
}

bool LoopbackServer::isListening() const
{
    return m_server->isListening();
}

quint16 LoopbackServer::port() const
{
    return m_server->serverPort();
}

QUrl LoopbackServer::url(const QString &pathAndQuery) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(pathAndQuery));
}

void LoopbackServer::setDocumentRoot(const QString &root)
{
    m_root = root;
}

void LoopbackServer::addRoute(const QString &pathPrefix, Handler handler)
{
    m_routes.append({pathPrefix, std::move(handler)});
}

int LoopbackServer::requestCount(const QString &pathPrefix) const
{
    int count = 0;
    for (const HttpRequest &request : m_requests) {
        if (request.path.startsWith(pathPrefix))
            ++count;
    }
    return count;
}

void LoopbackServer::clearLog()
{
    m_requests.clear();
}

void LoopbackServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_open;
        m_peak = std::max(m_peak, m_open);
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            --m_open;
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void LoopbackServer::onReadyRead(QTcpSocket *socket)
{
    auto it = m_buffers.find(socket);
    if (it == m_buffers.end()) {
        socket->readAll(); // one request per connection: anything after it is ignored
        return;
    }
    it->append(socket->readAll());
    QByteArray &buffer = *it;
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (buffer.size() > kMaxHeaderBytes) {
            m_buffers.erase(it);
            respond(socket, 431);
        }
        return;
    }

    HttpRequest request;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        m_buffers.erase(it);
        respond(socket, 400);
        return;
    }
    request.method = requestLine.at(0);
    request.target = requestLine.at(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    const qint64 contentLength = request.header("Content-Length").toLongLong();
    if (contentLength < 0 || contentLength > kMaxRequestBody) {
        m_buffers.erase(it);
        respond(socket, 413);
        return;
    }
    if (buffer.size() - (headerEnd + 4) < contentLength)
        return; // wait for the rest of the body
    request.body = buffer.mid(headerEnd + 4, contentLength);
    m_buffers.erase(it);

    const QUrl target = QUrl::fromEncoded(request.target);
    request.path = target.path();
    request.query = QUrlQuery(target);
    request.received = QDateTime::currentDateTimeUtc();
    if (m_requests.size() >= kMaxLoggedRequests)
        m_requests.removeFirst();
    m_requests.append(request);
    emit requestReceived(request);
    dispatch(request, socket);
}

void LoopbackServer::dispatch(const HttpRequest &request, QTcpSocket *socket)
{
    const Handler *best = nullptr;
    qsizetype bestLength = -1;
    for (const auto &[prefix, handler] : m_routes) {
        if (request.path.startsWith(prefix) && prefix.size() > bestLength) {
            best = &handler;
            bestLength = prefix.size();
        }
    }
    if (best) {
        (*best)(request, socket);
        return;
    }
    if (m_root.isEmpty() || (request.method != "GET" && request.method != "HEAD")) {
        respond(socket, m_root.isEmpty() ? 404 : 405);
        return;
    }
    serveFile(request, socket, m_root, request.path);
}

void LoopbackServer::serveFile(const HttpRequest &request, QTcpSocket *socket, const QString &root,
                               const QString &relativePath)
{
    const bool headOnly = request.method == "HEAD";
    const QString clean = QDir::cleanPath(QLatin1Char('/') + relativePath);
    if (clean.contains(QLatin1String("..")) || clean.contains(QLatin1Char('\\'))) {
        respond(socket, 403, {}, {}, headOnly);
        return;
    }
    const QString fileName = root + clean;
    QFile file(fileName);
    if (QFileInfo(fileName).isDir() || !file.open(QIODevice::ReadOnly)) {
        respond(socket, 404, {{"Content-Type", "text/plain"}}, "not found\n", headOnly);
        return;
    }
    const QByteArray body = file.readAll();

    int status = 200;
    QByteArray etag = '"' + QCryptographicHash::hash(body, QCryptographicHash::Sha1).toHex().left(16) + '"';
    QDateTime modified = QFileInfo(file).lastModified().toUTC();
    if (!modified.isValid()) // resources carry no time stamp: a fixed one keeps validators stable
        modified = QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc());
    QByteArray lastModified = formatHttpDate(modified);
    HttpHeaders headers{{"Content-Type", contentTypeFor(fileName)}};

    QFile sidecar(fileName + QLatin1String(".headers"));
    if (sidecar.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = sidecar.readAll().split('\n');
        for (const QByteArray &raw : lines) {
            const QByteArray line = raw.trimmed();
            const qsizetype colon = line.indexOf(':');
            if (line.isEmpty() || line.startsWith('#') || colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name.compare("Status", Qt::CaseInsensitive) == 0) {
                status = value.toInt();
            } else if (name.compare("ETag", Qt::CaseInsensitive) == 0) {
                etag = value;
            } else if (name.compare("Last-Modified", Qt::CaseInsensitive) == 0) {
                lastModified = value;
            } else if (name.compare("Content-Type", Qt::CaseInsensitive) == 0) {
                headers[0].second = value;
            } else {
                headers.append({name, value});
            }
        }
    }
    if (!etag.isEmpty())
        headers.append({"ETag", etag});
    if (!lastModified.isEmpty())
        headers.append({"Last-Modified", lastModified});

    if (status == 200) {
        bool notModified = false;
        const QByteArray ifNoneMatch = request.header("If-None-Match");
        if (!ifNoneMatch.isEmpty()) {
            notModified = etagMatches(ifNoneMatch, etag);
        } else if (request.hasHeader("If-Modified-Since")) {
            const QDateTime since = parseHttpDate(request.header("If-Modified-Since"));
            const QDateTime ours = parseHttpDate(lastModified);
            notModified = since.isValid() && ours.isValid() && ours <= since;
        }
        if (notModified) {
            HttpHeaders validators;
            for (const auto &header : std::as_const(headers)) {
                if (header.first == "ETag" || header.first == "Last-Modified" ||
                    header.first.compare("Cache-Control", Qt::CaseInsensitive) == 0)
                    validators.append(header);
            }
            respond(socket, 304, validators, {}, true);
            return;
        }
    }
    respond(socket, status, headers, body, headOnly);
}

QByteArray LoopbackServer::statusLine(int status)
{
    const char *reason = "Status";
    switch (status) {
    case 200:
        reason = "OK";
        break;
    case 301:
        reason = "Moved Permanently";
        break;
    case 302:
        reason = "Found";
        break;
    case 303:
        reason = "See Other";
        break;
    case 304:
        reason = "Not Modified";
        break;
    case 307:
        reason = "Temporary Redirect";
        break;
    case 308:
        reason = "Permanent Redirect";
        break;
    case 400:
        reason = "Bad Request";
        break;
    case 403:
        reason = "Forbidden";
        break;
    case 404:
        reason = "Not Found";
        break;
    case 405:
        reason = "Method Not Allowed";
        break;
    case 410:
        reason = "Gone";
        break;
    case 413:
        reason = "Content Too Large";
        break;
    case 429:
        reason = "Too Many Requests";
        break;
    case 431:
        reason = "Request Header Fields Too Large";
        break;
    case 500:
        reason = "Internal Server Error";
        break;
    case 503:
        reason = "Service Unavailable";
        break;
    default:
        break;
    }
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
}

QByteArray LoopbackServer::httpDate(const QDateTime &utc)
{
    return formatHttpDate(utc);
}

void LoopbackServer::respond(QTcpSocket *socket, int status, const HttpHeaders &headers,
                             const QByteArray &body, bool headOnly)
{
    QByteArray out = statusLine(status);
    out += "Date: " + formatHttpDate(QDateTime::currentDateTimeUtc()) + "\r\n";
    out += "Server: WirewatchLoopback\r\nConnection: close\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    const bool noBody = status == 304 || status == 204 || (status >= 100 && status < 200);
    if (!noBody)
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "\r\n";
    if (!noBody && !headOnly)
        out += body;
    socket->write(out);
    socket->disconnectFromHost(); // closes once the write buffer has been flushed
}

} // namespace ww
