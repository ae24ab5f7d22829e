#pragma once

#include "store/storetypes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace ww {

// Counts per key, largest first: top countries, share of coverage by outlet or by producing agency. The bar
// and pie charts read it through QVBarModelMapper / QVPieModelMapper (CountColumn). Keys beyond the limit
// can be folded into one "Other" row so a pie still sums to the whole. An adapter over CountShare rows.
class CoverageShareModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverageShareModel)
public:
    enum Column { LabelColumn, CountColumn, ShareColumn, ColumnCount };
    enum Role {
        KeyRole = Qt::UserRole + 1, // country code, outlet or agency; empty for "Other"
        IsOtherRole,
    };

    explicit CoverageShareModel(QObject *parent = nullptr);

    // limit <= 0 keeps every key. Non-positive counts and empty keys are dropped.
    void setShares(const QList<CountShare> &shares, int limit = 10, bool otherRow = false);
    // Display names for keys (country names for codes); keys without one show as they are.
    void setDisplayNames(const QHash<QString, QString> &names);
    void clear();

    qint64 total() const { return m_total; }
    QString key(int row) const;
    int count(int row) const;
    // Percent of the total, 0..100.
    double share(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString key;
        int count = 0;
        bool other = false;
    };
    QString label(const Row &row) const;

    QList<Row> m_rows;
    QHash<QString, QString> m_names;
    qint64 m_total = 0;
};

} // namespace ww
