// Team-mode ingest (issue 7 "Benchmark"): the same articles through the real write path of the poller
// (ArticleStore::ingest, one transaction per feed update, then saveExtraction for the extracted page) into
// SQLite and into PostgreSQL, printed side by side. Not a test: it asserts nothing.
//
//   bench_pg_ingest --sqlite FILE --pg postgresql://... [--articles 100000] [--per-update 50]
//                   [--extractions 5000]
#include "archivetext.h"
#include "benchutil.h"

#include "store/database.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace ww;

namespace {

struct Figures
{
    QString backend;
    double ingestSeconds = 0;
    double extractSeconds = 0;
    int added = 0;
    int extracted = 0;
    QString error;
};

// Feed updates as the poller hands them over: `perUpdate` new items of one feed per transaction.
QList<std::pair<int, ParsedFeed>> makeUpdates(int articles, int feeds, int perUpdate)
{
    wwbench::GenRng rng(20261128);
    const wwbench::WordPool pool = wwbench::wordPoolFor(QStringLiteral("en"), rng);
    wwbench::TextSynth synth(pool, rng);
    QList<std::pair<int, ParsedFeed>> updates;
    const QDateTime base(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    int made = 0;
    while (made < articles) {
        const int feed = int(updates.size()) % feeds;
        ParsedFeed parsed;
        parsed.language = QStringLiteral("en");
        for (int i = 0; i < perUpdate && made < articles; ++i, ++made) {
            FeedItem item;
            item.guid = QStringLiteral("https://outlet%1.example/a/%2").arg(feed).arg(made);
            item.url = QUrl(item.guid);
            item.title = synth.title({QStringLiteral("Ukraine")});
            item.summary = synth.sentence({}, 30);
            item.content =
                QStringLiteral("<p>") + synth.body({QStringLiteral("Russia")}, 250) + QStringLiteral("</p>");
            item.published.utc = base.addSecs(made * 20);
            item.published.raw = item.published.utc.toString(Qt::ISODate);
            parsed.items << item;
        }
        updates.append({feed, parsed});
    }
    return updates;
}

Figures run(const QString &backend, const QString &path, const QList<std::pair<int, ParsedFeed>> &updates,
            int feeds, int extractions)
{
    Figures f;
    f.backend = backend;
    Database db;
    if (const Status opened = db.open(path); !opened) {
        f.error = opened.error().message;
        return f;
    }
    Store store(db);
    QList<qint64> feedIds;
    for (int i = 0; i < feeds; ++i) {
        Feed feed;
        feed.url = QUrl(QStringLiteral("https://outlet%1.example/rss.xml").arg(i));
        feed.title = QStringLiteral("Outlet %1").arg(i);
        const Result<qint64> id = store.feeds().addFeed(feed);
        if (!id) {
            f.error = id.error().message;
            return f;
        }
        feedIds << *id;
    }
    QList<qint64> added;
    QElapsedTimer t;
    t.start();
    for (const auto &[feed, parsed] : updates) {
        const Result<IngestResult> r = store.articles().ingest(feedIds.at(feed), parsed);
        if (!r) {
            f.error = r.error().message;
            return f;
        }
        f.added += r->added;
        if (added.size() < extractions)
            added << r->addedIds;
    }
    f.ingestSeconds = t.nsecsElapsed() / 1e9;
    t.restart();
    for (qsizetype i = 0; i < added.size() && i < extractions; ++i) {
        Article a;
        a.text = QStringLiteral("Extracted text of article %1 about Russia and Ukraine.").arg(added.at(i));
        a.producer = QStringLiteral("Reuters");
        a.publisher = QStringLiteral("Outlet");
        a.language = QStringLiteral("en");
        a.countries = {CountryMention{}, CountryMention{}};
        a.countries[0].code = QStringLiteral("UA");
        a.countries[1].code = QStringLiteral("RU");
        if (const Status s = store.articles().saveExtraction(added.at(i), a); !s) {
            f.error = s.error().message;
            return f;
        }
        ++f.extracted;
    }
    f.extractSeconds = t.nsecsElapsed() / 1e9;
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption sqliteOption(QStringLiteral("sqlite"), QStringLiteral("new SQLite file"),
                                          QStringLiteral("path"));
    const QCommandLineOption pgOption(QStringLiteral("pg"), QStringLiteral("empty PostgreSQL database"),
                                      QStringLiteral("url"));
    const QCommandLineOption articlesOption(QStringLiteral("articles"), QStringLiteral("articles"),
                                            QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption perUpdateOption(QStringLiteral("per-update"), QStringLiteral("items per update"),
                                             QStringLiteral("n"), QStringLiteral("50"));
    const QCommandLineOption extractOption(QStringLiteral("extractions"),
                                           QStringLiteral("saveExtraction calls"), QStringLiteral("n"),
                                           QStringLiteral("5000"));
    parser.addOptions({sqliteOption, pgOption, articlesOption, perUpdateOption, extractOption});
    parser.process(app);
    const int articles = parser.value(articlesOption).toInt();
    const int perUpdate = std::max(1, parser.value(perUpdateOption).toInt());
    const int extractions = parser.value(extractOption).toInt();
    constexpr int kFeeds = 500;
    const auto updates = makeUpdates(articles, kFeeds, perUpdate);

    QList<Figures> results;
    if (parser.isSet(sqliteOption))
        results << run(QStringLiteral("SQLite"), parser.value(sqliteOption), updates, kFeeds, extractions);
    if (parser.isSet(pgOption))
        results << run(QStringLiteral("PostgreSQL"), parser.value(pgOption), updates, kFeeds, extractions);

    std::printf("\n| %d articles, %d per feed update | ingest | articles/s | saveExtraction | per second |\n"
                "|---|---:|---:|---:|---:|\n",
                articles, perUpdate);
    for (const Figures &f : std::as_const(results)) {
        if (!f.error.isEmpty()) {
            std::printf("| %s | failed: %s | | | |\n", qPrintable(f.backend), qPrintable(f.error));
            continue;
        }
        std::printf("| %s | %.1f s | %.0f | %d in %.1f s | %.0f |\n", qPrintable(f.backend), f.ingestSeconds,
                    f.added / f.ingestSeconds, f.extracted, f.extractSeconds, f.extracted / f.extractSeconds);
    }
    std::printf("peak RSS %.0f MiB\n", wwbench::peakRssMiB());
    return 0;
}
