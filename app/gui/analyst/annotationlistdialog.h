#pragma once

#include <QDialog>

class AnnotationListModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;

namespace ww {
class Store;
}

// The analyst's notes across every article and story, newest first, with a search over the quoted words
// and the notes. Orphaned highlights (their words left the article) are listed and marked. Opening a row
// (double-click, Enter or the button) asks the desk to show its article; the dialog stays open.
class AnnotationListDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationListDialog)
public:
    explicit AnnotationListDialog(ww::Store &store, QWidget *parent = nullptr);

    QLineEdit *searchEdit() const { return m_search; }
    QTreeView *view() const { return m_view; }
    AnnotationListModel *model() const { return m_model; }
    int visibleCount() const;
    QString lastError() const { return m_lastError; }

public slots:
    void reload();
    void openCurrent();

signals:
    void openArticleRequested(qint64 articleId);

private:
    void updateStatus();

    ww::Store &m_store;
    AnnotationListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QTreeView *m_view;
    QLabel *m_status;
    QPushButton *m_open;
    QString m_lastError;
};
