#pragma once

#include "core/result.h"

#include <QSqlError>
#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace ww {

// Where a PostgreSQL archive lives, parsed from what the analyst typed (--db or the settings dialog).
struct PgConnectionInfo
{
    QString host;
    int port = -1;
    QString database;
    QString user;
    QString password;    // empty: libpq looks in PGPASSWORD and ~/.pgpass
    QStringList options; // libpq keywords (sslmode=require, connect_timeout=5...)
};

// PostgreSQL connection strings and error classification, kept apart from Database so they are testable
// without a server. Accepted forms:
//   postgresql://user:password@host:port/dbname?sslmode=require   (also postgres://)
//   postgresql:host=db.example port=5432 dbname=wirewatch user=analyst   (libpq keywords)
class PgConnection
{
public:
    static bool isConnectionString(const QString &text);
    static Result<PgConnectionInfo> parse(const QString &text);
    // The connection for messages and window titles: never shows the password.
    static QString displayName(const PgConnectionInfo &info);
    // Configures a QPSQL connection (not yet opened) from the parsed parts.
    static void apply(const PgConnectionInfo &info, QSqlDatabase &db);
    // Our code for a PostgreSQL error: SQLSTATE first, libpq's text when the server never answered.
    static Error::Code classify(const QSqlError &error);
    // True when the error means the session is gone (server restart, terminated backend, network).
    static bool isConnectionLoss(const QSqlError &error);
};

} // namespace ww
