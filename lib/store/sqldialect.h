#pragma once

#include <QString>

namespace ww {

// The SQL differences between the two backends, so one schema source and one set of queries serve both.
class SqlDialect
{
public:
    enum class Kind { Sqlite, Postgres };

    constexpr explicit SqlDialect(Kind kind = Kind::Sqlite) : m_kind(kind) {}

    Kind kind() const { return m_kind; }
    bool isSqlite() const { return m_kind == Kind::Sqlite; }
    QString name() const;
    // The Qt Sql driver name: QSQLITE or QPSQL.
    QString driverName() const;

    // Expands the type placeholders used in migrations:
    //   {pk}   auto-increment 64-bit primary key     {int}  64-bit integer
    //   {bool} 0/1 integer (bound as int on both)     {real} double
    //   {blob} binary                                 {ts}   UTC epoch milliseconds (64-bit integer)
    //   {text} text
    QString render(const QString &sql) const;

    // An SQL expression that is true when the named table exists; the table name is bound as :table.
    QString tableExistsQuery() const;

private:
    Kind m_kind;
};

} // namespace ww
