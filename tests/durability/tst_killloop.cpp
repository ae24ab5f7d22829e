// RELIABILITY b.41: a writer (ww_killchild, the library's Store in a child process) is SIGKILLed at random
// points, again and again, on one SQLite file. After every kill the file must open normally, pass
// PRAGMA integrity_check, hold every acknowledged tag, tag assignment and annotation, and every feed update
// must be all or nothing.
//
// With WW_STORE_BACKEND=postgres (ctest: tst_killloop_postgres) the same loop runs against the test's own
// PostgreSQL server (tests/store/pgserver.h): 20 kills by default there to keep CI time down (each child
// connects and checks the schema); integrity_check has no PostgreSQL counterpart, the other checks are the
// same.
//
// Environment: WW_KILL_SEED (default: from the clock, always printed), WW_KILL_ITERATIONS (default 200, 20
// on PostgreSQL), WW_KILL_MAX_DELAY_MS (how long a child usually writes before the kill, default 150, 300
// on PostgreSQL).
#include "../store/pgserver.h"
#include "store/database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ww;

namespace {

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok ? v : fallback;
}

// What the children acknowledged so far (only complete lines count).
struct Acknowledged
{
    QHash<qint64, int> feeds; // feed id -> items of its committed update
    QSet<qint64> dropStarted; // feeds whose removal may have committed
    QHash<qint64, QString> tags;
    QSet<QPair<qint64, qint64>> tagged;                // tag id, article id
    QHash<qint64, QPair<qint64, QString>> annotations; // id -> article id, note
    int lines = 0;

    // Returns where the child was when it died: "startup", "between writes" or "mid-write <op>".
    QString absorb(const QByteArray &output)
    {
        QString where = QStringLiteral("startup");
        const QList<QByteArray> all = output.split('\n');
        // The last element is the unterminated rest (empty when the output ends with a newline).
        for (qsizetype i = 0; i + 1 < all.size(); ++i) {
            const QStringList f = QString::fromUtf8(all.at(i)).split(QLatin1Char(' '));
            ++lines;
            const QString &kind = f.at(0);
            if (kind == QLatin1String("READY") || kind == QLatin1String("PINNED")) {
                where = QStringLiteral("between writes");
            } else if (kind == QLatin1String("BEGIN")) {
                where = QStringLiteral("mid-write ") + f.value(1);
                if (f.value(1) == QLatin1String("DROP"))
                    dropStarted.insert(f.value(2).toLongLong());
            } else if (kind == QLatin1String("FEED")) {
                feeds.insert(f.at(1).toLongLong(), f.at(2).toInt());
                where = QStringLiteral("between writes");
            } else if (kind == QLatin1String("DROP")) {
                feeds.remove(f.at(1).toLongLong());
                where = QStringLiteral("between writes");
            } else if (kind == QLatin1String("TAG")) {
                tags.insert(f.at(1).toLongLong(), f.at(2));
                where = QStringLiteral("between writes");
            } else if (kind == QLatin1String("TAGGED")) {
                tagged.insert({f.at(1).toLongLong(), f.at(2).toLongLong()});
                where = QStringLiteral("between writes");
            } else if (kind == QLatin1String("ANN")) {
                annotations.insert(f.at(1).toLongLong(), {f.at(2).toLongLong(), f.at(3)});
                where = QStringLiteral("between writes");
            }
        }
        return where;
    }
};

