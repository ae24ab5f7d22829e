#pragma once

#include "extract/article.h"

#include <QStringView>

namespace ww {

class AgencyRegistry;

// Takes a photo credit apart ("Sputnik/Vladimir Smirnov/Pool via REUTERS/File Photo") by the way credits
// are written: agency, person and qualifier tokens separated by "/", ",", "via" and prefixes such as
// "Photo:", "Фото:", "사진=", "©". Agency names come out canonical through the registry.
// Conventions: the distributor is the agency whose wire carried the picture ("X via REUTERS" -> Reuters,
// and a plain "REUTERS/Name" -> Reuters too); the origin is the first agency named, else the
// distributor (unless it is a handout, whose origin is unknown); staff photos have neither.
class CreditParser
{
public:
    explicit CreditParser(const AgencyRegistry &registry) : m_registry(registry) {}

    ParsedCredit parse(QStringView credit) const;
    // With the outlet that printed the credit: its own name in a credit ("Name/Gulf Coast Record",
    // "Фото: Дальневосточный вестник") marks a staff photo, which has no agency.
    ParsedCredit parse(QStringView credit, QStringView publisher) const;

    // Longer strings are not credits; only this much is looked at.
    static constexpr qsizetype MaxCreditLength = 400;

private:
    struct Token;
    Token classify(QString token) const;

    const AgencyRegistry &m_registry;
};

} // namespace ww
