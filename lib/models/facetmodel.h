#pragma once

#include "store/storetypes.h"

#include <QAbstractItemModel>
#include <QList>

namespace ww {

// Search facets for the current query: how many matching articles mention each country, come from each
// producing agency and outlet, and are in each language. A two-level tree (facet group, then its values,
// largest first) that the facet pane shows; each value carries the search token that narrows to it
// (`country:KP`, `agency:Reuters`, `outlet:"Global South World"`, `lang:ru`). Holds no SQL.
class FacetModel : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FacetModel)
public:
    enum Facet { Countries, Producers, Outlets, Languages, FacetCount };
    Q_ENUM(Facet)
    enum Column { LabelColumn, CountColumn, ColumnCount };
    enum Role {
        FacetRole = Qt::UserRole + 1, // Facet, on groups and values
        KeyRole,                      // country code, agency, outlet or language code; empty on groups
        CountRole,                    // int
        FilterTokenRole,              // the search token for a value; empty on groups
    };

    explicit FacetModel(QObject *parent = nullptr);

    // Replaces one facet's values (empty keys and non-positive counts are dropped, at most MaxValues kept).
    void setValues(Facet facet, const QList<CountShare> &values);
    void clear();

    int valueCount(Facet facet) const;
    QString key(Facet facet, int row) const;
    int count(Facet facet, int row) const;
    QModelIndex groupIndex(Facet facet) const;

    // The field of the search syntax for a facet and the token for one value.
    static QString field(Facet facet);
    static QString filterToken(Facet facet, const QString &key);
    // Human name for a value: country and language names from the locale data, others as they are.
    static QString label(Facet facet, const QString &key);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static constexpr int MaxValues = 50;

private:
    static constexpr quintptr kGroupId = 0; // internalId of group rows; values carry facet + 1
    QList<CountShare> m_values[FacetCount];
};

} // namespace ww
