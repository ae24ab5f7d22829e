#include "net/hostileroutes.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimeZone>
#include <QTimer>

#include <sys/socket.h>
#include <zlib.h>

namespace ww {

namespace {

constexpr qint64 kLowWater = 256 * 1024;

const QByteArray kSmallFeed = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Loopback</title>"
                              "<link>http://example.invalid/</link><item><title>One</title>"
                              "<guid>loopback-1</guid></item></channel></rss>\n";

// Feeds the socket from `next` whenever its buffer runs low; an empty piece ends the response. Writing
// only on bytesWritten keeps the server's memory bounded whatever the peer does.
void pump(QTcpSocket *socket, std::function<QByteArray()> next)
{
    auto fill = [socket, next = std::move(next)](qint64 = 0) {
        while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < kLowWater) {
            const QByteArray piece = next();
            if (piece.isEmpty()) {
                socket->disconnectFromHost();
                return;
            }
            socket->write(piece);
        }
    };
    QObject::connect(socket, &QTcpSocket::bytesWritten, socket, fill);
    fill();
}

QByteArray head(int status, const HttpHeaders &headers)
{
    QByteArray out = LoopbackServer::statusLine(status) + "Connection: close\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    return out + "\r\n";
}

QByteArray deflateZeros(z_stream *stream, int flush)
{
    static const QByteArray zeros(HostileRoutes::kBombUnitBytes, '\0');
    QByteArray out(HostileRoutes::kBombUnitBytes, '\0');
    stream->next_in = reinterpret_cast<Bytef *>(const_cast<char *>(zeros.constData()));
    stream->avail_in = static_cast<uInt>(zeros.size());
    stream->next_out = reinterpret_cast<Bytef *>(out.data());
    stream->avail_out = static_cast<uInt>(out.size());
    deflate(stream, flush);
    out.truncate(out.size() - stream->avail_out);
    return out;
}

struct BombPieces
{
    QByteArray head;
    QByteArray unit;
};

// A full flush resets the compressor, so every later megabyte of zeros compresses to the same bytes:
// the bomb is built once in memory (about 2 KB) instead of committing a precomputed file.
const BombPieces &bombPieces()
{
    static const BombPieces pieces = [] {
        z_stream stream{};
        deflateInit2(&stream, 9, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY); // +16: gzip wrapper
        BombPieces result;
        result.head = deflateZeros(&stream, Z_FULL_FLUSH);
        result.unit = deflateZeros(&stream, Z_FULL_FLUSH);
        deflateEnd(&stream);
        return result;
    }();
    return pieces;
}

} // namespace

