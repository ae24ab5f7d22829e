#include "store/backupservice.h"

#include "store/database.h"
#include "store/pgconnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimeZone>

#include <algorithm>

namespace ww {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ww::BackupService", text);
}

const QString StampFormat = QStringLiteral("yyyyMMdd-HHmmss-zzz");

// A libpq conninfo value in single quotes, so spaces or quotes in a value cannot add another keyword.
QString quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

// The full PRAGMA integrity_check of a file (quick_check skips index contents): empty when sound.
Result<QStringList> integrityProblems(const QString &file)
{
    Database db;
    Database::Options options;
    options.mode = Database::Mode::ReadOnly;
    options.requireCurrentSchema = false;
    if (Status s = db.open(file, options); !s)
        return s.error();
    QSqlQuery q = db.query();
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return Database::sqlError(q.lastError(), tr("The integrity check could not read %1").arg(file));
    QStringList problems;
    while (q.next()) {
        if (q.value(0).toString() != QLatin1String("ok"))
            problems << q.value(0).toString();
    }
    // An empty file is a valid, empty SQLite database: restoring it would silently empty the archive.
    if (problems.isEmpty() && db.schemaVersion() <= 0)
        problems << tr("no Wirewatch tables");
    return problems;
}

} // namespace

BackupService::BackupService(const QString &location) : BackupService(location, Options()) {}

BackupService::BackupService(const QString &location, const Options &options)
    : m_location(location), m_options(options), m_postgres(PgConnection::isConnectionString(location))
{
    if (m_options.directory.isEmpty())
        m_options.directory = defaultDirectory();
    m_options.keep = qMax(1, m_options.keep);
}

QString BackupService::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/backups");
}

QString BackupService::stem() const
{
    // Only characters that are safe in a file name, so a database name never escapes the folder.
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_.-]"));
    QString name;
    if (m_postgres) {
        const Result<PgConnectionInfo> info = PgConnection::parse(m_location);
        name = QStringLiteral("pg-") + (info ? info->database : QString());
    } else {
        name = QFileInfo(m_location).completeBaseName();
    }
    name.replace(unsafe, QStringLiteral("_"));
    return name.isEmpty() ? QStringLiteral("wirewatch") : name;
}

QString BackupService::suffix() const
{
    return m_postgres ? QStringLiteral("pgdump") : QStringLiteral("sqlite");
}

QStringList BackupService::backups() const
{
    const QRegularExpression name(QLatin1Char('^') + QRegularExpression::escape(stem()) +
                                  QStringLiteral("-\\d{8}-\\d{6}-\\d{3}(-\\d+)?\\.") + suffix() +
                                  QLatin1Char('$'));
    const QDir dir(m_options.directory);
    QStringList found;
    for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
        if (name.match(file).hasMatch())
            found << dir.filePath(file);
    }
    // The UTC stamp in the name sorts like time; the newest comes first.
    std::reverse(found.begin(), found.end());
    return found;
}

QString BackupService::latestBackup() const
{
    return backups().value(0);
}

bool BackupService::isDue(qint64 intervalSeconds, const QDateTime &now) const
{
    const QString latest = latestBackup();
    if (latest.isEmpty())
        return true;
    const QString stamp = QFileInfo(latest).completeBaseName().mid(stem().size() + 1, StampFormat.size());
    QDateTime taken = QDateTime::fromString(stamp, StampFormat);
    taken.setTimeZone(QTimeZone::utc());
    // A backup "from the future" (a clock set back) is not trusted to cover now.
    return !taken.isValid() || taken > now || taken.secsTo(now) >= intervalSeconds;
}

QStringList BackupService::rotate() const
{
    QStringList removed;
    const QStringList all = backups();
    for (qsizetype i = m_options.keep; i < all.size(); ++i) {
        if (QFile::remove(all.at(i)))
            removed << all.at(i);
    }
    return removed;
}

Result<QString> BackupService::backupNow(Database *open)
{
    if (!QDir().mkpath(m_options.directory))
        return Error(
            Error::Code::Io,
            tr("Cannot create the backup folder %1.").arg(QDir::toNativeSeparators(m_options.directory)));
    const QString base =
        QDir(m_options.directory)
            .filePath(stem() + QLatin1Char('-') + QDateTime::currentDateTimeUtc().toString(StampFormat));
    QString file = base + QLatin1Char('.') + suffix();
    for (int n = 2; QFileInfo::exists(file); ++n)
        file = base + QLatin1Char('-') + QString::number(n) + QLatin1Char('.') + suffix();
    if (Status s = backupTo(file, open); !s)
        return s.error();
    rotate();
    return file;
}

