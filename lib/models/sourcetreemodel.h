#pragma once

#include "store/storetypes.h"

#include <QAbstractItemModel>
#include <QHash>

namespace ww {

// The sources pane: "All articles", "Starred", folders with their feeds, then tags as smart folders.
// Unread counts per row; feeds that fail or are paused carry their state, reason and next retry, so the
// view can show them at a glance. Two levels deep at most.
class SourceTreeModel : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceTreeModel)
public:
    enum Column { NameColumn, UnreadColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, // Kind
        IdRole,                      // feed or tag id
        HealthRole,                  // Health, for feeds
        ErrorRole,                   // last error text
        NextRetryRole,               // QDateTime
        UnreadRole,                  // int, in every column
    };
    enum class Kind { AllArticles, Starred, Folder, Feed, TagGroup, Tag };
    enum class Health { Ok, Failing, Paused };
    Q_ENUM(Column)

    explicit SourceTreeModel(QObject *parent = nullptr);
    ~SourceTreeModel() override;

    // Rebuilds the tree. unread: unread articles per feed id.
    void setSources(const QList<Feed> &feeds, const QHash<qint64, int> &unread, const QList<Tag> &tags = {},
                    int starred = 0);
    // Updates the counts in place (selection and expansion survive).
    void setUnreadCounts(const QHash<qint64, int> &unread);

    // The article filter a row stands for.
    ArticleQuery queryFor(const QModelIndex &index) const;
    QModelIndex indexOfFeed(qint64 feedId) const;
    QModelIndex indexOfFolder(const QString &folder) const;

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
        Feed feed; // for Kind::Feed
        QList<Node> children;
    };
    const Node *nodeFor(const QModelIndex &index) const;
    QString toolTip(const Node &node) const;
    void recount();

    QList<Node> m_roots;
    QHash<qint64, int> m_unread;
};

} // namespace ww
