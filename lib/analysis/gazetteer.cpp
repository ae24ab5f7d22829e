#include "analysis/gazetteer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace ww {

namespace {

Gazetteer::TermKind kindFromKey(const QString &key)
{
    switch (key.isEmpty() ? u'n' : key.at(0).unicode()) {
    case u'o':
        return Gazetteer::TermKind::Official;
    case u'd':
        return Gazetteer::TermKind::Demonym;
    case u'c':
        return Gazetteer::TermKind::Capital;
    case u'm':
        return Gazetteer::TermKind::Metonym;
    case u'a':
        return Gazetteer::TermKind::Acronym;
    case u'p':
        return Gazetteer::TermKind::Place;
    default:
        return Gazetteer::TermKind::Name;
    }
}

QStringList toStringList(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray arr = v.toArray();
    out.reserve(arr.size());
    for (const QJsonValue &e : arr)
        out.append(e.toString());
    return out;
}

QHash<QString, QStringList> toListMap(const QJsonValue &v)
{
    QHash<QString, QStringList> out;
    const QJsonObject obj = v.toObject();
    for (auto it = obj.begin(); it != obj.end(); ++it)
        out.insert(it.key(), toStringList(it.value()));
    return out;
}

QByteArray readResource(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace

Status Gazetteer::addTerms(const QByteArray &json, bool withRules)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return Error(Error::Code::Malformed, QStringLiteral("gazetteer JSON: %1").arg(err.errorString()));
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toInt() != 1)
        return Error(Error::Code::Malformed, QStringLiteral("gazetteer JSON: unknown format"));
    const QJsonObject countries = root.value(QLatin1String("countries")).toObject();
    for (auto it = countries.begin(); it != countries.end(); ++it) {
        const QString code = it.key();
        if (code.size() != 2)
            continue;
        const QJsonObject entry = it.value().toObject();
        const QJsonObject names = entry.value(QLatin1String("names")).toObject();
        QHash<QString, QString> &display = m_names[code];
        for (auto n = names.begin(); n != names.end(); ++n)
            display.insert(n.key(), n.value().toString());
        const QJsonObject terms = entry.value(QLatin1String("terms")).toObject();
        for (auto t = terms.begin(); t != terms.end(); ++t) {
            const TermKind kind = kindFromKey(t.key());
            const QJsonArray arr = t.value().toArray();
            for (const QJsonValue &v : arr) {
                const QString text = v.toString().trimmed();
                if (!text.isEmpty())
                    m_terms.append(Term{text, code, kind});
            }
        }
    }
    if (withRules) {
        const QStringList blockers = toStringList(root.value(QLatin1String("blockers")));
        for (const QString &b : blockers)
            m_terms.append(Term{b, QString(), TermKind::Blocker});
        const QJsonObject rules = root.value(QLatin1String("rules")).toObject();
        m_rules.person = toStringList(rules.value(QLatin1String("person")));
        m_rules.vetoBefore = toListMap(rules.value(QLatin1String("veto_before")));
        m_rules.vetoAfter = toListMap(rules.value(QLatin1String("veto_after")));
        m_rules.usStates = toStringList(root.value(QLatin1String("us_states")));
    }
    return {};
}

Status Gazetteer::addSupplement(const QByteArray &json)
{
    // Display names stay those of the main file; only terms are added.
    const auto names = m_names;
    const Status s = addTerms(json, false);
    m_names = names;
    return s;
}

Result<Gazetteer> Gazetteer::fromJson(const QByteArray &mainJson, const QByteArray &odblJson)
{
    Gazetteer g;
    if (Status s = g.addTerms(mainJson, true); !s)
        return s.error();
    if (!odblJson.isEmpty()) {
        if (Status s = g.addTerms(odblJson, false); !s)
            return s.error();
    }
    if (g.isEmpty())
        return Error(Error::Code::Malformed, QStringLiteral("gazetteer JSON: no countries"));
    return g;
}

const Gazetteer &Gazetteer::builtin()
{
    // Function-local static: initialised once, thread-safe, never mutated afterwards.
    static const Gazetteer instance = [] {
        auto loaded = fromJson(readResource(QStringLiteral(":/gazetteer/countries.json")),
                               readResource(QStringLiteral(":/gazetteer/countries-odbl.json")));
        if (!loaded.ok())
            return Gazetteer();
        Gazetteer g = std::move(loaded).value();
        const QByteArray places = readResource(QStringLiteral(":/analysis/places.json"));
        if (!places.isEmpty() && !g.addSupplement(places).ok())
            qWarning("places.json does not load; countries are tagged without it");
        return g;
    }();
    return instance;
}

QStringList Gazetteer::codes() const
{
    QStringList out = m_names.keys();
    std::sort(out.begin(), out.end());
    return out;
}

QString Gazetteer::name(const QString &code, const QString &language) const
{
    const auto it = m_names.constFind(code);
    if (it == m_names.constEnd())
        return code;
    const QString local = it->value(language);
    if (!local.isEmpty())
        return local;
    const QString en = it->value(QStringLiteral("en"));
    return en.isEmpty() ? code : en;
}

QList<Gazetteer::Term> Gazetteer::termsFor(const QString &code) const
{
    QList<Term> out;
    for (const Term &t : m_terms) {
        if (t.code == code)
            out.append(t);
    }
    return out;
}

} // namespace ww