// Every problem found in the reopened database (empty when it is sound).
QStringList verify(const QString &path, const Acknowledged &ack)
{
    QStringList problems;
    Database db;
    if (Status s = db.open(path); !s)
        return {QStringLiteral("reopen failed: ") + s.error().message};
    QSqlQuery q = db.query();
    // PostgreSQL checks its own pages and enforces the foreign keys itself.
    if (db.dialect().isSqlite()) {
        if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
            return {QStringLiteral("integrity_check did not run")};
        while (q.next()) {
            if (q.value(0).toString() != QLatin1String("ok"))
                problems << QStringLiteral("integrity: ") + q.value(0).toString();
        }
        if (q.exec(QStringLiteral("PRAGMA foreign_key_check")) && q.next())
            problems << QStringLiteral("foreign key violation in ") + q.value(0).toString();
    }

    // All or nothing per feed update: the URL's file name is the update's item count.
    QHash<qint64, int> present;
    if (!q.exec(QStringLiteral("SELECT f.id, f.url, COUNT(a.id) FROM feeds f LEFT JOIN articles a ON "
                               "a.feed_id = f.id GROUP BY f.id, f.url")))
        return problems << QStringLiteral("listing feeds failed");
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const int expected = QUrl(q.value(1).toString()).fileName().section(QLatin1Char('.'), 0, 0).toInt();
        const int count = q.value(2).toInt();
        present.insert(id, count);
        if (count != 0 && count != expected)
            problems << QStringLiteral("feed %1 has %2 of %3 items").arg(id).arg(count).arg(expected);
    }
    for (auto it = ack.feeds.cbegin(); it != ack.feeds.cend(); ++it) {
        if (!present.contains(it.key())) {
            if (!ack.dropStarted.contains(it.key()))
                problems << QStringLiteral("acknowledged feed %1 vanished").arg(it.key());
        } else if (present.value(it.key()) != it.value()) {
            problems << QStringLiteral("acknowledged feed %1 has %2 of %3 items")
                            .arg(it.key())
                            .arg(present.value(it.key()))
                            .arg(it.value());
        }
    }

    QHash<qint64, QString> tags;
    q.exec(QStringLiteral("SELECT id, name FROM tags"));
    while (q.next())
        tags.insert(q.value(0).toLongLong(), q.value(1).toString());
    for (auto it = ack.tags.cbegin(); it != ack.tags.cend(); ++it) {
        if (tags.value(it.key()) != it.value())
            problems << QStringLiteral("acknowledged tag %1 (%2) lost").arg(it.key()).arg(it.value());
    }
    QSet<QPair<qint64, qint64>> tagged;
    q.exec(QStringLiteral("SELECT tag_id, article_id FROM article_tags"));
    while (q.next())
        tagged.insert({q.value(0).toLongLong(), q.value(1).toLongLong()});
    for (const auto &pair : ack.tagged) {
        if (!tagged.contains(pair))
            problems
                << QStringLiteral("acknowledged tag %1 on article %2 lost").arg(pair.first).arg(pair.second);
    }
    QHash<qint64, QPair<qint64, QString>> annotations;
    q.exec(QStringLiteral("SELECT id, article_id, note FROM annotations"));
    while (q.next())
        annotations.insert(q.value(0).toLongLong(), {q.value(1).toLongLong(), q.value(2).toString()});
    for (auto it = ack.annotations.cbegin(); it != ack.annotations.cend(); ++it) {
        if (annotations.value(it.key()) != it.value())
            problems << QStringLiteral("acknowledged annotation %1 (%2) lost")
                            .arg(it.key())
                            .arg(it.value().second);
    }
    return problems;
}

} // namespace

class TestKillLoop : public QObject
{
    Q_OBJECT
private slots:
    void killedWriterLosesNothing();
};

