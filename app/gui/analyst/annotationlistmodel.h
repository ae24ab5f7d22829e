#pragma once

#include "store/storetypes.h"

#include <QAbstractTableModel>

// One row of the list of all notes: the annotation and what it is on.
struct AnnotationRow
{
    ww::Annotation annotation;
    QString title;          // the article's title, or the story's label for a note on a story cluster
    qint64 openArticle = 0; // the article that shows it (a story's first copy)
};

// Every annotation across articles and story clusters, one row each. Filled with value rows by its
// owner (no store inside), so it can be sorted and filtered by a proxy: SearchRole is the quote and note.
class AnnotationListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationListModel)
public:
    enum Column { TitleColumn, QuoteColumn, NoteColumn, CreatedColumn, UpdatedColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        ArticleIdRole, // the article to open
        OrphanedRole,
        SearchRole, // quote and note, for filtering
        SortRole,   // dates as QDateTime, text folded for sorting
    };

    explicit AnnotationListModel(QObject *parent = nullptr);

    void setRows(QList<AnnotationRow> rows);
    const QList<AnnotationRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AnnotationRow> m_rows;
};
