#pragma once

#include "store/storetypes.h"

#include <QAbstractItemModel>
#include <QHash>

namespace ww {

// The sources pane: "All articles", "Starred", folders with their feeds, then saved searches and tags as
// smart folders. Unread counts per feed row; feeds that fail or are paused carry their state, reason and
// next retry, so the view can show them at a glance. Saved searches carry their match count (alerting ones
// are marked), tags their colour and article count. Two levels deep at most.
class SourceTreeModel : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceTreeModel)
public:
    enum Column { NameColumn, UnreadColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, // Kind
        IdRole,                      // feed, tag or saved search id
        HealthRole,                  // Health, for feeds
        ErrorRole,                   // last error text
        NextRetryRole,               // QDateTime
        UnreadRole,     // int, in every column: unread (feeds), articles (tags), matches (searches)
        ColorRole,      // QColor of a tag (invalid when it has none)
        AlertRole,      // bool: the saved search alerts on new matches
        SearchTextRole, // the saved search's query, in the search line's syntax
        TotalRole,      // int: articles, read or not ("All articles"; -1 when unknown)
    };
    enum class Kind { AllArticles, Starred, Folder, Feed, TagGroup, Tag, SearchGroup, SavedSearch };
    enum class Health { Ok, Failing, Paused };
    Q_ENUM(Column)

    // Everything the pane shows, read by the owner in one go.
    struct Contents
    {
        QList<Feed> feeds;
        QHash<qint64, int> unread; // unread articles per feed id
        int totalUnread = -1;      // unread articles in the whole archive; < 0: the sum over the feeds
        int totalArticles = -1;    // articles in the archive, read or not; < 0: unknown
        QList<Tag> tags;           // with their article counts
        int starred = 0;
        QList<SavedSearch> searches;
        QHash<qint64, int> matches; // articles per saved search id
        QList<Source> outlets;      // resolve outlet: filters of saved searches, as the search line does
    };

    explicit SourceTreeModel(QObject *parent = nullptr);
    ~SourceTreeModel() override;

    // Rebuilds the tree. When only counts, names' details or feed states changed the rows are updated in
    // place (selection and expansion survive); a new or removed row resets the model.
    void setContents(const Contents &contents);
    const Contents &contents() const { return m_contents; }
    // Shorthand for setContents with feeds, unread counts, tags and the starred count only.
    void setSources(const QList<Feed> &feeds, const QHash<qint64, int> &unread, const QList<Tag> &tags = {},
                    int starred = 0);
    // Updates the counts in place (selection and expansion survive).
    void setUnreadCounts(const QHash<qint64, int> &unread, int totalUnread = -1);

    // The article filter a row stands for. A saved search selects what its query selects in the search line.
    ArticleQuery queryFor(const QModelIndex &index) const;
    QModelIndex indexOfFeed(qint64 feedId) const;
    QModelIndex indexOfFolder(const QString &folder) const;
    QModelIndex indexOfTag(qint64 tagId) const;
    QModelIndex indexOfSavedSearch(qint64 searchId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static Health healthOf(const FeedState &state);

private:
    struct Node
    {
        Kind kind = Kind::Feed;
        qint64 id = 0;
        QString name;
        int unread = 0;
        Feed feed;          // for Kind::Feed
        QString color;      // for Kind::Tag
        SavedSearch search; // for Kind::SavedSearch
        QList<Node> children;
    };
    const Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexOfChild(Kind groupKind, qint64 id) const;
    QString toolTip(const Node &node) const;
    QList<Node> build() const;
    static bool sameShape(const QList<Node> &a, const QList<Node> &b);
    void recount();
    void emitAllChanged(const QList<int> &roles);

    QList<Node> m_roots;
    Contents m_contents;
};

} // namespace ww
