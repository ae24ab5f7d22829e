#pragma once

#include "core/result.h"
#include "store/storetypes.h"

#include <QList>

namespace ww {

class Database;

// Analyst annotations on an article passage or on a whole cluster. Writes are durable (synchronous=FULL).
class AnnotationStore
{
public:
    explicit AnnotationStore(Database &db) : m_db(db) {}

    Result<qint64> add(const Annotation &annotation);
    // Optimistic concurrency: `annotation.updated` must be the stored value, or the update is refused with
    // InvalidArgument ("changed meanwhile") so a teammate's edit is never silently overwritten.
    Status update(const Annotation &annotation);
    Status remove(qint64 id);
    Status setOrphaned(qint64 id, bool orphaned);
    Result<Annotation> get(qint64 id);
    Result<QList<Annotation>> forArticle(qint64 articleId);
    Result<QList<Annotation>> forCluster(qint64 clusterId);
    // Every annotation on every article and cluster (the analyst's list of all notes).
    Result<QList<Annotation>> all();
    // After the article's text changed (a re-fetch with edits): moves each passage annotation to where its
    // quote now is, or marks it orphaned (never deletes it); one found again is no longer orphaned.
    // Returns how many annotations are orphaned afterwards.
    Result<int> reanchor(qint64 articleId, const QString &text);

private:
    Result<QList<Annotation>> select(const QString &where, qint64 value);

    Database &m_db;
};

} // namespace ww
