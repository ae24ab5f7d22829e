#pragma once

#include "store/storetypes.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ww {

// Coverage aggregates of exactly the report's selection (explicit ids included, which no store query can
// express), accumulated one article at a time: memory grows with the number of distinct countries, days and
// outlets, never with the number of articles.
class ReportFigures
{
public:
    void add(const QDateTime &time, const QStringList &countries, const QString &publisher,
             const QString &producer);

    int articles() const { return m_articles; }
    int withProducer() const { return m_withProducer; }
    int withCountries() const { return m_withCountries; }
    QDateTime first() const { return m_first; }
    QDateTime last() const { return m_last; }
    int distinctCountries() const { return int(m_countries.size()); }
    int distinctPublishers() const { return int(m_publishers.size()); }
    int distinctProducers() const { return int(m_producers.size()); }

    // Most first, ties by key so output is stable; limit <= 0 returns all.
    QList<CountShare> topCountries(int limit) const;
    QList<CountShare> byPublisher(int limit) const;
    QList<CountShare> byProducer(int limit) const;
    // Articles per day (UTC) and country, for the given countries only, sorted by day then country.
    QList<CoverageCell> countriesByDay(const QStringList &codes) const;
    QDate firstDay() const;
    QDate lastDay() const;
    // Article counts per country, for the map.
    QHash<QString, double> mapValues() const;

    static QList<CountShare> ranked(const QHash<QString, int> &counts, int limit);

private:
    int m_articles = 0;
    int m_withProducer = 0;
    int m_withCountries = 0;
    QDateTime m_first;
    QDateTime m_last;
    QHash<QString, int> m_countries;
    QHash<QString, int> m_publishers;
    QHash<QString, int> m_producers;
    QMap<QDate, QHash<QString, int>> m_byDay;
};

} // namespace ww
