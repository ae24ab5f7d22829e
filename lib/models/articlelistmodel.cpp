#include "models/articlelistmodel.h"
#include "core/displaytime.h"

#include <QLocale>
#include <QScopedValueRollback>

namespace ww {

namespace {

QString displayTitle(const QString &title)
{
    QString t = title.left(ArticleListModel::kMaxTitleChars);
    // Line breaks and bidi overrides in a hostile title must not reorder or split the row.
    for (QChar &c : t) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))
            c = QLatin1Char(' ');
        else if (c.unicode() == 0x202E || c.unicode() == 0x202D || c.unicode() == 0x2066 ||
                 c.unicode() == 0x2067 || c.unicode() == 0x2068)
            c = QChar(0xFFFD);
    }
    if (title.size() > ArticleListModel::kMaxTitleChars)
        t.append(QChar(0x2026));
    return t;
}

} // namespace

ArticleListModel::ArticleListModel(Loader loader, QObject *parent)
    : QAbstractTableModel(parent), m_loader(std::move(loader))
{}

ArticleListModel::~ArticleListModel() = default;

void ArticleListModel::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
}

Result<QList<ArticleSummary>> ArticleListModel::loadPage(int offset) const
{
    if (!m_loader)
        return QList<ArticleSummary>();
    ArticleQuery page = m_query;
    page.limit = m_pageSize;
    page.offset = offset;
    // The next page starts after the last row shown (keyset): OFFSET would make the store walk every
    // earlier row again, and rows added or deleted above would shift it. The offset stays for loaders
    // that page by it.
    if (offset > 0 && !m_rows.isEmpty()) {
        const ArticleSummary &last = m_rows.constLast();
        page.afterId = last.id;
        page.afterSortTime = last.sortTime;
        page.afterTitle = last.title;
    }
    return m_loader(page);
}

void ArticleListModel::setQuery(const ArticleQuery &query)
{
    m_query = query;
    reload();
}

void ArticleListModel::reload()
{
    m_resetting = true;
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    m_atEnd = false;
    m_lastError.clear();
    auto first = loadPage(0);
    if (first.ok()) {
        m_rows = std::move(first.value());
        m_atEnd = m_rows.size() < m_pageSize;
        for (int i = 0; i < m_rows.size(); ++i)
            m_rowById.insert(m_rows.at(i).id, i);
    } else {
        m_atEnd = true;
        m_lastError = first.error().message;
    }
    endResetModel();
    m_resetting = false;
    if (!m_lastError.isEmpty())
        emit loadFailed(m_lastError);
    else
        emit pageLoaded(int(m_rows.size()));
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ArticleListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_resetting;
}

void ArticleListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_resetting || m_fetching)
        return;
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    auto page = loadPage(int(m_rows.size()));
    if (!page.ok()) {
        m_atEnd = true;
        m_lastError = page.error().message;
        emit loadFailed(m_lastError);
        return;
    }
    // Rows already shown are skipped (a loader paging by offset sees them again when rows were added above).
    QList<ArticleSummary> fresh;
    for (ArticleSummary &s : page.value()) {
        if (!m_rowById.contains(s.id))
            fresh.append(std::move(s));
    }
    m_atEnd = page.value().size() < m_pageSize;
    if (fresh.isEmpty()) {
        if (!page.value().isEmpty() && !m_atEnd)
            m_atEnd = true; // a full page of duplicates would loop forever
        return;
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (ArticleSummary &s : fresh) {
        m_rowById.insert(s.id, int(m_rows.size()));
        m_rows.append(std::move(s));
    }
    endInsertRows();
    emit pageLoaded(int(fresh.size()));
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ArticleSummary &s = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case TimeColumn:
            return DisplayTime::shortText(s.sortTime);
        case OutletColumn:
            return s.sourceName.isEmpty() ? s.feedTitle : s.sourceName;
        case ProducerColumn:
            return s.producer;
        case TitleColumn:
            return displayTitle(s.title);
        case CountriesColumn:
            return QString(s.countries).replace(QLatin1Char(','), QStringLiteral(", "));
        case TagsColumn:
            return s.tags.join(QStringLiteral(", "));
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn) {
            const QString full = DisplayTime::longText(s.sortTime);
            if (s.published.isValid())
                return full;
            return tr("%1\nThe feed gave no usable date; sorted by the time it was fetched.")
                .arg(full)
                .trimmed();
        }
        if (index.column() == TitleColumn)
            return displayTitle(s.title);
        return {};
    case IdRole:
        return s.id;
    case ReadRole:
        return s.read;
    case StarredRole:
        return s.starred;
    case UrlRole:
        return s.url;
    case ClusterRole:
        return s.clusterId;
    case FeedIdRole:
        return s.feedId;
    case SortTimeRole:
        return s.sortTime;
    default:
        return {};
    }
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case OutletColumn:
        return tr("Outlet");
    case ProducerColumn:
        return tr("Producer");
    case TitleColumn:
        return tr("Title");
    case CountriesColumn:
        return tr("Countries");
    case TagsColumn:
        return tr("Tags");
    case ColumnCount:
        break;
    }
    return {};
}

void ArticleListModel::sort(int column, Qt::SortOrder order)
{
    ArticleQuery::Sort sort = m_query.sort;
    if (column == TimeColumn)
        sort =
            order == Qt::AscendingOrder ? ArticleQuery::Sort::OldestFirst : ArticleQuery::Sort::NewestFirst;
    else if (column == TitleColumn)
        sort = ArticleQuery::Sort::TitleAscending;
    else
        return;
    if (sort == m_query.sort)
        return;
    m_query.sort = sort;
    reload();
}

QHash<int, QByteArray> ArticleListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "articleId");
    names.insert(ReadRole, "read");
    names.insert(StarredRole, "starred");
    names.insert(UrlRole, "url");
    names.insert(ClusterRole, "cluster");
    names.insert(FeedIdRole, "feedId");
    names.insert(SortTimeRole, "sortTime");
    return names;
}

int ArticleListModel::rowOfId(qint64 id) const
{
    return m_rowById.value(id, -1);
}

void ArticleListModel::updateRow(qint64 id, const std::function<void(ArticleSummary &)> &change, int role)
{
    const int row = rowOfId(id);
    if (row < 0)
        return;
    change(m_rows[row]);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1), {role});
}

void ArticleListModel::setRead(qint64 id, bool read)
{
    updateRow(
        id, [read](ArticleSummary &s) { s.read = read; }, ReadRole);
}

void ArticleListModel::setStarred(qint64 id, bool starred)
{
    updateRow(
        id, [starred](ArticleSummary &s) { s.starred = starred; }, StarredRole);
}

} // namespace ww
