#include "store/database.h"

#include "store/changenotifier.h"
#include "store/integritycheck.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

namespace ww {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ww::Database", text);
}

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("wirewatch-db-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

QString processClientId()
{
    static const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return id;
}

// Serialises schema upgrades between clients starting at the same time ("wire" in ASCII).
constexpr qint64 kMigrationLock = 0x77697265;

} // namespace

Database::Database() : m_connectionName(nextConnectionName()) {}

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/wirewatch.sqlite");
}

bool Database::isOpen() const
{
    if (!QSqlDatabase::contains(m_connectionName))
        return false;
    // A PostgreSQL session that dropped is still "open": it reconnects on the next call.
    return m_dialect.isSqlite() ? QSqlDatabase::database(m_connectionName, false).isOpen() : m_opened;
}

bool Database::isConnected() const
{
    return QSqlDatabase::contains(m_connectionName) &&
           QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDriver *Database::driver() const
{
    return QSqlDatabase::contains(m_connectionName) ? QSqlDatabase::database(m_connectionName, false).driver()
                                                    : nullptr;
}

QSqlQuery Database::query() const
{
    // Reconnecting inside a transaction would silently split it: there the failing statement reports.
    if (!m_dialect.isSqlite() && m_opened && m_depth == 0 && !isConnected())
        reconnect();
    return QSqlQuery(QSqlDatabase::database(m_connectionName, false));
}

Status Database::reconnect() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const QStringList channels = db.driver()->subscribedToNotifications();
    db.close();
    if (!db.open())
        return sqlError(db.lastError(), tr("Reconnecting to %1 failed").arg(m_path));
    if (Status s = startSession(); !s)
        return s;
    // LISTEN belongs to the session: a ChangeNotifier keeps hearing teammates after the reconnect.
    for (const QString &channel : channels) {
        if (db.driver()->subscribedToNotifications().contains(channel))
            db.driver()->unsubscribeFromNotification(channel); // stale bookkeeping from the dead session
        db.driver()->subscribeToNotification(channel);
    }
    return {};
}

Error Database::lostConnection(const Error &cause, bool duringCommit) const
{
    if (duringCommit)
        return Error(
            Error::Code::ConnectionLost,
            tr("The connection to %1 was lost while saving (%2). The change may or may not have been "
               "saved; check it and try again.")
                .arg(m_path, cause.message));
    return Error(Error::Code::ConnectionLost,
                 tr("The connection to %1 was lost during a write (%2). The server discarded the unfinished "
                    "change, so nothing of it was saved; Wirewatch reconnects on the next attempt.")
                     .arg(m_path, cause.message));
}

Status Database::prepare(QSqlQuery &query, const QString &sql) const
{
    if (!query.prepare(sql))
        return sqlError(query.lastError(), tr("Preparing a statement failed"));
    return {};
}

Status Database::exec(QSqlQuery &query, const QString &context) const
{
    if (!m_dialect.isSqlite()) {
        // PostgreSQL text cannot hold U+0000 (SQLite can): a NUL in a hostile feed must not fail the feed.
        const QVariantList values = query.boundValues();
        for (qsizetype i = 0; i < values.size(); ++i) {
            const QVariant &v = values.at(i);
            if (v.typeId() == QMetaType::QString && v.toString().contains(QChar(0)))
                query.bindValue(int(i), QString(v.toString()).replace(QChar(0), QChar(0xFFFD)));
        }
    }
    if (!query.exec())
        return sqlError(query.lastError(), context);
    return {};
}

Status Database::execPragma(const QString &pragma)
{
    QSqlQuery q = query();
    if (!q.exec(QStringLiteral("PRAGMA ") + pragma))
        return sqlError(q.lastError(), tr("Setting PRAGMA %1 failed").arg(pragma));
    return {};
}

