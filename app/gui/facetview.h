#pragma once

#include <QTreeView>

namespace ww {
class FacetModel;
}

// The "Refine" pane: facet counts for the current query (countries, agencies, outlets, languages). A click
// on a value asks for that field filter; the controller rewrites the search line.
class FacetView : public QTreeView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FacetView)
public:
    explicit FacetView(QWidget *parent = nullptr);
    void setModel(QAbstractItemModel *model) override;

    // The rectangle of one facet value (tests click it like the analyst would).
    QRect valueRect(int facet, int row) const;

signals:
    void filterRequested(const QString &field, const QString &value);

private:
    void activateValue(const QModelIndex &index);
};
