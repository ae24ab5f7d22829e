#pragma once

#include <QTreeView>

// The sources pane: shows feed health (failing, paused) as an icon next to the name, unread counts
// right-aligned and bold where non-zero.
class SourceTreeView : public QTreeView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceTreeView)
public:
    explicit SourceTreeView(QWidget *parent = nullptr);
    void setModel(QAbstractItemModel *model) override;
};
