#pragma once

#include "core/result.h"
#include "store/database.h"

#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <memory>

namespace wwbench {

using ww::Database;
using ww::Status;

// Buffers rows and writes them as multi-row INSERTs with bound values. A table whose rows reference
// another's flushes that one first, so foreign keys always point at written rows.
class BulkTable
{
public:
    BulkTable(Database &db, QString table, QStringList columns, QStringList placeholders,
              BulkTable *dependsOn = nullptr, int rowsPerStatement = 40)
        : m_db(db), m_table(std::move(table)), m_columns(std::move(columns)),
          m_placeholders(std::move(placeholders)), m_dependsOn(dependsOn),
          // QSQLITE looks every positional value up by number (linear in the statement's parameters), so
          // a long multi-row statement costs more than it saves there; PostgreSQL gains from fewer trips.
          m_rowsPer(db.dialect().isSqlite() ? 1 : rowsPerStatement)
    {
        if (m_placeholders.isEmpty()) {
            for (qsizetype i = 0; i < m_columns.size(); ++i)
                m_placeholders << QStringLiteral("?");
        }
    }

    Status add(const QVariantList &row)
    {
        m_pending << row;
        ++m_rows;
        return m_pending.size() >= m_rowsPer ? flush() : Status();
    }

    Status flush()
    {
        if (m_dependsOn)
            if (Status s = m_dependsOn->flush(); !s)
                return s;
        if (m_pending.isEmpty())
            return {};
        const qsizetype n = m_pending.size();
        std::unique_ptr<QSqlQuery> &q = n == m_rowsPer ? m_full : m_partial;
        if (!q || n != m_rowsPer) {
            q = std::make_unique<QSqlQuery>(m_db.query());
            const QString tuple =
                QLatin1Char('(') + m_placeholders.join(QStringLiteral(", ")) + QLatin1Char(')');
            QStringList tuples;
            for (qsizetype i = 0; i < n; ++i)
                tuples << tuple;
            if (Status s =
                    m_db.prepare(*q, QStringLiteral("INSERT INTO ") + m_table + QStringLiteral(" (") +
                                         m_columns.join(QStringLiteral(", ")) + QStringLiteral(") VALUES ") +
                                         tuples.join(QStringLiteral(", ")));
                !s)
                return s;
        }
        for (const QVariantList &row : std::as_const(m_pending))
            for (const QVariant &v : row)
                q->addBindValue(v);
        m_pending.clear();
        return m_db.exec(*q, QStringLiteral("Writing %1").arg(m_table));
    }

    qint64 rows() const { return m_rows; }

private:
    Database &m_db;
    QString m_table;
    QStringList m_columns;
    QStringList m_placeholders;
    BulkTable *m_dependsOn;
    int m_rowsPer;
    QList<QVariantList> m_pending;
    std::unique_ptr<QSqlQuery> m_full;
    std::unique_ptr<QSqlQuery> m_partial;
    qint64 m_rows = 0;
};

} // namespace wwbench
