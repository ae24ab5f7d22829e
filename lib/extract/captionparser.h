#pragma once

#include <QString>

namespace ww {

// A photo caption taken apart: the caption proper, a trailing credit, the date and place it states.
struct CaptionParts
{
    QString caption;
    QString credit;    // "Sputnik/Vladimir Smirnov/Pool via REUTERS/File Photo", "AP Photo/Evan Vucci"
    QString takenDate; // ISO yyyy-MM-dd
    QString place;     // "Pyongyang, North Korea"
    bool filePhoto = false;
};

class CaptionParser
{
public:
    // Caption text that may end in a credit ("... June 19, 2024. Sputnik/.../File Photo").
    static CaptionParts parse(const QString &text);
    // Splits a trailing credit off; returns {caption, credit} (credit empty if none recognised).
    static std::pair<QString, QString> splitCredit(const QString &text);
    static QString takenDate(const QString &caption, qsizetype *matchStart = nullptr);
    static QString place(const QString &caption);
    static bool isFilePhoto(const QString &caption, const QString &credit);
    // Does this short string read like a photo credit rather than prose?
    static bool looksLikeCredit(const QString &text);
};

} // namespace ww
