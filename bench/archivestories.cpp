// The bulk phase of ArchiveGenerator: stories, their copies across outlets, and every row an article has
// (articles, clusters, country mentions, pictures, the search index), written in large transactions.
#include "archivegenerator.h"
#include "bulktable.h"

#include "store/database.h"
#include "store/ftsquery.h"
#include "store/searchindex.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QSet>

#include <cmath>
#include <cstdio>

using namespace ww;

namespace wwbench {

namespace {

const QStringList &photographers()
{
    static const QStringList p = {QStringLiteral("Anna Petrova"),   QStringLiteral("John Smith"),
                                  QStringLiteral("Kim Min-jun"),    QStringLiteral("Omar Haddad"),
                                  QStringLiteral("Maria Lopez"),    QStringLiteral("Pierre Martin"),
                                  QStringLiteral("Olena Shevchuk"), QStringLiteral("Lee Ji-woo")};
    return p;
}

QString hashOf(const QString &title, const QString &body)
{
    return QString::fromLatin1(
        QCryptographicHash::hash((title + QLatin1Char('\n') + body).toUtf8(), QCryptographicHash::Sha1)
            .toHex());
}

} // namespace

Status ArchiveGenerator::writeArticles()
{
    const bool sqlite = m_db.dialect().isSqlite();
    BulkTable clusters(m_db, QStringLiteral("clusters"),
                       {QStringLiteral("id"), QStringLiteral("first_article_id"),
                        QStringLiteral("first_publisher"), QStringLiteral("producer"),
                        QStringLiteral("created_at"), QStringLiteral("size"), QStringLiteral("label"),
                        QStringLiteral("first_published_at"), QStringLiteral("last_published_at")},
                       {});
    BulkTable articles(
        m_db, QStringLiteral("articles"),
        QStringLiteral("id feed_id item_key guid url title author published_at sort_at summary content_raw "
                       "content_type extracted_text extracted_at language content_hash cluster_id read "
                       "starred fetched_at producer producer_evidence publisher site_name byline dateline "
                       "dateline_country")
            .split(QLatin1Char(' ')),
        {}, &clusters);
    BulkTable mentions(
        m_db, QStringLiteral("country_mentions"),
        QStringLiteral("article_id code count in_title first_pos score rank").split(QLatin1Char(' ')), {},
        &articles, 200);
    BulkTable images(m_db, QStringLiteral("images"),
                     QStringLiteral("id article_id origin position url alt caption credit credit_origin "
                                    "credit_photographer credit_distributor")
                         .split(QLatin1Char(' ')),
                     {}, &articles);
    // The same text SearchIndex::refresh would index: title, extracted text, captions.
    BulkTable fts = sqlite
                        ? BulkTable(m_db, QStringLiteral("article_fts"),
                                    {QStringLiteral("rowid"), QStringLiteral("title"), QStringLiteral("body"),
                                     QStringLiteral("captions")},
                                    {}, &articles)
                        : BulkTable(m_db, QStringLiteral("article_search"),
                                    {QStringLiteral("article_id"), QStringLiteral("document")},
                                    {QStringLiteral("?"), QStringLiteral("CAST(? AS tsvector)")}, &articles);

    QList<double> langWeights;
    for (const LanguageInfo &l : archiveLanguages())
        langWeights << l.weight;
    const WeightedPick langPick(langWeights);
    const WeightedPick agencyRank = WeightedPick::zipf(int(m_agencies.size()), 1.1);

    const qint64 endMs = QDateTime(QDate(2026, 11, 27), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 spanMs = qint64(m_options.days) * 24 * 3600 * 1000;
    const qint64 startMs = endMs - spanMs;
    const qint64 n = m_options.articles;
    qint64 nextArticle = m_firstArticleId;
    qint64 nextCluster = m_firstClusterId;
    qint64 nextImage = m_firstImageId;
    QElapsedTimer timer;
    timer.start();
    qint64 written = 0;
    qint64 lastReport = 0;

    while (written < n) {
        Status status = m_db.transaction([&]() -> Status {
            const qint64 batchEnd = std::min(n, written + m_options.batch);
            while (written < batchEnd) {
                // One story: its language, producer, countries and text; then its copies.
                const QString lang = archiveLanguages().at(langPick.pick(m_rng)).code;
                const QList<int> &feedsOfLang = m_feedsByLanguage.value(lang);
                if (feedsOfLang.isEmpty())
                    continue;
                const WeightedPick &feedPick = m_feedPickByLanguage[lang];
                QString agency;
                if (m_rng.chance(0.55)) {
                    for (int tries = 0; tries < 6 && agency.isEmpty(); ++tries) {
                        const Agency &a = m_agencies.at(agencyRank.pick(m_rng));
                        if (a.languages.contains(lang) || tries == 5)
                            agency = a.name;
                    }
                }
                int copies = 1;
                if (!agency.isEmpty()) {
                    while (copies < 25 && m_rng.chance(0.62))
                        ++copies;
                } else if (m_rng.chance(0.05)) {
                    copies = 2; // a syndication partner reran it
                }
                copies = int(std::min<qint64>({copies, batchEnd - written, qint64(feedsOfLang.size())}));

                QList<int> countries;
                const int wanted =
                    m_rng.chance(0.1) ? 0 : 1 + (m_rng.chance(0.5) ? 1 : 0) + (m_rng.chance(0.2) ? 1 : 0);
                for (int i = 0; i < wanted; ++i) {
                    const int c = m_countryPick.pick(m_rng);
                    if (!countries.contains(c))
                        countries << c;
                }
                QStringList names;
                const int script = scriptOf(lang);
                for (int c : std::as_const(countries)) {
                    const QStringList &forms = m_countries.at(c).names[script];
                    names << forms.at(m_rng.below(int(forms.size())));
                }
                TextSynth synth(m_pools[lang], m_rng);
                const QString title = synth.title(names);
                const int words = 60 + int(std::min(1500.0, -std::log(1.0 - m_rng.unit()) * 200.0));
                const QString body = synth.body(names, words);
                const qsizetype firstBreak = body.indexOf(QLatin1Char('.'));
                const QString summary = body.left(std::min<qsizetype>(firstBreak + 1, 300));
                const qint64 storyMs =
                    startMs + qint64(double(written) / double(n) * double(spanMs)) + m_rng.below(3600000);
                const bool tagStory = m_rng.chance(0.03);
                const int storyTag = m_rng.below(int(m_tagIds.size()));

                qint64 clusterId = 0;
                QSet<int> used;
                qint64 lastMs = storyMs;
                QList<qint64> times;
                QList<int> feedIdx;
                for (int k = 0; k < copies; ++k) {
                    int f = feedsOfLang.at(feedPick.pick(m_rng));
                    for (int tries = 0; used.contains(f) && tries < 20; ++tries)
                        f = feedsOfLang.at(feedPick.pick(m_rng));
                    if (used.contains(f))
                        break;
                    used.insert(f);
                    feedIdx << f;
                    const qint64 t =
                        k == 0
                            ? storyMs
                            : storyMs + qint64(std::min(17.5, -std::log(1.0 - m_rng.unit()) * 3.0) * 3.6e6);
                    times << t;
                    lastMs = std::max(lastMs, t);
                }
                const qint64 founder = nextArticle;
                if (feedIdx.size() >= 2) {
                    clusterId = nextCluster++;
                    const QString firstPublisher = m_outlets.at(m_feeds.at(feedIdx.first()).outlet).name;
                    if (Status s = clusters.add(
                            {clusterId, founder, firstPublisher,
                             agency.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(agency),
                             storyMs, qint64(feedIdx.size()), title, storyMs, lastMs});
                        !s)
                        return s;
                    ++m_counts.clusters;
                    m_counts.clusteredArticles += feedIdx.size();
                    if (tagStory)
                        m_clustersToTag << clusterId;
                }
                for (qsizetype k = 0; k < feedIdx.size(); ++k) {
                    const FeedInfo &feed = m_feeds.at(feedIdx.at(k));
                    const QString outlet = m_outlets.at(feed.outlet).name;
                    const qint64 id = nextArticle++;
                    const qint64 t = times.at(k);
                    QString copyTitle = title;
                    if (k > 0 && m_rng.chance(0.35))
                        copyTitle += QStringLiteral(" – ") + outlet;
                    QString copyBody = body;
                    if (k > 0 && m_rng.chance(0.3)) {
                        const qsizetype cut = body.lastIndexOf(QStringLiteral("\n\n"));
                        if (cut > 0)
                            copyBody = body.left(cut);
                    }
                    const bool old = t < endMs - 14LL * 24 * 3600 * 1000;
                    const bool read = m_rng.chance(old ? 0.85 : 0.2);
                    const bool starred = m_rng.chance(0.005);
                    m_counts.unread += read ? 0 : 1;
                    m_counts.starred += starred ? 1 : 0;
                    const QString guid = QStringLiteral("https://%1/a/%2").arg(feed.host).arg(id);
                    const QString byline =
                        agency.isEmpty() ? QString(QStringLiteral("By ") + photographers().at(m_rng.below(8)))
                                         : QString(QStringLiteral("By ") + agency + QStringLiteral(" staff"));
                    const QVariant noText(QMetaType::fromType<QString>());
                    const QVariant dateline =
                        countries.isEmpty()
                            ? noText
                            : QVariant(m_countries.at(countries.first()).names[0].first().toUpper());
                    const QVariant datelineCountry =
                        countries.isEmpty() ? noText : QVariant(m_countries.at(countries.first()).code);
                    if (Status s = articles.add(
                            {id,
                             feed.id,
                             guid,
                             guid,
                             guid,
                             copyTitle,
                             byline,
                             t,
                             t,
                             summary,
                             QString(QStringLiteral("<p>") + summary + QStringLiteral("</p>")),
                             QStringLiteral("html"),
                             copyBody,
                             t + 600000,
                             lang,
                             hashOf(copyTitle, copyBody),
                             clusterId > 0 ? QVariant(clusterId) : QVariant(QMetaType::fromType<qint64>()),
                             read ? 1 : 0,
                             starred ? 1 : 0,
                             t + 60000,
                             agency.isEmpty() ? noText : QVariant(agency),
                             agency.isEmpty() ? noText : QVariant(QStringLiteral("byline")),
                             outlet,
                             outlet,
                             byline,
                             dateline,
                             datelineCountry});
                        !s)
                        return s;
                    for (qsizetype c = 0; c < countries.size(); ++c) {
                        const int count = 1 + m_rng.below(6);
                        if (Status s = mentions.add({id, m_countries.at(countries.at(c)).code, count,
                                                     c == 0 && !names.isEmpty() ? 1 : 0, int(c) * 40,
                                                     double(count) / (c + 1), int(c)});
                            !s)
                            return s;
                    }
                    m_counts.countryMentions += countries.size();
                    QString captions;
                    if (m_rng.chance(0.35)) {
                        const QString photographer = photographers().at(m_rng.below(8));
                        const QString credit =
                            (agency.isEmpty() ? outlet : agency) + QLatin1Char('/') + photographer;
                        const QString caption = synth.sentence(names, 12);
                        if (Status s = images.add(
                                {nextImage++, id, QStringLiteral("page"), 0,
                                 QStringLiteral("https://%1/img/%2.jpg").arg(feed.host).arg(id), QString(),
                                 caption, credit, agency.isEmpty() ? noText : QVariant(agency), photographer,
                                 noText});
                            !s)
                            return s;
                        ++m_counts.images;
                        captions = caption + QLatin1Char('\n') + credit;
                    }
                    Status indexed =
                        sqlite ? fts.add({id, FtsQuery::normalize(copyTitle), FtsQuery::normalize(copyBody),
                                          FtsQuery::normalize(captions)})
                               : fts.add({id, SearchIndex::tsVector({copyTitle, captions, copyBody})});
                    if (!indexed)
                        return indexed;
                    if (tagStory || m_rng.chance(0.02))
                        m_toTag[tagStory ? storyTag : m_rng.below(int(m_tagIds.size()))] << id;
                    if (m_rng.chance(0.0005))
                        m_toAnnotate.append({id, copyBody.section(QLatin1Char('.'), 0, 0)});
                    ++written;
                }
            }
            for (BulkTable *t : {&clusters, &articles, &mentions, &images, &fts})
                if (Status s = t->flush(); !s)
                    return s;
            return {};
        });
        if (!status)
            return status;
        if (m_options.progress && (written - lastReport >= 50000 || written == n)) {
            lastReport = written;
            const double s = timer.nsecsElapsed() / 1e9;
            std::fprintf(stderr, "  %lld articles, %.0f articles/s\n", static_cast<long long>(written),
                         written / std::max(s, 1e-9));
        }
    }
    m_counts.articles = written;
    return {};
}

} // namespace wwbench
