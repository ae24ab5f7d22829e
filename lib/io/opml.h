#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace ww {

// One subscription from or for an OPML file; `folders` is the outline path from the root.
struct OpmlFeed
{
    QString title;
    QUrl xmlUrl;
    QUrl htmlUrl;
    QStringList folders;
};

// An entry that was refused, with the reason, so the import dialog can list it.
struct OpmlRejection
{
    qint64 line = 0;
    QString text; // title or URL as written, shortened
    QString reason;
};

struct OpmlDocument
{
    QString title;
    QList<OpmlFeed> feeds;
    QList<OpmlRejection> rejected;
};

// OPML 1.0/2.0 import and export. Hostile files are expected: DTDs and entities are refused as a whole,
// bad entries (non-http schemes, absurd sizes, too deep, too many) are refused one by one with a reason.
class Opml
{
public:
    struct Limits
    {
        qint64 maxBytes = 8 * 1024 * 1024;
        int maxFeeds = 10000;
        int maxDepth = 16;
        int maxUrlLength = 2048;
        int maxTitleLength = 512;
    };

    static Result<OpmlDocument> parse(const QByteArray &data);
    static Result<OpmlDocument> parse(const QByteArray &data, const Limits &limits);
    static QByteArray write(const QList<OpmlFeed> &feeds, const QString &title);
};

} // namespace ww
