#include "clicontext.h"
#include "reportcommand.h"

#include <QCoreApplication>

namespace ww::cli {

int runParse(const QStringList &arguments);
int runExtract(const QStringList &arguments);
int runFeeds(const QStringList &arguments);
int runPoll(const QStringList &arguments);
int runSearch(const QStringList &arguments);
int runStats(const QStringList &arguments);
int runBackupCommand(const QStringList &arguments);
int runRestore(const QStringList &arguments);
int runImportOpml(const QStringList &arguments);
int runExportOpml(const QStringList &arguments);
int runDemoServer(const QStringList &arguments);

QList<Command> commands()
{
    auto tr = [](const char *text) { return QCoreApplication::translate("ww::cli", text); };
    return {
        {QStringLiteral("parse"), QStringLiteral("parse PATH|URL [--header \"Name: value\"]... [--base URL]"),
         tr("Parse one feed and print it as JSON (nothing is stored)."), runParse},
        {QStringLiteral("extract"), QStringLiteral("extract PATH|URL [--url ORIGINAL_URL] [--header ...]"),
         tr("Extract one article page and print it as JSON (nothing is stored)."), runExtract},
        {QStringLiteral("feeds"), QStringLiteral("feeds list | add URL [--title T] [--folder F] | remove ID"),
         tr("List, subscribe to or remove feeds."), runFeeds},
        {QStringLiteral("poll"), QStringLiteral("poll [--all] [--no-pages] [--daemon]"),
         tr("Poll due feeds (or all), store new articles and extract their pages."), runPoll},
        {QStringLiteral("search"),
         QStringLiteral("search [QUERY] [--country CC] [--agency A] [--outlet O] [--lang L] "
                        "[--from T] [--to T] [--limit N] [--offset N]"),
         tr("Full-text search with filters; prints matching articles as JSON."), runSearch},
        {QStringLiteral("stats"), QStringLiteral("stats"), tr("Print the archive's counts as JSON."),
         runStats},
        {QStringLiteral("backup"), QStringLiteral("backup [TARGET_FILE | --to FILE] [--dir DIR] [--keep N]"),
         tr("Write a consistent copy of the database (VACUUM INTO or pg_dump): to a file, or into the "
            "backups folder keeping the newest N."),
         runBackupCommand},
        {QStringLiteral("restore"), QStringLiteral("restore BACKUP_FILE | --latest [--dir DIR]"),
         tr("Replace the database with a verified backup (the replaced file is kept)."), runRestore},
        {QStringLiteral("import-opml"), QStringLiteral("import-opml FILE"),
         tr("Subscribe to the feeds of an OPML file."), runImportOpml},
        {QStringLiteral("export-opml"), QStringLiteral("export-opml [FILE]"),
         tr("Write the subscriptions as OPML (to stdout without FILE)."), runExportOpml},
        {QStringLiteral("report"),
         QStringLiteral(
             "report --format pdf|csv|json --out FILE [--query Q] [--saved-search ID] [--folder F] "
             "[--country CC] [--from DATE] [--to DATE] [--title T] [--author A] [--summary S] "
             "[--page-size a4|letter]"),
         tr("Write a PDF, CSV or JSON report of the selected articles (atomically; no network)."), runReport},
        {QStringLiteral("demo-server"), QStringLiteral("demo-server"),
         tr("Serve the built-in demo bundle on 127.0.0.1 until interrupted."), runDemoServer},
    };
}

} // namespace ww::cli
