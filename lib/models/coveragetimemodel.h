#pragma once

#include "store/storetypes.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QStringList>

namespace ww {

// Mentions by country over time, for the dashboard's line/area chart (QVXYModelMapper): one row per day or
// week with its start date in column 0 (a QDate, which the mapper turns into msecs), then one column per
// top country. Gaps between the first and last bucket are filled with zeros so lines drop to 0 rather than
// skipping quiet days. An adapter over the store's CoverageCell rows; holds no SQL.
class CoverageTimeModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverageTimeModel)
public:
    enum class Bucket { Day, Week };
    enum Column { DateColumn, FirstCountryColumn };
    enum Role {
        CountryRole = Qt::UserRole + 1, // the column's country code
        BucketStartRole,                // QDate
    };
    // A year of days; wider ranges are bucketed by week by the caller (bounds the table for hostile ranges).
    static constexpr int MaxBuckets = 3660;

    explicit CoverageTimeModel(QObject *parent = nullptr);

    // Keeps the topCountries countries with the most mentions over the whole range. from/to, when valid,
    // widen the range to the filter's so the axis matches it.
    void setCells(const QList<CoverageCell> &cells, int topCountries = 6, Bucket bucket = Bucket::Day,
                  QDate from = {}, QDate to = {});
    void clear();

    Bucket bucket() const { return m_bucket; }
    const QStringList &countries() const { return m_countries; }
    QDate bucketStart(int row) const;
    int count(int row, const QString &countryCode) const;
    int maxCount() const { return m_max; }
    static QDate bucketFor(QDate day, Bucket bucket);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Bucket m_bucket = Bucket::Day;
    QDate m_first;
    QStringList m_countries;
    QList<QList<int>> m_counts; // [row][country]
    int m_max = 0;
};

} // namespace ww
