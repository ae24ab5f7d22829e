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
};
