#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace ww {

class AgencyRegistry;

// A wire dateline at the start of a paragraph, taken apart.
struct Dateline
{
    QString text;   // as on the page: "MOSCOW, Oct 14 (Reuters) -"
    QString place;  // "Moscow" (all-caps places are title-cased), may be empty ("(Reuters) -")
    QString date;   // as written: "Oct 14", "14 октября"
    QString agency; // canonical registry name
};

// Recognises the dateline shapes of the trade: "SEOUL (Reuters) -", "WASHINGTON (AP) —",
// "МОСКВА, 14 октября. /ТАСС/.", "МОСКВА, 14 окт — РИА Новости.", "КИЇВ. 14 жовтня. УКРІНФОРМ.",
// "(서울=연합뉴스)", "新华社北京10月14日电". The agency must be one the registry knows.
class DatelineParser
{
public:
    explicit DatelineParser(const AgencyRegistry &registry) : m_registry(registry) {}

    std::optional<Dateline> parse(QStringView paragraph) const;

    // A dateline sits in the first characters of its paragraph; only these are looked at.
    static constexpr qsizetype MaxPrefix = 200;

private:
    QString agencyOf(QStringView candidate) const;

    const AgencyRegistry &m_registry;
};

} // namespace ww
