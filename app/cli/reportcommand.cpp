#include "reportcommand.h"

#include "clicontext.h"
#include "cliinput.h"

#include "report/reportexporter.h"
#include "store/database.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>

namespace ww::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ww::cli", text);
}

const char *Usage = "usage: wirewatch-cli report --format pdf|csv|json --out FILE [--query Q] "
                    "[--saved-search NAME|ID] [--cluster ID]... [--folder F] [--country CC] [--from DATE] "
                    "[--to DATE] [--title T] "
                    "[--author A] [--summary S] [--page-size a4|letter] [--db PATH]";

int usageError(const QString &message)
{
    printError(message);
    return ExitUsage;
}
} // namespace

int runReport(const QStringList &arguments)
{
    const QStringList options = {
        QStringLiteral("db"),        QStringLiteral("format"),       QStringLiteral("out"),
        QStringLiteral("query"),     QStringLiteral("saved-search"), QStringLiteral("folder"),
        QStringLiteral("country"),   QStringLiteral("from"),         QStringLiteral("to"),
        QStringLiteral("title"),     QStringLiteral("author"),       QStringLiteral("summary"),
        QStringLiteral("page-size"), QStringLiteral("cluster")};
    const Arguments args(arguments, options, {});
    if (!args.ok())
        return usageError(args.error());
    if (!args.positionals().isEmpty() || args.value(QStringLiteral("format")).isEmpty() ||
        args.value(QStringLiteral("out")).isEmpty())
        return usageError(tr(Usage));
    const Result<ReportSpec::Format> format = ReportSpec::parseFormat(args.value(QStringLiteral("format")));
    if (!format)
        return usageError(format.error().message);
    const Result<ReportSpec::PageSize> pageSize =
        ReportSpec::parsePageSize(args.value(QStringLiteral("page-size"), QStringLiteral("a4")));
    if (!pageSize)
        return usageError(pageSize.error().message);

    ReportSpec spec;
    spec.format = *format;
    spec.pageSize = *pageSize;
    spec.query.text = args.value(QStringLiteral("query"));
    spec.query.folder = args.value(QStringLiteral("folder"));
    spec.query.countryCode = args.value(QStringLiteral("country")).toUpper();
    spec.query.sort = ArticleQuery::Sort::OldestFirst; // a report reads in the order things happened
    spec.title = args.value(QStringLiteral("title"));
    spec.author = args.value(QStringLiteral("author"));
    spec.summary = args.value(QStringLiteral("summary"));
    spec.locale = QLocale::system();
    spec.generated = QDateTime::currentDateTimeUtc();
    for (const auto &[name, end] :
         {std::pair{QStringLiteral("from"), false}, std::pair{QStringLiteral("to"), true}}) {
        const QString text = args.value(name);
        if (text.isEmpty())
            continue;
        const Result<QDateTime> time = ReportSpec::parseTime(text, end);
        if (!time)
            return usageError(time.error().message);
        (end ? spec.to : spec.from) = *time;
    }
    if (spec.from.isValid() && spec.to.isValid() && spec.from >= spec.to)
        return usageError(tr("--from must be before --to"));
    // A name or an id: the report resolves it against the database and fails (exit 1) when none matches.
    const QString saved = args.value(QStringLiteral("saved-search")).trimmed();
    if (!args.values(QStringLiteral("saved-search")).isEmpty() && saved.isEmpty())
        return usageError(tr("--saved-search takes the name or the id of a saved search"));
    spec.savedSearchName = saved;
    for (const QString &text : args.values(QStringLiteral("cluster"))) {
        bool ok = false;
        const qint64 id = text.trimmed().toLongLong(&ok);
        if (!ok || id <= 0)
            return usageError(tr("--cluster takes a story cluster id, not '%1'").arg(text));
        spec.clusterIds << id;
    }

    Database db;
    Database::Options dbOptions;
    dbOptions.mode = Database::Mode::ReadOnly; // a report never writes to the archive
    if (const Status opened = db.open(databasePath(args), dbOptions); !opened) {
        printError(opened.error().message);
        return ExitDatabase;
    }
    Store store(db);
    const QString out = args.value(QStringLiteral("out"));
    const Result<ReportOutcome> outcome = ReportExporter::exportTo(store, spec, out);
    if (!outcome) {
        printError(outcome.error().message);
        switch (outcome.error().code) {
        case Error::Code::Database:
        case Error::Code::DatabaseLocked:
        case Error::Code::DatabaseCorrupt:
            return ExitDatabase;
        default:
            return ExitFailure;
        }
    }
    printJson(QJsonObject{{QStringLiteral("path"), QFileInfo(out).absoluteFilePath()},
                          {QStringLiteral("format"), ReportSpec::formatName(spec.format)},
                          {QStringLiteral("articles"), outcome->articles},
                          {QStringLiteral("pages"), outcome->pages},
                          {QStringLiteral("bytes"), outcome->bytes}});
    return ExitOk;
}

} // namespace ww::cli
