#include "store/savedsearchstore.h"

#include "store/database.h"
#include "store/sqlvalues.h"

#include <QCoreApplication>

namespace ww {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ww::SavedSearchStore", text);
}

QVariant nullableText(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

} // namespace

Status SavedSearchStore::write(const QString &sql, const QVariantList &values, const QString &context)
{
    return m_db.transaction(
        [&]() -> Status {
            QSqlQuery q = m_db.query();
            if (Status s = m_db.prepare(q, sql); !s)
                return s;
            for (const QVariant &v : values)
                q.addBindValue(v);
            if (Status s = m_db.exec(q, context); !s)
                return s;
            if (q.numRowsAffected() == 0)
                return Error(Error::Code::NotFound, tr("The saved search does not exist."));
            return {};
        },
        Database::Durability::Full);
}

Result<qint64> SavedSearchStore::add(const SavedSearch &s)
{
    const QString name = s.name.trimmed();
    if (name.isEmpty())
        return Error(Error::Code::InvalidArgument, tr("A saved search needs a name."));
    qint64 id = 0;
    const Status status = m_db.transaction(
        [&]() -> Status {
            QSqlQuery q = m_db.query();
            // A new search alerts on articles arriving from now on, not on the archive it already matches.
            if (Status p = m_db.prepare(
                    q, QStringLiteral(
                           "INSERT INTO saved_searches (name, query, filters, alert, last_seen_id, "
                           "tag_id, last_checked_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, "
                           "(SELECT COALESCE(MAX(id), 0) FROM articles), ?, ?) RETURNING id"));
                !p)
                return p;
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            for (const QVariant &v :
                 QVariantList{name, sqlv::text(s.query), nullableText(s.filters), sqlv::flag(s.alert),
                              s.lastSeenId, sqlv::id(s.tagId), now, now})
                q.addBindValue(v);
            if (!q.exec()) {
                const Error e = Database::sqlError(q.lastError(), tr("Saving the search failed"));
                // A UNIQUE violation is the common case: say so plainly.
                // (SQLite: SQLITE_CONSTRAINT in the low byte; PostgreSQL: SQLSTATE 23505 unique_violation.)
                if (q.lastError().nativeErrorCode().toInt() % 256 == 19 ||
                    q.lastError().nativeErrorCode() == QLatin1String("23505"))
                    return Error(Error::Code::InvalidArgument,
                                 tr("A saved search named \"%1\" already exists.").arg(name));
                return e;
            }
            q.next();
            id = q.value(0).toLongLong();
            return {};
        },
        Database::Durability::Full);
    if (!status)
        return status.error();
    return id;
}

Status SavedSearchStore::update(const SavedSearch &s)
{
    if (s.name.trimmed().isEmpty())
        return Error(Error::Code::InvalidArgument, tr("A saved search needs a name."));
    return write(QStringLiteral("UPDATE saved_searches SET name = ?, query = ?, filters = ?, alert = ?, "
                                "tag_id = ?, updated_at = ? WHERE id = ?"),
                 {s.name.trimmed(), sqlv::text(s.query), nullableText(s.filters), sqlv::flag(s.alert),
                  sqlv::id(s.tagId), QDateTime::currentMSecsSinceEpoch(), s.id},
                 tr("Saving the search failed"));
}

Status SavedSearchStore::remove(qint64 id)
{
    return write(QStringLiteral("DELETE FROM saved_searches WHERE id = ?"), {id},
                 tr("Deleting the search failed"));
}

Status SavedSearchStore::markSeen(qint64 id, qint64 maxArticleId)
{
    // Never backwards: two windows marking at once must not resurrect alerts.
    return m_db.transaction(
        [&]() -> Status {
            QSqlQuery q = m_db.query();
            if (Status p = m_db.prepare(
                    q, QStringLiteral("UPDATE saved_searches SET last_seen_id = CASE WHEN "
                                      "last_seen_id < ? THEN ? ELSE last_seen_id END WHERE id = ?"));
                !p)
                return p;
            q.addBindValue(maxArticleId);
            q.addBindValue(maxArticleId);
            q.addBindValue(id);
            if (Status e = m_db.exec(q, tr("Saving the search failed")); !e)
                return e;
            if (q.numRowsAffected() == 0)
                return Error(Error::Code::NotFound, tr("The saved search does not exist."));
            return {};
        },
        Database::Durability::Full);
}

