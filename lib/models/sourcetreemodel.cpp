#include "models/sourcetreemodel.h"
#include "core/displaytime.h"

#include "models/searchquery.h"

#include <QColor>
#include <QLocale>

#include <algorithm>
#include <map>

namespace ww {

namespace {

// Child indexes carry their parent's row + 1 as internal id; top-level rows carry 0.
constexpr quintptr kTopLevel = 0;

// The tag bar's chip colour for tags the analyst never coloured, so a tag looks the same in both places.
constexpr QLatin1String kDefaultTagColor("#dde3ea");

QString feedName(const Feed &feed)
{
    return feed.title.isEmpty() ? feed.url.toDisplayString() : feed.title;
}

} // namespace

SourceTreeModel::SourceTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

SourceTreeModel::~SourceTreeModel() = default;

SourceTreeModel::Health SourceTreeModel::healthOf(const FeedState &state)
{
    if (state.paused)
        return Health::Paused;
    if (state.consecutiveFailures > 0)
        return Health::Failing;
    return Health::Ok;
}

void SourceTreeModel::setSources(const QList<Feed> &feeds, const QHash<qint64, int> &unread,
                                 const QList<Tag> &tags, int starred)
{
    Contents c;
    c.feeds = feeds;
    c.unread = unread;
    c.tags = tags;
    c.starred = starred;
    setContents(c);
}

void SourceTreeModel::setContents(const Contents &contents)
{
    m_contents = contents;
    QList<Node> roots = build();
    if (sameShape(roots, m_roots)) {
        // Counts, colours, feed states or a search's query changed: no reset, so the view keeps the
        // analyst's current row and expanded folders while articles arrive.
        m_roots = std::move(roots);
        recount();
        emitAllChanged({});
        return;
    }
    beginResetModel();
    m_roots = std::move(roots);
    recount();
    endResetModel();
}

QList<SourceTreeModel::Node> SourceTreeModel::build() const
{
    QList<Node> roots;
    Node all;
    all.kind = Kind::AllArticles;
    all.name = tr("All articles");
    roots.append(all);
    Node star;
    star.kind = Kind::Starred;
    star.name = tr("Starred");
    star.unread = m_contents.starred;
    roots.append(star);

    // Folders in name order, their feeds by name; feeds without a folder follow at the top level.
    std::map<QString, QList<Feed>> byFolder;
    QList<Feed> loose;
    for (const Feed &f : m_contents.feeds) {
        if (f.folder.isEmpty())
            loose.append(f);
        else
            byFolder[f.folder].append(f);
    }
    const auto byName = [](const Feed &a, const Feed &b) {
        return QString::localeAwareCompare(feedName(a), feedName(b)) < 0;
    };
    const auto feedNode = [](const Feed &f) {
        Node n;
        n.kind = Kind::Feed;
        n.id = f.id;
        n.name = feedName(f);
        n.feed = f;
        return n;
    };
    for (auto &[folder, list] : byFolder) {
        std::sort(list.begin(), list.end(), byName);
        Node folderNode;
        folderNode.kind = Kind::Folder;
        folderNode.name = folder;
        for (const Feed &f : list)
            folderNode.children.append(feedNode(f));
        roots.append(folderNode);
    }
    std::sort(loose.begin(), loose.end(), byName);
    for (const Feed &f : loose)
        roots.append(feedNode(f));

    if (!m_contents.searches.isEmpty()) {
        Node group;
        group.kind = Kind::SearchGroup;
        group.name = tr("Saved searches");
        for (const SavedSearch &s : m_contents.searches) {
            Node n;
            n.kind = Kind::SavedSearch;
            n.id = s.id;
            n.name = s.name;
            n.unread = m_contents.matches.value(s.id); // how many articles it matches, not unread
            n.search = s;
            group.children.append(n);
        }
        roots.append(group);
    }
    if (!m_contents.tags.isEmpty()) {
        Node group;
        group.kind = Kind::TagGroup;
        group.name = tr("Tags");
        for (const Tag &t : m_contents.tags) {
            Node n;
            n.kind = Kind::Tag;
            n.id = t.id;
            n.name = t.name;
            n.color = t.color;
            n.unread = t.articleCount; // tags show how many articles they hold, not unread
            group.children.append(n);
        }
        roots.append(group);
    }
    return roots;
}

bool SourceTreeModel::sameShape(const QList<Node> &a, const QList<Node> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const Node &x = a.at(i);
        const Node &y = b.at(i);
        // Names decide the order of rows, so a renamed row is a new shape.
        if (x.kind != y.kind || x.id != y.id || x.name != y.name || !sameShape(x.children, y.children))
            return false;
    }
    return true;
}

