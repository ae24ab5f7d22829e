#pragma once

#include "core/result.h"

#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <optional>

namespace ww {

// Which URLs and addresses the fetcher may contact (RELIABILITY.md b.4 #31-#34). Only http and https;
// loopback, private, link-local, CGNAT, multicast, reserved, unspecified and IPv4-mapped addresses are
// refused unless an exact address:port is allowlisted (the demo server and the tests use this).
class AddressPolicy
{
public:
    // Exactly this address and port become reachable, nothing around them.
    void allow(const QHostAddress &address, quint16 port);
    // The user's explicit opt-in for an intranet deployment; off by default.
    void setAllowPrivateNetworks(bool allow) { m_allowPrivate = allow; }
    bool allowsPrivateNetworks() const { return m_allowPrivate; }

    // The URL as written, before QUrl normalises "2130706433" or "0x7f.1" into "127.0.0.1": such
    // spellings are refused outright, whatever they point at.
    Status checkUrlText(const QString &text) const;
    // Scheme, port and, for IP literals and loopback names, the address. Hostnames are checked again once
    // resolved (checkAddress). Error codes: InvalidArgument for a scheme, Blocked for an address.
    Status checkUrl(const QUrl &url) const;
    Status checkAddress(const QHostAddress &address, quint16 port) const;

    bool isAllowlisted(const QHostAddress &address, quint16 port) const;
    // A globally routable unicast address.
    static bool isPublic(const QHostAddress &address);
    // inet_aton's forms: 1 to 4 parts, each decimal, octal (leading 0) or hex (0x).
    static std::optional<QHostAddress> parseLooseIPv4(const QString &text);
    // Dotted quad, four decimal parts without leading zeros.
    static bool isCanonicalIPv4(const QString &text);

private:
    QList<QPair<QHostAddress, quint16>> m_allowed;
    bool m_allowPrivate = false;
};

} // namespace ww
