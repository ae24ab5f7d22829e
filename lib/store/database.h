#pragma once

#include "core/result.h"
#include "store/migrations.h"
#include "store/pgconnection.h"
#include "store/sqldialect.h"

#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QSqlDriver;

namespace ww {

// One open database: an SQLite file (instance lock, integrity check, pragmas, backups) or, in team mode, a
// PostgreSQL connection (see PgConnection for the accepted strings). Both get the same migrations and
// transactions. The connection belongs to the thread that opened it.
class Database
{
public:
    enum class Mode { ReadWrite, ReadOnly };
    // Normal: WAL + synchronous=NORMAL (feed ingestion). Full: fsync at commit (analyst-authored writes).
    enum class Durability { Normal, Full };

    struct Options
    {
        Mode mode = Mode::ReadWrite;
        Migrations migrations;    // the schema this build knows; tests inject their own
        int lockWaitMs = 300;     // how long to wait for another instance's lock before giving up
        int busyTimeoutMs = 5000; // SQLite busy_timeout for row locks held by other connections
        bool quickCheck = true;
        // With quickCheck: only the cheap checks at open (IntegrityCheck::header, the schema readable), and
        // the full quick_check is left to the caller (IntegrityCheck::quickCheck on another connection, after
        // the first page is shown). The full check still runs at open when a hot -wal says the last session
        // did not close the file, or when a schema upgrade is about to write to it.
        bool deferQuickCheck = false;
        bool requireCurrentSchema = true; // read-only opens refuse a schema that needs upgrading
        // SQLite: a second read-write connection of the process that already holds the file's instance lock
        // (a writer thread's, IngestWriter): takes no lock of its own. Never for another process's file.
        bool sameProcessWriter = false;
        // PostgreSQL: who this client is in change notifications (empty: one id per process), so a client
        // can skip its own writes. Tests give two connections in one process different ids.
        QString clientId;
    };

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    static QString defaultPath();

    // A file path, or a PostgreSQL connection string (postgresql://user@host:port/db, postgresql:dbname=...).
    Status open(const QString &path); // read-write with the application's schema
    Status open(const QString &path, const Options &options);
    void close();

    bool isOpen() const;
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    // The file, or the PostgreSQL connection without its password.
    QString path() const { return m_path; }
    QString connectionName() const { return m_connectionName; }
    SqlDialect dialect() const { return m_dialect; }
    int schemaVersion() const { return m_schemaVersion; }
    QString clientId() const { return m_clientId; }
    // The Qt driver, for LISTEN/NOTIFY subscriptions (ChangeNotifier).
    QSqlDriver *driver() const;
    // PostgreSQL: whether the session is alive. After a loss, the next query() or transaction() outside a
    // transaction reconnects; the loss itself is reported by the call that hit it (Error::ConnectionLost).
    bool isConnected() const;
    Status reconnect() const;
    // A query on this connection. Stores prepare() and bind every value; no caller passes SQL in.
    QSqlQuery query() const;
    // Runs work inside one transaction (nested calls join the outer one); commits when work succeeds.
    Status transaction(const std::function<Status()> &work, Durability durability = Durability::Normal);
    bool inTransaction() const { return m_depth > 0; }
    // After a write failed for lack of disk space or an I/O error (SQLite), the connection stays open for
    // reading but refuses writes (transactions fail fast, PRAGMA query_only is on) until resumeWrites(),
    // so the app keeps running read-only instead of failing half-way again.
    bool isReadOnlyAfterFailure() const { return m_writeFailure.has_value(); }
    // The write error that made the connection read-only (empty message when writes are allowed).
    QString writeFailureMessage() const { return m_writeFailure ? m_writeFailure->message : QString(); }
    Status resumeWrites();

    // PRAGMA quick_check: the problems found (empty when healthy), or an error when the file cannot be read.
    // PostgreSQL checks its own pages; there this only confirms the server answers.
    Result<QStringList> quickCheck();
    // Open with deferQuickCheck and the full check was not run: the caller owes it.
    bool quickCheckDeferred() const { return m_quickCheckDeferred; }
    // A consistent copy taken with VACUUM INTO; refuses to overwrite an existing file. SQLite only (a
    // PostgreSQL archive is backed up with pg_dump on the server).
    Status backupTo(const QString &backupPath);
    // Verifies the backup, moves an existing target (and its -wal/-shm) aside, then copies the backup in.
    // The target must not be open. Returns the path the old file was moved to (empty if there was none).
    static Result<QString> restoreFrom(const QString &backupPath, const QString &targetPath,
                                       const Migrations &migrations);
    static Result<QString> restoreFrom(const QString &backupPath, const QString &targetPath);

    // Helpers shared by the stores.
    Status exec(QSqlQuery &query, const QString &context) const;
    Status prepare(QSqlQuery &query, const QString &sql) const;
    static Error sqlError(const QSqlError &error, const QString &context);

private:
    Status lockInstance(int waitMs);
    Status configure(const Options &options);
    Status openPostgres(const QString &connection, const Options &options);
    Status configurePostgres(const Options &options);
    Status startSession() const;
    Status checkVersion(int version, const Options &options);
    Error lostConnection(const Error &cause, bool duringCommit) const;
    Status execPragma(const QString &pragma);
    Status checkNow();

    QString m_path;
    QString m_connectionName;
    Mode m_mode = Mode::ReadWrite;
    SqlDialect m_dialect;
    int m_schemaVersion = 0;
    int m_depth = 0;
    std::optional<Error> m_nestedError; // a nested step failed: the outermost transaction must roll back
    bool m_full = false;
    std::optional<Error> m_writeFailure; // the disk-full / I/O error that made this connection read-only
    bool m_opened = false;
    bool m_quickCheckDeferred = false;
    QString m_clientId;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace ww
