#include "analysis/agencyregistry.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace ww {

namespace {

constexpr qsizetype MaxAliasLength = 120;

// Arabic spelling varies in the hamza seat of alef and in final yaa: "أ ف ب" = "ا ف ب".
QChar foldArabic(QChar c)
{
    switch (c.unicode()) {
    case 0x0622: // alef with madda
    case 0x0623: // alef with hamza above
    case 0x0625: // alef with hamza below
    case 0x0671: // alef wasla
        return QChar(0x0627);
    case 0x0649: // alef maqsura
        return QChar(0x064A);
    default:
        return c;
    }
}

QString foldSameLength(QStringView text)
{
    QString out;
    out.resize(text.size());
    for (qsizetype i = 0; i < text.size(); ++i)
        out[i] = foldArabic(text[i].toCaseFolded());
    return out;
}

bool sameFolded(QStringView slice, const QString &folded)
{
    for (qsizetype k = 0; k < slice.size(); ++k) {
        if (foldArabic(slice[k].toCaseFolded()) != folded[k])
            return false;
    }
    return true;
}

// Arabic attaches conjunctions and prepositions to the next word ("لرويترز", "وفرانس برس").
bool isArabicProclitic(QStringView prefix)
{
    static const QString single = QStringLiteral("وفبلك");
    if (prefix.size() == 1)
        return single.contains(prefix[0]);
    if (prefix.size() == 2)
        return (prefix[0] == QChar(0x0648) || prefix[0] == QChar(0x0641)) &&
               single.mid(2).contains(prefix[1]);
    return false;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
}

bool isCjk(QChar c)
{
    const auto s = c.script();
    return s == QChar::Script_Han || s == QChar::Script_Hangul || s == QChar::Script_Hiragana ||
           s == QChar::Script_Katakana;
}

bool isShortAcronym(QStringView alias)
{
    if (alias.size() > 4)
        return false;
    return std::all_of(alias.begin(), alias.end(), [](QChar c) { return c.unicode() < 128; });
}

const char *kindName(Agency::Kind kind)
{
    switch (kind) {
    case Agency::Kind::Wire:
        return "wire";
    case Agency::Kind::Photo:
        return "photo";
    case Agency::Kind::Outlet:
        return "outlet";
    }
    return "wire";
}

const char *affiliationName(Agency::Affiliation a)
{
    switch (a) {
    case Agency::Affiliation::Independent:
        return "independent";
    case Agency::Affiliation::Public:
        return "public";
    case Agency::Affiliation::State:
        return "state";
    }
    return "independent";
}

Error malformed(const QString &what)
{
    return Error(Error::Code::Malformed,
                 QCoreApplication::translate("AgencyRegistry", "Agency list: %1").arg(what));
}

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    const auto array = value.toArray();
    for (const auto &v : array) {
        const QString s = v.toString().trimmed();
        if (!s.isEmpty() && s.size() <= MaxAliasLength)
            out.append(s);
    }
    return out;
}

// Applies the fields an entry states onto agency; fields it omits stay as they were.
bool applyEntry(const QJsonObject &entry, Agency &agency, QString *error)
{
    if (entry.contains(QLatin1String("kind"))) {
        const QString kind = entry.value(QLatin1String("kind")).toString();
        if (kind == QLatin1String("wire"))
            agency.kind = Agency::Kind::Wire;
        else if (kind == QLatin1String("photo"))
            agency.kind = Agency::Kind::Photo;
        else if (kind == QLatin1String("outlet"))
            agency.kind = Agency::Kind::Outlet;
        else {
            *error = QStringLiteral("unknown kind \"%1\" for %2").arg(kind.left(40), agency.name);
            return false;
        }
    }
    if (entry.contains(QLatin1String("affiliation"))) {
        const QString a = entry.value(QLatin1String("affiliation")).toString();
        if (a == QLatin1String("independent"))
            agency.affiliation = Agency::Affiliation::Independent;
        else if (a == QLatin1String("public"))
            agency.affiliation = Agency::Affiliation::Public;
        else if (a == QLatin1String("state"))
            agency.affiliation = Agency::Affiliation::State;
        else {
            *error = QStringLiteral("unknown affiliation \"%1\" for %2").arg(a.left(40), agency.name);
            return false;
        }
    }
    if (entry.contains(QLatin1String("country")))
        agency.country = entry.value(QLatin1String("country")).toString().trimmed().toUpper().left(2);
    if (entry.contains(QLatin1String("languages")))
        agency.languages = stringList(entry.value(QLatin1String("languages")));
    if (entry.contains(QLatin1String("aliases")))
        agency.aliases = stringList(entry.value(QLatin1String("aliases")));
    if (entry.contains(QLatin1String("addAliases")))
        agency.aliases += stringList(entry.value(QLatin1String("addAliases")));
    agency.aliases.removeDuplicates();
    return true;
}

} // namespace

