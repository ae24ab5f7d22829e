#include "facetview.h"

#include "models/facetmodel.h"

#include <QHeaderView>

FacetView::FacetView(QWidget *parent) : QTreeView(parent)
{
    setAccessibleName(tr("Refine the search"));
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    setAllColumnsShowFocus(true);
    // Single click narrows, like a link; Enter on the keyboard does the same.
    connect(this, &QAbstractItemView::clicked, this, &FacetView::activateValue);
    connect(this, &QAbstractItemView::activated, this, &FacetView::activateValue);
}

void FacetView::setModel(QAbstractItemModel *model)
{
    QTreeView::setModel(model);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(ww::FacetModel::LabelColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(ww::FacetModel::CountColumn, QHeaderView::ResizeToContents);
    expandAll();
    // Groups stay open as their values are replaced for each new query.
    connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent) {
        if (parent.isValid())
            expand(parent);
    });
}

QRect FacetView::valueRect(int facet, int row) const
{
    const QModelIndex group = model()->index(facet, 0);
    return visualRect(model()->index(row, ww::FacetModel::LabelColumn, group));
}

void FacetView::activateValue(const QModelIndex &index)
{
    if (!index.isValid() || !index.parent().isValid())
        return;
    const auto facet = ww::FacetModel::Facet(index.data(ww::FacetModel::FacetRole).toInt());
    emit filterRequested(ww::FacetModel::field(facet), index.data(ww::FacetModel::KeyRole).toString());
}