Status Database::lockInstance(int waitMs)
{
    auto lock = std::make_unique<QLockFile>(m_path + QStringLiteral(".lock"));
    // Age alone must never make a live instance's lock stale; a dead holder on this host is still detected.
    lock->setStaleLockTime(0);
    if (lock->tryLock(waitMs)) {
        m_lock = std::move(lock);
        return {};
    }
    if (lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString app;
        lock->getLockInfo(&pid, &host, &app);
        return Error(Error::Code::DatabaseLocked,
                     tr("The database %1 is already in use by %2 (process %3 on host %4). Close the other "
                        "Wirewatch instance, or open a different database file.")
                         .arg(QDir::toNativeSeparators(m_path), app.isEmpty() ? tr("another program") : app,
                              QString::number(pid), host.isEmpty() ? tr("unknown") : host));
    }
    return Error(Error::Code::Io, tr("Cannot create the lock file %1.lock (check the folder's permissions).")
                                      .arg(QDir::toNativeSeparators(m_path)));
}

Status Database::open(const QString &path)
{
    return open(path, Options());
}

Status Database::open(const QString &path, const Options &options)
{
    close();
    if (path.isEmpty())
        return Error(Error::Code::InvalidArgument, tr("No database path given."));
    if (PgConnection::isConnectionString(path))
        return openPostgres(path, options);
    m_clientId = options.clientId.isEmpty() ? processClientId() : options.clientId;
    m_path = QFileInfo(path).absoluteFilePath();
    m_mode = options.mode;
    m_dialect = SqlDialect(SqlDialect::Kind::Sqlite);

    const bool readOnly = options.mode == Mode::ReadOnly;
    if (readOnly && !QFileInfo::exists(m_path))
        return Error(Error::Code::NotFound, tr("The database %1 does not exist.").arg(m_path));
    if (!readOnly) {
        if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
            return Error(Error::Code::Io, tr("Cannot create the folder for %1.").arg(m_path));
        // Readers share the file freely (WAL); only writers exclude each other.
        if (!options.sameProcessWriter)
            if (Status s = lockInstance(options.lockWaitMs); !s)
                return s;
    }

    Status status = [&]() -> Status {
        QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect.driverName(), m_connectionName);
        db.setDatabaseName(m_path);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return sqlError(db.lastError(), tr("Cannot open the database %1").arg(m_path));
        return configure(options);
    }();
    if (!status)
        close();
    return status;
}

Status Database::checkVersion(int version, const Options &options)
{
    m_schemaVersion = version;
    const int known = options.migrations.latestVersion();
    if (version > known)
        return Error(
            Error::Code::SchemaTooNew,
            tr("The database %1 was written by a newer version of Wirewatch (schema %2; this version "
               "knows up to %3). Update Wirewatch to open it; the file was left unchanged.")
                .arg(QDir::toNativeSeparators(m_path))
                .arg(version)
                .arg(known));
    if (m_mode == Mode::ReadOnly && options.requireCurrentSchema && version < known)
        return Error(Error::Code::Database,
                     tr("The database %1 uses an older schema (%2 < %3); open it once read-write to upgrade.")
                         .arg(QDir::toNativeSeparators(m_path))
                         .arg(version)
                         .arg(known));
    return {};
}

Status Database::configure(const Options &options)
{
    // Nothing below writes to the file until the integrity and version checks have passed, so a damaged or
    // too-new file stays byte-for-byte as it was.
    if (Status s = execPragma(QStringLiteral("busy_timeout = %1").arg(options.busyTimeoutMs)); !s)
        return s;
    if (options.quickCheck) {
        // The header costs one read; quick_check reads every page (20 s of a 7 GB archive's start).
        if (Status s = IntegrityCheck::header(m_path); !s)
            return s;
        // A hot -wal: the last session did not close the file. Check now, before anything replays into it.
        if (options.deferQuickCheck && !IntegrityCheck::hasHotWal(m_path))
            m_quickCheckDeferred = true;
        else if (Status s = checkNow(); !s)
            return s;
    }
    const Result<int> version = Migrations::currentVersion(*this);
    if (!version)
        return version.error().code == Error::Code::DatabaseCorrupt
                   ? IntegrityCheck::damaged(m_path, version.error().message)
                   : version.error();
    if (Status s = checkVersion(*version, options); !s)
        return s;
    // A schema upgrade writes: never into a file that has not been checked.
    if (m_quickCheckDeferred && m_mode == Mode::ReadWrite && *version < options.migrations.latestVersion()) {
        m_quickCheckDeferred = false;
        if (Status s = checkNow(); !s)
            return s;
    }
    const int known = options.migrations.latestVersion();

    if (m_mode == Mode::ReadOnly) {
        return execPragma(QStringLiteral("query_only = 1"));
    }

    {
        QSqlQuery q = query();
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next())
            return sqlError(q.lastError(), tr("Switching to WAL mode failed"));
        if (q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            return Error(
                Error::Code::Database,
                tr("The database %1 cannot use WAL mode (got %2).").arg(m_path, q.value(0).toString()));
    }
    // NORMAL is consistent under WAL and durable across app crashes; analyst writes ask for FULL per
    // transaction.
    if (Status s = execPragma(QStringLiteral("synchronous = NORMAL")); !s)
        return s;
    if (Status s = execPragma(QStringLiteral("foreign_keys = ON")); !s)
        return s;
    if (Status s = options.migrations.migrate(*this); !s)
        return s;
    m_schemaVersion = known;
    return {};
}