static Result<QList<SavedSearch>> selectSearches(Database &db, const QString &where,
                                                 const QVariantList &values)
{
    QSqlQuery q = db.query();
    if (Status s =
            db.prepare(q, QStringLiteral("SELECT id, name, query, filters, alert, last_seen_id, tag_id, "
                                         "last_checked_id FROM "
                                         "saved_searches ") +
                              where);
        !s)
        return s.error();
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (Status s = db.exec(q, tr("Reading saved searches failed")); !s)
        return s.error();
    QList<SavedSearch> out;
    while (q.next())
        out << SavedSearch{q.value(0).toLongLong(), q.value(1).toString(),  q.value(2).toString(),
                           q.value(3).toString(),   q.value(4).toBool(),    q.value(5).toLongLong(),
                           q.value(6).toLongLong(), q.value(7).toLongLong()};
    return out;
}

Result<SavedSearch> SavedSearchStore::get(qint64 id)
{
    const Result<QList<SavedSearch>> one = selectSearches(m_db, QStringLiteral("WHERE id = ?"), {id});
    if (!one)
        return one.error();
    if (one->isEmpty())
        return Error(Error::Code::NotFound, tr("The saved search does not exist."));
    return one->constFirst();
}

Result<QList<SavedSearch>> SavedSearchStore::list()
{
    return selectSearches(m_db, QStringLiteral("ORDER BY name"), {});
}

Status SavedSearchStore::advance(qint64 id, qint64 checkedUpTo)
{
    return m_db.transaction(
        [&]() -> Status {
            QSqlQuery q = m_db.query();
            if (Status p = m_db.prepare(
                    q, QStringLiteral("UPDATE saved_searches SET last_checked_id = ? WHERE id = ? "
                                      "AND last_checked_id < ?"));
                !p)
                return p;
            q.addBindValue(checkedUpTo);
            q.addBindValue(id);
            q.addBindValue(checkedUpTo);
            return m_db.exec(q, tr("Saving the search failed"));
        },
        Database::Durability::Full);
}

Result<qint64> SavedSearchStore::recordAlert(const AlertRecord &a)
{
    qint64 id = 0;
    const Status s = m_db.transaction(
        [&]() -> Status {
            QSqlQuery q = m_db.query();
            if (Status p =
                    m_db.prepare(q, QStringLiteral("INSERT INTO alert_history (search_id, fired_at, "
                                                   "article_count, max_article_id, message) VALUES (?, ?, ?, "
                                                   "?, ?) RETURNING id"));
                !p)
                return p;
            const QDateTime fired = a.firedAt.isValid() ? a.firedAt : QDateTime::currentDateTimeUtc();
            for (const QVariant &v : QVariantList{a.searchId, fired.toMSecsSinceEpoch(), a.articleCount,
                                                  a.maxArticleId, a.message})
                q.addBindValue(v);
            if (Status e = m_db.exec(q, tr("Recording the alert failed")); !e)
                return e;
            q.next();
            id = q.value(0).toLongLong();
            return {};
        },
        Database::Durability::Full);
    if (!s)
        return s.error();
    return id;
}

Result<QList<AlertRecord>> SavedSearchStore::alerts(qint64 searchId, int limit)
{
    QSqlQuery q = m_db.query();
    if (Status s =
            m_db.prepare(q, QStringLiteral("SELECT id, search_id, fired_at, article_count, max_article_id, "
                                           "message FROM alert_history WHERE search_id = ? "
                                           "ORDER BY fired_at DESC, id DESC LIMIT ?"));
        !s)
        return s.error();
    q.addBindValue(searchId);
    q.addBindValue(sqlv::limit(limit));
    if (Status s = m_db.exec(q, tr("Reading alerts failed")); !s)
        return s.error();
    QList<AlertRecord> out;
    while (q.next())
        out << AlertRecord{q.value(0).toLongLong(), q.value(1).toLongLong(), sqlv::time(q.value(2)),
                           q.value(3).toInt(),      q.value(4).toLongLong(), q.value(5).toString()};
    return out;
}

} // namespace ww
