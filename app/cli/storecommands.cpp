// Commands over the database: feeds, poll, search, stats, backup, OPML, and the demo server.
#include "clicontext.h"
#include "cliinput.h"

#include "ingest/demosession.h"
#include "ingest/ingestservice.h"
#include "io/opml.h"
#include "net/httpfetcher.h"
#include "store/database.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimer>

#include <csignal>
#include <memory>

namespace ww::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ww::cli", text);
}

QJsonValue isoOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

// Opens the database named by --db (or the default), printing a clear error on failure.
std::unique_ptr<Database> openDatabase(const Arguments &args, Database::Mode mode = Database::Mode::ReadWrite)
{
    auto db = std::make_unique<Database>();
    Database::Options options;
    options.mode = mode;
    const Status status = db->open(databasePath(args), options);
    if (!status.ok()) {
        printError(status.error().message);
        return nullptr;
    }
    return db;
}

QJsonObject feedJson(const Feed &feed)
{
    return QJsonObject{
        {QStringLiteral("id"), feed.id},
        {QStringLiteral("url"), feed.url.toString()},
        {QStringLiteral("title"), feed.title},
        {QStringLiteral("folder"), feed.folder},
        {QStringLiteral("language"), feed.language},
        {QStringLiteral("schedule_minutes"), feed.scheduleMinutes},
        {QStringLiteral("paused"), feed.state.paused},
        {QStringLiteral("consecutive_failures"), feed.state.consecutiveFailures},
        {QStringLiteral("last_error"), feed.state.lastError},
        {QStringLiteral("last_status"), feed.state.lastStatus},
        {QStringLiteral("last_polled"), isoOrNull(feed.state.lastPolledAt)},
        {QStringLiteral("next_poll"), isoOrNull(feed.state.nextPollAt)},
    };
}

int usage(const Arguments &args, const char *text)
{
    printError(args.ok() ? tr(text) : args.error());
    return ExitUsage;
}
} // namespace

int runFeeds(const QStringList &arguments)
{
    const Arguments args(arguments, {QStringLiteral("db"), QStringLiteral("title"), QStringLiteral("folder")},
                         {});
    const QStringList pos = args.positionals();
    const QString action = pos.value(0);
    if (!args.ok() ||
        !(action == QLatin1String("list") || (action == QLatin1String("add") && pos.size() == 2) ||
          (action == QLatin1String("remove") && pos.size() == 2)))
        return usage(args, "usage: wirewatch-cli feeds list | add URL [--title T] [--folder F] | remove ID");
    auto db = openDatabase(args);
    if (!db)
        return ExitDatabase;
    Store store(*db);
    if (action == QLatin1String("list")) {
        const auto feeds = store.feeds().feeds();
        if (!feeds) {
            printError(feeds.error().message);
            return ExitDatabase;
        }
        QJsonArray list;
        for (const Feed &feed : *feeds)
            list.append(feedJson(feed));
        printJson(list);
        return ExitOk;
    }
    if (action == QLatin1String("add")) {
        Feed feed;
        feed.url = QUrl(pos.at(1));
        if (feed.url.scheme() != QLatin1String("http") && feed.url.scheme() != QLatin1String("https")) {
            printError(tr("only http and https feeds can be subscribed: %1").arg(pos.at(1)));
            return ExitFailure;
        }
        feed.title = args.value(QStringLiteral("title"));
        feed.folder = args.value(QStringLiteral("folder"));
        const auto id = store.feeds().addFeed(feed);
        if (!id) {
            printError(id.error().message);
            return id.error().code == Error::Code::InvalidArgument ? ExitFailure : ExitDatabase;
        }
        printJson(feedJson(*store.feeds().feed(*id)));
        return ExitOk;
    }
    const Status removed = store.feeds().removeFeed(pos.at(1).toLongLong());
    if (!removed.ok()) {
        printError(removed.error().message);
        return removed.error().code == Error::Code::NotFound ? ExitFailure : ExitDatabase;
    }
    return ExitOk;
}

