// `parse` and `extract`: one feed or one page in, JSON out. Nothing is stored.
#include "clicontext.h"
#include "cliinput.h"

#include "extract/articleextractor.h"
#include "extract/articlejson.h"
#include "feeds/feedjson.h"
#include "feeds/feedparser.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace ww::cli {

namespace {
const QStringList kInputOptions = {QStringLiteral("header"), QStringLiteral("allow-host"),
                                   QStringLiteral("url"), QStringLiteral("base")};

int inputFailure(const Input &input)
{
    printError(input.error);
    return input.networkError ? ExitNetwork : ExitFailure;
}
} // namespace

int runParse(const QStringList &arguments)
{
    const Arguments args(arguments, kInputOptions, {});
    if (!args.ok() || args.positionals().size() != 1) {
        printError(args.ok()
                       ? QCoreApplication::translate("cli", "usage: wirewatch-cli parse PATH|URL [--header "
                                                            "\"Name: value\"]... [--base URL]")
                       : args.error());
        return ExitUsage;
    }
    const Input input =
        readInput(args.positionals().first(), args.values(QStringLiteral("header")),
                  args.values(QStringLiteral("allow-host")),
                  QByteArrayLiteral("application/rss+xml, application/atom+xml, "
                                    "application/feed+json, application/xml;q=0.9, */*;q=0.5"));
    if (!input.error.isEmpty())
        return inputFailure(input);
    const QString base = args.value(QStringLiteral("base"));
    const QUrl baseUrl = base.isEmpty() ? (input.url.isLocalFile() ? QUrl() : input.url) : QUrl(base);
    const auto feed = parseFeed(input.body, input.headers, baseUrl);
    if (!feed) {
        printError(feed.error().message);
        return ExitFailure;
    }
    printJson(feedToJson(*feed));
    return ExitOk;
}

int runExtract(const QStringList &arguments)
{
    const Arguments args(arguments, kInputOptions, {});
    if (!args.ok() || args.positionals().size() != 1) {
        printError(args.ok()
                       ? QCoreApplication::translate("cli", "usage: wirewatch-cli extract PATH|URL [--url "
                                                            "ORIGINAL_URL] [--header \"Name: value\"]...")
                       : args.error());
        return ExitUsage;
    }
    const Input input = readInput(args.positionals().first(), args.values(QStringLiteral("header")),
                                  args.values(QStringLiteral("allow-host")),
                                  QByteArrayLiteral("text/html, application/xhtml+xml;q=0.9, */*;q=0.5"));
    if (!input.error.isEmpty())
        return inputFailure(input);
    const QString original = args.value(QStringLiteral("url"));
    const QUrl url = original.isEmpty() ? input.url : QUrl(original);
    const Article article = ArticleExtractor::extract(input.body, input.headers, url);
    printJson(articleToJson(article));
    return ExitOk;
}

} // namespace ww::cli
