// The writer the durability tests kill. It writes through the library's Store exactly as the app does and
// prints one line on stdout per committed write, so the parent knows what was acknowledged:
//   READY                         the database is open (schema migrated)
//   PINNED                        the pinned feed (the articles tags and notes go on) is in place
//   BEGIN <op> [id]               a write starts (lets the parent tell where each kill landed)
//   FEED <feedId> <items>         a feed update committed with all its items
//   DROP <feedId>                 a feed and its articles were removed
//   TAG <tagId> <name>            a tag was created
//   TAGGED <tagId> <articleId>    a tag was assigned
//   ANN <annotationId> <articleId> <note>
//
// Modes:
//   ww_killchild write <db> <seed>   write forever (until killed)
//   ww_killchild hold <db>           open the database (holding the instance lock) and wait for stdin EOF
//   ww_killchild exclusive <db>      a foreign program: raw BEGIN EXCLUSIVE until stdin EOF, then commit
#include "feeds/parsedfeed.h"
#include "store/database.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <cstdio>
#include <unistd.h>

using namespace ww;

namespace {

// Unbuffered: a line the parent reads was written before the next write started.
void say(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, bytes.constData() + done, size_t(bytes.size() - done));
        if (n <= 0)
            ::_exit(3);
        done += n;
    }
}

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "ww_killchild: %s\n", qPrintable(what));
    ::_exit(2);
}

void waitForStdinEof()
{
    char buffer[64];
    while (::read(STDIN_FILENO, buffer, sizeof buffer) > 0) {
    }
}

// The pinned feed holds the articles that tags and annotations go on; it is never dropped.
const QString PinnedUrl = QStringLiteral("https://kill.example/pinned/40.xml");
constexpr int PinnedItems = 40;

ParsedFeed makeFeed(const QString &tag, int items, QRandomGenerator &rng)
{
    ParsedFeed feed;
    feed.title = QStringLiteral("Kill loop feed ") + tag;
    feed.encoding = QStringLiteral("UTF-8");
    // Bodies of a few hundred bytes to a few KB, so big updates span many pages and WAL frames.
    const QString filler = QStringLiteral("Wire copy paragraph for the durability loop. ");
    for (int i = 0; i < items; ++i) {
        FeedItem it;
        it.key = tag + QLatin1Char('-') + QString::number(i);
        it.guid = it.key;
        it.url = QUrl(QStringLiteral("https://kill.example/a/") + it.key);
        it.title = QStringLiteral("Item %1 of %2").arg(i).arg(tag);
        it.summary = filler.repeated(1 + int(rng.bounded(8)));
        it.content = filler.repeated(1 + int(rng.bounded(40)));
        it.published.utc = QDateTime::fromSecsSinceEpoch(1700000000 + i * 60, Qt::UTC);
        feed.items << it;
    }
    return feed;
}

// Adds a feed whose URL carries its item count, then ingests it (two transactions, like the poller).
bool addAndIngest(Store &store, const QString &url, const QString &tag, int items, QRandomGenerator &rng)
{
    Feed f;
    f.url = QUrl(url);
    f.title = tag;
    // A kill between adding the feed and ingesting it leaves the feed empty; the next run fills it.
    const Result<Feed> existing = store.feeds().feedByUrl(f.url);
    const Result<qint64> id = existing ? Result<qint64>(existing->id) : store.feeds().addFeed(f);
    if (!id)
        die(id.error().message);
    say(QStringLiteral("BEGIN INGEST %1").arg(*id));
    const Result<IngestResult> r = store.articles().ingest(*id, makeFeed(tag, items, rng));
    if (!r)
        die(r.error().message);
    say(QStringLiteral("FEED %1 %2").arg(*id).arg(items));
    return true;
}

QList<qint64> pinnedArticles(Database &db)
{
    QList<qint64> ids;
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral("SELECT a.id FROM articles a JOIN feeds f ON f.id = a.feed_id WHERE f.url = ?"));
    q.addBindValue(PinnedUrl);
    if (!q.exec())
        die(QStringLiteral("listing pinned articles failed"));
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

