// backup and restore: scheduled-style backups into the backups folder (with rotation), a backup to a chosen
// file, and a verified restore, for SQLite files and PostgreSQL archives alike (store/backupservice.h).
#include "clicontext.h"
#include "cliinput.h"

#include "store/backupservice.h"
#include "store/pgconnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace ww::cli {

int runBackup(const QStringList &arguments); // the original `backup TARGET_FILE` (storecommands.cpp)

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ww::cli", text);
}

int usage(const Arguments &args, const char *text)
{
    printError(args.ok() ? tr(text) : args.error());
    return ExitUsage;
}

// The archive for messages: a file path, or the PostgreSQL connection without its password.
QString displayName(const QString &location)
{
    if (!PgConnection::isConnectionString(location))
        return QFileInfo(location).absoluteFilePath();
    const Result<PgConnectionInfo> info = PgConnection::parse(location);
    return info ? PgConnection::displayName(*info) : QString();
}

int exitFor(const Error &error)
{
    switch (error.code) {
    case Error::Code::DatabaseCorrupt:
    case Error::Code::NotFound:
    case Error::Code::SchemaTooNew:
        return ExitFailure; // the backup given cannot be used
    default:
        return ExitDatabase;
    }
}

bool serviceOptions(const Arguments &args, BackupService::Options &options)
{
    options.directory = args.value(QStringLiteral("dir"));
    options.pgBinDir = args.value(QStringLiteral("pg-bin"));
    if (!args.value(QStringLiteral("keep")).isEmpty()) {
        bool ok = false;
        options.keep = args.value(QStringLiteral("keep")).toInt(&ok);
        if (!ok || options.keep < 1 || options.keep > 10000)
            return false;
    }
    return true;
}
} // namespace

int runBackupCommand(const QStringList &arguments)
{
    const Arguments args(arguments,
                         {QStringLiteral("db"), QStringLiteral("to"), QStringLiteral("dir"),
                          QStringLiteral("keep"), QStringLiteral("pg-bin")},
                         {});
    const char *synopsis =
        "usage: wirewatch-cli backup [TARGET_FILE | --to FILE | --dir DIR --keep N] [--db PATH]";
    if (!args.ok() || args.positionals().size() > 1)
        return usage(args, synopsis);
    // The documented first form keeps its exact behaviour (silent on success).
    if (args.positionals().size() == 1 && args.value(QStringLiteral("to")).isEmpty() &&
        args.value(QStringLiteral("dir")).isEmpty() && args.value(QStringLiteral("keep")).isEmpty() &&
        args.value(QStringLiteral("pg-bin")).isEmpty())
        return runBackup(arguments);
    BackupService::Options options;
    if (args.positionals().size() == 1 || !serviceOptions(args, options))
        return usage(args, synopsis);
    const QString location = databasePath(args);
    BackupService service(location, options);
    const QString to = args.value(QStringLiteral("to"));
    if (!to.isEmpty()) {
        if (const Status s = service.backupTo(to); !s) {
            printError(s.error().message);
            return ExitDatabase;
        }
        printJson(QJsonObject{{QStringLiteral("path"), QFileInfo(to).absoluteFilePath()},
                              {QStringLiteral("database"), displayName(location)}});
        return ExitOk;
    }
    const Result<QString> made = service.backupNow();
    if (!made) {
        printError(made.error().message);
        return ExitDatabase;
    }
    printJson(QJsonObject{{QStringLiteral("path"), *made},
                          {QStringLiteral("database"), displayName(location)},
                          {QStringLiteral("backups"), QJsonArray::fromStringList(service.backups())}});
    return ExitOk;
}

int runRestore(const QStringList &arguments)
{
    const Arguments args(arguments, {QStringLiteral("db"), QStringLiteral("dir"), QStringLiteral("pg-bin")},
                         {QStringLiteral("latest")});
    const bool latest = args.flag(QStringLiteral("latest"));
    if (!args.ok() || args.positionals().size() != (latest ? 0 : 1))
        return usage(args, "usage: wirewatch-cli restore BACKUP_FILE | --latest [--dir DIR] [--db PATH]");
    BackupService::Options options;
    serviceOptions(args, options);
    const QString location = databasePath(args);
    BackupService service(location, options);
    const QString backup = latest ? service.latestBackup() : args.positionals().first();
    if (backup.isEmpty()) {
        printError(tr("There is no backup of %1 in %2.")
                       .arg(displayName(location), QDir::toNativeSeparators(service.directory())));
        return ExitFailure;
    }
    const Result<QString> aside = service.restore(backup);
    if (!aside) {
        printError(aside.error().message);
        return exitFor(aside.error());
    }
    printJson(QJsonObject{
        {QStringLiteral("restored"), QFileInfo(backup).absoluteFilePath()},
        {QStringLiteral("database"), displayName(location)},
        {QStringLiteral("previous"), aside->isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(*aside)},
    });
    return ExitOk;
}

} // namespace ww::cli
