#pragma once

// Shared by the gofeed and feed-rs conformance tests: dates as comparable strings, and a structural
// comparison of our projected model against a suite's expected JSON that names the first difference.
#include "feeds/htmlentities.h"
#include "feeds/parsedfeed.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ww::conformance {

// UTC, second precision plus milliseconds when present: "2019-10-12T07:20:50.520Z".
inline QJsonValue isoDate(const QDateTime &utc)
{
    if (!utc.isValid())
        return QJsonValue();
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

inline QJsonValue isoDate(const FeedDate &d)
{
    return isoDate(d.utc);
}

inline QJsonValue normalisedDate(const QString &rfc3339)
{
    if (rfc3339.isEmpty())
        return QJsonValue();
    const QDateTime d = QDateTime::fromString(rfc3339, Qt::ISODateWithMs);
    return d.isValid() ? isoDate(d) : QJsonValue(rfc3339);
}

inline QString compact(const QJsonValue &v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1)
        .left(100);
}

inline bool emptyish(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty()) ||
           (v.isArray() && v.toArray().isEmpty()) || (v.isObject() && v.toObject().isEmpty());
}

// Empty when `actual` holds everything `expected` says (extra keys in `actual` are fine), else
// "path: got X, want Y". Whitespace is normalised; our titles are plain text, so an HTML title in
// the expectation also matches its plain-text projection.
inline QString difference(const QJsonValue &actual, const QJsonValue &expected, const QString &path = {})
{
    const auto mismatch = [&]() -> QString {
        return path + QLatin1String(": got ") + compact(actual) + QLatin1String(", want ") +
               compact(expected);
    };
    if (emptyish(expected) && !expected.isObject())
        return emptyish(actual) ? QString() : mismatch();
    if (expected.isString()) {
        const QString want = expected.toString().simplified();
        const QString got = actual.toString().simplified();
        const bool title = path.endsWith(QLatin1String("title"));
        return got == want || (title && got == HtmlEntities::toPlainText(expected.toString())) ? QString()
                                                                                               : mismatch();
    }
    if (expected.isDouble()) {
        const double got = actual.isString() ? actual.toString().toDouble() : actual.toDouble(-1e300);
        return qFuzzyCompare(got + 1, expected.toDouble() + 1) ? QString() : mismatch();
    }
    if (expected.isBool())
        return actual.isBool() && actual.toBool() == expected.toBool() ? QString() : mismatch();
    if (expected.isArray()) {
        const QJsonArray a = actual.toArray(), e = expected.toArray();
        if (a.size() != e.size())
            return QString(path + QLatin1String(": got ") + QString::number(a.size()) +
                           QLatin1String(" elements, want ") + QString::number(e.size()));
        for (qsizetype i = 0; i < e.size(); ++i)
            if (const QString d = difference(a.at(i), e.at(i), path + u'[' + QString::number(i) + u']');
                !d.isEmpty())
                return d;
        return {};
    }
    if (expected.isObject() && expected.toObject().isEmpty())
        return {}; // nothing expected of this record (all its keys were outside what we compare)
    const QJsonObject a = actual.toObject(), e = expected.toObject();
    for (auto it = e.begin(); it != e.end(); ++it)
        if (const QString d = difference(a.value(it.key()), it.value(), path + u'.' + it.key()); !d.isEmpty())
            return d;
    return {};
}

} // namespace ww::conformance
