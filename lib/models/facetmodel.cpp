#include "models/facetmodel.h"

#include "models/searchquery.h"

#include <QCoreApplication>
#include <QLocale>

namespace ww {

namespace {

QString groupName(FacetModel::Facet facet)
{
    switch (facet) {
    case FacetModel::Countries:
        return QCoreApplication::translate("FacetModel", "Countries");
    case FacetModel::Producers:
        return QCoreApplication::translate("FacetModel", "Producing agencies");
    case FacetModel::Outlets:
        return QCoreApplication::translate("FacetModel", "Outlets");
    case FacetModel::Languages:
        return QCoreApplication::translate("FacetModel", "Languages");
    case FacetModel::FacetCount:
        break;
    }
    return {};
}

} // namespace

FacetModel::FacetModel(QObject *parent) : QAbstractItemModel(parent) {}

void FacetModel::setValues(Facet facet, const QList<CountShare> &values)
{
    if (facet < 0 || facet >= FacetCount)
        return;
    QList<CountShare> kept;
    for (const CountShare &v : values) {
        if (!v.key.isEmpty() && v.count > 0 && kept.size() < MaxValues)
            kept.append(v);
    }
    const QModelIndex group = groupIndex(facet);
    // Remove then insert rather than a reset: the pane keeps its expanded groups and scroll position.
    if (!m_values[facet].isEmpty()) {
        beginRemoveRows(group, 0, int(m_values[facet].size()) - 1);
        m_values[facet].clear();
        endRemoveRows();
    }
    if (!kept.isEmpty()) {
        beginInsertRows(group, 0, int(kept.size()) - 1);
        m_values[facet] = kept;
        endInsertRows();
    }
    emit dataChanged(group, group.siblingAtColumn(CountColumn));
}

void FacetModel::clear()
{
    for (int f = 0; f < FacetCount; ++f)
        setValues(Facet(f), {});
}

int FacetModel::valueCount(Facet facet) const
{
    return facet >= 0 && facet < FacetCount ? int(m_values[facet].size()) : 0;
}

QString FacetModel::key(Facet facet, int row) const
{
    return row >= 0 && row < valueCount(facet) ? m_values[facet].at(row).key : QString();
}

int FacetModel::count(Facet facet, int row) const
{
    return row >= 0 && row < valueCount(facet) ? m_values[facet].at(row).count : 0;
}

QModelIndex FacetModel::groupIndex(Facet facet) const
{
    return facet >= 0 && facet < FacetCount ? createIndex(int(facet), 0, kGroupId) : QModelIndex();
}

QString FacetModel::field(Facet facet)
{
    switch (facet) {
    case Countries:
        return QStringLiteral("country");
    case Producers:
        return QStringLiteral("agency");
    case Outlets:
        return QStringLiteral("outlet");
    case Languages:
        return QStringLiteral("lang");
    case FacetCount:
        break;
    }
    return {};
}

QString FacetModel::filterToken(Facet facet, const QString &key)
{
    SearchQuery q;
    q.setFilter(field(facet), key);
    return q.toString();
}

QString FacetModel::label(Facet facet, const QString &key)
{
    if (facet == Countries) {
        const QLocale::Territory territory = QLocale::codeToTerritory(key);
        return territory == QLocale::AnyTerritory ? key : QLocale::territoryToString(territory);
    }
    if (facet == Languages) {
        const QLocale::Language language = QLocale::codeToLanguage(key.section(QLatin1Char('-'), 0, 0));
        return language == QLocale::AnyLanguage ? key : QLocale::languageToString(language);
    }
    return key;
}

QModelIndex FacetModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < FacetCount ? createIndex(row, column, kGroupId) : QModelIndex();
    if (parent.internalId() != kGroupId || parent.column() != 0)
        return {};
    const auto facet = Facet(parent.row());
    return row < valueCount(facet) ? createIndex(row, column, quintptr(facet) + 1) : QModelIndex();
}

QModelIndex FacetModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupId);
}

int FacetModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return FacetCount;
    if (parent.internalId() != kGroupId || parent.column() != 0)
        return 0;
    return valueCount(Facet(parent.row()));
}

int FacetModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant FacetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool group = index.internalId() == kGroupId;
    const auto facet = Facet(group ? index.row() : int(index.internalId() - 1));
    if (group) {
        int total = 0;
        for (const CountShare &v : m_values[facet])
            total += v.count;
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == LabelColumn ? QVariant(groupName(facet)) : QVariant();
        case FacetRole:
            return int(facet);
        case CountRole:
            return total;
        case KeyRole:
        case FilterTokenRole:
            return QString();
        default:
            return {};
        }
    }
    const CountShare &v = m_values[facet].at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == CountColumn)
            return QLocale().toString(v.count);
        return facet == Countries ? QStringLiteral("%1 (%2)").arg(label(facet, v.key), v.key)
                                  : label(facet, v.key);
    case Qt::ToolTipRole:
        // Escaped and wrapped: tooltips guess rich text, and outlet names come from hostile feeds.
        return QString(QStringLiteral("<p>") +
                       QCoreApplication::translate(
                           "FacetModel", "%1: %n article(s); click to narrow the search", nullptr, v.count)
                           .arg(label(facet, v.key))
                           .toHtmlEscaped() +
                       QStringLiteral("</p>"));
    case Qt::TextAlignmentRole:
        return index.column() == CountColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case FacetRole:
        return int(facet);
    case KeyRole:
        return v.key;
    case CountRole:
        return v.count;
    case FilterTokenRole:
        return filterToken(facet, v.key);
    default:
        return {};
    }
}

QVariant FacetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == LabelColumn   ? QCoreApplication::translate("FacetModel", "Refine")
           : section == CountColumn ? QCoreApplication::translate("FacetModel", "Articles")
                                    : QVariant();
}

} // namespace ww