Status BackupService::backupTo(const QString &file, Database *open)
{
    if (QFileInfo::exists(file))
        return Error(
            Error::Code::Io,
            tr("The backup file %1 already exists; choose a new name.").arg(QDir::toNativeSeparators(file)));
    return m_postgres ? dumpPostgres(file) : dumpSqlite(file, open);
}

Status BackupService::dumpSqlite(const QString &file, Database *open) const
{
    if (open && open->isOpen())
        return open->backupTo(file);
    Database db;
    Database::Options options;
    options.mode = Database::Mode::ReadOnly;
    options.quickCheck = false; // the copy is checked instead, below
    options.requireCurrentSchema = false;
    if (Status s = db.open(m_location, options); !s)
        return s;
    if (Status s = db.backupTo(file); !s)
        return s;
    db.close();
    // A backup nobody can restore is worse than none: check the copy now, not on the day it is needed.
    const Result<QStringList> problems = integrityProblems(file);
    if (!problems || !problems->isEmpty()) {
        QFile::remove(file);
        return Error(
            Error::Code::DatabaseCorrupt,
            tr("The backup of %1 failed its integrity check (%2); the database itself may be "
               "damaged.")
                .arg(QDir::toNativeSeparators(m_location),
                     problems ? problems->mid(0, 3).join(QStringLiteral("; ")) : problems.error().message));
    }
    return {};
}

Result<BackupService::Invocation> BackupService::pgInvocation(const QString &tool,
                                                              const QStringList &toolArguments) const
{
    const Result<PgConnectionInfo> info = PgConnection::parse(m_location);
    if (!info)
        return info.error();
    QStringList conninfo;
    if (!info->host.isEmpty())
        conninfo << QStringLiteral("host=") + quoted(info->host);
    if (info->port > 0)
        conninfo << QStringLiteral("port=") + QString::number(info->port);
    if (!info->database.isEmpty())
        conninfo << QStringLiteral("dbname=") + quoted(info->database);
    if (!info->user.isEmpty())
        conninfo << QStringLiteral("user=") + quoted(info->user);
    for (const QString &option : info->options)
        conninfo << option.section(QLatin1Char('='), 0, 0) + QLatin1Char('=') +
                        quoted(option.section(QLatin1Char('='), 1));
    Invocation run;
    run.program = m_options.pgBinDir.isEmpty() ? tool : QDir(m_options.pgBinDir).filePath(tool);
    // --no-password: a scheduled backup must fail with a message, never wait for a prompt.
    run.arguments = toolArguments;
    run.arguments << QStringLiteral("--no-password")
                  << QStringLiteral("--dbname=") + conninfo.join(QLatin1Char(' '));
    run.environment = QProcessEnvironment::systemEnvironment();
    if (!info->password.isEmpty())
        run.environment.insert(QStringLiteral("PGPASSWORD"), info->password);
    // DROP TABLE during a restore waits for other sessions' locks: bounded, then a clear failure.
    run.environment.insert(QStringLiteral("PGOPTIONS"), QStringLiteral("-c lock_timeout=30000"));
    return run;
}

Status BackupService::runTool(const QString &tool, const QStringList &arguments, bool connect) const
{
    Result<Invocation> run = pgInvocation(tool, arguments);
    if (!run)
        return run.error();
    if (!connect) // reading a dump's table of contents needs no server
        run->arguments = arguments;
    QProcess process;
    process.setProcessEnvironment(run->environment);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(run->program, run->arguments);
    if (!process.waitForStarted(30000))
        return Error(
            Error::Code::NotFound,
            tr("Cannot run %1 (%2). Install the PostgreSQL client programs (Debian: postgresql-client).")
                .arg(run->program, process.errorString()));
    const bool finished = process.waitForFinished(m_options.timeoutMs);
    if (!finished) {
        process.kill();
        process.waitForFinished(5000);
        return Error(Error::Code::Timeout, tr("%1 did not finish in time.").arg(tool));
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString err = QString::fromLocal8Bit(process.readAllStandardError()).trimmed().right(1500);
        return Error(Error::Code::Database,
                     tr("%1 failed: %2").arg(tool, err.isEmpty() ? tr("no message") : err));
    }
    return {};
}

