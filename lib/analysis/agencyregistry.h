#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace ww {

// A news agency, photo agency or outlet that can produce, distribute or be cited in an article.
struct Agency
{
    enum class Kind { Wire, Photo, Outlet };
    enum class Affiliation { Independent, Public, State };

    QString name; // canonical: what claims, credits and the UI show
    QStringList aliases;
    QString country; // ISO 3166-1 alpha-2
    QStringList languages;
    Affiliation affiliation = Affiliation::Independent;
    Kind kind = Kind::Wire;

    bool stateAffiliated() const { return affiliation == Affiliation::State; }
};

// Where an alias of an agency stands in a text.
struct AgencyMatch
{
    int agency = -1; // index into AgencyRegistry::agencies()
    qsizetype position = 0;
    qsizetype length = 0;
};

// The agencies Wirewatch knows, from the built-in JSON plus the analyst's edits (same format, merged by
// name). A value type: build one, hand it to the analysers; immutable while they run, so it is thread-safe.
class AgencyRegistry
{
public:
    AgencyRegistry() = default;

    // The built-in list (:/analysis/agencies.json). Never empty.
    static AgencyRegistry builtin();
    static ww::Result<AgencyRegistry> fromJson(const QByteArray &json);

    // Analyst edits: an entry whose name matches (case-insensitively) replaces the fields it states,
    // "remove": true drops the agency, a new name is added. All-or-nothing: on error nothing changes.
    Status merge(const QByteArray &json);
    Status mergeFile(const QString &path);
    QByteArray toJson() const;

    const QList<Agency> &agencies() const { return m_agencies; }
    const Agency *agency(int index) const;

    // The whole string is a name or alias ("REUTERS", "Рейтер", "연합뉴스").
    const Agency *find(QStringView nameOrAlias) const;
    QString canonical(QStringView nameOrAlias) const;

    // Every alias occurrence in free text: at word boundaries, longest first, not overlapping, in order.
    QList<AgencyMatch> findAll(QStringView text) const;
    // The longest alias that starts exactly at pos (boundaries checked as in findAll).
    AgencyMatch matchAt(QStringView text, qsizetype pos) const;

    static QString normalize(QStringView text);

    static constexpr qsizetype MaxJsonBytes = 4 * 1024 * 1024;
    static constexpr int MaxAgencies = 20000;

private:
    struct Alias
    {
        QString folded; // simple case folding, same length as the alias
        int agency = -1;
        bool exactCase = false; // short ASCII acronyms ("AP", "dpa") match only as written in free text
        QString original;
    };
    void rebuildIndex();

    QList<Agency> m_agencies;
    QHash<QString, int> m_byNormalized;
    QHash<QChar, QList<Alias>> m_byFirstChar; // lists sorted longest first
};

} // namespace ww
