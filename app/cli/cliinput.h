#pragma once

#include "net/fetchresult.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace ww::cli {

// A small argument reader: `--name value` options (repeatable), `--flag`s, and positionals.
class Arguments
{
public:
    Arguments(const QStringList &arguments, const QStringList &valueOptions, const QStringList &flags);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString value(const QString &name, const QString &fallback = {}) const;
    QStringList values(const QString &name) const;
    bool flag(const QString &name) const { return m_flags.contains(name); }
    QStringList positionals() const { return m_positionals; }

private:
    QList<QPair<QString, QString>> m_values;
    QStringList m_flags;
    QStringList m_positionals;
    QString m_error;
};

// The bytes of a feed or page named on the command line: a local file, or an http(s) URL fetched through
// the same chokepoint the app uses (private addresses refused unless --allow-host names them).
struct Input
{
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QUrl url; // where it came from (final URL after redirects), or a file: URL
    QString error;
    bool networkError = false;
};

Input readInput(const QString &pathOrUrl, const QStringList &extraHeaders, const QStringList &allowHosts,
                const QByteArray &accept);

// --db PATH or the default database location.
QString databasePath(const Arguments &arguments);

} // namespace ww::cli
