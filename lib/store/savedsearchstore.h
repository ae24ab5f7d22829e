#pragma once

#include "core/result.h"
#include "store/storetypes.h"

#include <QList>

namespace ww {

class Database;

// Saved searches (optionally alerting on new matches) and the history of alerts fired. Writes are durable.
class SavedSearchStore
{
public:
    explicit SavedSearchStore(Database &db) : m_db(db) {}

    Result<qint64> add(const SavedSearch &search); // names are unique
    Status update(const SavedSearch &search);
    Status remove(qint64 id);
    Result<SavedSearch> get(qint64 id);
    Result<QList<SavedSearch>> list(); // by name
    // The analyst has seen matches up to this article id (never moves backwards).
    Status markSeen(qint64 id, qint64 maxArticleId);
    // Matches up to this article id have been alerted on / tagged (never moves backwards).
    Status advance(qint64 id, qint64 checkedUpTo);
    Result<qint64> recordAlert(const AlertRecord &alert);
    Result<QList<AlertRecord>> alerts(qint64 searchId, int limit = 50); // newest first

private:
    Status write(const QString &sql, const QVariantList &values, const QString &context);

    Database &m_db;
};

} // namespace ww
