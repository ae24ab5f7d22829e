#pragma once

// Small fixtures shared by the store tests (header-only).
#include "feeds/parsedfeed.h"
#include "store/database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace wwtest {

inline QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

inline ww::FeedItem item(const QString &key, const QString &title, const QString &summary = {},
                         const QDateTime &published = {})
{
    ww::FeedItem it;
    it.key = key;
    it.guid = key;
    it.url = QUrl(QStringLiteral("https://news.example/") + key);
    it.title = title;
    it.summary = summary;
    it.published.utc = published;
    it.published.raw = published.isValid() ? published.toString(Qt::RFC2822Date) : QString();
    return it;
}

inline ww::ParsedFeed feedOf(const QList<ww::FeedItem> &items)
{
    ww::ParsedFeed f;
    f.title = QStringLiteral("Test feed");
    f.encoding = QStringLiteral("UTF-8");
    f.items = items;
    return f;
}

inline QStringList strings(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out << QString::fromUtf8(s);
    return out;
}

inline QDateTime utc(int y, int m, int d, int h = 12)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), Qt::UTC);
}

// A database file in a temporary folder, opened read-write with the application's schema.
struct TempDatabase
{
    QTemporaryDir dir;
    QString path;
    ww::Database db;

    TempDatabase() : path(dir.filePath(QStringLiteral("test.sqlite"))) {}
    bool open()
    {
        const ww::Status s = db.open(path);
        if (!s)
            qWarning("open failed: %s", qPrintable(s.error().message));
        return s.ok();
    }
};

} // namespace wwtest
