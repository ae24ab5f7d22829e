// ww-gen-archive: fills an empty database with a realistic archive for the scale benchmarks (issue 5
// "Scale", issue 7 "Benchmark"). Deterministic: the same seed and size give the same archive.
//
//   ww-gen-archive --db PATH|postgresql://... [--articles N] [--feeds N] [--days N] [--seed N] [--json]
//
// Prints the rows/s of the bulk phase on stderr and, with --json, what was written as one JSON object on
// stdout (tst_genarchive checks those counts against the store).
#include "archivegenerator.h"

#include "store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Fills an empty Wirewatch database with a large archive."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QStringLiteral("SQLite file or postgresql:// URL"), QStringLiteral("path"));
    const QCommandLineOption articlesOption(QStringLiteral("articles"), QStringLiteral("articles (1000000)"),
                                            QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption feedsOption(QStringLiteral("feeds"), QStringLiteral("feeds (500)"),
                                         QStringLiteral("n"), QStringLiteral("500"));
    const QCommandLineOption daysOption(QStringLiteral("days"), QStringLiteral("days covered (730)"),
                                        QStringLiteral("n"), QStringLiteral("730"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("random seed"),
                                        QStringLiteral("n"), QStringLiteral("20261128"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("print the counts as JSON"));
    const QCommandLineOption quietOption(QStringLiteral("quiet"), QStringLiteral("no progress lines"));
    parser.addOptions(
        {dbOption, articlesOption, feedsOption, daysOption, seedOption, jsonOption, quietOption});
    parser.process(app);
    if (!parser.isSet(dbOption)) {
        std::fprintf(stderr, "--db is required\n");
        return 2;
    }

    wwbench::ArchiveGenerator::Options options;
    options.articles = parser.value(articlesOption).toLongLong();
    options.feeds = parser.value(feedsOption).toInt();
    options.days = parser.value(daysOption).toInt();
    options.seed = parser.value(seedOption).toULongLong();
    options.progress = !parser.isSet(quietOption);
    options.placesJson = QStringLiteral(WW_SOURCE_DIR "/resources/analysis/places.json");
    options.agenciesJson = QStringLiteral(WW_SOURCE_DIR "/resources/analysis/agencies.json");
    if (options.articles <= 0 || options.feeds < 2 || options.days <= 0) {
        std::fprintf(stderr, "--articles, --feeds (>= 2) and --days must be positive\n");
        return 2;
    }

    ww::Database db;
    if (const ww::Status opened = db.open(parser.value(dbOption)); !opened) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(parser.value(dbOption)),
                     qPrintable(opened.error().message));
        return 1;
    }
    wwbench::ArchiveGenerator generator(db, options);
    const ww::Result<wwbench::ArchiveCounts> result = generator.run();
    if (!result) {
        std::fprintf(stderr, "generation failed: %s\n", qPrintable(result.error().message));
        return 1;
    }
    const wwbench::ArchiveCounts &c = *result;
    const qint64 rows = c.articles * 2 + c.clusters + c.countryMentions + c.images; // articles + index rows
    std::fprintf(stderr,
                 "%lld articles (%lld clusters holding %lld, %lld country mentions, %lld images) in %.1f s: "
                 "%.0f articles/s, %.0f rows/s; %lld tag assignments and %lld notes through the store; "
                 "%.1f s in all\n",
                 static_cast<long long>(c.articles), static_cast<long long>(c.clusters),
                 static_cast<long long>(c.clusteredArticles), static_cast<long long>(c.countryMentions),
                 static_cast<long long>(c.images), c.articleSeconds, c.articles / c.articleSeconds,
                 rows / c.articleSeconds, static_cast<long long>(c.tagAssignments),
                 static_cast<long long>(c.annotations), c.totalSeconds);
    if (parser.isSet(jsonOption)) {
        const QJsonObject o{{QStringLiteral("sources"), c.sources},
                            {QStringLiteral("feeds"), c.feeds},
                            {QStringLiteral("articles"), c.articles},
                            {QStringLiteral("clusters"), c.clusters},
                            {QStringLiteral("clusteredArticles"), c.clusteredArticles},
                            {QStringLiteral("countryMentions"), c.countryMentions},
                            {QStringLiteral("images"), c.images},
                            {QStringLiteral("tags"), c.tags},
                            {QStringLiteral("tagAssignments"), c.tagAssignments},
                            {QStringLiteral("clusterTags"), c.clusterTags},
                            {QStringLiteral("annotations"), c.annotations},
                            {QStringLiteral("starred"), c.starred},
                            {QStringLiteral("unread"), c.unread},
                            {QStringLiteral("articleSeconds"), c.articleSeconds}};
        std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    }
    return 0;
}
