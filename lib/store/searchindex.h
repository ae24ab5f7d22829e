#pragma once

#include "core/result.h"

#include <QString>

namespace ww {

class Database;

// The full-text index behind the stores: FTS5 on SQLite (tsvector on PostgreSQL later). Callers never see it.
class SearchIndex
{
public:
    explicit SearchIndex(Database &db) : m_db(db) {}

    // Rebuilds one article's entry from its stored title, text (extracted, else feed content) and captions.
    Status refresh(qint64 articleId);
    Status removeFeed(qint64 feedId);
    // The condition on articles alias "a" for a translated query bound as one positional parameter.
    QString matchCondition() const;
    // Feed HTML reduced to indexable text (tags dropped, common entities decoded).
    static QString plainText(const QString &html);

private:
    Database &m_db;
};

} // namespace ww
