#pragma once

#include "core/result.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace ww {

// What the lenient pre-pass did to a decoded document before QXmlStreamReader sees it.
struct RepairedXml
{
    QString text;
    bool repaired = false;          // anything below changed the text
    QStringList warnings;           // one line per kind of repair, with counts
    QSet<QString> externalEntities; // declared SYSTEM/PUBLIC entities; their references were removed
};

struct XmlRepairLimits
{
    qint64 maxEntityExpansion = 4096;    // characters one internal entity may expand to
    qint64 maxTotalExpansion = 20000000; // characters all entity references together may expand to
};

// Lenient pre-pass over decoded XML, in one linear scan that knows about comments, CDATA, PIs and
// the DOCTYPE: drops illegal control characters, escapes bare '&' and a '<' that cannot start markup,
// turns HTML named entities into numeric references, removes references to external entities, and
// refuses entity definitions that would blow up (billion laughs, quadratic expansion) before Qt
// expands anything. Well-formed input comes back unchanged with repaired == false.
class XmlRepair
{
public:
    static Result<RepairedXml> repair(const QString &text, const XmlRepairLimits &limits = {});
    // True for characters XML 1.0 forbids (C0 controls except TAB/LF/CR, U+FFFE/U+FFFF, lone surrogates).
    static bool isIllegalXmlChar(const QString &text, qsizetype i);
};

} // namespace ww
