#include "articletableview.h"

#include "models/articlelistmodel.h"

#include <QHeaderView>
#include <QStyledItemDelegate>

namespace {

class ArticleDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        using Model = ww::ArticleListModel;
        if (!index.data(Model::ReadRole).toBool())
            option->font.setBold(true);
        if (index.column() == Model::TitleColumn && index.data(Model::StarredRole).toBool())
            option->text = QStringLiteral("\u2605 ") + option->text;
    }
};

} // namespace

ArticleTableView::ArticleTableView(QWidget *parent) : QTableView(parent)
{
    setItemDelegate(new ArticleDelegate(this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setShowGrid(false);
    setWordWrap(false);
    setAlternatingRowColors(true);
    setSortingEnabled(true);
    setTabKeyNavigation(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    setAccessibleName(tr("Articles"));
}

void ArticleTableView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    using Model = ww::ArticleListModel;
    QHeaderView *h = horizontalHeader();
    h->setSectionsMovable(true);
    h->setStretchLastSection(false);
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->setSectionResizeMode(Model::TitleColumn, QHeaderView::Stretch);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    setColumnWidth(Model::TimeColumn, em * 9);
    setColumnWidth(Model::OutletColumn, em * 9);
    setColumnWidth(Model::ProducerColumn, em * 6);
    setColumnWidth(Model::CountriesColumn, em * 5);
    setColumnWidth(Model::TagsColumn, em * 5);
    h->setSortIndicator(Model::TimeColumn, Qt::DescendingOrder);
}

void ArticleTableView::step(int delta)
{
    QAbstractItemModel *m = model();
    if (!m || m->rowCount() == 0)
        return;
    int row = currentIndex().isValid() ? currentIndex().row() + delta : 0;
    if (row >= m->rowCount() && m->canFetchMore({}))
        m->fetchMore({});
    row = qBound(0, row, m->rowCount() - 1);
    const QModelIndex target = m->index(row, ww::ArticleListModel::TitleColumn);
    selectionModel()->setCurrentIndex(target,
                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(target);
}