int runStats(const QStringList &arguments)
{
    const Arguments args(arguments, {QStringLiteral("db")}, {});
    if (!args.ok() || !args.positionals().isEmpty())
        return usage(args, "usage: wirewatch-cli stats [--db PATH]");
    auto db = openDatabase(args, Database::Mode::ReadOnly);
    if (!db)
        return ExitDatabase;
    Store store(*db);
    const auto stats = store.stats();
    if (!stats) {
        printError(stats.error().message);
        return ExitDatabase;
    }
    printJson(QJsonObject{
        {QStringLiteral("schema_version"), stats->schemaVersion},
        {QStringLiteral("sources"), stats->sources},
        {QStringLiteral("feeds"), stats->feeds},
        {QStringLiteral("paused_feeds"), stats->pausedFeeds},
        {QStringLiteral("failing_feeds"), stats->failingFeeds},
        {QStringLiteral("articles"), stats->articles},
        {QStringLiteral("unread"), stats->unread},
        {QStringLiteral("starred"), stats->starred},
        {QStringLiteral("extracted"), stats->extracted},
        {QStringLiteral("revisions"), stats->revisions},
        {QStringLiteral("clusters"), stats->clusters},
        {QStringLiteral("images"), stats->images},
        {QStringLiteral("tags"), stats->tags},
        {QStringLiteral("annotations"), stats->annotations},
        {QStringLiteral("saved_searches"), stats->savedSearches},
    });
    return ExitOk;
}

int runSearch(const QStringList &arguments)
{
    const QStringList options = {
        QStringLiteral("db"),     QStringLiteral("country"), QStringLiteral("agency"),
        QStringLiteral("outlet"), QStringLiteral("lang"),    QStringLiteral("from"),
        QStringLiteral("to"),     QStringLiteral("limit"),   QStringLiteral("offset")};
    const Arguments args(arguments, options, {QStringLiteral("unread"), QStringLiteral("starred")});
    if (!args.ok())
        return usage(args, "");
    ArticleQuery query;
    query.text = args.positionals().join(QLatin1Char(' '));
    query.countryCode = args.value(QStringLiteral("country")).toUpper();
    query.producer = args.value(QStringLiteral("agency"));
    query.publisher = args.value(QStringLiteral("outlet"));
    query.language = args.value(QStringLiteral("lang"));
    query.from = QDateTime::fromString(args.value(QStringLiteral("from")), Qt::ISODate);
    query.to = QDateTime::fromString(args.value(QStringLiteral("to")), Qt::ISODate);
    query.unreadOnly = args.flag(QStringLiteral("unread"));
    query.starredOnly = args.flag(QStringLiteral("starred"));
    query.limit = args.value(QStringLiteral("limit"), QStringLiteral("50")).toInt();
    query.offset = args.value(QStringLiteral("offset"), QStringLiteral("0")).toInt();
    if (query.limit <= 0 || query.limit > 10000 || query.offset < 0)
        return usage(args, "--limit takes 1 to 10000, --offset 0 or more");
    auto db = openDatabase(args, Database::Mode::ReadOnly);
    if (!db)
        return ExitDatabase;
    Store store(*db);
    const auto rows = store.articles().list(query);
    const auto total = store.articles().count(query);
    if (!rows || !total) {
        printError(!rows ? rows.error().message : total.error().message);
        return ExitDatabase;
    }
    QJsonArray list;
    for (const ArticleSummary &row : *rows) {
        list.append(QJsonObject{
            {QStringLiteral("id"), row.id},
            {QStringLiteral("title"), row.title},
            {QStringLiteral("url"), row.url.toString()},
            {QStringLiteral("published"), isoOrNull(row.published)},
            {QStringLiteral("outlet"), row.sourceName.isEmpty() ? row.feedTitle : row.sourceName},
            {QStringLiteral("feed"), row.feedTitle},
            {QStringLiteral("producer"), row.producer},
            {QStringLiteral("countries"),
             QJsonArray::fromStringList(row.countries.split(QLatin1Char(','), Qt::SkipEmptyParts))},
            {QStringLiteral("tags"), QJsonArray::fromStringList(row.tags)},
            {QStringLiteral("language"), row.language},
            {QStringLiteral("read"), row.read},
            {QStringLiteral("starred"), row.starred},
            {QStringLiteral("cluster_id"), row.clusterId},
        });
    }
    printJson(QJsonObject{{QStringLiteral("total"), *total}, {QStringLiteral("articles"), list}});
    return ExitOk;
}

