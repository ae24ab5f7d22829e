#include "store/tagstore.h"

#include "store/database.h"
#include "store/sqlvalues.h"

#include <QCoreApplication>

namespace ww {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ww::TagStore", text);
}

QString nameKey(const QString &name)
{
    return name.trimmed().toCaseFolded();
}

const QString kTagColumns = QStringLiteral("SELECT t.id, t.name, t.color, (SELECT COUNT(*) FROM article_tags "
                                           "at WHERE at.tag_id = t.id) FROM tags t");

} // namespace

Result<QList<Tag>> TagStore::select(const QString &sql, const QVariantList &values)
{
    QSqlQuery q = m_db.query();
    if (Status s = m_db.prepare(q, sql); !s)
        return s.error();
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (Status s = m_db.exec(q, tr("Reading tags failed")); !s)
        return s.error();
    QList<Tag> out;
    while (q.next())
        out << Tag{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt()};
    return out;
}

Status TagStore::run(const QString &sql, const QVariantList &values, const QString &context, bool mustChange)
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
            if (mustChange && q.numRowsAffected() == 0)
                return Error(Error::Code::NotFound, tr("The tag does not exist."));
            return {};
        },
        Database::Durability::Full);
}

Result<qint64> TagStore::create(const QString &name, const QString &color)
{
    const QString clean = name.trimmed();
    if (clean.isEmpty())
        return Error(Error::Code::InvalidArgument, tr("A tag needs a name."));
    if (tagByName(clean).ok())
        return Error(Error::Code::InvalidArgument, tr("A tag named \"%1\" already exists.").arg(clean));
    qint64 id = 0;
    const Status s = m_db.transaction(
        [&]() -> Status {
            QSqlQuery q = m_db.query();
            if (Status p =
                    m_db.prepare(q, QStringLiteral("INSERT INTO tags (name, name_key, color, created_at) "
                                                   "VALUES (?, ?, ?, ?) RETURNING id"));
                !p)
                return p;
            q.addBindValue(clean);
            q.addBindValue(nameKey(clean));
            q.addBindValue(color.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(color));
            q.addBindValue(QDateTime::currentMSecsSinceEpoch());
            if (Status e = m_db.exec(q, tr("Creating the tag %1 failed").arg(clean)); !e)
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

Status TagStore::rename(qint64 tagId, const QString &name)
{
    const QString clean = name.trimmed();
    if (clean.isEmpty())
        return Error(Error::Code::InvalidArgument, tr("A tag needs a name."));
    if (const Result<Tag> other = tagByName(clean); other && other->id != tagId)
        return Error(Error::Code::InvalidArgument,
                     tr("A tag named \"%1\" already exists; merge the tags instead.").arg(clean));
    return run(QStringLiteral("UPDATE tags SET name = ?, name_key = ? WHERE id = ?"),
               {clean, nameKey(clean), tagId}, tr("Renaming the tag failed"), true);
}

Status TagStore::setColor(qint64 tagId, const QString &color)
{
    return run(QStringLiteral("UPDATE tags SET color = ? WHERE id = ?"), {color, tagId},
               tr("Changing the tag's colour failed"), true);
}

Status TagStore::merge(qint64 fromId, qint64 intoId)
{
    if (fromId == intoId)
        return {};
    return m_db.transaction(
        [&]() -> Status {
            for (const Result<QList<Tag>> &t :
                 {select(kTagColumns + QStringLiteral(" WHERE t.id = ?"), {fromId}),
                  select(kTagColumns + QStringLiteral(" WHERE t.id = ?"), {intoId})}) {
                if (!t)
                    return t.error();
                if (t->isEmpty())
                    return Error(Error::Code::NotFound, tr("The tag does not exist."));
            }
            // WHERE is required before ON CONFLICT in INSERT ... SELECT (SQLite's parser), harmless
            // elsewhere.
            for (const char *sql :
                 {"INSERT INTO article_tags (article_id, tag_id, created_at) SELECT article_id, ?, "
                  "created_at FROM article_tags WHERE tag_id = ? ON CONFLICT DO NOTHING",
                  "INSERT INTO cluster_tags (cluster_id, tag_id, created_at) SELECT cluster_id, ?, "
                  "created_at FROM cluster_tags WHERE tag_id = ? ON CONFLICT DO NOTHING"}) {
                if (Status s = run(QString::fromLatin1(sql), {intoId, fromId}, tr("Merging tags failed")); !s)
                    return s;
            }
            return run(QStringLiteral("DELETE FROM tags WHERE id = ?"), {fromId}, tr("Merging tags failed"));
        },
        Database::Durability::Full);
}

Status TagStore::remove(qint64 tagId)
{
    return run(QStringLiteral("DELETE FROM tags WHERE id = ?"), {tagId}, tr("Deleting the tag failed"), true);
}

Result<QList<Tag>> TagStore::tags()
{
    return select(kTagColumns + QStringLiteral(" ORDER BY t.name_key"), {});
}

Result<Tag> TagStore::tagByName(const QString &name)
{
    const Result<QList<Tag>> found =
        select(kTagColumns + QStringLiteral(" WHERE t.name_key = ?"), {nameKey(name)});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error(Error::Code::NotFound, tr("There is no tag named \"%1\".").arg(name));
    return found->constFirst();
}

Status TagStore::assign(const QList<qint64> &articleIds, qint64 tagId)
{
    return m_db.transaction(
        [&]() -> Status {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            for (qint64 id : articleIds) {
                if (Status s = run(QStringLiteral("INSERT INTO article_tags (article_id, tag_id, created_at) "
                                                  "VALUES (?, ?, ?) ON CONFLICT DO NOTHING"),
                                   {id, tagId, now}, tr("Tagging articles failed"));
                    !s)
                    return s;
            }
            return {};
        },
        Database::Durability::Full);
}

Status TagStore::unassign(const QList<qint64> &articleIds, qint64 tagId)
{
    return m_db.transaction(
        [&]() -> Status {
            for (qint64 id : articleIds) {
                if (Status s =
                        run(QStringLiteral("DELETE FROM article_tags WHERE article_id = ? AND tag_id = ?"),
                            {id, tagId}, tr("Removing a tag failed"));
                    !s)
                    return s;
            }
            return {};
        },
        Database::Durability::Full);
}

Status TagStore::assignCluster(qint64 clusterId, qint64 tagId)
{
    return run(QStringLiteral("INSERT INTO cluster_tags (cluster_id, tag_id, created_at) VALUES (?, ?, ?) "
                              "ON CONFLICT DO NOTHING"),
               {clusterId, tagId, QDateTime::currentMSecsSinceEpoch()}, tr("Tagging the story failed"));
}

Status TagStore::unassignCluster(qint64 clusterId, qint64 tagId)
{
    return run(QStringLiteral("DELETE FROM cluster_tags WHERE cluster_id = ? AND tag_id = ?"),
               {clusterId, tagId}, tr("Removing a tag failed"));
}

Result<QList<Tag>> TagStore::tagsForArticle(qint64 articleId)
{
    return select(kTagColumns +
                      QStringLiteral(" JOIN article_tags x ON x.tag_id = t.id WHERE x.article_id = ? "
                                     "ORDER BY t.name_key"),
                  {articleId});
}

Result<QList<Tag>> TagStore::tagsForCluster(qint64 clusterId)
{
    return select(kTagColumns +
                      QStringLiteral(" JOIN cluster_tags x ON x.tag_id = t.id WHERE x.cluster_id = ? "
                                     "ORDER BY t.name_key"),
                  {clusterId});
}

} // namespace ww
