#pragma once

#include "models/searchquery.h"
#include "models/sourcetreemodel.h"
#include "store/storetypes.h"

#include <QModelIndex>
#include <QObject>

class ArticleView;
class ArticleTableView;
class DataSource;
class SourceTreeView;
namespace ww {
class ArticleListModel;
} // namespace ww

// Coordinates the reading desk: the selected source and the search line decide the list's query, the
// current row decides the article shown, and the read/star actions go to the data source first, then to
// the models. Owns the two models; the widgets belong to the window.
class ReaderController : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReaderController)
public:
    ReaderController(DataSource &data, SourceTreeView *sources, ArticleTableView *list, ArticleView *view,
                     QObject *parent = nullptr);
    ~ReaderController() override;

    ww::SourceTreeModel *sourceModel() const { return m_sourceModel; }
    ww::ArticleListModel *articleModel() const { return m_articleModel; }

    void refreshSources();
    void selectAllArticles();
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    // Re-runs the current query (new articles arrived).
    void reload();

    void next();
    void previous();
    void nextUnread();
    void previousUnread();
    // Selects the article in the list when it is loaded there, else shows it on its own.
    void openArticle(qint64 id);
    void openCurrent();
    void toggleRead();
    void toggleStar();
    qint64 currentArticleId() const;

signals:
    void statusMessage(const QString &message);
    void searchProblems(const QStringList &problems);
    void articleOpened(qint64 id);
    // The list's filter after every change of source or search: the coverage views follow it.
    void queryChanged(const ww::ArticleQuery &query);

private:
    void sourceChanged(const QModelIndex &current);
    void rowChanged(const QModelIndex &current);
    void applyQuery();
    void updateUnreadCounts();
    QModelIndex findSource(ww::SourceTreeModel::Kind kind, qint64 id, const QString &name) const;
    void showArticle(qint64 id);

    DataSource &m_data;
    SourceTreeView *m_sources;
    ArticleTableView *m_list;
    ArticleView *m_view;
    ww::SourceTreeModel *m_sourceModel;
    ww::ArticleListModel *m_articleModel;
    ww::ArticleQuery m_sourceQuery;
    QString m_searchText;
    QStringList m_highlightTerms;
    QList<ww::Tag> m_tags;
    QList<ww::Source> m_outlets;
    bool m_restoringSource = false; // putting the current row back after the sources pane was rebuilt
    bool m_showingMatches = false;  // the status bar shows the search's match count
};