void SourceTreeModel::recount()
{
    int total = 0;
    for (Node &root : m_roots) {
        if (root.kind == Kind::Feed) {
            root.unread = m_contents.unread.value(root.id);
            total += root.unread;
        } else if (root.kind == Kind::Folder) {
            int sum = 0;
            for (Node &child : root.children) {
                child.unread = m_contents.unread.value(child.id);
                sum += child.unread;
            }
            root.unread = sum;
            total += sum;
        }
    }
    m_roots[0].unread = m_contents.totalUnread >= 0 ? m_contents.totalUnread : total;
}

void SourceTreeModel::setUnreadCounts(const QHash<qint64, int> &unread, int totalUnread)
{
    m_contents.unread = unread;
    m_contents.totalUnread = totalUnread;
    recount();
    emitAllChanged({Qt::DisplayRole, UnreadRole});
}

void SourceTreeModel::emitAllChanged(const QList<int> &roles)
{
    for (int row = 0; row < m_roots.size(); ++row) {
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1), roles);
        const int children = int(m_roots.at(row).children.size());
        if (children > 0) {
            const QModelIndex parent = index(row, 0);
            emit dataChanged(index(0, 0, parent), index(children - 1, ColumnCount - 1, parent), roles);
        }
    }
}

const SourceTreeModel::Node *SourceTreeModel::nodeFor(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    if (index.internalId() == kTopLevel)
        return index.row() < m_roots.size() ? &m_roots.at(index.row()) : nullptr;
    const qsizetype parentRow = qsizetype(index.internalId() - 1);
    if (parentRow >= m_roots.size() || index.row() >= m_roots.at(parentRow).children.size())
        return nullptr;
    return &m_roots.at(parentRow).children.at(index.row());
}

QModelIndex SourceTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kTopLevel);
    if (parent.internalId() != kTopLevel)
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex SourceTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kTopLevel);
}

int SourceTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != 0 || parent.internalId() != kTopLevel)
        return 0;
    const Node *node = nodeFor(parent);
    return node ? int(node->children.size()) : 0;
}

int SourceTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString SourceTreeModel::toolTip(const Node &node) const
{
    if (node.kind == Kind::SavedSearch) {
        QStringList lines{node.name, node.search.query, tr("%n matching article(s)", nullptr, node.unread)};
        if (node.search.alert)
            lines.append(tr("Alerts on new matches"));
        return lines.join(QLatin1Char('\n'));
    }
    if (node.kind == Kind::Tag)
        return tr("%1: %n article(s)", nullptr, node.unread).arg(node.name);
    if (node.kind == Kind::AllArticles && m_contents.totalArticles >= 0)
        return tr("%n article(s)", nullptr, m_contents.totalArticles) + QLatin1Char('\n') +
               tr("%n unread", nullptr, node.unread);
    if (node.kind != Kind::Feed)
        return node.name;
    const FeedState &s = node.feed.state;
    QStringList lines{node.name, node.feed.url.toDisplayString()};
    const QString next = s.nextPollAt.isValid() ? DisplayTime::shortText(s.nextPollAt) : tr("not scheduled");
    switch (healthOf(s)) {
    case Health::Paused:
        lines.append(tr("Paused: %1").arg(s.lastError.isEmpty() ? tr("by the analyst") : s.lastError));
        break;
    case Health::Failing:
        lines.append(tr("Failing (%n attempt(s)): %1", nullptr, s.consecutiveFailures).arg(s.lastError));
        lines.append(tr("Next retry: %1").arg(next));
        break;
    case Health::Ok:
        if (s.lastSuccessAt.isValid())
            lines.append(tr("Last updated: %1").arg(DisplayTime::shortText(s.lastSuccessAt)));
        lines.append(tr("Next update: %1").arg(next));
        break;
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant SourceTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeFor(index);
    if (!node)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return node->name;
        if (node->kind == Kind::AllArticles && m_contents.totalArticles >= 0) {
            // Unread and stored side by side: a lone unread count next to "All articles" read as the size
            // of the archive (279 shown, 281 stored, after two articles were opened).
            const QLocale locale;
            return node->unread > 0 ? tr("%1 / %2").arg(locale.toString(node->unread),
                                                        locale.toString(m_contents.totalArticles))
                                    : locale.toString(m_contents.totalArticles);
        }
        return node->unread > 0 ? QVariant(node->unread) : QVariant();
    case Qt::ToolTipRole:
        return toolTip(*node);
    case Qt::DecorationRole:
        // A swatch of the tag's colour; the view draws a QColor decoration as a filled square.
        if (node->kind == Kind::Tag && index.column() == NameColumn)
            return QColor(node->color.isEmpty() ? QString(kDefaultTagColor) : node->color);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == UnreadColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case KindRole:
        return QVariant::fromValue(node->kind);
    case IdRole:
        return node->id;
    case HealthRole:
        return QVariant::fromValue(node->kind == Kind::Feed ? healthOf(node->feed.state) : Health::Ok);
    case ErrorRole:
        return node->kind == Kind::Feed ? node->feed.state.lastError : QString();
    case NextRetryRole:
        return node->kind == Kind::Feed ? node->feed.state.nextPollAt : QDateTime();
    case UnreadRole:
        return node->unread;
    case ColorRole:
        return node->kind == Kind::Tag && !node->color.isEmpty() ? QColor(node->color) : QColor();
    case AlertRole:
        return node->kind == Kind::SavedSearch && node->search.alert;
    case SearchTextRole:
        return node->kind == Kind::SavedSearch ? node->search.query : QString();
    case TotalRole:
        return node->kind == Kind::AllArticles ? m_contents.totalArticles : -1;
    default:
        return {};
    }
}

