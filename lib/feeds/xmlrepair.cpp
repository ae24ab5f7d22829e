#include "feeds/xmlrepair.h"

#include "feeds/htmlentities.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace ww {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ww::Scanner", text);
}

bool isNameStart(QChar c)
{
    return c.isLetter() || c == u'_' || c == u':';
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u':' || c == u'-' || c == u'.';
}

bool legalCodePoint(uint code)
{
    if (code == 0x9 || code == 0xa || code == 0xd)
        return true;
    if (code < 0x20 || code == 0xfffe || code == 0xffff || code > 0x10ffff)
        return false;
    return !(code >= 0xd800 && code <= 0xdfff);
}

class Scanner
{
public:
    Scanner(const QString &in, const XmlRepairLimits &limits) : m_in(in), m_limits(limits) {}

    Result<RepairedXml> run();

private:
    void copyUntil(const QString &terminator);
    // Appends the run of characters from m_i that need no attention (legal, and none of the
    // `stops`), up to `end`, in one append: the per-character path dominated parse time.
    void copyPlain(qsizetype end, quint64 stops);
    bool copyChar(); // false when an illegal character was dropped
    Status ampersand(bool inAttribute);
    Status doctype();
    Result<qint64> expansionLength(const QString &name, int depth);
    Status copyTag();

    const QString &m_in;
    const XmlRepairLimits &m_limits;
    // Output, built lazily: while nothing has changed it is m_in[m_start, m_end) and nothing is copied;
    // the first repair materialises it. A well-formed feed thus comes back as the input itself.
    void keep(qsizetype from, qsizetype to);
    QString &out();
    QString m_out;
    bool m_lazy = true;
    qsizetype m_start = 0;
    qsizetype m_end = 0;
    qsizetype m_i = 0;
    QHash<QString, QString> m_internal;  // entity name -> literal value
    QHash<QString, qint64> m_expansions; // memo; -1 while being computed (cycle guard)
    QSet<QString> m_external;
    qint64 m_totalExpansion = 0;
    int m_controls = 0, m_bareAmps = 0, m_htmlEntities = 0, m_unknownEntities = 0, m_lessThans = 0,
        m_externalRefs = 0;
    bool m_junk = false;
};

bool Scanner::copyChar()
{
    if (XmlRepair::isIllegalXmlChar(m_in, m_i)) {
        ++m_controls;
        ++m_i;
        return false;
    }
    const QChar c = m_in.at(m_i);
    const qsizetype from = m_i;
    if (c.isHighSurrogate() && m_i + 1 < m_in.size())
        ++m_i;
    keep(from, m_i + 1);
    ++m_i;
    return true;
}

// Stop sets for copyPlain: bit n set = stop at U+00nn (all markup characters are below 64).
constexpr quint64 stopMask(std::initializer_list<char> chars)
{
    quint64 mask = 0;
    for (const char c : chars)
        mask |= quint64(1) << c;
    return mask;
}
constexpr quint64 kTextStops = stopMask({'&', '<'});
constexpr quint64 kTagStops = stopMask({'"', '\'', '>'});
constexpr quint64 kDoubleQuotedStops = stopMask({'"', '&', '<'});
constexpr quint64 kSingleQuotedStops = stopMask({'\'', '&', '<'});

void Scanner::copyPlain(qsizetype end, quint64 stops)
{
    const QChar *data = m_in.constData();
    qsizetype j = m_i;
    for (; j < end; ++j) {
        const char16_t u = data[j].unicode();
        // C0 controls other than TAB/LF/CR, surrogates (checked pairwise by copyChar), U+FFFE/U+FFFF.
        if (u < 0x20 ? (u != 0x9 && u != 0xa && u != 0xd) : (u >= 0xd800 && (u <= 0xdfff || u >= 0xfffe)))
            break;
        if (u < 64 && ((stops >> u) & 1))
            break;
    }
    keep(m_i, j);
    m_i = j;
}

void Scanner::keep(qsizetype from, qsizetype to)
{
    if (m_lazy && from == m_end) {
        m_end = to;
        return;
    }
    out().append(QStringView(m_in).mid(from, to - from));
}