int runBackup(const QStringList &arguments)
{
    const Arguments args(arguments, {QStringLiteral("db")}, {});
    if (!args.ok() || args.positionals().size() != 1)
        return usage(args, "usage: wirewatch-cli backup TARGET_FILE [--db PATH]");
    auto db = openDatabase(args);
    if (!db)
        return ExitDatabase;
    const Status status = db->backupTo(args.positionals().first());
    if (!status.ok()) {
        printError(status.error().message);
        return ExitDatabase;
    }
    return ExitOk;
}

int runImportOpml(const QStringList &arguments)
{
    const Arguments args(arguments, {QStringLiteral("db")}, {});
    if (!args.ok() || args.positionals().size() != 1)
        return usage(args, "usage: wirewatch-cli import-opml FILE [--db PATH]");
    QFile file(args.positionals().first());
    if (!file.open(QIODevice::ReadOnly)) {
        printError(tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
        return ExitFailure;
    }
    const auto document = Opml::parse(file.read(Opml::Limits{}.maxBytes + 1));
    if (!document) {
        printError(document.error().message);
        return ExitFailure;
    }
    auto db = openDatabase(args);
    if (!db)
        return ExitDatabase;
    Store store(*db);
    int added = 0;
    int existing = 0;
    QJsonArray rejected;
    for (const OpmlRejection &rejection : document->rejected)
        rejected.append(QJsonObject{{QStringLiteral("line"), rejection.line},
                                    {QStringLiteral("entry"), rejection.text},
                                    {QStringLiteral("reason"), rejection.reason}});
    for (const OpmlFeed &entry : document->feeds) {
        if (store.feeds().feedByUrl(entry.xmlUrl).ok()) {
            ++existing;
            continue;
        }
        Feed feed;
        feed.url = entry.xmlUrl;
        feed.title = entry.title;
        feed.siteUrl = entry.htmlUrl;
        feed.folder = entry.folders.join(QLatin1Char('/'));
        const auto id = store.feeds().addFeed(feed);
        if (!id) {
            printError(id.error().message);
            return ExitDatabase;
        }
        ++added;
    }
    printJson(QJsonObject{{QStringLiteral("added"), added},
                          {QStringLiteral("already_subscribed"), existing},
                          {QStringLiteral("rejected"), rejected}});
    return ExitOk;
}

int runExportOpml(const QStringList &arguments)
{
    const Arguments args(arguments, {QStringLiteral("db")}, {});
    if (!args.ok() || args.positionals().size() > 1)
        return usage(args, "usage: wirewatch-cli export-opml [FILE] [--db PATH]");
    auto db = openDatabase(args, Database::Mode::ReadOnly);
    if (!db)
        return ExitDatabase;
    Store store(*db);
    const auto feeds = store.feeds().feeds();
    if (!feeds) {
        printError(feeds.error().message);
        return ExitDatabase;
    }
    QList<OpmlFeed> entries;
    for (const Feed &feed : *feeds) {
        OpmlFeed entry;
        entry.title = feed.title;
        entry.xmlUrl = feed.url;
        entry.htmlUrl = feed.siteUrl;
        entry.folders = feed.folder.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        entries << entry;
    }
    const QByteArray opml = Opml::write(entries, QStringLiteral("Wirewatch subscriptions"));
    if (args.positionals().isEmpty()) {
        printLine(QString::fromUtf8(opml).trimmed());
        return ExitOk;
    }
    QSaveFile out(args.positionals().first()); // atomic: a temporary file, then rename
    if (!out.open(QIODevice::WriteOnly) || out.write(opml) != opml.size() || !out.commit()) {
        printError(tr("cannot write %1: %2").arg(out.fileName(), out.errorString()));
        return ExitFailure;
    }
    return ExitOk;
}

int runPoll(const QStringList &arguments)
{
    const Arguments args(arguments, {QStringLiteral("db"), QStringLiteral("allow-host")},
                         {QStringLiteral("all"), QStringLiteral("no-pages"), QStringLiteral("daemon")});
    if (!args.ok() || !args.positionals().isEmpty())
        return usage(args, "usage: wirewatch-cli poll [--db PATH] [--all] [--no-pages] [--daemon]");
    auto db = openDatabase(args);
    if (!db)
        return ExitDatabase;
    Store store(*db);
    AddressPolicy policy;
    for (const QString &hostPort : args.values(QStringLiteral("allow-host"))) {
        const qsizetype colon = hostPort.lastIndexOf(QLatin1Char(':'));
        policy.allow(QHostAddress(hostPort.left(colon)), quint16(hostPort.mid(colon + 1).toUInt()));
    }
    HttpFetcher fetcher(policy);
    IngestService::Options options;
    options.fetchPages = !args.flag(QStringLiteral("no-pages"));
    IngestService ingest(store, fetcher, options);

    auto printOutcomes = [&]() {
        QJsonArray feeds;
        for (const auto &outcome : ingest.outcomes())
            feeds.append(QJsonObject{{QStringLiteral("feed_id"), outcome.feedId},
                                     {QStringLiteral("ok"), outcome.ok},
                                     {QStringLiteral("not_modified"), outcome.notModified},
                                     {QStringLiteral("added"), outcome.added},
                                     {QStringLiteral("revised"), outcome.revised},
                                     {QStringLiteral("unchanged"), outcome.unchanged},
                                     {QStringLiteral("error"), outcome.error}});
        printJson(QJsonObject{{QStringLiteral("feeds"), feeds},
                              {QStringLiteral("pages_extracted"), ingest.pagesExtracted()},
                              {QStringLiteral("pages_from_feed"), ingest.pagesFailed()}});
    };
    auto pollOnce = [&]() {
        if (args.flag(QStringLiteral("all")))
            ingest.poll(*store.feeds().feeds());
        else
            ingest.pollDue();
    };

    if (!args.flag(QStringLiteral("daemon"))) {
        QEventLoop loop;
        QObject::connect(&ingest, &IngestService::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(0, &ingest, pollOnce);
        loop.exec();
        printOutcomes();
        bool anyFailed = false;
        for (const auto &outcome : ingest.outcomes())
            anyFailed = anyFailed || !outcome.ok;
        return anyFailed ? ExitNetwork : ExitOk;
    }
    // Daemon: poll what is due every minute until SIGTERM/SIGINT ends the process (state is per transaction).
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, &ingest, [&]() {
        if (!ingest.isBusy())
            pollOnce();
    });
    QObject::connect(&ingest, &IngestService::finished, &ingest, printOutcomes);
    timer.start(60 * 1000);
    QTimer::singleShot(0, &ingest, pollOnce);
    return QCoreApplication::exec();
}

int runDemoServer(const QStringList &arguments)
{
    const Arguments args(arguments, {}, {});
    if (!args.ok() || !args.positionals().isEmpty())
        return usage(args, "usage: wirewatch-cli demo-server");
    DemoSession demo;
    const Status started = demo.start();
    if (!started.ok()) {
        printError(started.error().message);
        return ExitFailure;
    }
    printJson(QJsonObject{{QStringLiteral("base_url"), demo.baseUrl().toString()},
                          {QStringLiteral("port"), int(demo.port())}});
    return QCoreApplication::exec();
}

} // namespace ww::cli
