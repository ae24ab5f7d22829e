#include "archivegenerator.h"
#include "bulktable.h"

#include "store/database.h"
#include "store/ftsquery.h"
#include "store/searchindex.h"
#include "store/store.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>
#include <memory>

using namespace ww;

namespace wwbench {

namespace {

// Countries in the news more than others (the rest weigh 1).
double countryWeight(const QString &code)
{
    static const QHash<QString, double> w = {
        {QStringLiteral("US"), 14}, {QStringLiteral("RU"), 12}, {QStringLiteral("UA"), 12},
        {QStringLiteral("CN"), 9},  {QStringLiteral("IL"), 6},  {QStringLiteral("KP"), 5},
        {QStringLiteral("KR"), 5},  {QStringLiteral("GB"), 5},  {QStringLiteral("IR"), 5},
        {QStringLiteral("FR"), 4},  {QStringLiteral("DE"), 4},  {QStringLiteral("JP"), 3},
        {QStringLiteral("IN"), 3},  {QStringLiteral("TR"), 3},  {QStringLiteral("SY"), 3},
        {QStringLiteral("SA"), 2},  {QStringLiteral("EG"), 2},  {QStringLiteral("PL"), 2},
    };
    return w.value(code, 1.0);
}

// Where outlets of a language are based (codes outside places.json are still valid ISO codes).
QStringList homeCountries(const QString &lang)
{
    if (lang == QLatin1String("ru"))
        return {QStringLiteral("RU"), QStringLiteral("RU"), QStringLiteral("BY"), QStringLiteral("KZ")};
    if (lang == QLatin1String("uk"))
        return {QStringLiteral("UA")};
    if (lang == QLatin1String("ko"))
        return {QStringLiteral("KR"), QStringLiteral("KR"), QStringLiteral("KR"), QStringLiteral("KP")};
    if (lang == QLatin1String("ar"))
        return {QStringLiteral("SA"), QStringLiteral("EG"), QStringLiteral("AE"),
                QStringLiteral("QA"), QStringLiteral("SY"), QStringLiteral("IQ")};
    if (lang == QLatin1String("fr"))
        return {QStringLiteral("FR"), QStringLiteral("FR"), QStringLiteral("BE"), QStringLiteral("CH")};
    if (lang == QLatin1String("de"))
        return {QStringLiteral("DE"), QStringLiteral("DE"), QStringLiteral("AT"), QStringLiteral("CH")};
    if (lang == QLatin1String("es"))
        return {QStringLiteral("ES"), QStringLiteral("MX"), QStringLiteral("AR"), QStringLiteral("CO")};
    return {QStringLiteral("US"), QStringLiteral("US"), QStringLiteral("GB"), QStringLiteral("GB"),
            QStringLiteral("AU"), QStringLiteral("CA"), QStringLiteral("IN"), QStringLiteral("SG"),
            QStringLiteral("IE"), QStringLiteral("ZA")};
}

QString folderFor(const QString &lang)
{
    if (lang == QLatin1String("ru") || lang == QLatin1String("uk"))
        return QStringLiteral("Russia & Ukraine");
    if (lang == QLatin1String("ko"))
        return QStringLiteral("Koreas");
    if (lang == QLatin1String("ar"))
        return QStringLiteral("Middle East");
    if (lang == QLatin1String("en"))
        return QStringLiteral("World");
    return QStringLiteral("Europe");
}

const QStringList &outletNouns()
{
    static const QStringList n = {
        QStringLiteral("Times"),    QStringLiteral("Herald"),  QStringLiteral("Post"),
        QStringLiteral("Tribune"),  QStringLiteral("Daily"),   QStringLiteral("Observer"),
        QStringLiteral("Courier"),  QStringLiteral("Gazette"), QStringLiteral("Monitor"),
        QStringLiteral("Dispatch"), QStringLiteral("News"),    QStringLiteral("Journal"),
        QStringLiteral("Review"),   QStringLiteral("Today"),   QStringLiteral("Express"),
        QStringLiteral("Telegraph")};
    return n;
}

const QStringList &tagNames()
{
    static const QStringList t = {QStringLiteral("Sanctions"),
                                  QStringLiteral("Missile tests"),
                                  QStringLiteral("Grain deal"),
                                  QStringLiteral("Elections"),
                                  QStringLiteral("Energy"),
                                  QStringLiteral("Ceasefire"),
                                  QStringLiteral("Disinformation"),
                                  QStringLiteral("Wagner"),
                                  QStringLiteral("Refugees"),
                                  QStringLiteral("Cyber"),
                                  QStringLiteral("Nuclear"),
                                  QStringLiteral("Shipping"),
                                  QStringLiteral("Protests"),
                                  QStringLiteral("Human rights"),
                                  QStringLiteral("Санкции"),
                                  QStringLiteral("Переговоры"),
                                  QStringLiteral("Follow up"),
                                  QStringLiteral("For report"),
                                  QStringLiteral("Verified"),
                                  QStringLiteral("Disputed photo"),
                                  QStringLiteral("State media"),
                                  QStringLiteral("Weekly brief"),
                                  QStringLiteral("Arms transfers"),
                                  QStringLiteral("Drones"),
                                  QString::fromUtf8("북한"),
                                  QStringLiteral("Climate"),
                                  QStringLiteral("Trade"),
                                  QStringLiteral("Courts"),
                                  QStringLiteral("Corruption"),
                                  QStringLiteral("Aid"),
                                  QStringLiteral("Borders"),
                                  QStringLiteral("Summit"),
                                  QStringLiteral("Space"),
                                  QStringLiteral("Health"),
                                  QStringLiteral("Oil"),
                                  QStringLiteral("Gas"),
                                  QStringLiteral("Black Sea"),
                                  QStringLiteral("Arctic"),
                                  QStringLiteral("Sahel"),
                                  QStringLiteral("Watch list")};
    return t;
}

} // namespace

ArchiveGenerator::ArchiveGenerator(Database &db, Options options)
    : m_db(db), m_options(std::move(options)), m_rng(m_options.seed)
{}

ArchiveGenerator::~ArchiveGenerator() = default;

Status ArchiveGenerator::loadReferenceData()
{
    QFile places(m_options.placesJson);
    if (!places.open(QIODevice::ReadOnly))
        return Error(Error::Code::NotFound, QStringLiteral("cannot read %1").arg(m_options.placesJson));
    const QJsonObject countries =
        QJsonDocument::fromJson(places.readAll()).object().value(QStringLiteral("countries")).toObject();
    QList<double> weights;
    for (auto it = countries.begin(); it != countries.end(); ++it) {
        Country c;
        c.code = it.key();
        c.names[0] << QLocale::territoryToString(QLocale::codeToTerritory(c.code));
        const QJsonArray terms = it.value()
                                     .toObject()
                                     .value(QStringLiteral("terms"))
                                     .toObject()
                                     .value(QStringLiteral("p"))
                                     .toArray();
        for (const QJsonValue &t : terms)
            c.names[scriptOfText(t.toString())] << t.toString();
        for (QStringList &n : c.names)
            if (n.isEmpty())
                n = c.names[0];
        m_countries << c;
        weights << countryWeight(c.code);
    }
    if (m_countries.isEmpty())
        return Error(Error::Code::InvalidArgument, QStringLiteral("no countries in places.json"));
    m_countryPick = WeightedPick(weights);

    QFile agencies(m_options.agenciesJson);
    if (!agencies.open(QIODevice::ReadOnly))
        return Error(Error::Code::NotFound, QStringLiteral("cannot read %1").arg(m_options.agenciesJson));
    const QJsonArray list =
        QJsonDocument::fromJson(agencies.readAll()).object().value(QStringLiteral("agencies")).toArray();
    for (const QJsonValue &v : list) {
        Agency a;
        a.name = v.toObject().value(QStringLiteral("name")).toString();
        for (const QJsonValue &l : v.toObject().value(QStringLiteral("languages")).toArray())
            a.languages << l.toString();
        m_agencies << a;
    }
    for (const LanguageInfo &l : archiveLanguages())
        m_pools.insert(l.code, wordPoolFor(l.code, m_rng));
    return {};
}

Status ArchiveGenerator::createOutletsAndFeeds(Store &store)
{
    QList<double> langWeights;
    for (const LanguageInfo &l : archiveLanguages())
        langWeights << l.weight;
    const WeightedPick langPick(langWeights);
    const int outlets = std::max(1, m_options.feeds * 2 / 3);
    for (int i = 0; i < outlets; ++i) {
        const QString lang = archiveLanguages().at(langPick.pick(m_rng)).code;
        const QStringList homes = homeCountries(lang);
        Source s;
        const QString word = m_pools.value(QStringLiteral("en")).words.at(400 + m_rng.below(5000));
        s.name = word.at(0).toUpper() + word.mid(1) + QLatin1Char(' ') +
                 outletNouns().at(m_rng.below(int(outletNouns().size()))) +
                 QStringLiteral(" %1").arg(i + 1); // numbered: names stay unique
        s.homepage = QUrl(QStringLiteral("https://outlet%1.example").arg(i + 1));
        s.country = homes.at(m_rng.below(int(homes.size())));
        s.language = lang;
        const char *kinds[] = {"newspaper", "newspaper", "broadcaster", "online", "state media"};
        s.kind = QString::fromLatin1(kinds[m_rng.below(5)]);
        s.stateAffiliated = s.kind == QLatin1String("state media");
        const Result<qint64> id = store.feeds().addSource(s);
        if (!id)
            return id.error();
        m_outlets << Outlet{*id, s.name, lang};
    }
    const QStringList sections = {QStringLiteral("world"), QStringLiteral("politics"),
                                  QStringLiteral("economy"), QStringLiteral("breaking")};
    for (int i = 0; i < m_options.feeds; ++i) {
        const int outlet = i < outlets ? i : m_rng.below(outlets);
        const Outlet &o = m_outlets.at(outlet);
        Feed f;
        const QString host = QStringLiteral("outlet%1.example").arg(outlet + 1);
        f.url = QUrl(QStringLiteral("https://%1/rss/%2-%3.xml").arg(host, sections.at(i % 4)).arg(i + 1));
        f.title = o.name + QStringLiteral(" – ") + sections.at(i % 4);
        f.sourceId = o.sourceId;
        f.folder = folderFor(o.language);
        f.siteUrl = QUrl(QStringLiteral("https://") + host);
        f.language = o.language;
        f.scheduleMinutes = 15 + 15 * m_rng.below(4);
        const Result<qint64> id = store.feeds().addFeed(f);
        if (!id)
            return id.error();
        m_feedsByLanguage[o.language] << int(m_feeds.size());
        m_feeds << FeedInfo{*id, outlet, o.language, host};
    }
    for (auto it = m_feedsByLanguage.cbegin(); it != m_feedsByLanguage.cend(); ++it)
        m_feedPickByLanguage.insert(it.key(), WeightedPick::zipf(int(it.value().size()), 0.8));
    m_counts.sources = outlets;
    m_counts.feeds = m_options.feeds;
    return {};
}

Status ArchiveGenerator::createTags(Store &store)
{
    for (const QString &name : tagNames()) {
        const Result<qint64> id = store.tags().create(
            name, QStringLiteral("#%1").arg(m_rng.below(0xffffff), 6, 16, QLatin1Char('0')));
        if (!id)
            return id.error();
        m_tagIds << *id;
        m_tagNames << name;
    }
    m_counts.tags = m_tagIds.size();
    return {};
}

Status ArchiveGenerator::tagAndAnnotate(Store &store)
{
    // The analyst's own work goes through the store like the desk's: one durable transaction per action.
    for (auto it = m_toTag.cbegin(); it != m_toTag.cend(); ++it) {
        if (Status s = store.tags().assign(it.value(), m_tagIds.at(it.key())); !s)
            return s;
        m_counts.tagAssignments += it.value().size();
    }
    for (qint64 cluster : std::as_const(m_clustersToTag)) {
        if (Status s = store.tags().assignCluster(cluster, m_tagIds.at(m_rng.below(int(m_tagIds.size()))));
            !s)
            return s;
        ++m_counts.clusterTags;
    }
    for (const auto &[articleId, sentence] : std::as_const(m_toAnnotate)) {
        Annotation a;
        a.articleId = articleId;
        a.quote = sentence.left(80);
        a.note = QStringLiteral("Check against the original wire copy.");
        if (const Result<qint64> id = store.annotations().add(a); !id)
            return id.error();
        ++m_counts.annotations;
    }
    return {};
}

Status ArchiveGenerator::dropBulkIndexes()
{
    if (m_db.dialect().isSqlite())
        return {};
    // A bulk load into PostgreSQL spends most of its time keeping secondary indexes (the GIN text index
    // above all) up to date row by row; building them once at the end is several times faster, as
    // pg_restore does. Indexes that back a constraint (primary keys) stay. Commits need not wait for the
    // disk either: a half-generated archive is thrown away anyway.
    QSqlQuery q = m_db.query();
    if (!q.exec(QStringLiteral("SET synchronous_commit = off")))
        return Database::sqlError(q.lastError(), QStringLiteral("synchronous_commit"));
    if (!q.exec(QStringLiteral(
            "SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = current_schema() "
            "AND i.tablename IN ('articles', 'clusters', 'country_mentions', 'images', 'article_search') "
            "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)")))
        return Database::sqlError(q.lastError(), QStringLiteral("Listing the indexes"));
    QStringList names;
    while (q.next()) {
        names << q.value(0).toString();
        m_droppedIndexes << q.value(1).toString();
    }
    for (const QString &name : std::as_const(names)) {
        if (!q.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name)))
            return Database::sqlError(q.lastError(), QStringLiteral("Dropping %1").arg(name));
    }
    return {};
}

