#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace ww {

// Country names, demonyms, capitals and metonyms in en/ru/uk/ko/ar/zh, loaded from the JSON embedded
// from resources/gazetteer (built by tools/make-gazetteer.py), plus places inside countries from
// resources/analysis/places.json (hand-curated). Immutable once loaded, so one instance
// can be shared by every thread.
class Gazetteer
{
public:
    // Place: a city, region or landmark inside the country ("Kharkiv", "Jeju"), a weaker signal.
    enum class TermKind : quint8 { Name, Official, Demonym, Capital, Metonym, Acronym, Blocker, Place };

    struct Term
    {
        QString text;
        QString code; // empty for a blocker: a phrase that hides a name inside it ("Korean peninsula")
        TermKind kind = TermKind::Name;
    };

    // Context rules for names that are also something else (Georgia the state, Michael Jordan).
    struct Rules
    {
        QStringList person;                     // names that are also first or last names
        QHash<QString, QStringList> vetoBefore; // name -> words that, right before it, mean "not the country"
        QHash<QString, QStringList> vetoAfter;  // name -> words that, right after it, mean the same
        QStringList usStates;                   // "Athens, Georgia": a capital followed by a US state
    };

    static Result<Gazetteer> fromJson(const QByteArray &mainJson, const QByteArray &odblJson = {});
    // More terms in the same format (no rules): the built-in one adds resources/analysis/places.json.
    Status addSupplement(const QByteArray &json);
    // The built-in gazetteer, parsed on first use (thread-safe) and kept for the process lifetime.
    static const Gazetteer &builtin();

    bool isEmpty() const { return m_names.isEmpty(); }
    QStringList codes() const;
    bool contains(const QString &code) const { return m_names.contains(code); }
    // Display name in one of en, ru, uk, ko, ar, zh; falls back to English, then to the code.
    QString name(const QString &code, const QString &language = QStringLiteral("en")) const;
    QList<Term> termsFor(const QString &code) const;
    const QList<Term> &terms() const { return m_terms; }
    const Rules &rules() const { return m_rules; }

private:
    Status addTerms(const QByteArray &json, bool withRules);

    QHash<QString, QHash<QString, QString>> m_names; // code -> language -> display name
    QList<Term> m_terms;
    Rules m_rules;
};

} // namespace ww
