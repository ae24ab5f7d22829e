#pragma once

#include "archivetext.h"

#include "core/result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace ww {
class Database;
class Store;
} // namespace ww

namespace wwbench {

// What the generator wrote, as it claims it; tst_genarchive compares these with what the store reads back.
struct ArchiveCounts
{
    qint64 sources = 0;
    qint64 feeds = 0;
    qint64 articles = 0;
    qint64 clusters = 0;          // stories that ran in two or more outlets
    qint64 clusteredArticles = 0; // articles that belong to one of them
    qint64 countryMentions = 0;
    qint64 images = 0;
    qint64 tags = 0;
    qint64 tagAssignments = 0; // article_tags rows
    qint64 clusterTags = 0;
    qint64 annotations = 0;
    qint64 starred = 0;
    qint64 unread = 0;
    double articleSeconds = 0; // the bulk article phase alone
    double totalSeconds = 0;
};

// Fills an empty Wirewatch database (SQLite file or PostgreSQL) with a realistic archive: outlets and
// feeds, wire stories copied across outlets (clusters), countries, languages, producers, pictures, tags
// and notes. Outlets, feeds, tags and notes go through the Store API; articles and their rows go in bulk
// (multi-row INSERTs with bound values, large transactions) into the same schema, search index included,
// because the per-item ingest path is built for feed updates, not a million rows.
class ArchiveGenerator
{
public:
    struct Options
    {
        qint64 articles = 1000000;
        int feeds = 500;
        int days = 730; // the archive spans this many days up to a fixed end date
        quint64 seed = 20261128;
        int batch = 5000; // articles per transaction
        bool progress = true;
        QString placesJson;   // resources/analysis/places.json (countries and their names)
        QString agenciesJson; // resources/analysis/agencies.json
    };

    ArchiveGenerator(ww::Database &db, Options options);
    ~ArchiveGenerator();

    ww::Result<ArchiveCounts> run();

    struct Country
    {
        QString code;
        QStringList names[4]; // per script: Latin, Cyrillic, Hangul, Arabic
    };
    struct Agency
    {
        QString name;
        QStringList languages;
    };
    struct Outlet
    {
        qint64 sourceId = 0;
        QString name;
        QString language;
    };
    struct FeedInfo
    {
        qint64 id = 0;
        int outlet = 0;
        QString language;
        QString host;
    };

private:
    ww::Status loadReferenceData();
    ww::Status createOutletsAndFeeds(ww::Store &store);
    ww::Status createTags(ww::Store &store);
    ww::Status writeArticles();
    ww::Status tagAndAnnotate(ww::Store &store);
    ww::Status dropBulkIndexes();
    ww::Status restoreBulkIndexes();
    ww::Status finish();

    class Writer;

    ww::Database &m_db;
    QStringList m_droppedIndexes; // PostgreSQL: definitions to rebuild after the bulk phase
    Options m_options;
    GenRng m_rng;
    ArchiveCounts m_counts;
    QList<Country> m_countries;
    WeightedPick m_countryPick;
    QList<Agency> m_agencies;
    QList<Outlet> m_outlets;
    QList<FeedInfo> m_feeds;
    QHash<QString, QList<int>> m_feedsByLanguage;
    QHash<QString, WeightedPick> m_feedPickByLanguage;
    QHash<QString, WordPool> m_pools;
    QList<qint64> m_tagIds;
    QStringList m_tagNames;
    QHash<int, QList<qint64>> m_toTag; // tag index -> article ids
    QList<qint64> m_clustersToTag;
    QList<std::pair<qint64, QString>> m_toAnnotate; // article id, a sentence of its text
    qint64 m_firstArticleId = 1;
    qint64 m_firstClusterId = 1;
    qint64 m_firstImageId = 1;
};

} // namespace wwbench
