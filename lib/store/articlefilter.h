#pragma once

#include "store/storetypes.h"

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace ww {

class SearchIndex;

// Turns an ArticleQuery into a fixed SQL WHERE clause over "articles a JOIN feeds f" plus the values to bind.
// Only our own SQL text is ever concatenated; every user value becomes a positional parameter.
class ArticleFilter
{
public:
    // fromId > 0: only ids from that value on, the text search's index side bounded too (SearchWindow).
    ArticleFilter(const ArticleQuery &query, const SearchIndex &index, qint64 fromId = 0);

    QString where() const { return m_where; }
    const QVariantList &values() const { return m_values; }
    // The text query had nothing searchable in it: the answer is "no rows" without asking the database.
    bool matchesNothing() const { return m_matchesNothing; }
    void bind(QSqlQuery &query) const;

    // The FROM clause every filtered query uses.
    static QString from();

private:
    void add(const QString &condition, const QVariantList &values = {});

    QString m_where;
    QVariantList m_values;
    bool m_matchesNothing = false;
};

} // namespace ww
