#include "store/searchwindow.h"

#include "store/database.h"
#include "store/sqlvalues.h"

#include <QCoreApplication>

#include <algorithm>

namespace ww {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ww::SearchWindow", text);
}

constexpr qint64 kGrowth = 8;

} // namespace

bool SearchWindow::applies(const Database &db, const ArticleQuery &query)
{
    return db.dialect().isSqlite() && !query.text.trimmed().isEmpty() &&
           query.sort == ArticleQuery::Sort::NewestFirst && query.limit > 0;
}

Result<bool> SearchWindow::newerBelow(const ArticleQuery &query, const ArticleSummary &last,
                                      qint64 fromId) const
{
    // Below the window (id < fromId <= last.id) a row outranks the last one only with a later time: a tie
    // in time goes to the higher id. The sort-time index reads just the rows newer than the page's end (and
    // before the query's end, when it has one); the other filters are left out, which can only make the
    // window grow, never change the answer.
    QSqlQuery q = m_db.query();
    const QString to = query.to.isValid() ? QStringLiteral(" AND sort_at < ?") : QString();
    if (Status s = m_db.prepare(q, QStringLiteral("SELECT 1 FROM articles WHERE sort_at > ? AND id < ?") +
                                       to + QStringLiteral(" LIMIT 1"));
        !s)
        return s.error();
    q.addBindValue(sqlv::time(last.sortTime));
    q.addBindValue(fromId);
    if (query.to.isValid())
        q.addBindValue(sqlv::time(query.to));
    if (Status s = m_db.exec(q, tr("Searching articles failed")); !s)
        return s.error();
    return q.next();
}

Result<QList<ArticleSummary>> SearchWindow::list(const ArticleQuery &query, const Page &page,
                                                 qint64 firstWindow)
{
    m_rounds = 0;
    m_fromWindow = false;
    if (query.limit <= 0)
        return page(0);
    // The top of the ids the page can come from: the newest article, or the cursor's row when paging on
    // (the rows after it are older, so mostly below its id; higher ids stay inside every window).
    qint64 top = 0;
    {
        QSqlQuery q = m_db.query();
        if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM articles")) || !q.next())
            return Database::sqlError(q.lastError(), tr("Searching articles failed"));
        top = q.value(0).toLongLong();
    }
    if (query.afterId > 0)
        top = std::min(top, query.afterId);
    qint64 window = firstWindow > 0 ? firstWindow : qint64(query.limit) * kGrowth;
    while (top - window > 1) {
        const qint64 fromId = top - window;
        ++m_rounds;
        Result<QList<ArticleSummary>> rows = page(fromId);
        if (!rows)
            return rows;
        if (rows->size() >= query.limit) {
            const Result<bool> outranked = newerBelow(query, rows->constLast(), fromId);
            if (!outranked)
                return outranked.error();
            if (!*outranked) {
                m_fromWindow = true;
                return rows;
            }
        }
        // Few matches in this window: grow by what a full page needs at this density (twice over), so a
        // rare word reaches the unbounded query in one or two steps instead of many.
        const qint64 found = rows->size();
        const qint64 needed =
            found >= query.limit ? kGrowth : 2 * qint64(query.limit) / std::max<qint64>(found, 1);
        window *= std::max(kGrowth, needed);
    }
    return page(0);
}

} // namespace ww
