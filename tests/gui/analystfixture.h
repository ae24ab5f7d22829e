#pragma once

// A real temporary SQLite store with a few articles (two of them one story) for the analyst dialogs'
// tests, and a way to answer the modal dialogs (message boxes, input and colour dialogs) they open.

#include "store/database.h"
#include "store/store.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

struct AnalystFixture
{
    QTemporaryDir dir;
    std::unique_ptr<ww::Database> db;
    std::unique_ptr<ww::Store> store;
    QList<qint64> articles; // "Missile launch", "Missile launch (copy)", "Grain corridor"
    qint64 cluster = 0;     // articles[0] and articles[1]
    int generation = 0;

    bool open()
    {
        db = std::make_unique<ww::Database>();
        if (!db->open(path()))
            return false;
        store = std::make_unique<ww::Store>(*db);
        return true;
    }

    // Closes and opens the same file again: what was acknowledged must still be there.
    bool reopen()
    {
        store.reset();
        db.reset();
        return open();
    }

    QString path() const { return dir.filePath(QStringLiteral("analyst-%1.sqlite").arg(generation)); }

    // A fresh database each time (one per test function when called from init()).
    bool fill()
    {
        store.reset();
        db.reset();
        ++generation;
        if (!open())
            return false;
        ww::Feed f;
        f.url = QUrl(QStringLiteral("https://a.example/rss"));
        const ww::Result<qint64> feed = store->feeds().addFeed(f);
        if (!feed)
            return false;
        ww::ParsedFeed pf;
        const QStringList titles{QStringLiteral("Missile launch"), QStringLiteral("Missile launch (copy)"),
                                 QStringLiteral("Grain corridor")};
        for (int i = 0; i < titles.size(); ++i) {
            ww::FeedItem it;
            it.key = QString::number(i);
            it.title = titles[i];
            pf.items << it;
        }
        const ww::Result<ww::IngestResult> in = store->articles().ingest(*feed, pf);
        if (!in || in->addedIds.size() != titles.size())
            return false;
        articles = in->addedIds;
        for (int i = 0; i < titles.size(); ++i) {
            ww::Article a;
            a.title = titles[i];
            a.text = i < 2
                         ? QStringLiteral("North Korea fired a ballistic missile on Tuesday, the coast guard "
                                          "said.")
                         : QStringLiteral("Ships left Odesa with grain under the corridor deal.");
            if (!store->articles().saveExtraction(articles[i], a))
                return false;
        }
        const ww::Result<qint64> c =
            store->clusters().save(articles[0], {articles[0], articles[1]}, QStringLiteral("Reuters"));
        cluster = c ? *c : 0;
        return cluster > 0;
    }
};

// Runs `answer` on the next modal dialog of type T once it is open (a modal exec() is running by then).
template<typename T> void answerModal(std::function<void(T *)> answer)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer]() {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            answer(dialog);
        }
    });
    timer->start();
}