QString &Scanner::out()
{
    if (m_lazy) {
        m_lazy = false;
        m_out.reserve(m_in.size() - m_start + 64);
        m_out.append(QStringView(m_in).mid(m_start, m_end - m_start));
    }
    return m_out;
}

void Scanner::copyUntil(const QString &terminator)
{
    const qsizetype end = m_in.indexOf(terminator, m_i);
    const qsizetype stop = end < 0 ? m_in.size() : end + terminator.size();
    while (m_i < stop) {
        copyPlain(stop, 0);
        if (m_i < stop)
            copyChar();
    }
}

Result<qint64> Scanner::expansionLength(const QString &name, int depth)
{
    if (const auto it = m_expansions.constFind(name); it != m_expansions.constEnd()) {
        if (it.value() < 0)
            return Error(Error::Code::Malformed, tr("recursive entity '%1'").arg(name));
        return it.value();
    }
    if (depth > 32)
        return Error(Error::Code::TooLarge,
                     tr("entity expansion limit exceeded: entities nested too deeply"));
    m_expansions.insert(name, -1);
    const QString value = m_internal.value(name);
    qint64 length = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) != u'&') {
            ++length;
            continue;
        }
        const qsizetype semi = value.indexOf(u';', i);
        if (semi < 0) {
            ++length;
            continue;
        }
        const QString ref = value.mid(i + 1, semi - i - 1);
        i = semi;
        if (m_internal.contains(ref)) {
            const auto inner = expansionLength(ref, depth + 1);
            if (!inner)
                return inner.error();
            length += *inner;
        } else {
            length += 1;
        }
        if (length > m_limits.maxEntityExpansion)
            break;
    }
    m_expansions.insert(name, length);
    return length;
}

Status Scanner::doctype()
{
    // Find the end of the DOCTYPE, skipping an internal subset in [...].
    const qsizetype start = m_i;
    qsizetype i = m_i + 9;
    qsizetype subsetStart = -1, subsetEnd = -1;
    char16_t quote = 0;
    for (; i < m_in.size(); ++i) {
        const QChar c = m_in.at(i);
        if (quote) {
            if (c == quote)
                quote = 0;
            continue;
        }
        if (c == u'"' || c == u'\'') {
            quote = c.unicode();
        } else if (c == u'[' && subsetStart < 0) {
            subsetStart = i + 1;
        } else if (c == u']' && subsetStart >= 0 && subsetEnd < 0) {
            subsetEnd = i;
        } else if (c == u'>' && (subsetStart < 0 || subsetEnd >= 0)) {
            break;
        }
    }
    if (subsetStart >= 0 && subsetEnd > subsetStart) {
        static const QRegularExpression entity(QStringLiteral(
            "<!ENTITY\\s+(%\\s*)?([^\\s%\"']+)\\s+(?:\"([^\"]*)\"|'([^']*)'|(SYSTEM|PUBLIC)\\b)"));
        const QString subset = m_in.mid(subsetStart, subsetEnd - subsetStart);
        auto it = entity.globalMatch(subset);
        int declarations = 0;
        while (it.hasNext()) {
            const auto m = it.next();
            if (++declarations > 10000)
                return Error(Error::Code::TooLarge,
                             tr("entity expansion limit exceeded: too many entity declarations"));
            if (!m.capturedView(1).isEmpty())
                continue; // parameter entity: Qt never fetches external ones
            const QString name = m.captured(2);
            if (!m.capturedView(5).isEmpty())
                m_external.insert(name);
            else
                m_internal.insert(name, m.capturedView(3).isNull() ? m.captured(4) : m.captured(3));
        }
    }
    const qsizetype stop = std::min(i + 1, m_in.size());
    keep(start, stop);
    m_i = stop;
    return {};
}

