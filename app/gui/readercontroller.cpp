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
    if (!feeds.ok()) {
        emit statusMessage(tr("Could not load the feeds: %1").arg(feeds.error().message));
        return;
    }
    const auto unread = m_data.unreadCounts();
    const auto tags = m_data.tags();
    const auto outlets = m_data.sources();
    const auto searches = m_data.savedSearches();
    m_tags = tags.ok() ? tags.value() : QList<ww::Tag>();
    m_outlets = outlets.ok() ? outlets.value() : QList<ww::Source>();

    ww::SourceTreeModel::Contents contents;
    contents.feeds = feeds.value();
    contents.unread = unread.ok() ? unread.value() : QHash<qint64, int>();
    contents.tags = m_tags;
    contents.outlets = m_outlets;
    // "All articles" shows unread and stored articles side by side; the unread part counts what the row's
    // own filter finds, not the sum over the feeds listed.
    ww::ArticleQuery unreadQuery;
    unreadQuery.unreadOnly = true;
    const auto totalUnread = m_data.count(unreadQuery);
    contents.totalUnread = totalUnread.ok() ? totalUnread.value() : -1;
    const auto totalArticles = m_data.count(ww::ArticleQuery());
    contents.totalArticles = totalArticles.ok() ? totalArticles.value() : -1;
    ww::ArticleQuery starredQuery;
    starredQuery.starredOnly = true;
    const auto starred = m_data.count(starredQuery);
    contents.starred = starred.ok() ? starred.value() : 0;
    if (searches.ok()) {
        contents.searches = searches.value();
        for (const ww::SavedSearch &search : std::as_const(contents.searches)) {
            ww::ArticleQuery q;
            ww::SearchQuery::parse(search.query).applyTo(q, m_tags, m_outlets);
            const auto matches = m_data.count(q);
            contents.matches.insert(search.id, matches.ok() ? matches.value() : 0);
        }
    }

    // A new or removed row resets the tree: put the analyst back on the row they were reading from
    // without reloading the list (its filter has not changed).
    const QModelIndex current = m_sources->currentIndex();
    const auto kind = current.data(ww::SourceTreeModel::KindRole);
    const auto id = current.data(ww::SourceTreeModel::IdRole).toLongLong();
    const QString name = current.siblingAtColumn(0).data().toString();
    m_sourceModel->setContents(contents);
    if (current.isValid() && !m_sources->currentIndex().isValid()) {
        const QModelIndex again = findSource(kind.value<ww::SourceTreeModel::Kind>(), id, name);
        if (again.isValid()) {
            m_restoringSource = true;
            m_sources->setCurrentIndex(again);
            m_restoringSource = false;
        }
    }
    m_sources->expandAll();
}

QModelIndex ReaderController::findSource(ww::SourceTreeModel::Kind kind, qint64 id, const QString &name) const
{
    using Kind = ww::SourceTreeModel::Kind;
    switch (kind) {
    case Kind::Feed:
        return m_sourceModel->indexOfFeed(id);
    case Kind::Folder:
        return m_sourceModel->indexOfFolder(name);
    case Kind::Tag:
        return m_sourceModel->indexOfTag(id);
    case Kind::SavedSearch:
        return m_sourceModel->indexOfSavedSearch(id);
    case Kind::AllArticles:
        return m_sourceModel->index(0, 0);
    case Kind::Starred:
        return m_sourceModel->index(1, 0);
    case Kind::TagGroup:
    case Kind::SearchGroup:
        break;
    }
    for (int row = 0; row < m_sourceModel->rowCount(); ++row) {
        const QModelIndex index = m_sourceModel->index(row, 0);
        if (index.data(ww::SourceTreeModel::KindRole).value<Kind>() == kind)
            return index;
    }
    return {};
}

void ReaderController::selectAllArticles()
{
    m_sources->setCurrentIndex(m_sourceModel->index(0, 0));
}

void ReaderController::sourceChanged(const QModelIndex &current)
{
    m_sourceQuery = m_sourceModel->queryFor(current);
    if (!m_restoringSource)
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
    const QString sourceText = query.text; // a saved search's own words
    const ww::SearchQuery search = ww::SearchQuery::parse(m_searchText);
    QStringList problems = search.problems;
    problems += search.applyTo(query, m_tags, m_outlets);
    // Typing in the search line while a saved search is selected searches within its matches.
    if (!sourceText.isEmpty() && !search.text.isEmpty() && sourceText != search.text)
        query.text = QStringLiteral("(%1) (%2)").arg(sourceText, search.text);
    emit searchProblems(problems);
    m_highlightTerms = search.highlightTerms();
    if (!sourceText.isEmpty())
        m_highlightTerms = ww::SearchQuery::parse(sourceText).highlightTerms() + m_highlightTerms;
    m_view->setHighlightTerms(m_highlightTerms);
    m_articleModel->setQuery(query);
    emit queryChanged(m_articleModel->query());
    if (!search.isEmpty()) {
        const auto total = m_data.count(query);
        emit statusMessage(
            total.ok() ? tr("%n match(es)", nullptr, total.value())
            : m_articleModel->canFetchMore({})
                ? tr("Showing the first %n match(es); scroll for more", nullptr, m_articleModel->rowCount())
                : tr("%n match(es)", nullptr, m_articleModel->rowCount()));
        m_showingMatches = true;
    } else if (m_showingMatches) {
        // The count belonged to the search that was just cleared.
        emit statusMessage(QString());
        m_showingMatches = false;
    }
}

void ReaderController::updateUnreadCounts()
{
    const auto unread = m_data.unreadCounts();
    if (!unread.ok())
        return;
    ww::ArticleQuery unreadQuery;
    unreadQuery.unreadOnly = true;
    const auto total = m_data.count(unreadQuery);
    m_sourceModel->setUnreadCounts(unread.value(), total.ok() ? total.value() : -1);
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
            updateUnreadCounts();
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
    updateUnreadCounts();
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