void TestKillLoop::killedWriterLosesNothing()
{
    const quint32 seed =
        quint32(envInt("WW_KILL_SEED", int(QDateTime::currentMSecsSinceEpoch() % 1000000000)));
    const bool postgres = qEnvironmentVariable("WW_STORE_BACKEND") == QLatin1String("postgres");
    const int iterations = envInt("WW_KILL_ITERATIONS", postgres ? 20 : 200);
    // PostgreSQL writes take longer (a round trip per statement): give the child more time per life there.
    const int maxDelay = qMax(5, envInt("WW_KILL_MAX_DELAY_MS", postgres ? 300 : 150));
    qInfo("kill loop on %s: seed %u, %d iterations (rerun with WW_KILL_SEED=%u)",
          postgres ? "PostgreSQL" : "SQLite", seed, iterations, seed);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    if (postgres)
        QVERIFY2(wwtest::PgServer::instance().ok(), qPrintable(wwtest::PgServer::instance().error()));
    const QString path = postgres ? wwtest::PgServer::instance().createDatabase()
                                  : dir.filePath(QStringLiteral("killed.sqlite"));
    QRandomGenerator rng(seed);
    Acknowledged ack;
    QHash<QString, int> landed;
    QElapsedTimer total;
    total.start();

    for (int i = 0; i < iterations; ++i) {
        QProcess child;
        child.setProgram(QStringLiteral(WW_KILLCHILD));
        child.setArguments({QStringLiteral("write"), path, QString::number(seed + quint32(i))});
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start();
        QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
        // One kill in ten lands anywhere from the start (recovery, migrations); the others count from PINNED,
        // so they hit writes however slow the start-up is on a busy machine. Mostly short lives, sometimes
        // long enough for the big updates.
        const bool fromStart = rng.bounded(10) == 0;
        const int delay =
            int(rng.bounded(rng.bounded(4) == 0 ? maxDelay * 3 : maxDelay)) + (fromStart ? 5 : 0);
        QByteArray output;
        while (!fromStart && !output.contains("PINNED\n") && child.state() == QProcess::Running &&
               child.waitForReadyRead(10000))
            output += child.readAllStandardOutput();
        QElapsedTimer lived;
        lived.start();
        while (lived.elapsed() < delay && child.state() == QProcess::Running) {
            child.waitForReadyRead(int(qMax<qint64>(1, delay - lived.elapsed())));
            output += child.readAllStandardOutput();
        }
        const bool diedEarly = child.state() != QProcess::Running;
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished(10000));
        output += child.readAllStandardOutput();
        // The writer never stops by itself: an exit or a crash of its own is a failure (a write error, a
        // bug).
        QVERIFY2(!diedEarly, qPrintable(QStringLiteral("the writer stopped by itself: ") +
                                        QString::fromUtf8(child.readAllStandardError())));
        landed[ack.absorb(output)] += 1;

        const QStringList problems = verify(path, ack);
        if (!problems.isEmpty()) {
            dir.setAutoRemove(false);
            QFAIL(qPrintable(QStringLiteral("after kill %1 (seed %2, delay %3 ms; file kept at %4):\n  ")
                                 .arg(i + 1)
                                 .arg(seed)
                                 .arg(delay)
                                 .arg(path) +
                             problems.mid(0, 10).join(QStringLiteral("\n  "))));
        }
    }
    QStringList summary;
    for (auto it = landed.cbegin(); it != landed.cend(); ++it)
        summary << QStringLiteral("%1: %2").arg(it.key()).arg(it.value());
    summary.sort();
    qInfo("%d kills in %lld ms; %d acknowledged lines (%lld feeds live, %lld tags, %lld annotations); kills "
          "landed %s",
          iterations, total.elapsed(), ack.lines, qint64(ack.feeds.size()), qint64(ack.tags.size()),
          qint64(ack.annotations.size()), qPrintable(summary.join(QStringLiteral(", "))));
    // The loop must actually interrupt writes, or it proves nothing.
    int midWrite = 0;
    for (auto it = landed.cbegin(); it != landed.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("mid-write")))
            midWrite += it.value();
    }
    QVERIFY2(midWrite >= iterations / 4, qPrintable(summary.join(QStringLiteral(", "))));
    QVERIFY(ack.annotations.size() > 0 && ack.tagged.size() > 0 && ack.feeds.size() > 0);
}

QTEST_GUILESS_MAIN(TestKillLoop)
#include "tst_killloop.moc"
