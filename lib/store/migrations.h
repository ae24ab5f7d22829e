#pragma once

#include "core/result.h"
#include "store/sqldialect.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ww {

class Database;

// One numbered schema step. Statements use SqlDialect placeholders ({pk}, {ts}...); the dialect-only lists
// hold what has no portable spelling (FTS5 on SQLite, tsvector on PostgreSQL).
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
    QStringList sqliteOnly;
    QStringList postgresOnly;
};

// The ordered migration list and the code that applies it: each step and its version stamp in one
// transaction.
class Migrations
{
public:
    Migrations(); // the application's schema
    explicit Migrations(QList<Migration> steps);

    static QList<Migration> appMigrations();

    const QList<Migration> &steps() const { return m_steps; }
    int latestVersion() const;

    // 0 for an empty database; an error for a database that holds tables but no schema_version (not ours).
    static Result<int> currentVersion(Database &db);
    // Applies every step newer than the database, stopping at the first failure (that step leaves no trace).
    Status migrate(Database &db) const;

private:
    Status apply(Database &db, const Migration &step) const;

    QList<Migration> m_steps;
};

} // namespace ww
