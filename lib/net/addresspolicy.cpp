#include "net/addresspolicy.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ww {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ww::AddressPolicy", text);
}

bool inRange(quint32 address, quint32 network, int prefix)
{
    const quint32 mask = prefix == 0 ? 0 : ~quint32(0) << (32 - prefix);
    return (address & mask) == (network & mask);
}

constexpr quint32 ip4(int a, int b, int c, int d)
{
    return quint32(a) << 24 | quint32(b) << 16 | quint32(c) << 8 | quint32(d);
}

bool isPublicIPv4(quint32 a)
{
    static const struct
    {
        quint32 network;
        int prefix;
    } blocked[] = {
        {ip4(0, 0, 0, 0), 8},      {ip4(10, 0, 0, 0), 8},     {ip4(100, 64, 0, 0), 10}, // CGNAT
        {ip4(127, 0, 0, 0), 8},    {ip4(169, 254, 0, 0), 16}, {ip4(172, 16, 0, 0), 12},
        {ip4(192, 0, 0, 0), 24},   {ip4(192, 0, 2, 0), 24},   {ip4(192, 88, 99, 0), 24},
        {ip4(192, 168, 0, 0), 16}, {ip4(198, 18, 0, 0), 15},  {ip4(198, 51, 100, 0), 24},
        {ip4(203, 0, 113, 0), 24}, {ip4(224, 0, 0, 0), 4}, // multicast
        {ip4(240, 0, 0, 0), 4},                            // reserved and broadcast
    };
    for (const auto &range : blocked) {
        if (inRange(a, range.network, range.prefix))
            return false;
    }
    return true;
}

// Strips "[...]" from IPv6 literals and the port from "host:port" in a raw authority.
QString rawHost(const QString &text)
{
    static const QRegularExpression authority(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://([^/?#]*)"));
    const QRegularExpressionMatch match = authority.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    QString host = match.captured(1);
    host = host.mid(host.lastIndexOf(QLatin1Char('@')) + 1);
    if (host.startsWith(QLatin1Char('['))) {
        const qsizetype close = host.indexOf(QLatin1Char(']'));
        return close < 0 ? host : host.mid(1, close - 1);
    }
    const qsizetype colon = host.lastIndexOf(QLatin1Char(':'));
    return (colon < 0 ? host : host.left(colon)).toLower();
}

bool isLoopbackName(QString host)
{
    while (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    return host == QLatin1String("localhost") || host.endsWith(QLatin1String(".localhost")) ||
           host == QLatin1String("localhost.localdomain") || host == QLatin1String("ip6-localhost") ||
           host == QLatin1String("ip6-loopback");
}

} // namespace

void AddressPolicy::allow(const QHostAddress &address, quint16 port)
{
    m_allowed.append({address, port});
}

bool AddressPolicy::isAllowlisted(const QHostAddress &address, quint16 port) const
{
    for (const auto &[allowed, allowedPort] : m_allowed) {
        // Strict: "::ffff:127.0.0.1" is not the allowlisted "127.0.0.1".
        if (allowedPort == port && allowed.protocol() == address.protocol() &&
            allowed.isEqual(address, QHostAddress::StrictConversion))
            return true;
    }
    return false;
}

bool AddressPolicy::isPublic(const QHostAddress &address)
{
    if (address.isNull())
        return false;
    if (address.protocol() == QAbstractSocket::IPv4Protocol)
        return isPublicIPv4(address.toIPv4Address());
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return false;
    const Q_IPV6ADDR a = address.toIPv6Address();
    bool firstTenZero = true;
    for (int i = 0; i < 10; ++i)
        firstTenZero = firstTenZero && a[i] == 0;
    // ::/80 covers ::, ::1, IPv4-compatible and IPv4-mapped (::ffff:a.b.c.d) addresses: all refused.
    if (firstTenZero)
        return false;
    if ((a[0] & 0xfe) == 0xfc) // fc00::/7 unique local
        return false;
    if (a[0] == 0xfe && (a[1] & 0xc0) == 0x80) // fe80::/10 link-local
        return false;
    if (a[0] == 0xfe && (a[1] & 0xc0) == 0xc0) // fec0::/10 site-local (deprecated)
        return false;
    if (a[0] == 0xff) // multicast
        return false;
    if (a[0] == 0x20 && a[1] == 0x01 && a[2] == 0x0d && a[3] == 0xb8) // 2001:db8::/32 documentation
        return false;
    const auto embedded = [&a](int at) {
        return quint32(a[at]) << 24 | quint32(a[at + 1]) << 16 | quint32(a[at + 2]) << 8 | quint32(a[at + 3]);
    };
    if (a[0] == 0x00 && a[1] == 0x64 && a[2] == 0xff && a[3] == 0x9b) // 64:ff9b::/96 NAT64
        return isPublicIPv4(embedded(12));
    if (a[0] == 0x20 && a[1] == 0x02) // 2002::/16 6to4
        return isPublicIPv4(embedded(2));
    return true;
}

std::optional<QHostAddress> AddressPolicy::parseLooseIPv4(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.isEmpty() || parts.size() > 4)
        return std::nullopt;
    QList<quint64> values;
    static const QRegularExpression shape(QStringLiteral("^(0[xX][0-9a-fA-F]*|[0-9]+)$"));
    for (const QString &part : parts) {
        if (!shape.match(part).hasMatch() || part.size() > 24)
            return std::nullopt;
        bool ok = true;
        quint64 value = 0;
        if (part.size() >= 2 && (part.at(1) == QLatin1Char('x') || part.at(1) == QLatin1Char('X')))
            value = part.size() == 2 ? 0 : part.mid(2).toULongLong(&ok, 16);
        else if (part.size() > 1 && part.startsWith(QLatin1Char('0')))
            value = part.toULongLong(&ok, 8);
        else
            value = part.toULongLong(&ok, 10);
        if (!ok)
            return std::nullopt;
        values.append(value);
    }
    // The last part fills all remaining bytes: "127.1" is 127.0.0.1, "2130706433" is 127.0.0.1.
    quint64 result = 0;
    for (qsizetype i = 0; i + 1 < values.size(); ++i) {
        if (values.at(i) > 255)
            return std::nullopt;
        result |= values.at(i) << (8 * (3 - i));
    }
    const int lastBits = 8 * int(4 - values.size() + 1);
    if (values.constLast() >= (quint64(1) << lastBits))
        return std::nullopt;
    result |= values.constLast();
    return QHostAddress(quint32(result));
}

