#pragma once

#include <QDialog>

class QPushButton;
class QTreeWidget;

namespace ww {
class Store;
}

// The alerts each saved search has fired, newest first under its search: when, how many new matches,
// and the newest matching article, which opens in the desk (double-click, Enter or the button).
class AlertHistoryDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertHistoryDialog)
public:
    enum Column { WhenColumn, MatchesColumn, ArticleColumn, ColumnCount };
    enum Role { ArticleIdRole = Qt::UserRole + 1, AlertIdRole, SearchIdRole };
    static constexpr int kAlertsPerSearch = 100;

    explicit AlertHistoryDialog(ww::Store &store, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    QString lastError() const { return m_lastError; }

public slots:
    void reload();
    void openCurrent();

signals:
    void openArticleRequested(qint64 articleId);

private:
    ww::Store &m_store;
    QTreeWidget *m_tree;
    QPushButton *m_open;
    QString m_lastError;
};