HostileRoutes::HostileRoutes(LoopbackServer *server, const QString &fixtureDir)
    : QObject(server), m_server(server), m_fixtureDir(fixtureDir)
{
    server->addRoute(QStringLiteral("/drip"), [this](const HttpRequest &r, QTcpSocket *s) { drip(r, s); });
    server->addRoute(QStringLiteral("/hang"), [](const HttpRequest &, QTcpSocket *) {});
    server->addRoute(QStringLiteral("/infinite"),
                     [this](const HttpRequest &, QTcpSocket *s) { infinite(s); });
    server->addRoute(QStringLiteral("/gzbomb"),
                     [this](const HttpRequest &r, QTcpSocket *s) { gzbomb(r, s); });
    server->addRoute(QStringLiteral("/redirect"),
                     [this](const HttpRequest &r, QTcpSocket *s) { redirect(r, s); });
    server->addRoute(QStringLiteral("/loop/"), [](const HttpRequest &r, QTcpSocket *s) {
        const QByteArray to = r.path.endsWith(QLatin1String("/a")) ? "/loop/b" : "/loop/a";
        LoopbackServer::respond(s, 302, {{"Location", to}});
    });
    server->addRoute(QStringLiteral("/chain/"), [this](const HttpRequest &r, QTcpSocket *s) { chain(r, s); });
    server->addRoute(QStringLiteral("/status/"),
                     [this](const HttpRequest &r, QTcpSocket *s) { status(r, s); });
    server->addRoute(QStringLiteral("/etag"), [this](const HttpRequest &r, QTcpSocket *s) { etag(r, s); });
    server->addRoute(QStringLiteral("/reset"), [this](const HttpRequest &r, QTcpSocket *s) { reset(r, s); });
    server->addRoute(QStringLiteral("/setcookie"), [](const HttpRequest &, QTcpSocket *s) {
        LoopbackServer::respond(s, 200,
                                {{"Content-Type", "application/rss+xml"},
                                 {"Set-Cookie", "wwsession=secret; Path=/; Max-Age=3600"},
                                 {"Set-Cookie", "wwother=1; Path=/; Domain=127.0.0.1"}},
                                kSmallFeed);
    });
    server->addRoute(QStringLiteral("/canary/"), [this](const HttpRequest &r, QTcpSocket *s) {
        ++m_canary[r.path.mid(QStringLiteral("/canary/").size())];
        LoopbackServer::respond(s, 200, {{"Content-Type", "text/plain"}}, "canary\n");
    });
    server->addRoute(QStringLiteral("/fixture/"), [this](const HttpRequest &r, QTcpSocket *s) {
        if (m_fixtureDir.isEmpty()) {
            LoopbackServer::respond(s, 404);
            return;
        }
        m_server->serveFile(r, s, m_fixtureDir, r.path.mid(QStringLiteral("/fixture").size()));
    });
    server->addRoute(QStringLiteral("/slow"), [](const HttpRequest &r, QTcpSocket *s) {
        const int ms = r.query.queryItemValue(QStringLiteral("ms")).toInt();
        QTimer::singleShot(ms, s, [s] {
            LoopbackServer::respond(s, 200, {{"Content-Type", "application/rss+xml"}}, kSmallFeed);
        });
    });
}

int HostileRoutes::totalCanaryHits() const
{
    int total = 0;
    for (int hits : m_canary)
        total += hits;
    return total;
}

QByteArray HostileRoutes::currentEtag() const
{
    const QByteArray tag = "\"wwv" + QByteArray::number(m_etagVersion) + '"';
    return m_weakEtag ? "W/" + tag : tag;
}

QByteArray HostileRoutes::etagLastModified()
{
    return LoopbackServer::httpDate(QDateTime(QDate(2026, 11, 1), QTime(8, 0), QTimeZone::utc()));
}

QByteArray HostileRoutes::gzipBombHead()
{
    return bombPieces().head;
}

QByteArray HostileRoutes::gzipBombUnit()
{
    return bombPieces().unit;
}

void HostileRoutes::drip(const HttpRequest &request, QTcpSocket *socket)
{
    const int every = std::max(1, request.query.queryItemValue(QStringLiteral("every")).toInt());
    socket->write(head(200, {{"Content-Type", "application/rss+xml"}, {"Content-Length", "100000"}}));
    auto *timer = new QTimer(socket);
    connect(timer, &QTimer::timeout, socket, [socket] { socket->write("<"); });
    timer->start(every);
}

void HostileRoutes::infinite(QTcpSocket *socket)
{
    socket->write(head(200, {{"Content-Type", "application/rss+xml"}, {"Transfer-Encoding", "chunked"}}));
    QByteArray payload = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>forever</title>";
    while (payload.size() < 64 * 1024)
        payload += "<item><title>again</title></item>\n";
    const QByteArray chunk = QByteArray::number(payload.size(), 16) + "\r\n" + payload + "\r\n";
    pump(socket, [chunk] { return chunk; });
}

