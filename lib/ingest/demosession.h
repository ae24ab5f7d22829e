#pragma once

#include "core/result.h"
#include "net/addresspolicy.h"
#include "net/httpfetcher.h"
#include "net/loopbackserver.h"

#include <QObject>
#include <QTemporaryDir>

#include <memory>

namespace ww {

class Store;

// The built-in demo: serves the embedded bundle (:/demo) on 127.0.0.1 and subscribes a database to its
// feeds, so the demo exercises the real network path with no internet. The bundle's {{BASE}} token becomes
// this server's address, byte for byte (legacy-encoded files are never re-encoded).
class DemoSession : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoSession)

public:
    explicit DemoSession(QObject *parent = nullptr);
    ~DemoSession() override;

    // Unpacks the bundle and starts the server.
    Status start(const QString &bundleRoot = QStringLiteral(":/demo"));
    // Adds the bundle's outlets and feeds to the store (feeds already subscribed are kept). Returns how
    // many feeds the store now has from the bundle.
    Result<int> subscribe(Store &store) const;

    quint16 port() const { return m_server.port(); }
    QUrl baseUrl() const;
    // The fetch policy for the demo: the usual one, plus exactly this server's address and port.
    AddressPolicy addressPolicy() const;
    // The demo server is our own: no per-host spacing (politeness is for other people's servers).
    static HttpFetcher::Options fetcherOptions();
    LoopbackServer &server() { return m_server; }

    // Where the GUI and CLI keep the demo archive, apart from the analyst's own database.
    static QString defaultDatabasePath();

private:
    LoopbackServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    QByteArray m_manifest;
};

} // namespace ww
