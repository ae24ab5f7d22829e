#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <functional>

namespace ww {

// People named in an article, found the way reporters introduce them: a title or role before the name
// ("President Vladimir Putin", "spokeswoman Maria Zakharova", "президент России Владимир Путин",
// "김정은 국무위원장"), an apposition ("Dmitry Peskov, the Kremlin spokesman") or a speech verb
// ("Lavrov said"). Organisations and places are kept out; surnames fold into the full name.
class PeopleExtractor
{
public:
    // Says whether a phrase is a place (the country tagger's matcher can stand in); may be empty.
    using PlaceTest = std::function<bool(QStringView)>;

    explicit PeopleExtractor(PlaceTest isPlace = {}) : m_isPlace(std::move(isPlace)) {}

    // Full names in order of first mention.
    QStringList extract(QStringView text) const;

    // "Putin" -> "Vladimir Putin", "Захаровой" -> "Мария Захарова", "Kim" -> "Kim Jong Un"; empty if none.
    static QString resolve(const QStringList &people, QStringView name);
    // Every position where one of people is named (full name or surname), ordered by position.
    struct Mention
    {
        qsizetype position = 0;
        qsizetype length = 0;
        QString person;
    };
    static QList<Mention> mentions(const QStringList &people, QStringView text);

    static constexpr qsizetype MaxTextLength = 1 << 20;

private:
    bool acceptable(const QString &name) const;

    PlaceTest m_isPlace;
};

} // namespace ww
