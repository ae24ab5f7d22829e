#include "extract/languagedetector.h"

#include <cld2/public/compact_lang_det.h>

namespace ww {

LanguageDetector::Detection LanguageDetector::detect(const QString &text)
{
    QByteArray utf8 = text.left(64 * 1024).toUtf8();
    if (utf8.trimmed().isEmpty())
        return {};
    bool reliable = false;
    const CLD2::Language language =
        CLD2::DetectLanguage(utf8.constData(), int(utf8.size()), /*is_plain_text=*/true, &reliable);
    if (language == CLD2::UNKNOWN_LANGUAGE)
        return {};
    QString code = QString::fromLatin1(CLD2::LanguageCode(language));
    // CLD2 says "zh-Hant" and the like; the primary subtag is what articles store.
    code = code.section(QLatin1Char('-'), 0, 0).toLower();
    if (code == QLatin1String("un") || code == QLatin1String("xxx"))
        return {};
    return {code, reliable};
}

} // namespace ww
