#include "articletableview.h"

#include "models/articlelistmodel.h"

#include <QHeaderView>
#include <QStyle>
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
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_fitColumns && this->model()->rowCount() > 0) {
            fitColumns();
            m_fitColumns = false; // once: later pages and searches keep the widths steady
        }
    });
}

void ArticleTableView::setColumnsFitted(bool restored)
{
    m_fitColumns = !restored;
    if (m_fitColumns && model() && model()->rowCount() > 0) {
        fitColumns();
        m_fitColumns = false;
    }
}

void ArticleTableView::fitColumns()
{
    using Model = ww::ArticleListModel;
    if (!model())
        return;
    // Unread rows are bold: measure with the bold font so nothing is cut when a row turns unread.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics fm(bold);
    const int em = fm.horizontalAdvance(QLatin1Char('M'));
    const int padding = 2 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + em;
    const struct
    {
        int column;
        int minEm;
        int maxEm;
    } limits[] = {
        {Model::TimeColumn, 5, 14},      {Model::OutletColumn, 6, 16}, {Model::ProducerColumn, 5, 10},
        {Model::CountriesColumn, 5, 10}, {Model::TagsColumn, 4, 10},
    };
    const int rows = qMin(model()->rowCount(), 200);
    for (const auto &l : limits) {
        int width = fm.horizontalAdvance(model()->headerData(l.column, Qt::Horizontal).toString()) + 2 * em;
        for (int row = 0; row < rows; ++row)
            width = qMax(width, fm.horizontalAdvance(model()->index(row, l.column).data().toString()));
        setColumnWidth(l.column, qBound(l.minEm * em, width + padding, l.maxEm * em));
    }
}

bool ArticleTableView::stepToUnread(int direction)
{
    QAbstractItemModel *m = model();
    if (!m || direction == 0)
        return false;
    const int step = direction > 0 ? 1 : -1;
    int row = currentIndex().isValid() ? currentIndex().row() + step : (step > 0 ? 0 : m->rowCount() - 1);
    int pages = 0;
    while (row >= 0) {
        if (row >= m->rowCount()) {
            if (step < 0 || !m->canFetchMore({}) || pages++ >= MaxUnreadPages)
                return false;
            m->fetchMore({});
            continue;
        }
        const QModelIndex target = m->index(row, ww::ArticleListModel::TitleColumn);
        if (!target.data(ww::ArticleListModel::ReadRole).toBool()) {
            selectionModel()->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
            scrollTo(target);
            return true;
        }
        row += step;
    }
    return false;
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
