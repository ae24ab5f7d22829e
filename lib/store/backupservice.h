#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace ww {

class Database;

// Backups of one archive and their restore. SQLite: VACUUM INTO a timestamped file (a consistent snapshot
// even while others write), restored only after PRAGMA integrity_check, the replaced file kept aside.
// PostgreSQL: pg_dump / pg_restore run as programs with an argument list (never a shell) and the password in
// PGPASSWORD (never in argv, where `ps` shows it); a restore runs in one transaction, so a bad dump changes
// nothing. Backups are named <stem>-<UTC time>.<sqlite|pgdump> in one folder; the newest `keep` are kept.
class BackupService
{
public:
    struct Options
    {
        QString directory; // empty: defaultDirectory()
        int keep = 7;      // scheduled backups kept per archive (older ones are deleted after a new one)
        QString pgBinDir;  // where pg_dump, pg_restore and psql live; empty: from PATH
        int timeoutMs = 60 * 60 * 1000;
    };
    // A program to run, exposed so tests can check that no password reaches the command line.
    struct Invocation
    {
        QString program;
        QStringList arguments;
        QProcessEnvironment environment;
    };

    // location: an SQLite file path or a PostgreSQL connection string (as Database::open takes it).
    explicit BackupService(const QString &location);
    BackupService(const QString &location, const Options &options);

    // <the user's data folder>/backups.
    static QString defaultDirectory();
    QString directory() const { return m_options.directory; }
    bool isPostgres() const { return m_postgres; }

    // A new backup in directory(), then rotation. `open` may be the app's own connection to the SQLite
    // file (VACUUM INTO runs on it); without one a read-only connection is opened for the copy.
    Result<QString> backupNow(Database *open = nullptr);
    // A backup to a chosen file, which must not exist yet. No rotation.
    Status backupTo(const QString &file, Database *open = nullptr);
    // This archive's backups in directory(), newest first.
    QStringList backups() const;
    QString latestBackup() const;
    // True when there is no backup newer than interval (the schedule: call at start-up and on a timer).
    bool isDue(qint64 intervalSeconds, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // Deletes all but the newest `keep` backups; returns the deleted files.
    QStringList rotate() const;

    // Replaces the archive with a backup after verifying the backup. SQLite: the database must not be open
    // anywhere; returns where the replaced file was moved (empty if there was none). PostgreSQL: returns an
    // empty string; other sessions' locks are waited for a bounded time.
    Result<QString> restore(const QString &backupFile) const;

    Result<Invocation> pgInvocation(const QString &tool, const QStringList &toolArguments) const;

private:
    QString stem() const;
    QString suffix() const;
    Status dumpSqlite(const QString &file, Database *open) const;
    Status dumpPostgres(const QString &file) const;
    Result<QString> restoreSqlite(const QString &backupFile) const;
    Status restorePostgres(const QString &backupFile) const;
    Status runTool(const QString &tool, const QStringList &arguments, bool connect = true) const;

    QString m_location;
    Options m_options;
    bool m_postgres = false;
};

} // namespace ww
