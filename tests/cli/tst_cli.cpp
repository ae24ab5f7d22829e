// The CLI is a public interface (docs/cli.md): these tests run the real binary and hold it to its
// documented commands, JSON fields and exit codes.
#include "../report/reportfixture.h"
#include "ingest/demosession.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ww;

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void version();
    void usageErrors_data();
    void usageErrors();
    void parseLocalFeedWithHeader();
    void parseRefusesTruncatedFeed();
    void extractSeed();
    void feedsAddListRemove();
    void pollSearchStatsBackupOverLoopback();
    void opmlRoundTrip();
    void lockedDatabaseIsExit3();
    void reportUsageErrors_data();
    void reportUsageErrors();
    void reportWritesEachFormat_data();
    void reportWritesEachFormat();
    void reportFailures();
    void reportSelectsSavedSearchAndClusters_data();
    void reportSelectsSavedSearchAndClusters();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    };
    Run run(const QStringList &arguments, int timeoutMs = 60000);
    QString db() const { return m_dir.filePath(QStringLiteral("cli.sqlite")); }

    QTemporaryDir m_dir;
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

TestCli::Run TestCli::run(const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
    process.setProcessEnvironment(env);
    // The test's own event loop must keep running (the demo server lives in this process).
    process.start(QStringLiteral(WW_CLI), arguments);
    Run result;
    if (!process.waitForStarted(10000))
        return result;
    QDeadlineTimer deadline(timeoutMs);
    while (process.state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(20);
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void TestCli::version()
{
    const Run r = run({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("wirewatch-cli "));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addRow("no command") << QStringList{};
    QTest::addRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::addRow("unknown option") << QStringList{QStringLiteral("stats"), QStringLiteral("--nope")};
    QTest::addRow("missing value") << QStringList{QStringLiteral("parse"), QStringLiteral("--header")};
    QTest::addRow("parse without input") << QStringList{QStringLiteral("parse")};
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, 2);
}

void TestCli::parseLocalFeedWithHeader()
{
    // The bundle's windows-1251 feed, read from a file: the charset comes from --header, as over HTTP.
    QFile source(QStringLiteral(":/demo/feeds/vestnik.xml"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QString path = m_dir.filePath(QStringLiteral("vestnik.xml"));
    QFile copy(path);
    QVERIFY(copy.open(QIODevice::WriteOnly));
    copy.write(source.readAll());
    copy.close();
    const Run r = run({QStringLiteral("parse"), path, QStringLiteral("--header"),
                       QStringLiteral("Content-Type: application/rss+xml; charset=windows-1251")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject feed = r.json().object();
    QCOMPARE(feed.value(QLatin1String("encoding")).toString().toLower(), QStringLiteral("windows-1251"));
    const QJsonArray items = feed.value(QLatin1String("items")).toArray();
    QVERIFY(items.size() > 10);
    const QJsonObject first = items.first().toObject();
    for (const char *key : {"guid", "url", "title", "author", "published", "updated", "summary", "content",
                            "categories", "enclosures", "media"})
        QVERIFY2(first.contains(QLatin1String(key)), key);
    QVERIFY(
        first.value(QLatin1String("title")).toString().contains(QRegularExpression(QStringLiteral("[А-я]"))));
}

void TestCli::parseRefusesTruncatedFeed()
{
    const QString path = m_dir.filePath(QStringLiteral("truncated.xml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><item><title>half");
    file.close();
    const Run r = run({QStringLiteral("parse"), path});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.err.contains("truncated"));
    QCOMPARE(run({QStringLiteral("parse"), m_dir.filePath(QStringLiteral("missing.xml"))}).exitCode, 1);
}

void TestCli::extractSeed()
{
    const Run r =
        run({QStringLiteral("extract"), QStringLiteral(WW_SHARED_DIR "/seed/article.html"),
             QStringLiteral("--url"), QStringLiteral("https://www.globalsouthworld.com/article/x")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject article = r.json().object();
    QCOMPARE(article.value(QLatin1String("publisher")).toString(), QStringLiteral("Global South World"));
    QCOMPARE(article.value(QLatin1String("producer")).toString(), QStringLiteral("Reuters"));
    QCOMPARE(article.value(QLatin1String("published_utc")).toString(),
             QStringLiteral("2024-10-14T16:05:00Z"));
    const QJsonArray images = article.value(QLatin1String("images")).toArray();
    QCOMPARE(images.size(), 1);
    const QJsonObject credit = images.first().toObject().value(QLatin1String("credit_parsed")).toObject();
    QCOMPARE(credit.value(QLatin1String("origin_agency")).toString(), QStringLiteral("Sputnik"));
    QCOMPARE(credit.value(QLatin1String("distributor")).toString(), QStringLiteral("Reuters"));
    for (const char *key : {"title", "canonical_url", "language", "text", "sections", "source_claims",
                            "cited_agencies", "countries", "about", "people", "quotes"})
        QVERIFY2(article.contains(QLatin1String(key)), key);
}

void TestCli::feedsAddListRemove()
{
    const QString dbPath = m_dir.filePath(QStringLiteral("feeds.sqlite"));
    const Run added =
        run({QStringLiteral("feeds"), QStringLiteral("add"), QStringLiteral("https://news.example.org/rss"),
             QStringLiteral("--folder"), QStringLiteral("World/Asia"), QStringLiteral("--db"), dbPath});
    QCOMPARE(added.exitCode, 0);
    const qint64 id = added.json().object().value(QLatin1String("id")).toInteger();
    QVERIFY(id > 0);
    QCOMPARE(run({QStringLiteral("feeds"), QStringLiteral("add"), QStringLiteral("file:///etc/passwd"),
                  QStringLiteral("--db"), dbPath})
                 .exitCode,
             1);
    const Run listed = run({QStringLiteral("feeds"), QStringLiteral("list"), QStringLiteral("--db"), dbPath});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listed.json().array().size(), 1);
    QCOMPARE(listed.json().array().first().toObject().value(QLatin1String("folder")).toString(),
             QStringLiteral("World/Asia"));
    QCOMPARE(run({QStringLiteral("feeds"), QStringLiteral("remove"), QString::number(id),
                  QStringLiteral("--db"), dbPath})
                 .exitCode,
             0);
    QCOMPARE(run({QStringLiteral("feeds"), QStringLiteral("list"), QStringLiteral("--db"), dbPath})
                 .json()
                 .array()
                 .size(),
             0);
}

void TestCli::pollSearchStatsBackupOverLoopback()
{
    DemoSession demo;
    QVERIFY(demo.start().ok());
    const QString allow = QStringLiteral("127.0.0.1:%1").arg(demo.port());
    const QString feedUrl = demo.baseUrl().toString() + QStringLiteral("/feeds/gsw.xml");
    QCOMPARE(
        run({QStringLiteral("feeds"), QStringLiteral("add"), feedUrl, QStringLiteral("--db"), db()}).exitCode,
        0);

    const Run polled = run({QStringLiteral("poll"), QStringLiteral("--all"), QStringLiteral("--allow-host"),
                            allow, QStringLiteral("--db"), db()},
                           180000);
    QCOMPARE(polled.exitCode, 0);
    const QJsonObject outcome =
        polled.json().object().value(QLatin1String("feeds")).toArray().first().toObject();
    QVERIFY(outcome.value(QLatin1String("ok")).toBool());
    const int added = outcome.value(QLatin1String("added")).toInt();
    QVERIFY(added > 10);
    QCOMPARE(polled.json().object().value(QLatin1String("pages_extracted")).toInt(), added);

    // Without --allow-host the same loopback server is refused by the address policy.
    const Run refused = run({QStringLiteral("poll"), QStringLiteral("--all"), QStringLiteral("--db"), db()});
    QCOMPARE(refused.exitCode, 4);
    QVERIFY(!refused.json()
                 .object()
                 .value(QLatin1String("feeds"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("error"))
                 .toString()
                 .isEmpty());

    const Run found =
        run({QStringLiteral("search"), QStringLiteral("\"blames South Korea\""), QStringLiteral("--agency"),
             QStringLiteral("Reuters"), QStringLiteral("--db"), db()});
    QCOMPARE(found.exitCode, 0);
    QCOMPARE(found.json().object().value(QLatin1String("total")).toInt(), 1);
    const QJsonObject hit =
        found.json().object().value(QLatin1String("articles")).toArray().first().toObject();
    QCOMPARE(hit.value(QLatin1String("outlet")).toString().isEmpty(), false);
    QVERIFY(hit.value(QLatin1String("countries")).toArray().contains(QStringLiteral("KP")));

    const Run stats = run({QStringLiteral("stats"), QStringLiteral("--db"), db()});
    QCOMPARE(stats.exitCode, 0);
    QCOMPARE(stats.json().object().value(QLatin1String("articles")).toInt(), added);

    const QString backup = m_dir.filePath(QStringLiteral("backup.sqlite"));
    QCOMPARE(run({QStringLiteral("backup"), backup, QStringLiteral("--db"), db()}).exitCode, 0);
    QCOMPARE(run({QStringLiteral("stats"), QStringLiteral("--db"), backup})
                 .json()
                 .object()
                 .value(QLatin1String("articles"))
                 .toInt(),
             added);
    QVERIFY(run({QStringLiteral("backup"), backup, QStringLiteral("--db"), db()}).exitCode !=
            0); // no overwrite
    QCOMPARE(demo.server().requestCount(QStringLiteral("/canary")), 0);
}

void TestCli::opmlRoundTrip()
{
    const QString dbPath = m_dir.filePath(QStringLiteral("opml.sqlite"));
    const QString opml = m_dir.filePath(QStringLiteral("in.opml"));
    QFile file(opml);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        "<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>t</title></head><body>"
        "<outline text=\"World\"><outline text=\"A\" type=\"rss\" xmlUrl=\"https://a.example.org/feed\"/>"
        "<outline text=\"Evil\" type=\"rss\" xmlUrl=\"javascript:alert(1)\"/></outline>"
        "<outline text=\"B\" type=\"rss\" xmlUrl=\"https://b.example.org/atom\"/></body></opml>");
    file.close();
    const Run imported = run({QStringLiteral("import-opml"), opml, QStringLiteral("--db"), dbPath});
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(imported.json().object().value(QLatin1String("added")).toInt(), 2);
    QCOMPARE(imported.json().object().value(QLatin1String("rejected")).toArray().size(), 1);

    const QString out = m_dir.filePath(QStringLiteral("out.opml"));
    QCOMPARE(run({QStringLiteral("export-opml"), out, QStringLiteral("--db"), dbPath}).exitCode, 0);
    const QString again = m_dir.filePath(QStringLiteral("again.sqlite"));
    const Run reimported = run({QStringLiteral("import-opml"), out, QStringLiteral("--db"), again});
    QCOMPARE(reimported.json().object().value(QLatin1String("added")).toInt(), 2);
    const QJsonArray feeds =
        run({QStringLiteral("feeds"), QStringLiteral("list"), QStringLiteral("--db"), again}).json().array();
    QStringList folders;
    for (const QJsonValue &feed : feeds)
        folders << feed.toObject().value(QLatin1String("folder")).toString();
    folders.sort();
    QCOMPARE(folders, (QStringList{QString(), QStringLiteral("World")}));
}

void TestCli::lockedDatabaseIsExit3()
{
    const QString dbPath = m_dir.filePath(QStringLiteral("locked.sqlite"));
    Database holder;
    QVERIFY(holder.open(dbPath).ok());
    // A second writer is refused with a clear message (readers may share the file).
    const Run r = run({QStringLiteral("feeds"), QStringLiteral("list"), QStringLiteral("--db"), dbPath});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(!r.err.isEmpty());
}

void TestCli::reportUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString report = QStringLiteral("report");
    const QString out = QStringLiteral("--out");
    const QString format = QStringLiteral("--format");
    QTest::addRow("no --out") << QStringList{report, format, QStringLiteral("csv")};
    QTest::addRow("no --format") << QStringList{report, out, QStringLiteral("x.csv")};
    QTest::addRow("unknown format") << QStringList{report, format, QStringLiteral("docx"), out,
                                                   QStringLiteral("x")};
    QTest::addRow("unknown page size") << QStringList{report,
                                                      format,
                                                      QStringLiteral("pdf"),
                                                      out,
                                                      QStringLiteral("x"),
                                                      QStringLiteral("--page-size"),
                                                      QStringLiteral("legal")};
    QTest::addRow("unreadable date") << QStringList{report,
                                                    format,
                                                    QStringLiteral("csv"),
                                                    out,
                                                    QStringLiteral("x"),
                                                    QStringLiteral("--from"),
                                                    QStringLiteral("yesterday")};
    QTest::addRow("from after to") << QStringList{report,
                                                  format,
                                                  QStringLiteral("csv"),
                                                  out,
                                                  QStringLiteral("x"),
                                                  QStringLiteral("--from"),
                                                  QStringLiteral("2026-10-05"),
                                                  QStringLiteral("--to"),
                                                  QStringLiteral("2026-10-01")};
    // A saved search is named or numbered (an unknown one is exit 1, see
    // reportSelectsSavedSearchAndClusters); an empty one is a usage error.
    QTest::addRow("empty saved search") << QStringList{report,
                                                       format,
                                                       QStringLiteral("csv"),
                                                       out,
                                                       QStringLiteral("x"),
                                                       QStringLiteral("--saved-search"),
                                                       QStringLiteral(" ")};
    QTest::addRow("cluster not a number") << QStringList{report,
                                                         format,
                                                         QStringLiteral("csv"),
                                                         out,
                                                         QStringLiteral("x"),
                                                         QStringLiteral("--cluster"),
                                                         QStringLiteral("wagner")};
    QTest::addRow("cluster zero") << QStringList{report,
                                                 format,
                                                 QStringLiteral("csv"),
                                                 out,
                                                 QStringLiteral("x"),
                                                 QStringLiteral("--cluster"),
                                                 QStringLiteral("0")};
    QTest::addRow("stray positional") << QStringList{
        report, QStringLiteral("extra"), format, QStringLiteral("csv"), out, QStringLiteral("x")};
}

void TestCli::reportUsageErrors()
{
    QFETCH(QStringList, arguments);
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("wirewatch-cli: "));
}

void TestCli::reportWritesEachFormat_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QStringList>("selection");
    QTest::addColumn<int>("articles");
    QTest::addColumn<QByteArray>("magic");
    QTest::addRow("pdf, one folder, letter")
        << QStringLiteral("pdf")
        << QStringList{QStringLiteral("--folder"), QStringLiteral("World"), QStringLiteral("--page-size"),
                       QStringLiteral("letter")}
        << 5 << QByteArray("%PDF-");
    QTest::addRow("csv, a day range") << QStringLiteral("csv")
                                      << QStringList{QStringLiteral("--from"), QStringLiteral("2026-10-21"),
                                                     QStringLiteral("--to"), QStringLiteral("2026-10-22")}
                                      << 2 << QByteArray("\xEF\xBB\xBFid,");
    QTest::addRow("json, a query") << QStringLiteral("json")
                                   << QStringList{QStringLiteral("--query"), QStringLiteral("wire")}
                                   << StoreFixture::kWireItems << QByteArray("{");
    QTest::addRow("json, a country") << QStringLiteral("json")
                                     << QStringList{QStringLiteral("--country"), QStringLiteral("kp")} << 2
                                     << QByteArray("{");
}

void TestCli::reportWritesEachFormat()
{
    QFETCH(QString, format);
    QFETCH(QStringList, selection);
    QFETCH(int, articles);
    QFETCH(QByteArray, magic);
    ReportFixture fixture;
    QVERIFY(fixture.setUpReport());
    const QString out = m_dir.filePath(QStringLiteral("report.") + format);
    const Run r = run(QStringList{QStringLiteral("report"), QStringLiteral("--format"), format,
                                  QStringLiteral("--out"), out, QStringLiteral("--title"),
                                  QStringLiteral("Сводка"), QStringLiteral("--db"), fixture.db.path()} +
                      selection);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject printed = r.json().object();
    QCOMPARE(printed.value(QLatin1String("articles")).toInt(), articles);
    QCOMPARE(printed.value(QLatin1String("format")).toString(), format);
    QCOMPARE(printed.value(QLatin1String("path")).toString(), QFileInfo(out).absoluteFilePath());
    QCOMPARE(printed.value(QLatin1String("bytes")).toInteger(), QFileInfo(out).size());
    QCOMPARE(printed.value(QLatin1String("pages")).toInt() > 0, format == QLatin1String("pdf"));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith(magic));
    if (format == QLatin1String("json")) {
        const QJsonObject root = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(root.value(QLatin1String("title")).toString(), QStringLiteral("Сводка"));
        QCOMPARE(root.value(QLatin1String("articles")).toArray().size(), articles);
    }
    QVERIFY(file.remove());
}

void TestCli::reportFailures()
{
    const QString out = m_dir.filePath(QStringLiteral("r.csv"));
    const QStringList base{QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("csv"),
                           QStringLiteral("--out")};
    const Run missingDb =
        run(base + QStringList{out, QStringLiteral("--db"), m_dir.filePath(QStringLiteral("absent.sqlite"))});
    QCOMPARE(missingDb.exitCode, 3);
    QVERIFY(!QFile::exists(out));

    ReportFixture fixture;
    QVERIFY(fixture.setUpReport());
    const Run unwritable = run(base + QStringList{m_dir.filePath(QStringLiteral("no/such/dir.csv")),
                                                  QStringLiteral("--db"), fixture.db.path()});
    QCOMPARE(unwritable.exitCode, 1);
    QVERIFY(!unwritable.err.isEmpty());
    const Run noSearch = run(base + QStringList{out, QStringLiteral("--saved-search"), QStringLiteral("999"),
                                                QStringLiteral("--db"), fixture.db.path()});
    QCOMPARE(noSearch.exitCode, 1);
    QVERIFY(!QFile::exists(out));
}

void TestCli::reportSelectsSavedSearchAndClusters_data()
{
    QTest::addColumn<QStringList>("selection");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message"); // on stderr when it fails
    const QString saved = QStringLiteral("--saved-search");
    const QString cluster = QStringLiteral("--cluster");
    QTest::addRow("saved search by name")
        << QStringList{saved, QStringLiteral("Korea watch")} << 0 << QString();
    QTest::addRow("saved search by id") << QStringList{saved, QStringLiteral("#search")} << 0 << QString();
    QTest::addRow("one cluster") << QStringList{cluster, QStringLiteral("#talks")} << 0 << QString();
    QTest::addRow("two clusters") << QStringList{cluster, QStringLiteral("#talks"), cluster,
                                                 QStringLiteral("#missile")}
                                  << 0 << QString();
    QTest::addRow("unknown saved search")
        << QStringList{saved, QStringLiteral("Wagner")} << 1 << QStringLiteral("Wagner");
    QTest::addRow("unknown saved search id")
        << QStringList{saved, QStringLiteral("4242")} << 1 << QStringLiteral("4242");
    QTest::addRow("unknown cluster") << QStringList{cluster, QStringLiteral("#talks"), cluster,
                                                    QStringLiteral("4242")}
                                     << 1 << QStringLiteral("4242");
}

void TestCli::reportSelectsSavedSearchAndClusters()
{
    QFETCH(QStringList, selection);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    ReportFixture fixture;
    QVERIFY(fixture.setUpReport());
    QVERIFY(fixture.setUpClusters());
    SavedSearch search;
    search.name = QStringLiteral("Korea watch");
    search.query = QStringLiteral("country:KP");
    const auto searchId = fixture.store->savedSearches().add(search);
    QVERIFY(searchId.ok());
    QStringList expanded;
    QList<qint64> clusters;
    for (const QString &arg : selection) {
        if (arg == QLatin1String("#search")) {
            expanded << QString::number(*searchId);
        } else if (arg == QLatin1String("#talks") || arg == QLatin1String("#missile")) {
            clusters << (arg == QLatin1String("#talks") ? fixture.talksCluster : fixture.missileCluster);
            expanded << QString::number(clusters.last());
        } else {
            expanded << arg;
        }
    }
    const QString out = m_dir.filePath(QStringLiteral("selection.json"));
    QFile::remove(out);
    const Run r =
        run(QStringList{QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("json"),
                        QStringLiteral("--out"), out, QStringLiteral("--db"), fixture.db.path()} +
            expanded);
    QCOMPARE(r.exitCode, exitCode);
    if (exitCode != 0) {
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QVERIFY(!QFile::exists(out));
        return;
    }
    // Exactly the articles the store selects: the saved search's field filter, or each cluster's members.
    QList<qint64> expected;
    if (clusters.isEmpty()) {
        ArticleQuery byField;
        byField.countryCode = QStringLiteral("KP");
        byField.sort = ArticleQuery::Sort::OldestFirst;
        byField.limit = 1000;
        const auto rows = fixture.store->articles().list(byField);
        QVERIFY(rows.ok());
        for (const ArticleSummary &row : *rows)
            expected << row.id;
    }
    for (qint64 id : clusters) {
        const auto c = fixture.store->clusters().get(id);
        QVERIFY(c.ok());
        for (const ClusterMember &m : c->members)
            expected << m.articleId;
    }
    QVERIFY(!expected.isEmpty());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QList<qint64> written;
    for (const QJsonValue &a :
         QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("articles")).toArray())
        written << a.toObject().value(QLatin1String("id")).toInteger();
    QCOMPARE(written, expected);
    QCOMPARE(r.json().object().value(QLatin1String("articles")).toInt(), int(expected.size()));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
