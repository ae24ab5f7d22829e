#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

namespace ww {

// Loads the embedded Wirewatch translation and Qt's own for one language; the translators are owned by
// the application object.
class Translations
{
public:
    static QStringList shippedLanguages(); // "en" first, then the translated ones
    static bool install(QCoreApplication &app, const QLocale &locale);
    static bool isRightToLeft(const QString &language);
};

} // namespace ww