int writeLoop(const QString &path, quint32 seed)
{
    QRandomGenerator rng(seed);
    Database db;
    if (Status s = db.open(path); !s)
        die(s.error().message);
    Store store(db);
    say(QStringLiteral("READY"));

    QList<qint64> pinned = pinnedArticles(db);
    if (pinned.size() != PinnedItems) {
        addAndIngest(store, PinnedUrl, QStringLiteral("pinned"), PinnedItems, rng);
        pinned = pinnedArticles(db);
    }
    // The articles for tags and notes exist: from here on every kill lands in the loop below.
    say(QStringLiteral("PINNED"));
    for (quint64 step = 0;; ++step) {
        const QString tag = QStringLiteral("s%1n%2").arg(seed).arg(step);
        // Each life starts with an analyst write (odd seeds a note, even seeds a tag), so even a short loop
        // on a slow backend acknowledges some; after that the mix is random.
        const quint32 dice = step == 0 ? (seed % 2 ? 70 : 50) : rng.bounded(100);
        if (dice < 45) {
            // Mostly small and medium updates, sometimes the 5,000-item update of RELIABILITY b.41.
            const int pick = int(rng.bounded(100));
            const int items = pick < 3    ? 5000
                              : pick < 25 ? 200 + int(rng.bounded(800))
                                          : 1 + int(rng.bounded(200));
            addAndIngest(store, QStringLiteral("https://kill.example/%1/%2.xml").arg(tag).arg(items), tag,
                         items, rng);
        } else if (dice < 65) {
            const QString name = QStringLiteral("tag-") + tag;
            say(QStringLiteral("BEGIN TAG"));
            const Result<qint64> id = store.tags().create(name);
            if (!id)
                die(id.error().message);
            say(QStringLiteral("TAG %1 %2").arg(*id).arg(name));
            const qint64 article = pinned.at(int(rng.bounded(pinned.size())));
            say(QStringLiteral("BEGIN TAGGED"));
            if (Status s = store.tags().assign({article}, *id); !s)
                die(s.error().message);
            say(QStringLiteral("TAGGED %1 %2").arg(*id).arg(article));
        } else if (dice < 90) {
            Annotation a;
            a.articleId = pinned.at(int(rng.bounded(pinned.size())));
            a.quote = QStringLiteral("durability");
            a.note = QStringLiteral("note-") + tag;
            say(QStringLiteral("BEGIN ANN"));
            const Result<qint64> id = store.annotations().add(a);
            if (!id)
                die(id.error().message);
            say(QStringLiteral("ANN %1 %2 %3").arg(*id).arg(a.articleId).arg(a.note));
        } else {
            // Keep the file small enough for a full integrity_check per iteration: drop the oldest feed.
            QSqlQuery q = db.query();
            q.prepare(QStringLiteral("SELECT id FROM feeds WHERE url <> ? ORDER BY id LIMIT 1"));
            q.addBindValue(PinnedUrl);
            if (!q.exec())
                die(QStringLiteral("listing feeds failed"));
            if (!q.next())
                continue;
            const qint64 id = q.value(0).toLongLong();
            say(QStringLiteral("BEGIN DROP %1").arg(id));
            if (Status s = store.feeds().removeFeed(id); !s)
                die(s.error().message);
            say(QStringLiteral("DROP %1").arg(id));
        }
    }
}

int hold(const QString &path)
{
    Database db;
    if (Status s = db.open(path); !s)
        die(s.error().message);
    say(QStringLiteral("READY"));
    waitForStdinEof();
    return 0;
}

int exclusive(const QString &path)
{
    QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
    raw.setDatabaseName(path);
    if (!raw.open())
        die(QStringLiteral("cannot open"));
    {
        QSqlQuery q(raw);
        if (!q.exec(QStringLiteral("BEGIN EXCLUSIVE")))
            die(QStringLiteral("BEGIN EXCLUSIVE failed"));
        // A write, so the lock is a real writer's lock in WAL mode too.
        if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS foreign_marker (x)")))
            die(QStringLiteral("write failed"));
        say(QStringLiteral("READY"));
        waitForStdinEof();
        q.exec(QStringLiteral("COMMIT"));
    }
    raw.close();
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 4 && args.at(1) == QLatin1String("write"))
        return writeLoop(args.at(2), args.at(3).toUInt());
    if (args.size() >= 3 && args.at(1) == QLatin1String("hold"))
        return hold(args.at(2));
    if (args.size() >= 3 && args.at(1) == QLatin1String("exclusive"))
        return exclusive(args.at(2));
    std::fprintf(stderr, "usage: ww_killchild write <db> <seed> | hold <db> | exclusive <db>\n");
    return 1;
}
