#include "sourcetreeview.h"

#include "models/sourcetreemodel.h"

#include <QApplication>
#include <QHeaderView>
#include <QStyle>
#include <QStyledItemDelegate>

namespace {

class SourceDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        using Model = ww::SourceTreeModel;
        const int unread = index.data(Model::UnreadRole).toInt();
        const auto kind = index.data(Model::KindRole).value<Model::Kind>();
        // Bold means unread; tags and saved searches count articles and matches, read or not.
        if (unread > 0 && kind != Model::Kind::Tag && kind != Model::Kind::Starred &&
            kind != Model::Kind::SavedSearch)
            option->font.setBold(true);
        if (index.column() != Model::NameColumn)
            return;
        const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
        switch (index.data(Model::HealthRole).value<Model::Health>()) {
        case Model::Health::Failing:
            option->icon = style->standardIcon(QStyle::SP_MessageBoxWarning);
            option->features |= QStyleOptionViewItem::HasDecoration;
            break;
        case Model::Health::Paused:
            option->icon = style->standardIcon(QStyle::SP_MediaPause);
            option->features |= QStyleOptionViewItem::HasDecoration;
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
            break;
        case Model::Health::Ok:
            if (kind == Model::Kind::Folder || kind == Model::Kind::TagGroup ||
                kind == Model::Kind::SearchGroup) {
                option->icon = style->standardIcon(QStyle::SP_DirIcon);
                option->features |= QStyleOptionViewItem::HasDecoration;
            } else if (kind == Model::Kind::SavedSearch) {
                // Alerting searches are marked; the others get a plain search glyph.
                option->icon = style->standardIcon(index.data(Model::AlertRole).toBool()
                                                       ? QStyle::SP_MessageBoxInformation
                                                       : QStyle::SP_FileDialogContentsView);
                option->features |= QStyleOptionViewItem::HasDecoration;
            }
            break;
        }
    }
};

} // namespace

SourceTreeView::SourceTreeView(QWidget *parent) : QTreeView(parent)
{
    setItemDelegate(new SourceDelegate(this));
    setUniformRowHeights(true);
    setAllColumnsShowFocus(true);
    setAccessibleName(tr("Sources"));
    setHeaderHidden(true);
}

void SourceTreeView::setModel(QAbstractItemModel *model)
{
    QTreeView::setModel(model);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(ww::SourceTreeModel::NameColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(ww::SourceTreeModel::UnreadColumn, QHeaderView::ResizeToContents);
}
