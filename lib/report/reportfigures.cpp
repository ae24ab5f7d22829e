#include "report/reportfigures.h"

#include <algorithm>

namespace ww {

void ReportFigures::add(const QDateTime &time, const QStringList &countries, const QString &publisher,
                        const QString &producer)
{
    ++m_articles;
    if (time.isValid()) {
        const QDateTime utc = time.toUTC();
        if (!m_first.isValid() || utc < m_first)
            m_first = utc;
        if (!m_last.isValid() || utc > m_last)
            m_last = utc;
    }
    // An article counts once per country however often it names it: "articles mentioning", not mentions.
    QStringList unique;
    for (const QString &code : countries) {
        const QString c = code.trimmed().toUpper();
        if (!c.isEmpty() && !unique.contains(c))
            unique << c;
    }
    if (!unique.isEmpty())
        ++m_withCountries;
    for (const QString &c : unique) {
        ++m_countries[c];
        if (time.isValid())
            ++m_byDay[time.toUTC().date()][c];
    }
    if (!publisher.trimmed().isEmpty())
        ++m_publishers[publisher.trimmed()];
    if (!producer.trimmed().isEmpty()) {
        ++m_withProducer;
        ++m_producers[producer.trimmed()];
    }
}

QList<CountShare> ReportFigures::ranked(const QHash<QString, int> &counts, int limit)
{
    QList<CountShare> out;
    out.reserve(counts.size());
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        out.append(CountShare{it.key(), it.value()});
    std::sort(out.begin(), out.end(), [](const CountShare &a, const CountShare &b) {
        return a.count != b.count ? a.count > b.count : a.key < b.key;
    });
    if (limit > 0 && out.size() > limit)
        out.resize(limit);
    return out;
}

QList<CountShare> ReportFigures::topCountries(int limit) const
{
    return ranked(m_countries, limit);
}

QList<CountShare> ReportFigures::byPublisher(int limit) const
{
    return ranked(m_publishers, limit);
}

QList<CountShare> ReportFigures::byProducer(int limit) const
{
    return ranked(m_producers, limit);
}

QList<CoverageCell> ReportFigures::countriesByDay(const QStringList &codes) const
{
    QList<CoverageCell> out;
    for (auto day = m_byDay.constBegin(); day != m_byDay.constEnd(); ++day) {
        QStringList present;
        for (const QString &code : codes) {
            if (day->contains(code))
                present << code;
        }
        present.sort();
        for (const QString &code : present)
            out.append(CoverageCell{day.key(), code, day->value(code)});
    }
    return out;
}

QDate ReportFigures::firstDay() const
{
    return m_byDay.isEmpty() ? (m_first.isValid() ? m_first.date() : QDate()) : m_byDay.firstKey();
}

QDate ReportFigures::lastDay() const
{
    return m_byDay.isEmpty() ? (m_last.isValid() ? m_last.date() : QDate()) : m_byDay.lastKey();
}

QHash<QString, double> ReportFigures::mapValues() const
{
    QHash<QString, double> out;
    for (auto it = m_countries.constBegin(); it != m_countries.constEnd(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

} // namespace ww
