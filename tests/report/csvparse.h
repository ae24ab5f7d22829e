#pragma once

// A strict RFC 4180 reader for the tests (independent of the writer): quoted fields, doubled quotes,
// CRLF records, line breaks inside quotes. Returns no rows when the input is malformed.
#include <QList>
#include <QString>
#include <QStringList>

inline QList<QStringList> parseCsv(const QString &text, bool *ok = nullptr)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    if (ok)
        *ok = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || wasQuoted)
                return {};
            quoted = wasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 >= text.size() || text.at(i + 1) != QLatin1Char('\n'))
                return {};
            ++i;
            row << field;
            rows << row;
            row.clear();
            field.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('\n')) {
            return {}; // bare LF outside quotes: not RFC 4180
        } else {
            if (wasQuoted)
                return {};
            field += c;
        }
    }
    if (quoted || !field.isEmpty() || !row.isEmpty())
        return {};
    if (ok)
        *ok = true;
    return rows;
}
