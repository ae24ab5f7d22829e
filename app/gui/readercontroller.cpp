#include "readercontroller.h"

#include "articletableview.h"
#include "articleview.h"
#include "datasource.h"
#include "models/articlelistmodel.h"
#include "models/sourcetreemodel.h"
#include "sourcetreeview.h"

#include <QItemSelectionModel>

ReaderController::ReaderController(DataSource &data, SourceTreeView *sources, ArticleTableView *list,
                                   ArticleView *view, QObject *parent)
    : QObject(parent), m_data(data), m_sources(sources), m_list(list), m_view(view),
      m_sourceModel(new ww::SourceTreeModel(this)),
      m_articleModel(
          new ww::ArticleListModel([this](const ww::ArticleQuery &q) { return m_data.articles(q); }, this))
{
    m_sources->setModel(m_sourceModel);
    m_list->setModel(m_articleModel);
    connect(m_sources->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { sourceChanged(current); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { rowChanged(current); });
    connect(m_articleModel, &ww::ArticleListModel::loadFailed, this, [this](const QString &message) {
        emit statusMessage(tr("Could not load articles: %1").arg(message));
    });
    connect(m_articleModel, &QAbstractItemModel::modelReset, m_view, &ArticleView::clear);
}

ReaderController::~ReaderController() = default;

void ReaderController::refreshSources()
{
    const auto feeds = m_data.feeds();
    const auto unread = m_data.unreadCounts();
    const auto tags = m_data.tags();
    const auto outlets = m_data.sources();
    if (!feeds.ok()) {
        emit statusMessage(tr("Could not load the feeds: %1").arg(feeds.error().message));
        return;
    }
    m_tags = tags.ok() ? tags.value() : QList<ww::Tag>();
    m_outlets = outlets.ok() ? outlets.value() : QList<ww::Source>();
    m_sourceModel->setSources(feeds.value(), unread.ok() ? unread.value() : QHash<qint64, int>(), m_tags);
    m_sources->expandAll();
}

void ReaderController::selectAllArticles()
{
    m_sources->setCurrentIndex(m_sourceModel->index(0, 0));
}

void ReaderController::sourceChanged(const QModelIndex &current)
{
    m_sourceQuery = m_sourceModel->queryFor(current);
    applyQuery();
}

void ReaderController::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    applyQuery();
}

void ReaderController::applyQuery()
{
    ww::ArticleQuery query = m_sourceQuery;
    query.sort = m_articleModel->query().sort;
    const ww::SearchQuery search = ww::SearchQuery::parse(m_searchText);
    QStringList problems = search.problems;
    problems += search.applyTo(query, m_tags, m_outlets);
    emit searchProblems(problems);
    m_highlightTerms = search.highlightTerms();
    m_view->setHighlightTerms(m_highlightTerms);
    m_articleModel->setQuery(query);
    emit queryChanged(m_articleModel->query());
    if (!search.isEmpty())
        emit statusMessage(
            m_articleModel->canFetchMore({})
                ? tr("Showing the first %n match(es); scroll for more", nullptr, m_articleModel->rowCount())
                : tr("%n match(es)", nullptr, m_articleModel->rowCount()));
}

void ReaderController::reload()
{
    applyQuery();
}

void ReaderController::rowChanged(const QModelIndex &current)
{
    if (!current.isValid())
        return;
    showArticle(current.data(ww::ArticleListModel::IdRole).toLongLong());
}

void ReaderController::showArticle(qint64 id)
{
    const auto stored = m_data.article(id);
    if (!stored.ok()) {
        m_view->clear();
        emit statusMessage(tr("Could not open the article: %1").arg(stored.error().message));
        return;
    }
    QList<ww::ArticleSummary> cluster;
    if (stored->clusterId > 0) {
        ww::ArticleQuery q;
        q.clusterId = stored->clusterId;
        q.sort = ww::ArticleQuery::Sort::OldestFirst;
        q.limit = 50;
        const auto members = m_data.articles(q);
        if (members.ok())
            cluster = members.value();
    }
    m_view->setArticle(stored.value(), cluster);
    if (!stored->read) {
        if (m_data.setRead(id, true).ok()) {
            m_articleModel->setRead(id, true);
            const auto unread = m_data.unreadCounts();
            if (unread.ok())
                m_sourceModel->setUnreadCounts(unread.value());
        }
    }
    emit articleOpened(id);
}

qint64 ReaderController::currentArticleId() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.data(ww::ArticleListModel::IdRole).toLongLong() : 0;
}

void ReaderController::next()
{
    m_list->step(1);
}

void ReaderController::previous()
{
    m_list->step(-1);
}

void ReaderController::nextUnread()
{
    if (!m_list->stepToUnread(1))
        emit statusMessage(tr("No more unread articles below"));
}

void ReaderController::previousUnread()
{
    if (!m_list->stepToUnread(-1))
        emit statusMessage(tr("No more unread articles above"));
}

void ReaderController::openArticle(qint64 id)
{
    const int row = m_articleModel->rowOfId(id);
    if (row >= 0) {
        const QModelIndex target = m_articleModel->index(row, ww::ArticleListModel::TitleColumn);
        m_list->selectionModel()->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
        m_list->scrollTo(target);
        return;
    }
    m_list->selectionModel()->clearCurrentIndex();
    showArticle(id);
}

void ReaderController::openCurrent()
{
    if (const qint64 id = currentArticleId())
        showArticle(id);
    else
        m_list->step(0);
}

void ReaderController::toggleRead()
{
    const qint64 id = currentArticleId();
    if (!id)
        return;
    const bool read = !m_list->currentIndex().data(ww::ArticleListModel::ReadRole).toBool();
    const auto status = m_data.setRead(id, read);
    if (!status.ok()) {
        emit statusMessage(tr("Could not mark the article: %1").arg(status.error().message));
        return;
    }
    m_articleModel->setRead(id, read);
    const auto unread = m_data.unreadCounts();
    if (unread.ok())
        m_sourceModel->setUnreadCounts(unread.value());
}

void ReaderController::toggleStar()
{
    const qint64 id = currentArticleId();
    if (!id)
        return;
    const bool starred = !m_list->currentIndex().data(ww::ArticleListModel::StarredRole).toBool();
    const auto status = m_data.setStarred(id, starred);
    if (!status.ok()) {
        emit statusMessage(tr("Could not star the article: %1").arg(status.error().message));
        return;
    }
    m_articleModel->setStarred(id, starred);
}
