#include "models/coveragesharemodel.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ww {

CoverageShareModel::CoverageShareModel(QObject *parent) : QAbstractTableModel(parent) {}

void CoverageShareModel::setShares(const QList<CountShare> &shares, int limit, bool otherRow)
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    // The same key twice (two feeds of one outlet) adds up.
    QHash<QString, qint64> sums;
    for (const CountShare &s : shares) {
        if (s.key.isEmpty() || s.count <= 0)
            continue;
        sums[s.key] += s.count;
        m_total += s.count;
    }
    QList<Row> rows;
    rows.reserve(sums.size());
    for (auto it = sums.cbegin(); it != sums.cend(); ++it)
        rows.append(Row{it.key(), int(std::min<qint64>(it.value(), std::numeric_limits<int>::max())), false});
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return a.count != b.count ? a.count > b.count : a.key < b.key;
    });
    if (limit > 0 && rows.size() > limit) {
        qint64 rest = 0;
        for (qsizetype i = limit; i < rows.size(); ++i)
            rest += rows.at(i).count;
        rows.resize(limit);
        if (otherRow)
            rows.append(Row{QString(), int(std::min<qint64>(rest, std::numeric_limits<int>::max())), true});
    }
    m_rows = std::move(rows);
    endResetModel();
}

void CoverageShareModel::setDisplayNames(const QHash<QString, QString> &names)
{
    m_names = names;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, LabelColumn), index(int(m_rows.size()) - 1, LabelColumn),
                         {Qt::DisplayRole});
}

void CoverageShareModel::clear()
{
    setShares({});
}

QString CoverageShareModel::key(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).key : QString();
}

int CoverageShareModel::count(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).count : 0;
}

double CoverageShareModel::share(int row) const
{
    return m_total > 0 ? 100.0 * count(row) / double(m_total) : 0.0;
}

QString CoverageShareModel::label(const Row &row) const
{
    if (row.other)
        return tr("Other");
    return m_names.value(row.key, row.key);
}

int CoverageShareModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CoverageShareModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CoverageShareModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (Column(index.column())) {
        case LabelColumn:
            return label(row);
        case CountColumn:
            return row.count;
        case ShareColumn:
            // Numbers, not formatted text: the chart mappers read DisplayRole as values.
            return std::round(share(index.row()) * 10.0) / 10.0;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == LabelColumn && !row.other && label(row) != row.key ? QVariant(row.key)
                                                                                    : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == LabelColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case KeyRole:
        return row.key;
    case IsOtherRole:
        return row.other;
    default:
        return {};
    }
}

QVariant CoverageShareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LabelColumn:
        return tr("Name");
    case CountColumn:
        return tr("Articles");
    case ShareColumn:
        return tr("Share (%)");
    default:
        return {};
    }
}

} // namespace ww
