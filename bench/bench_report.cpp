// Report export at scale: a 10,000-article archive (with captions, credits, countries, tags and notes) is
// exported to CSV, JSON and PDF, and a 500-article PDF with charts (issue 6's target: under 10 s and
// 300 MB), then the whole archive again selected as stories (2,000 clusters of five). Prints wall time and
// peak RSS per report; peak RSS is reset between reports (clear_refs 5).
//
//   bench_report [ARTICLES]   (default 10000)
#include "benchutil.h"

#include "report/reportexporter.h"
#include "store/database.h"
#include "store/store.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>

using namespace ww;

namespace {
void resetPeakRss()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

const QStringList Countries = {QStringLiteral("RU"), QStringLiteral("UA"), QStringLiteral("KP"),
                               QStringLiteral("KR"), QStringLiteral("CN"), QStringLiteral("US"),
                               QStringLiteral("FR"), QStringLiteral("EG"), QStringLiteral("SA"),
                               QStringLiteral("IR"), QStringLiteral("IL"), QStringLiteral("DE")};
const QStringList Titles = {
    QStringLiteral("Москва заявила о переговорах %1"), QStringLiteral("북한, 새 미사일 시험 발사 %1"),
    QStringLiteral("وزارة الخارجية تعلن عن اجتماع %1"), QStringLiteral("外交部发言人回答记者提问 %1"),
    QStringLiteral("North Korea says it tested a new missile, story %1")};

// Every five consecutive articles are one story (the story selection case), the cluster ids in order.
QList<qint64> g_clusters;

bool fill(Store &store, int articles)
{
    wwbench::Rng rng;
    const QString body = wwbench::readSeed().left(1500);
    const auto tag = store.tags().create(QStringLiteral("Санкции"));
    if (!tag)
        return false;
    constexpr int PerFeed = 500;
    for (int feedIndex = 0; feedIndex * PerFeed < articles; ++feedIndex) {
        Feed feed;
        feed.url = QUrl(QStringLiteral("http://127.0.0.1:1/feed%1").arg(feedIndex));
        feed.title = QStringLiteral("Outlet %1").arg(feedIndex % 12);
        const auto feedId = store.feeds().addFeed(feed);
        if (!feedId)
            return false;
        ParsedFeed parsed;
        const int n = std::min(PerFeed, articles - feedIndex * PerFeed);
        for (int i = 0; i < n; ++i) {
            const int k = feedIndex * PerFeed + i;
            FeedItem item;
            item.guid = QString::number(k);
            item.url = QUrl(QStringLiteral("https://news.example/%1").arg(k));
            item.title = Titles.at(k % Titles.size()).arg(k);
            item.published.utc = QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(k) * 1500);
            parsed.items.append(item);
        }
        const auto ingested = store.articles().ingest(*feedId, parsed);
        if (!ingested)
            return false;
        for (qsizetype i = 0; i < ingested->addedIds.size(); ++i) {
            const int k = feedIndex * PerFeed + int(i);
            Article a;
            a.url = parsed.items.at(i).url;
            a.title = parsed.items.at(i).title;
            a.text = body;
            a.producer = k % 3 ? QStringLiteral("Reuters") : QStringLiteral("AFP");
            a.publishedUtc = parsed.items.at(i).published.utc;
            ArticleImage image;
            image.caption = QStringLiteral("Kim Jong Un meets Vladimir Putin in Pyongyang, photo %1").arg(k);
            image.credit = QStringLiteral("Sputnik/Vladimir Smirnov/Pool via REUTERS");
            a.images.append(image);
            for (int c = 0; c < 3; ++c) {
                CountryMention m;
                m.code = Countries.at(rng.below(int(Countries.size())));
                m.count = 1;
                a.countries.append(m);
            }
            if (!store.articles().saveExtraction(ingested->addedIds.at(i), a))
                return false;
            if (i % 5 == 4) {
                const QList<qint64> members = ingested->addedIds.mid(i - 4, 5);
                const auto cluster = store.clusters().save(members.first(), members, a.producer);
                if (!cluster)
                    return false;
                g_clusters << *cluster;
                if (k % 50 == 4) {
                    Annotation storyNote;
                    storyNote.clusterId = *cluster;
                    storyNote.note = QStringLiteral("Story note: the wire copy ran unchanged");
                    store.annotations().add(storyNote);
                }
            }
            if (k % 10 == 0) {
                store.tags().assign({ingested->addedIds.at(i)}, *tag);
                Annotation note;
                note.articleId = ingested->addedIds.at(i);
                note.note = QStringLiteral("Compare with the KCNA version");
                store.annotations().add(note);
            }
        }
    }
    return true;
}

void measure(Store &store, const QString &label, ReportSpec spec, const QString &path)
{
    resetPeakRss();
    QElapsedTimer timer;
    timer.start();
    const auto outcome = ReportExporter::exportTo(store, spec, path);
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (!outcome) {
        std::printf("%-34s FAILED: %s\n", qPrintable(label), qPrintable(outcome.error().message));
        return;
    }
    std::printf("%-34s %6d articles %6d pages %9.1f MB %7.2f s  peak RSS %6.1f MiB\n", qPrintable(label),
                outcome->articles, outcome->pages, outcome->bytes / 1e6, seconds, wwbench::peakRssMiB());
}
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int articles = argc > 1 ? std::max(500, QByteArray(argv[1]).toInt()) : 10000;
    QTemporaryDir dir;
    Database db;
    if (!dir.isValid() || !db.open(dir.filePath(QStringLiteral("bench.sqlite"))))
        return 1;
    Store store(db);
    QElapsedTimer timer;
    timer.start();
    if (!fill(store, articles)) {
        std::fprintf(stderr, "filling the archive failed\n");
        return 1;
    }
    std::printf("archive of %d articles filled in %.1f s (peak RSS so far %.1f MiB)\n", articles,
                timer.elapsed() / 1000.0, wwbench::peakRssMiB());

    ReportSpec spec;
    spec.title = QStringLiteral("Benchmark report");
    spec.query.sort = ArticleQuery::Sort::OldestFirst;
    spec.generated = QDateTime::currentDateTimeUtc();
    spec.format = ReportSpec::Format::Csv;
    measure(store, QStringLiteral("CSV, all"), spec, dir.filePath(QStringLiteral("all.csv")));
    spec.format = ReportSpec::Format::Json;
    measure(store, QStringLiteral("JSON, all"), spec, dir.filePath(QStringLiteral("all.json")));
    spec.format = ReportSpec::Format::Pdf;
    ReportSpec small = spec;
    small.query.to = QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC).addSecs(500LL * 1500);
    measure(store, QStringLiteral("PDF, 500 articles, all sections"), small,
            dir.filePath(QStringLiteral("500.pdf")));
    measure(store, QStringLiteral("PDF, all, all sections"), spec, dir.filePath(QStringLiteral("all.pdf")));
    // The same archive selected as stories: every cluster, each with its heading (outlets, notes).
    ReportSpec stories = spec;
    stories.clusterIds = g_clusters;
    measure(store, QStringLiteral("PDF, all as %1 stories").arg(g_clusters.size()), stories,
            dir.filePath(QStringLiteral("stories.pdf")));
    stories.format = ReportSpec::Format::Json;
    measure(store, QStringLiteral("JSON, all as stories"), stories,
            dir.filePath(QStringLiteral("stories.json")));
    return 0;
}
