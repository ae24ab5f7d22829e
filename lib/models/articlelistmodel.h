#pragma once

#include "core/result.h"
#include "store/storetypes.h"

#include <QAbstractTableModel>
#include <QHash>

#include <functional>

namespace ww {

// The article list: pages of ArticleSummary rows fetched on demand (canFetchMore/fetchMore), so a
// million-row archive costs one page at start. Holds no SQL: a loader (normally the store's articles())
// answers each page's query with limit/offset filled in, and for every page after the first the last row
// shown as the keyset cursor (afterId and its sort key), so each fetchMore costs one page at any depth.
class ArticleListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleListModel)
public:
    enum Column {
        TimeColumn,
        OutletColumn,
        ProducerColumn,
        TitleColumn,
        CountriesColumn,
        TagsColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        ReadRole,
        StarredRole,
        UrlRole,
        ClusterRole,
        FeedIdRole,
        SortTimeRole, // QDateTime, for delegates and tests
    };
    Q_ENUM(Column)

    using Loader = std::function<Result<QList<ArticleSummary>>(const ArticleQuery &query)>;

    explicit ArticleListModel(Loader loader, QObject *parent = nullptr);
    ~ArticleListModel() override;

    // Replaces the filter and loads the first page. The query's limit/offset are the model's business.
    void setQuery(const ArticleQuery &query);
    const ArticleQuery &query() const { return m_query; }
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Only what the store can order by: time (both ways) and title.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QHash<int, QByteArray> roleNames() const override;

    const ArticleSummary &summary(int row) const { return m_rows.at(row); }
    int rowOfId(qint64 id) const; // -1 when not loaded
    // Local state changes after the store accepted them.
    void setRead(qint64 id, bool read);
    void setStarred(qint64 id, bool starred);

    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows);
    QString lastError() const { return m_lastError; }

    static constexpr int kDefaultPageSize = 200;
    static constexpr int kMaxTitleChars = 300; // list cells show at most this much of a hostile title

signals:
    void loadFailed(const QString &message);
    void pageLoaded(int rows);

private:
    Result<QList<ArticleSummary>> loadPage(int offset) const;
    void updateRow(qint64 id, const std::function<void(ArticleSummary &)> &change, int role);

    Loader m_loader;
    ArticleQuery m_query;
    QList<ArticleSummary> m_rows;
    QHash<qint64, int> m_rowById;
    int m_pageSize = kDefaultPageSize;
    bool m_atEnd = true;
    bool m_fetching = false;  // fetchMore is re-entered by views and testers during beginInsertRows
    bool m_resetting = false; // views (and the model tester) may ask for more rows inside modelReset
    QString m_lastError;
};

} // namespace ww
