#include "models/coveragetimemodel.h"

#include <QHash>

#include <algorithm>

namespace ww {

CoverageTimeModel::CoverageTimeModel(QObject *parent) : QAbstractTableModel(parent) {}

QDate CoverageTimeModel::bucketFor(QDate day, Bucket bucket)
{
    if (bucket == Bucket::Week && day.isValid())
        return day.addDays(1 - day.dayOfWeek()); // ISO weeks start on Monday
    return day;
}

void CoverageTimeModel::setCells(const QList<CoverageCell> &cells, int topCountries, Bucket bucket,
                                 QDate from, QDate to)
{
    beginResetModel();
    m_bucket = bucket;
    m_countries.clear();
    m_counts.clear();
    m_max = 0;
    m_first = {};

    QHash<QString, qint64> totals;
    QDate first = from.isValid() ? bucketFor(from, bucket) : QDate();
    QDate last = to.isValid() ? bucketFor(to, bucket) : QDate();
    for (const CoverageCell &c : cells) {
        if (!c.day.isValid() || c.countryCode.isEmpty() || c.articles <= 0)
            continue;
        totals[c.countryCode] += c.articles;
        const QDate b = bucketFor(c.day, bucket);
        if (!first.isValid() || b < first)
            first = b;
        if (!last.isValid() || b > last)
            last = b;
    }

    // Most mentioned first; ties by code so the column order is stable between refreshes.
    QList<QString> codes = totals.keys();
    std::sort(codes.begin(), codes.end(), [&](const QString &a, const QString &b) {
        const qint64 ta = totals.value(a);
        const qint64 tb = totals.value(b);
        return ta != tb ? ta > tb : a < b;
    });
    m_countries = codes.mid(0, std::max(0, topCountries));

    const int step = bucket == Bucket::Week ? 7 : 1;
    if (first.isValid() && last.isValid() && !m_countries.isEmpty()) {
        const qint64 buckets = first.daysTo(last) / step + 1;
        if (buckets > 0 && buckets <= MaxBuckets) {
            m_first = first;
            m_counts = QList<QList<int>>(buckets, QList<int>(m_countries.size(), 0));
            for (const CoverageCell &c : cells) {
                const qsizetype col = m_countries.indexOf(c.countryCode);
                if (col < 0 || !c.day.isValid() || c.articles <= 0)
                    continue;
                const qint64 row = first.daysTo(bucketFor(c.day, bucket)) / step;
                if (row < 0 || row >= buckets)
                    continue; // outside the requested range
                int &cell = m_counts[row][col];
                cell += c.articles;
                m_max = std::max(m_max, cell);
            }
        }
    }
    endResetModel();
}

void CoverageTimeModel::clear()
{
    setCells({});
}

QDate CoverageTimeModel::bucketStart(int row) const
{
    if (row < 0 || row >= m_counts.size())
        return {};
    return m_first.addDays(qint64(row) * (m_bucket == Bucket::Week ? 7 : 1));
}

int CoverageTimeModel::count(int row, const QString &countryCode) const
{
    const qsizetype col = m_countries.indexOf(countryCode);
    if (row < 0 || row >= m_counts.size() || col < 0)
        return 0;
    return m_counts.at(row).at(col);
}

int CoverageTimeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_counts.size());
}

int CoverageTimeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(FirstCountryColumn + m_countries.size());
}

QVariant CoverageTimeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int col = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (col == DateColumn)
            return bucketStart(row);
        return m_counts.at(row).at(col - FirstCountryColumn);
    case BucketStartRole:
        return bucketStart(row);
    case CountryRole:
        return col >= FirstCountryColumn ? QVariant(m_countries.at(col - FirstCountryColumn)) : QVariant();
    case Qt::TextAlignmentRole:
        return col == DateColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant CoverageTimeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        if (section == DateColumn)
            return m_bucket == Bucket::Week ? tr("Week") : tr("Day");
        return m_countries.at(section - FirstCountryColumn);
    }
    if (role == CountryRole && section >= FirstCountryColumn)
        return m_countries.at(section - FirstCountryColumn);
    return {};
}

} // namespace ww
