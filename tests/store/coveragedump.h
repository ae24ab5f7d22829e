#pragma once

#include "store/coveragestore.h"

#include <QStringList>

namespace wwtest {

// Coverage results as comparable text, so a failing QCOMPARE shows which key or day differs.
inline QStringList dump(const QList<ww::CountShare> &shares)
{
    QStringList out;
    for (const ww::CountShare &s : shares)
        out.append(QStringLiteral("%1=%2").arg(s.key).arg(s.count));
    return out;
}

inline QStringList dump(const QList<ww::CoverageCell> &cells)
{
    QStringList out;
    for (const ww::CoverageCell &c : cells)
        out.append(
            QStringLiteral("%1 %2=%3").arg(c.day.toString(Qt::ISODate), c.countryCode).arg(c.articles));
    return out;
}

} // namespace wwtest
