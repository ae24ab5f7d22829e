#pragma once

// Small fixtures shared by the store tests (header-only).
#include "feeds/parsedfeed.h"
#include "pgserver.h"
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

// The backend the store tests run against: SQLite unless WW_STORE_BACKEND=postgres (CTest registers every
// shared store test twice, once per backend, so both give the same results for the same calls).
inline bool onPostgres()
{
    return qEnvironmentVariable("WW_STORE_BACKEND") == QLatin1String("postgres");
}

// A fresh database, opened read-write with the application's schema: a file in a temporary folder, or an
// empty database on the test process's own PostgreSQL server (path is then the connection string).
struct TempDatabase
{
    QTemporaryDir dir;
    QString path;
    ww::Database db;

    TempDatabase()
        : path(onPostgres() ? PgServer::instance().createDatabase()
                            : dir.filePath(QStringLiteral("test.sqlite")))
    {}
    bool open()
    {
        if (onPostgres() && !PgServer::instance().ok()) {
            qWarning("The PostgreSQL test server is not available: %s",
                     qPrintable(PgServer::instance().error()));
            return false;
        }
        const ww::Status s = db.open(path);
        if (!s)
            qWarning("open failed: %s", qPrintable(s.error().message));
        return s.ok();
    }
};

// For tests of what only one backend has (a file's bytes, a lock file, VACUUM INTO).
#define WW_SQLITE_ONLY()                                                                                     \
    do {                                                                                                     \
        if (wwtest::onPostgres())                                                                            \
            QSKIP("SQLite file behaviour; the PostgreSQL run covers the same calls elsewhere");              \
    } while (false)

} // namespace wwtest