bool AddressPolicy::isCanonicalIPv4(const QString &text)
{
    static const QRegularExpression dotted(QStringLiteral(
        "^(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?["
        "0-9])){3}$"));
    return dotted.match(text).hasMatch();
}

Status AddressPolicy::checkUrlText(const QString &text) const
{
    const QString host = rawHost(text);
    if (!host.isEmpty() && !host.contains(QLatin1Char(':'))) {
        QString bare = host;
        while (bare.endsWith(QLatin1Char('.')))
            bare.chop(1);
        if (parseLooseIPv4(bare) && !(isCanonicalIPv4(bare) && bare == host))
            return Error(
                Error::Code::Blocked,
                tr("unusual IP address spelling “%1” refused (write addresses as a.b.c.d)").arg(host));
    }
    return checkUrl(QUrl(text.trimmed()));
}

Status AddressPolicy::checkUrl(const QUrl &url) const
{
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https")) {
        return Error(Error::Code::InvalidArgument,
                     scheme.isEmpty()
                         ? tr("not an absolute web address; only http and https are fetched")
                         : tr("scheme “%1:” refused; only http and https are fetched").arg(scheme));
    }
    if (!url.isValid() || url.host().isEmpty())
        return Error(Error::Code::InvalidArgument, tr("the address has no valid host"));
    const QString host = url.host().toLower();
    const quint16 port = quint16(url.port(scheme == QLatin1String("https") ? 443 : 80));
    if (isLoopbackName(host))
        return Error(Error::Code::Blocked,
                     tr("private network address blocked: “%1” is this computer").arg(host));
    QHostAddress literal;
    if (literal.setAddress(host))
        return checkAddress(literal, port);
    QString bare = host;
    while (bare.endsWith(QLatin1Char('.')))
        bare.chop(1);
    if (parseLooseIPv4(bare)) // "127.0.0.1." would otherwise reach the resolver as a name
        return Error(Error::Code::Blocked, tr("unusual IP address spelling “%1” refused").arg(host));
    return {};
}

Status AddressPolicy::checkAddress(const QHostAddress &address, quint16 port) const
{
    if (isAllowlisted(address, port) || isPublic(address))
        return {};
    const bool mapped = address.protocol() == QAbstractSocket::IPv6Protocol &&
                        address.toIPv6Address()[10] == 0xff && address.toIPv6Address()[11] == 0xff;
    if (m_allowPrivate && !mapped && !address.isMulticast())
        return {};
    return Error(Error::Code::Blocked, tr("private network address blocked: %1").arg(address.toString()));
}

} // namespace ww