void HostileRoutes::gzbomb(const HttpRequest &request, QTcpSocket *socket)
{
    qint64 gib = request.query.queryItemValue(QStringLiteral("gib")).toLongLong();
    if (gib <= 0)
        gib = 10;
    socket->write(head(200, {{"Content-Type", "application/rss+xml"}, {"Content-Encoding", "gzip"}}));
    socket->write(gzipBombHead());
    auto remaining = std::make_shared<qint64>(gib * 1024 - 1); // units of 1 MiB after the head
    pump(socket, [remaining] {
        if (*remaining <= 0)
            return QByteArray(); // close-delimited: the peer should have given up long before
        --*remaining;
        return gzipBombUnit();
    });
}

void HostileRoutes::redirect(const HttpRequest &request, QTcpSocket *socket)
{
    int code = request.query.queryItemValue(QStringLiteral("code")).toInt();
    if (code < 300 || code > 399)
        code = 302;
    // The target goes out byte for byte, so tests can send odd spellings the client must see unparsed.
    const QByteArray to = request.query.queryItemValue(QStringLiteral("to"), QUrl::FullyDecoded).toUtf8();
    LoopbackServer::respond(socket, code, {{"Location", to}, {"Content-Type", "text/plain"}}, "moved\n");
}

void HostileRoutes::chain(const HttpRequest &request, QTcpSocket *socket)
{
    const int n = request.path.mid(QStringLiteral("/chain/").size()).toInt();
    if (n <= 0) {
        LoopbackServer::respond(socket, 200, {{"Content-Type", "application/rss+xml"}}, kSmallFeed);
        return;
    }
    LoopbackServer::respond(socket, 302, {{"Location", "/chain/" + QByteArray::number(n - 1)}});
}

void HostileRoutes::status(const HttpRequest &request, QTcpSocket *socket)
{
    int code = request.path.mid(QStringLiteral("/status/").size()).toInt();
    if (code < 200 || code > 599)
        code = 500;
    HttpHeaders headers{{"Content-Type", "text/plain"}};
    const QString retryAfter =
        request.query.queryItemValue(QStringLiteral("retry-after"), QUrl::FullyDecoded);
    if (!retryAfter.isEmpty())
        headers.append(qMakePair(QByteArray("Retry-After"), retryAfter.toLatin1()));
    LoopbackServer::respond(socket, code, headers, "status " + QByteArray::number(code) + '\n');
}

void HostileRoutes::etag(const HttpRequest &request, QTcpSocket *socket)
{
    const QByteArray tag = currentEtag();
    const HttpHeaders validators{{"ETag", tag}, {"Last-Modified", etagLastModified()}};
    // Strict, byte-exact comparison on purpose: it proves the client sends the stored validator verbatim.
    if (request.header("If-None-Match") == tag) {
        LoopbackServer::respond(socket, 304, validators);
        return;
    }
    HttpHeaders headers = validators;
    headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/rss+xml")));
    QByteArray body = kSmallFeed;
    const QByteArray title = "<title>Version " + QByteArray::number(m_etagVersion) + "</title>";
    body.replace("<title>One</title>", title);
    LoopbackServer::respond(socket, 200, headers, body);
}

void HostileRoutes::reset(const HttpRequest &request, QTcpSocket *socket)
{
    const qint64 after =
        std::max<qint64>(0, request.query.queryItemValue(QStringLiteral("after")).toLongLong());
    socket->write(head(200, {{"Content-Type", "application/rss+xml"},
                             {"Content-Length", QByteArray::number(after + 100000)}}));
    socket->write(QByteArray(after, 'x'));
    auto resetWhenFlushed = [socket] {
        if (socket->bytesToWrite() > 0)
            return;
        // SO_LINGER with a zero timeout turns close() into a TCP RST.
        const linger hard{1, 0};
        setsockopt(static_cast<int>(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
        socket->abort();
    };
    connect(socket, &QTcpSocket::bytesWritten, socket, resetWhenFlushed);
    QTimer::singleShot(0, socket, resetWhenFlushed);
}

} // namespace ww
