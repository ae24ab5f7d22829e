#pragma once

#include "net/loopbackserver.h"

#include <QHash>
#include <QObject>

namespace ww {

// The misbehaving routes of RELIABILITY.md b.0, registered on a LoopbackServer for the network tests:
// /drip?every=ms, /hang, /infinite, /gzbomb?gib=, /redirect?code=&to=, /loop/a|b, /chain/<n>,
// /status/<code>?retry-after=, /etag, /reset?after=<bytes>, /setcookie, /canary/<id>, /fixture/<name>,
// /slow?ms= (a small feed after a delay, for concurrency tests). Streams write only as the peer reads,
// so a never-ending body costs the server bounded memory.
class HostileRoutes : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostileRoutes)

public:
    // Becomes a child of `server`; fixtures are files (plus .headers sidecars) under `fixtureDir`.
    explicit HostileRoutes(LoopbackServer *server, const QString &fixtureDir = {});

    int canaryHits(const QString &id) const { return m_canary.value(id); }
    int totalCanaryHits() const;

    // /etag answers with a new ETag (and body) but the same Last-Modified after this.
    void rotateEtag() { ++m_etagVersion; }
    void setWeakEtag(bool weak) { m_weakEtag = weak; }
    QByteArray currentEtag() const;
    static QByteArray etagLastModified();

    // Gzip stream pieces: `head` starts the stream, `unit` (1 MiB of zeros) can repeat forever.
    static QByteArray gzipBombHead();
    static QByteArray gzipBombUnit();
    static constexpr qint64 kBombUnitBytes = 1024 * 1024;

private:
    void drip(const HttpRequest &request, QTcpSocket *socket);
    void infinite(QTcpSocket *socket);
    void gzbomb(const HttpRequest &request, QTcpSocket *socket);
    void redirect(const HttpRequest &request, QTcpSocket *socket);
    void chain(const HttpRequest &request, QTcpSocket *socket);
    void status(const HttpRequest &request, QTcpSocket *socket);
    void etag(const HttpRequest &request, QTcpSocket *socket);
    void reset(const HttpRequest &request, QTcpSocket *socket);

    LoopbackServer *m_server;
    QString m_fixtureDir;
    QHash<QString, int> m_canary;
    int m_etagVersion = 1;
    bool m_weakEtag = false;
};

} // namespace ww