Status Scanner::ampersand(bool inAttribute)
{
    Q_UNUSED(inAttribute);
    qsizetype j = m_i + 1;
    if (j < m_in.size() && m_in.at(j) == u'#') {
        ++j;
        const bool hex = j < m_in.size() && (m_in.at(j) == u'x' || m_in.at(j) == u'X');
        if (hex)
            ++j;
        const qsizetype digitsStart = j;
        while (
            j < m_in.size() && j - digitsStart < 10 &&
            (hex ? isxdigit(m_in.at(j).unicode() < 128 ? m_in.at(j).toLatin1() : 'g') : m_in.at(j).isDigit()))
            ++j;
        if (j > digitsStart && j < m_in.size() && m_in.at(j) == u';') {
            bool ok = false;
            const uint code = QStringView(m_in).mid(digitsStart, j - digitsStart).toUInt(&ok, hex ? 16 : 10);
            if (ok && legalCodePoint(code)) {
                if (hex && m_in.at(m_i + 2) == u'X') {
                    out().append(QLatin1String("&#x"));
                    out().append(QStringView(m_in).mid(digitsStart, j + 1 - digitsStart));
                    ++m_bareAmps; // "&#X" is not XML; rewritten, so flag the repair
                } else {
                    keep(m_i, j + 1);
                }
            } else {
                ++m_controls;
            }
            m_i = j + 1;
            return {};
        }
        out().append(QLatin1String("&amp;"));
        ++m_bareAmps;
        ++m_i;
        return {};
    }
    if (j < m_in.size() && isNameStart(m_in.at(j))) {
        while (j < m_in.size() && isNameChar(m_in.at(j)) && j - m_i < 64)
            ++j;
        if (j < m_in.size() && m_in.at(j) == u';') {
            // The five predefined entities are most of the references in escaped HTML: compare in place
            // (no copy of the name per reference).
            const QStringView nameView = QStringView(m_in).mid(m_i + 1, j - m_i - 1);
            const bool predefined = nameView == u"amp" || nameView == u"lt" || nameView == u"gt" ||
                                    nameView == u"quot" || nameView == u"apos";
            const QString name = predefined ? QString() : nameView.toString();
            if (predefined) {
                keep(m_i, j + 1);
            } else if (m_internal.contains(name)) {
                const auto length = expansionLength(name, 0);
                if (!length)
                    return length.error();
                if (*length > m_limits.maxEntityExpansion)
                    return Error(
                        Error::Code::TooLarge,
                        tr("entity expansion limit exceeded: entity '%1' expands to more than %2 characters")
                            .arg(name)
                            .arg(m_limits.maxEntityExpansion));
                m_totalExpansion += *length;
                if (m_totalExpansion > m_limits.maxTotalExpansion)
                    return Error(
                        Error::Code::TooLarge,
                        tr("entity expansion limit exceeded: references expand to more than %1 characters")
                            .arg(m_limits.maxTotalExpansion));
                keep(m_i, j + 1);
            } else if (m_external.contains(name)) {
                ++m_externalRefs; // never resolved: no file or network access, no content
            } else if (const auto value = HtmlEntities::lookup(name)) {
                for (const char32_t code : value->toUcs4())
                    out().append(QLatin1String("&#") + QString::number(uint(code)) + QLatin1Char(';'));
                ++m_htmlEntities;
            } else {
                out().append(QLatin1String("&amp;"));
                out().append(name);
                out().append(u';');
                ++m_unknownEntities;
            }
            m_i = j + 1;
            return {};
        }
    }
    out().append(QLatin1String("&amp;"));
    ++m_bareAmps;
    ++m_i;
    return {};
}

Status Scanner::copyTag()
{
    char16_t quote = 0;
    while (m_i < m_in.size()) {
        const QChar c = m_in.at(m_i);
        if (quote) {
            if (c == quote) {
                quote = 0;
                keep(m_i, m_i + 1);
                ++m_i;
            } else if (c == u'&') {
                if (const Status s = ampersand(true); !s)
                    return s;
            } else if (c == u'<') {
                out().append(QLatin1String("&lt;"));
                ++m_lessThans;
                ++m_i;
            } else {
                copyPlain(m_in.size(), quote == u'"' ? kDoubleQuotedStops : kSingleQuotedStops);
                if (m_i < m_in.size() && !QStringView(u"\"'&<").contains(m_in.at(m_i)))
                    copyChar();
            }
            continue;
        }
        if (c == u'"' || c == u'\'')
            quote = c.unicode();
        else if (c != u'>') {
            copyPlain(m_in.size(), kTagStops);
            if (m_i >= m_in.size() || QStringView(u"\"'>").contains(m_in.at(m_i)))
                continue;
        }
        const bool end = c == u'>';
        copyChar();
        if (end)
            return {};
    }
    return {};
}