QVariant SourceTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Source") : tr("Unread");
}

ArticleQuery SourceTreeModel::queryFor(const QModelIndex &index) const
{
    ArticleQuery q;
    const Node *node = nodeFor(index);
    if (!node)
        return q;
    switch (node->kind) {
    case Kind::AllArticles:
    case Kind::TagGroup:
    case Kind::SearchGroup:
        break;
    case Kind::Starred:
        q.starredOnly = true;
        break;
    case Kind::Folder:
        q.folder = node->name;
        break;
    case Kind::Feed:
        q.feedIds = {node->id};
        break;
    case Kind::Tag:
        q.tagId = node->id; // what tag:NAME in the search line selects
        break;
    case Kind::SavedSearch:
        // The same translation the search line, the alert runner and reports use.
        SearchQuery::parse(node->search.query).applyTo(q, m_contents.tags, m_contents.outlets);
        break;
    }
    return q;
}

QModelIndex SourceTreeModel::indexOfFeed(qint64 feedId) const
{
    for (int row = 0; row < m_roots.size(); ++row) {
        const Node &root = m_roots.at(row);
        if (root.kind == Kind::Feed && root.id == feedId)
            return index(row, 0);
        if (root.kind != Kind::Folder)
            continue;
        for (int c = 0; c < root.children.size(); ++c) {
            if (root.children.at(c).id == feedId)
                return index(c, 0, index(row, 0));
        }
    }
    return {};
}

QModelIndex SourceTreeModel::indexOfChild(Kind groupKind, qint64 id) const
{
    for (int row = 0; row < m_roots.size(); ++row) {
        const Node &root = m_roots.at(row);
        if (root.kind != groupKind)
            continue;
        for (int c = 0; c < root.children.size(); ++c) {
            if (root.children.at(c).id == id)
                return index(c, 0, index(row, 0));
        }
    }
    return {};
}

QModelIndex SourceTreeModel::indexOfTag(qint64 tagId) const
{
    return indexOfChild(Kind::TagGroup, tagId);
}

QModelIndex SourceTreeModel::indexOfSavedSearch(qint64 searchId) const
{
    return indexOfChild(Kind::SearchGroup, searchId);
}

QModelIndex SourceTreeModel::indexOfFolder(const QString &folder) const
{
    for (int row = 0; row < m_roots.size(); ++row) {
        if (m_roots.at(row).kind == Kind::Folder && m_roots.at(row).name == folder)
            return index(row, 0);
    }
    return {};
}

} // namespace ww
