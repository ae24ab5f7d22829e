#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPainterPath>
#include <QString>
#include <QStringList>

namespace ww {

// One country's outline in degrees: x = longitude (east positive), y = latitude (north positive).
struct CountryShape
{
    QString code; // ISO 3166-1 alpha-2
    QString name; // English short name
    QPainterPath path;
};

// ISO 3166-1 numeric code ("036") -> alpha-2 ("AU") and English name.
struct IsoCountry
{
    QString alpha2;
    QString name;
};
using IsoNumericTable = QHash<QString, IsoCountry>;

// Country outlines decoded from a TopoJSON topology (Natural Earth via world-atlas). Decoding is pure and
// bounded: bytes in, value types out; the built-in topology is embedded in the library
// (tools/make-worldmap.py).
class WorldMapTopology
{
public:
    static constexpr qsizetype MaxInputBytes = 8 * 1024 * 1024;
    static constexpr qsizetype MaxPoints = 2'000'000;

    // The table written by tools/make-worldmap.py: {"036": ["AU", "Australia"], ...}.
    static Result<IsoNumericTable> parseNumericTable(const QByteArray &json);
    // The alpha-2 code for a feature: its numeric id when known, else its fallback properties
    // (isoA2, or adm0A3 for the units Natural Earth leaves without an ISO code, e.g. Kosovo -> XK).
    static QString alpha2For(const QString &numericId, const QString &isoA2, const QString &adm0A3,
                             const IsoNumericTable &table);

    static Result<WorldMapTopology> decode(const QByteArray &topojson, const IsoNumericTable &table);
    // Decoded once from the embedded resources :/worldmap/.
    static const WorldMapTopology &builtin();

    const QList<CountryShape> &countries() const { return m_countries; }
    const CountryShape *country(const QString &code) const;
    // Names of features that had no usable code and were left out.
    const QStringList &skipped() const { return m_skipped; }

private:
    QList<CountryShape> m_countries;
    QHash<QString, qsizetype> m_index;
    QStringList m_skipped;
};

} // namespace ww
