#pragma once

#include <QTableView>

// The article list: unread rows bold, starred rows marked, one row per article, paged by the model.
class ArticleTableView : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleTableView)
public:
    explicit ArticleTableView(QWidget *parent = nullptr);
    void setModel(QAbstractItemModel *model) override;

    // Moves the current row by delta (j/k), fetching the next page when the end is reached.
    void step(int delta);
    // Moves to the next (direction > 0) or previous unread row, fetching pages while looking down;
    // false when there is none.
    bool stepToUnread(int direction);

    // true: the analyst's own column widths were restored, leave them. false: fit the columns to the first
    // page of rows (time, outlet, producer, countries and tags sized to their content, the title takes the
    // rest).
    void setColumnsFitted(bool restored);
    void fitColumns();

    // How many pages stepToUnread may fetch while looking for an unread row.
    static constexpr int MaxUnreadPages = 20;

private:
    bool m_fitColumns = true;
};