Status Database::openPostgres(const QString &connection, const Options &options)
{
    const Result<PgConnectionInfo> info = PgConnection::parse(connection);
    if (!info)
        return info.error();
    m_path = PgConnection::displayName(*info);
    m_mode = options.mode;
    m_dialect = SqlDialect(SqlDialect::Kind::Postgres);
    m_clientId = options.clientId.isEmpty() ? processClientId() : options.clientId;
    if (!QSqlDatabase::isDriverAvailable(m_dialect.driverName()))
        return Error(
            Error::Code::Database,
            tr("Qt's PostgreSQL driver (QPSQL) is not installed; install the package libqt6sql6-psql "
               "to open %1.")
                .arg(m_path));
    Status status = [&]() -> Status {
        QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect.driverName(), m_connectionName);
        PgConnection::apply(*info, db);
        if (!db.open())
            return sqlError(db.lastError(), tr("Cannot connect to %1").arg(m_path));
        m_opened = true;
        return configurePostgres(options);
    }();
    if (!status)
        close();
    return status;
}

Status Database::startSession() const
{
    // Every write's change notification carries this id (see ChangeNotifier), so a client can tell its
    // own writes from a teammate's.
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.prepare(QStringLiteral("SELECT set_config('wirewatch.client', ?, false)")))
        return sqlError(q.lastError(), tr("Setting up the session failed"));
    q.addBindValue(m_clientId);
    if (!q.exec())
        return sqlError(q.lastError(), tr("Setting up the session failed"));
    QSqlQuery settings(QSqlDatabase::database(m_connectionName, false));
    for (const char *sql : {"SET client_min_messages = warning", "SET TIME ZONE 'UTC'"}) {
        if (!settings.exec(QString::fromLatin1(sql)))
            return sqlError(settings.lastError(), tr("Setting up the session failed"));
    }
    if (m_mode == Mode::ReadOnly && !settings.exec(QStringLiteral("SET default_transaction_read_only = on")))
        return sqlError(settings.lastError(), tr("Setting up the session failed"));
    return {};
}

Status Database::configurePostgres(const Options &options)
{
    if (Status s = startSession(); !s)
        return s;
    const bool readOnly = m_mode == Mode::ReadOnly;
    // Two clients starting at once must not both apply a migration: the second waits, then finds it done.
    QSqlQuery lock = query();
    if (!readOnly) {
        if (!lock.prepare(QStringLiteral("SELECT pg_advisory_lock(?)")))
            return sqlError(lock.lastError(), tr("Waiting for another client's schema upgrade failed"));
        lock.addBindValue(kMigrationLock);
        if (!lock.exec())
            return sqlError(lock.lastError(), tr("Waiting for another client's schema upgrade failed"));
    }
    Status status = [&]() -> Status {
        const Result<int> version = Migrations::currentVersion(*this);
        if (!version)
            return version.error();
        if (Status s = checkVersion(*version, options); !s)
            return s;
        if (readOnly)
            return {};
        if (Status s = options.migrations.migrate(*this); !s)
            return s;
        m_schemaVersion = options.migrations.latestVersion();
        return ChangeNotifier::installTriggers(*this);
    }();
    if (!readOnly) {
        QSqlQuery unlock = query();
        if (unlock.prepare(QStringLiteral("SELECT pg_advisory_unlock(?)"))) {
            unlock.addBindValue(kMigrationLock);
            unlock.exec();
        }
    }
    return status;
}

