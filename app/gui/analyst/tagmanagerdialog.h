#pragma once

#include "store/storetypes.h"

#include <QDialog>

class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace ww {
class Store;
}

// Every tag with its colour and article count: rename (inline or with the button), merge one tag into
// another, recolour and delete. Each change is saved through TagStore before the list shows it, and
// announced with tagsEdited() so the desk refreshes the article list, the source tree and the tag bar.
class TagManagerDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagManagerDialog)
public:
    enum Column { NameColumn, CountColumn, ColumnCount };

    explicit TagManagerDialog(ww::Store &store, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QList<ww::Tag> tags() const { return m_tags; }
    qint64 currentTagId() const;
    void selectTag(qint64 tagId);
    QString lastError() const { return m_lastError; }

    // The store-facing steps behind the buttons; false with lastError() when the store refused.
    bool renameTag(qint64 tagId, const QString &name);
    bool mergeTag(qint64 fromId, qint64 intoId);
    bool setTagColor(qint64 tagId, const QColor &color);
    bool deleteTag(qint64 tagId);

public slots:
    void reload();
    void promptRename();
    void promptMerge();
    void promptColor();
    void promptDelete();

signals:
    void tagsEdited();

private:
    void fail(const QString &message);
    void itemEdited(QTreeWidgetItem *item, int column);
    void updateButtons();
    const ww::Tag *tag(qint64 tagId) const;

    ww::Store &m_store;
    QTreeWidget *m_list;
    QPushButton *m_rename;
    QPushButton *m_merge;
    QPushButton *m_color;
    QPushButton *m_delete;
    QList<ww::Tag> m_tags;
    QString m_lastError;
    bool m_filling = false;
};
