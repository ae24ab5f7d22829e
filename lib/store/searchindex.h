#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

namespace ww {

class Database;

// The full-text index behind the stores: FTS5 on SQLite, a tsvector table on PostgreSQL whose documents and
// queries are tokenized here (FtsQuery), so both backends find the same rows. Callers never see it.
class SearchIndex
{
public:
    explicit SearchIndex(Database &db) : m_db(db) {}

    // Rebuilds one article's entry from its stored title, text (extracted, else feed content) and captions.
    Status refresh(qint64 articleId);
    Status removeFeed(qint64 feedId);
    // The condition on articles alias "a" for a translated query bound as one positional parameter; with
    // fromId, a second parameter bounds the index's side to ids from that value on (SearchWindow), so a
    // frequent word's matches are not all collected.
    QString matchCondition(bool fromId = false) const;
    // The analyst's query in this backend's syntax (empty: nothing searchable), bound to matchCondition().
    QString translate(const QString &userQuery) const;
    // A PostgreSQL tsvector literal for the fields in order (title, captions, body: body last).
    static QString tsVector(const QStringList &fields);
    // Feed HTML reduced to indexable text (tags dropped, common entities decoded).
    static QString plainText(const QString &html);

private:
    Database &m_db;
};

} // namespace ww