void Database::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_lock.reset(); // unlocks
    m_writeFailure.reset();
    m_opened = false;
    m_quickCheckDeferred = false;
    m_depth = 0;
    m_schemaVersion = 0;
}

Status Database::transaction(const std::function<Status()> &work, Durability durability)
{
    if (!isOpen())
        return Error(Error::Code::Database, tr("The database is not open."));
    const bool wantFull = durability == Durability::Full && m_dialect.isSqlite();
    if (m_depth == 0 && !m_dialect.isSqlite() && !isConnected()) {
        if (Status s = reconnect(); !s)
            return s;
    }
    if (m_depth > 0) {
        // Joining the outer transaction: its commit decides, so raise its durability if asked.
        if (wantFull && !m_full && execPragma(QStringLiteral("synchronous = FULL")))
            m_full = true;
        ++m_depth;
        Status s = work();
        --m_depth;
        if (!s && !m_nestedError)
            m_nestedError = s.error();
        return s;
    }

    if (m_writeFailure)
        return Error(m_writeFailure->code,
                     tr("The database %1 is read-only for now because a write failed (%2). Nothing was "
                        "changed; free disk space or check the drive, then retry.")
                         .arg(QDir::toNativeSeparators(m_path), m_writeFailure->message));
    if (wantFull) {
        if (Status s = execPragma(QStringLiteral("synchronous = FULL")); !s)
            return s;
        m_full = true;
    }
    auto restoreSync = [this] {
        if (m_full) {
            execPragma(QStringLiteral("synchronous = NORMAL"));
            m_full = false;
        }
    };
    {
        // IMMEDIATE takes the write lock up front, so busy_timeout applies instead of a late SQLITE_BUSY.
        QSqlQuery begin = query();
        const QString sql = m_dialect.isSqlite() && !isReadOnly() ? QStringLiteral("BEGIN IMMEDIATE")
                                                                  : QStringLiteral("BEGIN");
        if (!begin.exec(sql)) {
            restoreSync();
            return sqlError(begin.lastError(), tr("Starting a transaction failed"));
        }
    }
    m_depth = 1;
    m_nestedError.reset();
    Status status = work();
    m_depth = 0;
    if (status && m_nestedError)
        status = *m_nestedError;
    m_nestedError.reset();

    // Not query(): it would reconnect a lost session, and COMMIT or ROLLBACK must go to the one that began.
    QSqlQuery end(QSqlDatabase::database(m_connectionName, false));
    if (status) {
        if (!end.exec(QStringLiteral("COMMIT"))) {
            status = sqlError(end.lastError(), tr("Committing a transaction failed"));
            if (!m_dialect.isSqlite() && !isConnected())
                status = lostConnection(status.error(), true);
            else
                end.exec(QStringLiteral("ROLLBACK"));
        }
    } else if (!m_dialect.isSqlite() && !isConnected()) {
        // The server ended the session: it rolled the transaction back itself; say so plainly.
        status = lostConnection(status.error(), false);
    } else {
        end.exec(QStringLiteral("ROLLBACK"));
    }
    restoreSync();
    if (!status && m_dialect.isSqlite() &&
        (status.error().code == Error::Code::DiskFull || status.error().code == Error::Code::Io)) {
        // The transaction was rolled back; carry on read-only rather than fail the next write half-way.
        m_writeFailure = status.error();
        execPragma(QStringLiteral("query_only = 1"));
    }
    return status;
}

Status Database::resumeWrites()
{
    if (!m_writeFailure)
        return {};
    if (Status s = execPragma(QStringLiteral("query_only = 0")); !s)
        return s;
    m_writeFailure.reset();
    return {};
}

Status Database::checkNow()
{
    const Result<QStringList> problems = quickCheck();
    if (!problems || !problems->isEmpty())
        return IntegrityCheck::damaged(m_path, problems ? problems->mid(0, 3).join(QStringLiteral("; "))
                                                        : problems.error().message);
    return {};
}

