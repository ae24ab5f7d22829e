#pragma once

#include <QString>

namespace ww {

// Language of a text, from CLD2 (Debian libcld2). Kept behind this class so CLD2 stays out of headers.
class LanguageDetector
{
public:
    struct Detection
    {
        QString code; // ISO 639-1 where it exists ("en", "ru", "ko"); empty when unknown
        bool reliable = false;
    };
    // Plain text in; at most the first 64 KiB is looked at.
    static Detection detect(const QString &text);
};

} // namespace ww