Result<RepairedXml> Scanner::run()
{
    // Leading whitespace, or junk such as a PHP warning printed before the XML declaration.
    while (m_i < m_in.size() && (m_in.at(m_i).isSpace() || m_in.at(m_i) == QChar(0xfeff)))
        ++m_i;
    const qsizetype decl = m_in.indexOf(QLatin1String("<?xml"), m_i);
    if (decl > m_i && decl < m_i + 4096) {
        m_i = decl;
        m_junk = true;
    }
    m_start = m_end = m_i;
    while (m_i < m_in.size()) {
        const QChar c = m_in.at(m_i);
        if (c == u'&') {
            if (const Status s = ampersand(false); !s)
                return s.error();
            continue;
        }
        if (c != u'<') {
            copyPlain(m_in.size(), kTextStops);
            if (m_i < m_in.size() && m_in.at(m_i) != u'&' && m_in.at(m_i) != u'<')
                copyChar();
            continue;
        }
        const QStringView rest = QStringView(m_in).mid(m_i);
        if (rest.startsWith(u"<!--")) {
            copyUntil(QStringLiteral("-->"));
        } else if (rest.startsWith(u"<![CDATA[")) {
            copyUntil(QStringLiteral("]]>"));
        } else if (rest.startsWith(u"<?")) {
            copyUntil(QStringLiteral("?>"));
        } else if (rest.startsWith(u"<!DOCTYPE")) {
            if (const Status s = doctype(); !s)
                return s.error();
        } else if (rest.size() > 1 && (isNameStart(rest.at(1)) || rest.at(1) == u'/' || rest.at(1) == u'!')) {
            if (const Status s = copyTag(); !s)
                return s.error();
        } else {
            out().append(QLatin1String("&lt;"));
            ++m_lessThans;
            ++m_i;
        }
    }

    RepairedXml result;
    if (!m_lazy)
        result.text = std::move(m_out);
    else if (m_start == 0 && m_end == m_in.size())
        result.text = m_in; // shared, not copied
    else
        result.text = m_in.mid(m_start, m_end - m_start);
    result.externalEntities = m_external;
    const auto note = [&result](int count, const char *what) {
        if (count > 0)
            result.warnings << tr(what).arg(count);
    };
    note(m_controls, "%1 illegal XML characters removed");
    note(m_bareAmps, "%1 bare ampersands escaped");
    note(m_htmlEntities, "%1 HTML named entities converted");
    note(m_unknownEntities, "%1 undefined entities kept as text");
    note(m_lessThans, "%1 stray '<' escaped");
    note(m_externalRefs, "%1 references to external entities ignored");
    if (m_junk)
        result.warnings << tr("text before the XML declaration removed");
    result.repaired = !result.warnings.isEmpty();
    return result;
}

} // namespace

bool XmlRepair::isIllegalXmlChar(const QString &text, qsizetype i)
{
    const QChar c = text.at(i);
    const char16_t u = c.unicode();
    if (u < 0x20)
        return u != 0x9 && u != 0xa && u != 0xd;
    if (u == 0xfffe || u == 0xffff)
        return true;
    if (c.isHighSurrogate())
        return i + 1 >= text.size() || !text.at(i + 1).isLowSurrogate();
    if (c.isLowSurrogate())
        return i == 0 || !text.at(i - 1).isHighSurrogate();
    return false;
}

Result<RepairedXml> XmlRepair::repair(const QString &text, const XmlRepairLimits &limits)
{
    Scanner scanner(text, limits);
    return scanner.run();
}

} // namespace ww
