#include "annotationlistmodel.h"
#include "core/displaytime.h"

#include <QFont>
#include <QLocale>

namespace {

constexpr int kShown = 160; // characters of a quote or note shown in a cell; the tooltip has the rest

QString oneLine(const QString &text)
{
    const QString simple = text.simplified();
    return simple.size() > kShown ? simple.left(kShown) + QStringLiteral("…") : simple;
}

} // namespace

AnnotationListModel::AnnotationListModel(QObject *parent) : QAbstractTableModel(parent) {}

void AnnotationListModel::setRows(QList<AnnotationRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int AnnotationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AnnotationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnnotationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AnnotationRow &row = m_rows.at(index.row());
    const ww::Annotation &a = row.annotation;
    switch (role) {
    case IdRole:
        return a.id;
    case ArticleIdRole:
        return row.openArticle;
    case OrphanedRole:
        return a.orphaned;
    case SearchRole:
        return QString(a.quote + QLatin1Char('\n') + a.note);
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case TitleColumn: {
            const QString title = row.title.isEmpty() ? tr("(untitled)") : oneLine(row.title);
            if (role == SortRole)
                return title.toCaseFolded();
            return a.clusterId > 0 ? tr("Story: %1").arg(title) : title;
        }
        case QuoteColumn:
            if (a.quote.isEmpty())
                return role == SortRole  ? QVariant(QString())
                       : a.clusterId > 0 ? QVariant(tr("(whole story)"))
                                         : QVariant(tr("(whole article)"));
            if (role == SortRole)
                return a.quote.toCaseFolded();
            return a.orphaned ? tr("\"%1\" (no longer in the article)").arg(oneLine(a.quote))
                              : tr("\"%1\"").arg(oneLine(a.quote));
        case NoteColumn:
            return role == SortRole ? a.note.toCaseFolded() : oneLine(a.note);
        case CreatedColumn:
            return role == SortRole ? QVariant(a.created) : QVariant(ww::DisplayTime::shortText(a.created));
        case UpdatedColumn:
            return role == SortRole ? QVariant(a.updated) : QVariant(ww::DisplayTime::shortText(a.updated));
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TitleColumn:
            return row.title;
        case QuoteColumn:
            return a.orphaned ? tr("These words are no longer in the article's current text: %1").arg(a.quote)
                              : a.quote;
        case NoteColumn:
            return a.note;
        default:
            return {};
        }
    case Qt::FontRole:
        if (a.orphaned && index.column() == QuoteColumn) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    default:
        return {};
    }
}

QVariant AnnotationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Article");
    case QuoteColumn:
        return tr("Quote");
    case NoteColumn:
        return tr("Note");
    case CreatedColumn:
        return tr("Created");
    case UpdatedColumn:
        return tr("Updated");
    default:
        return {};
    }
}
