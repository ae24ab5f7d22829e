#pragma once

#include "extract/article.h"

#include <QStringView>

namespace ww {

class AgencyRegistry;

// Takes a photo credit apart ("Sputnik/Vladimir Smirnov/Pool via REUTERS/File Photo") by the way credits
// are written: agency, person and qualifier tokens separated by "/", ",", "via" and prefixes such as
// "Photo:", "Фото:", "사진=", "©". Agency names come out canonical through the registry.
class CreditParser
{
public:
    explicit CreditParser(const AgencyRegistry &registry) : m_registry(registry) {}

    ParsedCredit parse(QStringView credit) const;

    // Longer strings are not credits; only this much is looked at.
    static constexpr qsizetype MaxCreditLength = 400;

private:
    struct Token;
    Token classify(QString token) const;

    const AgencyRegistry &m_registry;
};

} // namespace ww
