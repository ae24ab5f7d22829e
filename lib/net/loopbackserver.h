#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace ww {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// One parsed HTTP/1.1 request as the loopback server saw it (tests inspect these, e.g. for Cookie headers).
struct HttpRequest
{
    QByteArray method;
    QByteArray target;
    QString path;
    QUrlQuery query;
    HttpHeaders headers;
    QByteArray body;
    QDateTime received;

    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
};

// A minimal HTTP/1.1 server bound to 127.0.0.1: serves the demo bundle and is the fixture server of the
// network tests. Static files come from a directory or a Qt resource prefix, with optional `<file>.headers`
// sidecars and conditional GET; tests add routes that write raw responses. Runs in the owner's thread.
class LoopbackServer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackServer)

public:
    // A route handler answers on the socket as it likes (raw bytes, streaming, reset). The socket is owned
    // by the server and deleted after it disconnects; handlers parent their timers to it.
    using Handler = std::function<void(const HttpRequest &, QTcpSocket *)>;

    explicit LoopbackServer(QObject *parent = nullptr);
    ~LoopbackServer() override;

    bool listen(quint16 port = 0);
    void close();
    bool isListening() const;
    quint16 port() const;
    // http://127.0.0.1:<port><path>
    QUrl url(const QString &pathAndQuery) const;

    // Files are served from here for paths no route claims. A directory path or ":/prefix".
    void setDocumentRoot(const QString &root);
    QString documentRoot() const { return m_root; }

    // Longest matching prefix wins; "/etag" matches "/etag" and "/etag?x", "/chain/" matches "/chain/5".
    void addRoute(const QString &pathPrefix, Handler handler);

    QList<HttpRequest> requests() const { return m_requests; }
    int requestCount(const QString &pathPrefix) const;
    void clearLog();

    int openConnections() const { return m_open; }
    // The most connections open at once since the last reset: how tests check concurrency caps.
    int peakConnections() const { return m_peak; }
    void resetPeak() { m_peak = m_open; }

    // Serves `relativePath` under `root` with sidecar headers and conditional GET (routes reuse this).
    void serveFile(const HttpRequest &request, QTcpSocket *socket, const QString &root,
                   const QString &relativePath);

    // Writes a complete response with Content-Length and closes the connection once it is flushed.
    static void respond(QTcpSocket *socket, int status, const HttpHeaders &headers = {},
                        const QByteArray &body = {}, bool headOnly = false);
    static QByteArray statusLine(int status);
    static QByteArray httpDate(const QDateTime &utc);

signals:
    void requestReceived(const ww::HttpRequest &request);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void dispatch(const HttpRequest &request, QTcpSocket *socket);

    QTcpServer *m_server = nullptr;
    QString m_root;
    QList<QPair<QString, Handler>> m_routes;
    QList<HttpRequest> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_open = 0;
    int m_peak = 0;
};

} // namespace ww
