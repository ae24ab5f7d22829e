#pragma once

// A temporary SQLite store filled through the store's own calls: three feeds in two folders, a known number
// of articles per feed, and one article with a full extraction (producer, claims, captions, credits).
#include "store/database.h"
#include "store/store.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

struct StoreFixture
{
    QTemporaryDir dir;
    ww::Database db;
    std::unique_ptr<ww::Store> store;
    qint64 wireFeed = 0;  // folder "Wires", 30 items
    qint64 asiaFeed = 0;  // folder "Asia", 12 items
    qint64 looseFeed = 0; // no folder, 5 items, failing
    qint64 richArticle = 0;

    static constexpr int kWireItems = 30;
    static constexpr int kAsiaItems = 12;
    static constexpr int kLooseItems = 5;

    bool setUp()
    {
        if (!dir.isValid() || !db.open(dir.filePath(QStringLiteral("test.sqlite"))).ok())
            return false;
        store = std::make_unique<ww::Store>(db);
        ww::Source reuters;
        reuters.name = QStringLiteral("Reuters");
        reuters.country = QStringLiteral("GB");
        ww::Source gsw;
        gsw.name = QStringLiteral("Global South World");
        const auto reutersId = store->feeds().addSource(reuters);
        const auto gswId = store->feeds().addSource(gsw);
        if (!reutersId.ok() || !gswId.ok())
            return false;
        wireFeed = addFeed(QStringLiteral("Reuters World"), QStringLiteral("Wires"), *reutersId, kWireItems,
                           QStringLiteral("Wire"));
        asiaFeed = addFeed(QStringLiteral("GSW Asia"), QStringLiteral("Asia"), *gswId, kAsiaItems,
                           QStringLiteral("Pyongyang"));
        looseFeed = addFeed(QStringLiteral("Loose Blog"), QString(), 0, kLooseItems, QStringLiteral("Blog"));
        if (!wireFeed || !asiaFeed || !looseFeed)
            return false;
        auto loose = store->feeds().feed(looseFeed);
        if (!loose.ok())
            return false;
        ww::FeedState failing = loose->state;
        failing.consecutiveFailures = 3;
        failing.lastError = QStringLiteral("HTTP 503 Service Unavailable");
        failing.nextPollAt = QDateTime(QDate(2026, 11, 28), QTime(9, 30), Qt::UTC);
        if (!store->feeds().setState(looseFeed, failing).ok())
            return false;
        return enrichOne();
    }

    qint64 addFeed(const QString &title, const QString &folder, qint64 sourceId, int items,
                   const QString &word)
    {
        ww::Feed feed;
        feed.url = QUrl(QStringLiteral("http://127.0.0.1:1/") +
                        title.toLower().replace(QLatin1Char(' '), QLatin1Char('-')));
        feed.title = title;
        feed.folder = folder;
        feed.sourceId = sourceId;
        const auto id = store->feeds().addFeed(feed);
        if (!id.ok())
            return 0;
        ww::ParsedFeed parsed;
        parsed.title = title;
        for (int i = 0; i < items; ++i) {
            ww::FeedItem item;
            item.guid = title + QString::number(i);
            item.url = QUrl(QStringLiteral("https://example.org/%1/%2").arg(word.toLower()).arg(i));
            item.title = QStringLiteral("%1 story %2").arg(word).arg(i, 2, 10, QLatin1Char('0'));
            item.summary = QStringLiteral("<p>%1 summary number %2</p>").arg(word).arg(i);
            item.published.utc = QDateTime(QDate(2026, 10, 1), QTime(8, 0), Qt::UTC).addSecs(3600LL * i);
            parsed.items.append(item);
        }
        const auto ingested = store->articles().ingest(*id, parsed);
        if (!ingested.ok() || ingested->added != items)
            return 0;
        return *id;
    }

    // The seed's story: published by Global South World, produced by Reuters, with a pool photo.
    bool enrichOne()
    {
        ww::ArticleQuery q;
        q.feedIds = {asiaFeed};
        q.sort = ww::ArticleQuery::Sort::OldestFirst;
        q.limit = 1;
        const auto first = store->articles().list(q);
        if (!first.ok() || first->isEmpty())
            return false;
        richArticle = first->first().id;
        ww::Article a;
        a.url = QUrl(QStringLiteral("https://example.org/pyongyang/0"));
        a.title = QStringLiteral("Pyongyang story 00");
        a.publisher = QStringLiteral("Global South World");
        a.producer = QStringLiteral("Reuters");
        a.producerEvidence = QStringLiteral("SEOUL, Oct 14 (Reuters) -");
        a.byline = QStringLiteral("By Hyonhee Shin");
        a.dateline = QStringLiteral("SEOUL, Oct 14 (Reuters) -");
        a.language = QStringLiteral("en");
        a.text =
            QStringLiteral("North Korea said on Tuesday it had tested a new missile.\n\nRussia welcomed it.");
        ww::AttributionClaim claim;
        claim.role = ww::AttributionClaim::Role::Producer;
        claim.kind = ww::AttributionClaim::Kind::Dateline;
        claim.organisation = QStringLiteral("Reuters");
        claim.evidence = QStringLiteral("SEOUL, Oct 14 (Reuters) -");
        claim.confidence = 0.95;
        a.claims.append(claim);
        ww::ArticleImage image;
        image.url = QUrl(QStringLiteral("https://example.org/img/1.jpg"));
        image.caption = QStringLiteral("Kim Jong Un meets Vladimir Putin in Pyongyang");
        image.credit = QStringLiteral("Sputnik/Vladimir Smirnov/Pool via REUTERS");
        image.creditParsed.originAgency = QStringLiteral("Sputnik");
        image.creditParsed.photographer = QStringLiteral("Vladimir Smirnov");
        image.creditParsed.pool = true;
        image.creditParsed.distributor = QStringLiteral("Reuters");
        a.images.append(image);
        ww::CountryMention kp;
        kp.code = QStringLiteral("KP");
        kp.count = 3;
        kp.inTitle = true;
        ww::CountryMention ru;
        ru.code = QStringLiteral("RU");
        ru.count = 1;
        a.countries = {kp, ru};
        return store->articles().saveExtraction(richArticle, a).ok();
    }
};