Result<QStringList> Database::quickCheck()
{
    QSqlQuery q = query();
    if (!m_dialect.isSqlite()) {
        if (!q.exec(QStringLiteral("SELECT 1")))
            return sqlError(q.lastError(), tr("The database server does not answer"));
        return QStringList();
    }
    if (!q.exec(QStringLiteral("PRAGMA quick_check")))
        return sqlError(q.lastError(), tr("The integrity check could not read the file"));
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (q.lastError().isValid())
        return sqlError(q.lastError(), tr("The integrity check could not read the file"));
    return problems;
}

Status Database::backupTo(const QString &backupPath)
{
    if (!isOpen())
        return Error(Error::Code::Database, tr("The database is not open."));
    if (m_depth > 0)
        return Error(Error::Code::InvalidArgument, tr("A backup cannot run inside a transaction."));
    if (!m_dialect.isSqlite())
        return Error(Error::Code::InvalidArgument,
                     tr("A PostgreSQL archive is backed up on the server (pg_dump), not by Wirewatch."));
    if (QFileInfo::exists(backupPath))
        return Error(Error::Code::Io, tr("The backup file %1 already exists; choose a new name.")
                                          .arg(QDir::toNativeSeparators(backupPath)));
    // VACUUM INTO writes a consistent snapshot even while others write (a plain file copy can tear).
    QSqlQuery q = query();
    if (Status s = prepare(q, QStringLiteral("VACUUM INTO :path")); !s)
        return s;
    q.bindValue(QStringLiteral(":path"), QFileInfo(backupPath).absoluteFilePath());
    // VACUUM INTO only reads this database, but query_only (a read-only session, or read-only after a
    // failed write) refuses it all the same; a read-only session must still be able to make a backup.
    const bool queryOnly = isReadOnly() || isReadOnlyAfterFailure();
    if (queryOnly)
        execPragma(QStringLiteral("query_only = 0"));
    const Status status =
        exec(q, tr("Writing the backup %1 failed").arg(QDir::toNativeSeparators(backupPath)));
    if (queryOnly)
        execPragma(QStringLiteral("query_only = 1"));
    return status;
}

Result<QString> Database::restoreFrom(const QString &backupPath, const QString &targetPath)
{
    return restoreFrom(backupPath, targetPath, Migrations());
}

Result<QString> Database::restoreFrom(const QString &backupPath, const QString &targetPath,
                                      const Migrations &migrations)
{
    if (!QFileInfo::exists(backupPath))
        return Error(Error::Code::NotFound, tr("The backup %1 does not exist.").arg(backupPath));
    {
        // Verify before touching anything: readable, intact, and not newer than this build.
        Database probe;
        Options options;
        options.mode = Mode::ReadOnly;
        options.migrations = migrations;
        options.requireCurrentSchema = false;
        if (Status s = probe.open(backupPath, options); !s)
            return Error(s.error().code, tr("The backup cannot be restored: %1").arg(s.error().message));
    }
    const QString target = QFileInfo(targetPath).absoluteFilePath();
    QLockFile lock(target + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return Error(Error::Code::DatabaseLocked, tr("The database %1 is in use; close it before restoring.")
                                                      .arg(QDir::toNativeSeparators(target)));

    // The current file is moved aside, never deleted: it may be the only copy of someone's work.
    QString aside;
    if (QFileInfo::exists(target)) {
        const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        aside = target + QStringLiteral(".before-restore-") + stamp;
        for (int n = 2; QFileInfo::exists(aside); ++n)
            aside =
                target + QStringLiteral(".before-restore-") + stamp + QLatin1Char('-') + QString::number(n);
        if (!QFile::rename(target, aside))
            return Error(Error::Code::Io, tr("Cannot move %1 aside before restoring.").arg(target));
        // A leftover -wal next to the restored file would be replayed into it: keep it with its own file.
        for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            if (QFileInfo::exists(target + suffix))
                QFile::rename(target + suffix, aside + suffix);
        }
    }
    const QString partial = target + QStringLiteral(".restoring");
    QFile::remove(partial);
    if (!QFile::copy(backupPath, partial) || !QFile::rename(partial, target)) {
        QFile::remove(partial);
        if (!aside.isEmpty())
            QFile::rename(aside, target);
        return Error(Error::Code::Io, tr("Copying the backup to %1 failed.").arg(target));
    }
    return aside;
}

} // namespace ww
