#include "store/annotationstore.h"

#include "core/textanchor.h"

#include "store/database.h"
#include "store/sqlvalues.h"

#include <QCoreApplication>

namespace ww {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ww::AnnotationStore", text);
}

} // namespace

Result<qint64> AnnotationStore::add(const Annotation &a)
{
    if (a.articleId <= 0 && a.clusterId <= 0)
        return Error(Error::Code::InvalidArgument, tr("An annotation belongs to an article or a story."));
    qint64 id = 0;
    const Status s = m_db.transaction(
        [&]() -> Status {
            QSqlQuery q = m_db.query();
            if (Status p =
                    m_db.prepare(q, QStringLiteral("INSERT INTO annotations (article_id, cluster_id, quote, "
                                                   "prefix, suffix, start_pos, end_pos, note, created_at, "
                                                   "updated_at, orphaned) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                                                   "?, ?, ?) RETURNING id"));
                !p)
                return p;
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            for (const QVariant &v :
                 QVariantList{sqlv::id(a.articleId), sqlv::id(a.clusterId), a.quote, a.prefix, a.suffix,
                              a.start, a.end, sqlv::text(a.note), now, now, sqlv::flag(a.orphaned)})
                q.addBindValue(v);
            if (Status e = m_db.exec(q, tr("Saving the annotation failed")); !e)
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

Status AnnotationStore::update(const Annotation &a)
{
    return m_db.transaction(
        [&]() -> Status {
            QSqlQuery q = m_db.query();
            // Milliseconds can collide for two quick saves from one client; +1 keeps updated_at strictly
            // moving.
            if (Status p = m_db.prepare(
                    q, QStringLiteral("UPDATE annotations SET quote = ?, prefix = ?, suffix = ?, "
                                      "start_pos = ?, end_pos = ?, note = ?, orphaned = ?, "
                                      "updated_at = CASE WHEN ? > updated_at THEN ? ELSE "
                                      "updated_at + 1 END WHERE id = ? AND updated_at = ?"));
                !p)
                return p;
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            for (const QVariant &v :
                 QVariantList{a.quote, a.prefix, a.suffix, a.start, a.end, sqlv::text(a.note),
                              sqlv::flag(a.orphaned), now, now, a.id, a.updated.toMSecsSinceEpoch()})
                q.addBindValue(v);
            if (Status e = m_db.exec(q, tr("Saving the annotation failed")); !e)
                return e;
            if (q.numRowsAffected() == 1)
                return {};
            q.finish();
            if (const Result<Annotation> current = get(a.id); !current)
                return current.error();
            return Error(
                Error::Code::InvalidArgument,
                tr("The annotation was changed meanwhile (by another window or a teammate); reload it and "
                   "apply your edit again."));
        },
        Database::Durability::Full);
}

Status AnnotationStore::remove(qint64 id)
{
    return m_db.transaction(
        [&]() -> Status {
            QSqlQuery q = m_db.query();
            if (Status p = m_db.prepare(q, QStringLiteral("DELETE FROM annotations WHERE id = ?")); !p)
                return p;
            q.addBindValue(id);
            if (Status e = m_db.exec(q, tr("Deleting the annotation failed")); !e)
                return e;
            if (q.numRowsAffected() == 0)
                return Error(Error::Code::NotFound, tr("Annotation %1 does not exist.").arg(id));
            return {};
        },
        Database::Durability::Full);
}

Status AnnotationStore::setOrphaned(qint64 id, bool orphaned)
{
    return m_db.transaction(
        [&]() -> Status {
            QSqlQuery q = m_db.query();
            if (Status p =
                    m_db.prepare(q, QStringLiteral("UPDATE annotations SET orphaned = ? WHERE id = ?"));
                !p)
                return p;
            q.addBindValue(sqlv::flag(orphaned));
            q.addBindValue(id);
            return m_db.exec(q, tr("Saving the annotation failed"));
        },
        Database::Durability::Full);
}

Result<QList<Annotation>> AnnotationStore::select(const QString &where, qint64 value)
{
    QSqlQuery q = m_db.query();
    if (Status s = m_db.prepare(
            q, QStringLiteral("SELECT id, article_id, cluster_id, quote, prefix, suffix, start_pos, "
                              "end_pos, note, created_at, updated_at, orphaned FROM annotations ") +
                   where + QStringLiteral(" ORDER BY start_pos, id"));
        !s)
        return s.error();
    q.addBindValue(value);
    if (Status s = m_db.exec(q, tr("Reading annotations failed")); !s)
        return s.error();
    QList<Annotation> out;
    while (q.next()) {
        Annotation a;
        a.id = q.value(0).toLongLong();
        a.articleId = q.value(1).toLongLong();
        a.clusterId = q.value(2).toLongLong();
        a.quote = q.value(3).toString();
        a.prefix = q.value(4).toString();
        a.suffix = q.value(5).toString();
        a.start = q.value(6).toInt();
        a.end = q.value(7).toInt();
        a.note = q.value(8).toString();
        a.created = sqlv::time(q.value(9));
        a.updated = sqlv::time(q.value(10));
        a.orphaned = q.value(11).toBool();
        out << a;
    }
    return out;
}

Result<Annotation> AnnotationStore::get(qint64 id)
{
    const Result<QList<Annotation>> one = select(QStringLiteral("WHERE id = ?"), id);
    if (!one)
        return one.error();
    if (one->isEmpty())
        return Error(Error::Code::NotFound, tr("Annotation %1 does not exist.").arg(id));
    return one->constFirst();
}

Result<QList<Annotation>> AnnotationStore::forArticle(qint64 articleId)
{
    return select(QStringLiteral("WHERE article_id = ?"), articleId);
}

Result<QList<Annotation>> AnnotationStore::forCluster(qint64 clusterId)
{
    return select(QStringLiteral("WHERE cluster_id = ?"), clusterId);
}

Result<QList<Annotation>> AnnotationStore::all()
{
    return select(QStringLiteral("WHERE id > ?"), 0);
}

Result<int> AnnotationStore::reanchor(qint64 articleId, const QString &text)
{
    int orphans = 0;
    const Status s = m_db.transaction(
        [&]() -> Status {
            const Result<QList<Annotation>> found = forArticle(articleId);
            if (!found)
                return found.error();
            for (const Annotation &a : *found) {
                if (a.quote.isEmpty())
                    continue; // a note on the whole article has nothing to anchor
                const std::optional<TextSpan> span =
                    textanchor::locate(TextAnchor{a.quote, a.prefix, a.suffix, a.start, a.end}, text);
                const bool orphaned = !span;
                if (orphaned)
                    ++orphans;
                if (orphaned == a.orphaned && (orphaned || (span->start == a.start && span->end == a.end)))
                    continue;
                // The quote keeps the analyst's words; only the position and the context follow the text.
                QSqlQuery q = m_db.query();
                if (Status p =
                        m_db.prepare(q, QStringLiteral("UPDATE annotations SET start_pos = ?, end_pos = ?, "
                                                       "prefix = ?, suffix = ?, orphaned = ?, updated_at = "
                                                       "updated_at + 1 WHERE id = ?"));
                    !p)
                    return p;
                const TextAnchor moved = orphaned ? TextAnchor{a.quote, a.prefix, a.suffix, a.start, a.end}
                                                  : textanchor::make(text, span->start, span->end);
                for (const QVariant &v : QVariantList{moved.start, moved.end, moved.prefix, moved.suffix,
                                                      sqlv::flag(orphaned), a.id})
                    q.addBindValue(v);
                if (Status e = m_db.exec(q, tr("Saving the annotation failed")); !e)
                    return e;
            }
            return {};
        },
        Database::Durability::Full);
    if (!s)
        return s.error();
    return orphans;
}

} // namespace ww
