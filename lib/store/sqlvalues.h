#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariant>

#include <limits>

// Conversions between value types and bound SQL values, shared by the stores (header-only).
namespace ww::sqlv {

// Times are stored as UTC epoch milliseconds; an invalid QDateTime is NULL.
inline QVariant time(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

inline QDateTime time(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

inline QVariant id(qint64 value)
{
    return value > 0 ? QVariant(value) : QVariant(QMetaType::fromType<qint64>());
}

// For NOT NULL text columns: a null QString would bind as NULL.
inline QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

inline QVariant url(const QUrl &u)
{
    return u.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(u.toString(QUrl::FullyEncoded));
}

inline QUrl url(const QVariant &v)
{
    return v.isNull() ? QUrl() : QUrl(v.toString(), QUrl::StrictMode);
}

inline QVariant lines(const QStringList &list)
{
    return list.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(list.join(QLatin1Char('\n')));
}

inline QStringList lines(const QVariant &v)
{
    const QString s = v.toString();
    return s.isEmpty() ? QStringList() : s.split(QLatin1Char('\n'));
}

inline QVariant flag(bool b)
{
    return b ? 1 : 0;
}

// A LIMIT value; 0 or less means "no limit". SQLite's LIMIT -1 is an error on PostgreSQL, the largest
// 64-bit value means "all rows" on both.
inline QVariant limit(qint64 n)
{
    return n > 0 ? n : std::numeric_limits<qint64>::max();
}

} // namespace ww::sqlv