Status ArchiveGenerator::restoreBulkIndexes()
{
    QSqlQuery q = m_db.query();
    if (!m_droppedIndexes.isEmpty() && !q.exec(QStringLiteral("SET maintenance_work_mem = '512MB'")))
        return Database::sqlError(q.lastError(), QStringLiteral("maintenance_work_mem"));
    for (const QString &definition : std::as_const(m_droppedIndexes)) {
        if (!q.exec(definition))
            return Database::sqlError(q.lastError(), QStringLiteral("Rebuilding an index"));
    }
    m_droppedIndexes.clear();
    return {};
}

Status ArchiveGenerator::finish()
{
    if (m_db.dialect().isSqlite())
        return {}; // AUTOINCREMENT follows explicit ids by itself
    // Identity columns do not see explicit ids: move them past what was written. And analyse the tables
    // once, as autovacuum would soon after a bulk load, so the planner knows their size.
    QSqlQuery q = m_db.query();
    for (const char *table : {"articles", "clusters", "images"}) {
        const QString sql = QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                           "(SELECT COALESCE(MAX(id), 0) + 1 FROM %1), false)")
                                .arg(QLatin1String(table));
        if (!q.exec(sql))
            return Database::sqlError(q.lastError(),
                                      QStringLiteral("Moving the %1 ids").arg(QLatin1String(table)));
    }
    if (!q.exec(QStringLiteral("ANALYZE")))
        return Database::sqlError(q.lastError(), QStringLiteral("ANALYZE"));
    return {};
}