Status BackupService::dumpPostgres(const QString &file) const
{
    // Written under a temporary name and renamed when complete: a failed dump never looks like a backup.
    const QString partial = file + QStringLiteral(".partial");
    QFile::remove(partial);
    const Status dumped = runTool(QStringLiteral("pg_dump"),
                                  {QStringLiteral("--format=custom"), QStringLiteral("--file=") + partial});
    if (!dumped) {
        QFile::remove(partial);
        return dumped;
    }
    if (!QFile::rename(partial, file)) {
        QFile::remove(partial);
        return Error(Error::Code::Io, tr("Cannot write the backup %1.").arg(QDir::toNativeSeparators(file)));
    }
    return {};
}

Result<QString> BackupService::restore(const QString &backupFile) const
{
    if (!QFileInfo(backupFile).isFile())
        return Error(Error::Code::NotFound,
                     tr("The backup %1 does not exist.").arg(QDir::toNativeSeparators(backupFile)));
    if (m_postgres) {
        if (Status s = restorePostgres(backupFile); !s)
            return s.error();
        return QString();
    }
    return restoreSqlite(backupFile);
}

Result<QString> BackupService::restoreSqlite(const QString &backupFile) const
{
    // Verify fully before touching the archive: a damaged backup must never replace anything.
    const Result<QStringList> problems = integrityProblems(backupFile);
    if (!problems || !problems->isEmpty())
        return Error(
            Error::Code::DatabaseCorrupt,
            tr("The backup %1 is damaged or is not a Wirewatch database (%2); nothing was restored.")
                .arg(QDir::toNativeSeparators(backupFile),
                     problems ? problems->mid(0, 3).join(QStringLiteral("; ")) : problems.error().message));
    const Result<QString> aside = Database::restoreFrom(backupFile, m_location);
    if (!aside)
        return aside;
    const Result<QStringList> after = integrityProblems(m_location);
    if (!after || !after->isEmpty()) {
        // The copy went wrong on the way (a full disk): put the previous file back where it was.
        const QString target = QFileInfo(m_location).absoluteFilePath();
        QFile::rename(target, target + QStringLiteral(".failed-restore"));
        if (!aside->isEmpty())
            QFile::rename(*aside, target);
        return Error(Error::Code::Io,
                     tr("The restored copy of %1 did not verify; the previous database was put back.")
                         .arg(QDir::toNativeSeparators(backupFile)));
    }
    return aside;
}

Status BackupService::restorePostgres(const QString &backupFile) const
{
    QFile file(backupFile);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io, tr("Cannot read %1.").arg(QDir::toNativeSeparators(backupFile)));
    const QByteArray head = file.read(200);
    file.close();
    if (!head.startsWith("PGDMP")) {
        if (!head.contains("-- PostgreSQL database dump"))
            return Error(
                Error::Code::DatabaseCorrupt,
                tr("%1 is neither a pg_dump archive nor a plain pg_dump script; nothing was restored.")
                    .arg(QDir::toNativeSeparators(backupFile)));
        // A plain SQL dump goes through psql, in one transaction that stops at the first error.
        const Status s =
            runTool(QStringLiteral("psql"),
                    {QStringLiteral("--quiet"), QStringLiteral("--single-transaction"),
                     QStringLiteral("--set=ON_ERROR_STOP=1"), QStringLiteral("--file=") + backupFile});
        if (!s)
            return Error(s.error().code,
                         tr("Restoring %1 failed and was rolled back; the database is unchanged. %2")
                             .arg(QDir::toNativeSeparators(backupFile), s.error().message));
        return {};
    }
    // Reading the table of contents first refuses a file pg_restore cannot even list.
    if (Status listed = runTool(QStringLiteral("pg_restore"), {QStringLiteral("--list"), backupFile}, false);
        !listed)
        return Error(Error::Code::DatabaseCorrupt,
                     tr("The backup %1 cannot be read; nothing was restored. %2")
                         .arg(QDir::toNativeSeparators(backupFile), listed.error().message));
    // One transaction: a dump that breaks off half-way (truncated, damaged) rolls back to the old state.
    const Status restored =
        runTool(QStringLiteral("pg_restore"),
                {QStringLiteral("--clean"), QStringLiteral("--if-exists"), QStringLiteral("--no-owner"),
                 QStringLiteral("--no-privileges"), QStringLiteral("--single-transaction"),
                 QStringLiteral("--exit-on-error"), backupFile});
    if (!restored)
        return Error(restored.error().code,
                     tr("Restoring %1 failed and was rolled back; the database is unchanged. %2")
                         .arg(QDir::toNativeSeparators(backupFile), restored.error().message));
    return {};
}

} // namespace ww