AgencyRegistry AgencyRegistry::builtin()
{
    QFile file(QStringLiteral(":/analysis/agencies.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("agencies.json is missing from the resources");
    auto registry = fromJson(file.readAll());
    if (!registry.ok())
        qFatal("the built-in agencies.json does not load: %s", qPrintable(registry.error().message));
    return std::move(registry).value();
}

ww::Result<AgencyRegistry> AgencyRegistry::fromJson(const QByteArray &json)
{
    AgencyRegistry registry;
    const Status status = registry.merge(json);
    if (!status.ok())
        return status.error();
    return registry;
}

Status AgencyRegistry::merge(const QByteArray &json)
{
    if (json.size() > MaxJsonBytes)
        return Error(Error::Code::TooLarge,
                     QCoreApplication::translate("AgencyRegistry", "Agency list is larger than %1 bytes")
                         .arg(MaxJsonBytes));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return malformed(parseError.errorString());
    if (!doc.isObject() || !doc.object().value(QLatin1String("agencies")).isArray())
        return malformed(QStringLiteral("expected an object with an \"agencies\" array"));

    QList<Agency> agencies = m_agencies;
    const QJsonArray entries = doc.object().value(QLatin1String("agencies")).toArray();
    for (const auto &value : entries) {
        const QJsonObject entry = value.toObject();
        const QString name = entry.value(QLatin1String("name")).toString().trimmed();
        if (name.isEmpty() || name.size() > MaxAliasLength)
            return malformed(QStringLiteral("an entry has no usable name"));
        const auto existing = std::find_if(agencies.begin(), agencies.end(), [&](const Agency &a) {
            return a.name.compare(name, Qt::CaseInsensitive) == 0;
        });
        if (entry.value(QLatin1String("remove")).toBool()) {
            if (existing != agencies.end())
                agencies.erase(existing);
            continue;
        }
        QString error;
        if (existing != agencies.end()) {
            if (!applyEntry(entry, *existing, &error))
                return malformed(error);
            continue;
        }
        Agency agency;
        agency.name = name;
        if (!applyEntry(entry, agency, &error))
            return malformed(error);
        agencies.append(agency);
        if (agencies.size() > MaxAgencies)
            return malformed(QStringLiteral("more than %1 agencies").arg(MaxAgencies));
    }
    m_agencies = std::move(agencies);
    rebuildIndex();
    return {};
}

Status AgencyRegistry::mergeFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(file.exists() ? Error::Code::Io : Error::Code::NotFound,
                     QCoreApplication::translate("AgencyRegistry", "Cannot read %1: %2")
                         .arg(path, file.errorString()));
    if (file.size() > MaxJsonBytes)
        return Error(Error::Code::TooLarge,
                     QCoreApplication::translate("AgencyRegistry", "%1 is too large").arg(path));
    return merge(file.read(MaxJsonBytes + 1));
}

QByteArray AgencyRegistry::toJson() const
{
    QJsonArray entries;
    for (const auto &a : m_agencies) {
        QJsonObject o;
        o.insert(QLatin1String("name"), a.name);
        o.insert(QLatin1String("kind"), QLatin1String(kindName(a.kind)));
        o.insert(QLatin1String("country"), a.country);
        o.insert(QLatin1String("languages"), QJsonArray::fromStringList(a.languages));
        o.insert(QLatin1String("affiliation"), QLatin1String(affiliationName(a.affiliation)));
        o.insert(QLatin1String("aliases"), QJsonArray::fromStringList(a.aliases));
        entries.append(o);
    }
    QJsonObject root;
    root.insert(QLatin1String("version"), 1);
    root.insert(QLatin1String("agencies"), entries);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

const Agency *AgencyRegistry::agency(int index) const
{
    return index >= 0 && index < m_agencies.size() ? &m_agencies[index] : nullptr;
}

QString AgencyRegistry::normalize(QStringView text)
{
    QString s = text.toString().normalized(QString::NormalizationForm_KC);
    for (QChar &c : s) {
        if (c.category() == QChar::Punctuation_Dash)
            c = QLatin1Char('-');
        else if (c == QChar(0x2019) || c == QChar(0x2018))
            c = QLatin1Char('\'');
    }
    s = s.simplified().toCaseFolded();
    for (QChar &c : s)
        c = foldArabic(c);
    while (!s.isEmpty() && QStringLiteral(".,:;!?").contains(s.back()))
        s.chop(1);
    return s.trimmed();
}

const Agency *AgencyRegistry::find(QStringView nameOrAlias) const
{
    const auto it = m_byNormalized.constFind(normalize(nameOrAlias));
    return it == m_byNormalized.cend() ? nullptr : &m_agencies[it.value()];
}

QString AgencyRegistry::canonical(QStringView nameOrAlias) const
{
    const Agency *a = find(nameOrAlias);
    return a ? a->name : QString();
}

void AgencyRegistry::rebuildIndex()
{
    m_byNormalized.clear();
    m_byFirstChar.clear();
    for (int i = 0; i < m_agencies.size(); ++i) {
        const Agency &a = m_agencies[i];
        m_byNormalized.insert(normalize(a.name), i);
        for (const QString &alias : a.aliases) {
            m_byNormalized.insert(normalize(alias), i);
            Alias entry{foldSameLength(alias), i, isShortAcronym(alias), alias};
            m_byFirstChar[entry.folded.front()].append(entry);
        }
    }
    for (auto &list : m_byFirstChar)
        std::stable_sort(list.begin(), list.end(),
                         [](const Alias &x, const Alias &y) { return x.folded.size() > y.folded.size(); });
}

namespace {

// Russian and Ukrainian decline agency names ("Интерфаксу", "Укрінформом"): allow a short ending.
qsizetype inflectionTail(QStringView text, qsizetype end)
{
    qsizetype n = 0;
    while (end + n < text.size() && n < 3 && text[end + n].script() == QChar::Script_Cyrillic &&
           text[end + n].isLower())
        ++n;
    if (n == 0 || n > 2)
        return -1;
    return n;
}

bool endsAtBoundary(QStringView text, qsizetype end, QStringView alias)
{
    if (end >= text.size() || !isWordChar(text[end]) || !isWordChar(alias.back()))
        return true;
    if (isCjk(alias.back())) // Korean particles and Chinese run-on text
        return true;
    return alias.size() >= 5 && alias.back().script() == QChar::Script_Cyrillic &&
           inflectionTail(text, end) > 0 &&
           (end + inflectionTail(text, end) >= text.size() ||
            !isWordChar(text[end + inflectionTail(text, end)]));
}

} // namespace

AgencyMatch AgencyRegistry::matchAt(QStringView text, qsizetype pos) const
{
    if (pos < 0 || pos >= text.size())
        return {};
    const auto it = m_byFirstChar.constFind(foldArabic(text[pos].toCaseFolded()));
    if (it == m_byFirstChar.cend())
        return {};
    if (pos > 0 && isWordChar(text[pos - 1]) && isWordChar(text[pos]) && !isCjk(text[pos]) &&
        text[pos - 1].script() == text[pos].script()) {
        qsizetype wordStart = pos;
        while (wordStart > 0 && pos - wordStart < 3 && isWordChar(text[wordStart - 1]))
            --wordStart;
        const bool proclitic = text[pos].script() == QChar::Script_Arabic &&
                               (wordStart == 0 || !isWordChar(text[wordStart - 1])) &&
                               isArabicProclitic(text.mid(wordStart, pos - wordStart));
        if (!proclitic)
            return {};
    }
    for (const Alias &alias : it.value()) {
        const qsizetype len = alias.folded.size();
        if (pos + len > text.size())
            continue;
        const QStringView slice = text.mid(pos, len);
        const bool same = alias.exactCase ? slice == alias.original : sameFolded(slice, alias.folded);
        if (!same || !endsAtBoundary(text, pos + len, alias.original))
            continue;
        return AgencyMatch{alias.agency, pos, len};
    }
    return {};
}

QList<AgencyMatch> AgencyRegistry::findAll(QStringView text) const
{
    QList<AgencyMatch> out;
    for (qsizetype pos = 0; pos < text.size();) {
        const AgencyMatch m = matchAt(text, pos);
        if (m.agency >= 0) {
            out.append(m);
            pos += m.length;
        } else {
            ++pos;
        }
    }
    return out;
}

} // namespace ww