Result<ArchiveCounts> ArchiveGenerator::run()
{
    QElapsedTimer total;
    total.start();
    if (Status s = loadReferenceData(); !s)
        return s.error();
    Store store(m_db);
    const Result<StoreStats> before = store.stats();
    if (!before)
        return before.error();
    if (before->articles > 0 || before->feeds > 0)
        return Error(Error::Code::InvalidArgument,
                     QStringLiteral("the database already holds %1 articles and %2 feeds; give an empty one")
                         .arg(before->articles)
                         .arg(before->feeds));
    if (Status s = createOutletsAndFeeds(store); !s)
        return s.error();
    if (Status s = createTags(store); !s)
        return s.error();
    QElapsedTimer articles;
    articles.start();
    if (Status s = dropBulkIndexes(); !s)
        return s.error();
    if (Status s = writeArticles(); !s)
        return s.error();
    if (Status s = restoreBulkIndexes(); !s)
        return s.error();
    m_counts.articleSeconds = articles.nsecsElapsed() / 1e9;
    if (Status s = tagAndAnnotate(store); !s)
        return s.error();
    if (Status s = finish(); !s)
        return s.error();
    m_counts.totalSeconds = total.nsecsElapsed() / 1e9;
    return m_counts;
}

} // namespace wwbench
