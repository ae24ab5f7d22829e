#pragma once

// A real SQLite store for the report tests: the models' StoreFixture (47 articles, one with the seed's
// Reuters extraction) plus a feed of multilingual and hostile stories with captions, credits, tags and
// annotations. Everything goes through the store's own calls.
#include "../models/storefixture.h"

#include "report/reportspec.h"

struct ReportFixture : StoreFixture
{
    qint64 worldFeed = 0;
    QList<qint64> worldIds; // russian, korean, arabic, chinese, hostile
    qint64 tagId = 0;

    struct Story
    {
        const char *title;
        const char *text;
        const char *caption;
        const char *credit;
        const char *producer;
        QStringList countries;
    };

    static QList<Story> stories()
    {
        return {
            {"Москва заявила о переговорах",
             "Министерство иностранных дел России сообщило о встрече.",
             "Владимир Путин на встрече в Кремле",
             "Фото: Sputnik/Владимир Смирнов/Pool via REUTERS",
             "TASS",
             {QStringLiteral("RU"), QStringLiteral("UA")}},
            {"북한, 새 미사일 시험 발사",
             "북한이 동해상으로 탄도미사일을 발사했다고 합동참모본부가 밝혔다.",
             "평양에서 열린 열병식",
             "Photo: KCNA via REUTERS", // stored as printed, with its medium label
             "Yonhap",
             {QStringLiteral("KP"), QStringLiteral("KR")}},
            {"وزارة الخارجية تعلن عن اجتماع",
             "قالت وزارة الخارجية إن الاجتماع سيعقد في القاهرة الأسبوع المقبل.",
             "وزير الخارجية في القاهرة",
             "AFP",
             "AFP",
             {QStringLiteral("EG"), QStringLiteral("SA")}},
            {"外交部发言人回答记者提问",
             "中国外交部发言人在例行记者会上回答了有关问题。",
             "记者会现场",
             "Xinhua",
             "Xinhua",
             {QStringLiteral("CN"), QStringLiteral("US")}},
            {"=HYPERLINK(\"http://127.0.0.1:1/x\",\"click\")",
             "A hostile story.",
             "Caption, with \"quotes\"\nand a line break",
             "+cmd|' /C calc'!A0",
             "",
             {QStringLiteral("FR")}},
        };
    }

    bool setUpReport()
    {
        if (!setUp())
            return false;
        ww::Source world;
        world.name = QStringLiteral("World Desk");
        const auto worldSource = store->feeds().addSource(world);
        if (!worldSource.ok())
            return false;
        ww::Feed feed;
        feed.url = QUrl(QStringLiteral("http://127.0.0.1:1/world"));
        feed.title = QStringLiteral("World Desk");
        feed.folder = QStringLiteral("World");
        feed.sourceId = *worldSource;
        const auto id = store->feeds().addFeed(feed);
        if (!id.ok())
            return false;
        worldFeed = *id;
        ww::ParsedFeed parsed;
        const QList<Story> all = stories();
        for (qsizetype i = 0; i < all.size(); ++i) {
            ww::FeedItem item;
            item.guid = QStringLiteral("world-%1").arg(i);
            item.url = QUrl(QStringLiteral("https://world.example/%1").arg(i));
            item.title = QString::fromUtf8(all.at(i).title);
            item.published.utc = QDateTime(QDate(2026, 10, 20 + int(i)), QTime(10, 0), Qt::UTC);
            parsed.items.append(item);
        }
        const auto ingested = store->articles().ingest(worldFeed, parsed);
        if (!ingested.ok() || ingested->addedIds.size() != all.size())
            return false;
        worldIds = ingested->addedIds;
        for (qsizetype i = 0; i < all.size(); ++i) {
            const Story &s = all.at(i);
            ww::Article a;
            a.url = QUrl(QStringLiteral("https://world.example/%1").arg(i));
            a.title = QString::fromUtf8(s.title);
            a.text = QString::fromUtf8(s.text);
            a.producer = QString::fromUtf8(s.producer);
            a.publishedUtc = QDateTime(QDate(2026, 10, 20 + int(i)), QTime(10, 0), Qt::UTC);
            ww::ArticleImage image;
            image.url = QUrl(QStringLiteral("http://127.0.0.1:9/img/%1.jpg").arg(i));
            image.caption = QString::fromUtf8(s.caption);
            image.credit = QString::fromUtf8(s.credit);
            a.images.append(image);
            for (const QString &code : s.countries) {
                ww::CountryMention m;
                m.code = code;
                m.count = 1;
                a.countries.append(m);
            }
            if (!store->articles().saveExtraction(worldIds.at(i), a).ok())
                return false;
        }
        const auto tag = store->tags().create(QStringLiteral("Санкции"), QStringLiteral("#aa0000"));
        if (!tag.ok() || !store->tags().assign({richArticle, worldIds.at(0)}, *tag).ok())
            return false;
        tagId = *tag;
        ww::Annotation note;
        note.articleId = richArticle;
        note.quote = QStringLiteral("tested a new missile");
        note.note = QStringLiteral("Check against KCNA footage");
        note.start = 22;
        note.end = 42;
        if (!store->annotations().add(note).ok())
            return false;
        ww::Annotation orphan;
        orphan.articleId = worldIds.at(1);
        orphan.quote = QStringLiteral("removed sentence");
        orphan.note = QStringLiteral("평양 발표와 비교할 것");
        orphan.orphaned = true;
        return store->annotations().add(orphan).ok();
    }

    // Two story clusters over the world feed and the wires, with a story tag and story notes on the first:
    // "Moscow talks" = world 0, world 3 and the rich Reuters article; "Missile launch" = world 1, world 4.
    qint64 talksCluster = 0;
    qint64 missileCluster = 0;
    qint64 storyTagId = 0;

    bool setUpClusters()
    {
        const auto talks = store->clusters().save(
            worldIds.at(0), {worldIds.at(0), worldIds.at(3), richArticle}, QStringLiteral("TASS"));
        const auto missile =
            store->clusters().save(worldIds.at(1), {worldIds.at(1), worldIds.at(4)}, QString());
        if (!talks.ok() || !missile.ok())
            return false;
        talksCluster = *talks;
        missileCluster = *missile;
        const auto tag = store->tags().create(QStringLiteral("Переговоры"));
        if (!tag.ok() || !store->tags().assignCluster(talksCluster, *tag).ok())
            return false;
        storyTagId = *tag;
        ww::Annotation note;
        note.clusterId = talksCluster;
        note.note = QStringLiteral("Kremlin line picked up by three outlets");
        if (!store->annotations().add(note).ok())
            return false;
        ww::Annotation korean;
        korean.clusterId = talksCluster;
        korean.note = QStringLiteral("연합뉴스 보도와 대조");
        return store->annotations().add(korean).ok();
    }

    // The rich seed article plus the world feed, oldest first.
    ww::ReportSpec spec() const
    {
        ww::ReportSpec s;
        s.articleIds = QList<qint64>{richArticle} + worldIds;
        s.title = QStringLiteral("Weekly wire watch");
        s.author = QStringLiteral("Analyst Desk");
        s.summary = QStringLiteral("Reuters copy travelled widely this week.");
        s.generated = QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);
        s.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
        return s;
    }
};
