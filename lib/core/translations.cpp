#include "core/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace ww {

QStringList Translations::shippedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("uk"), QStringLiteral("ko"),
            QStringLiteral("ar")};
}

bool Translations::install(QCoreApplication &app, const QLocale &locale)
{
    const QString language = locale.name().section(QLatin1Char('_'), 0, 0);
    if (language == QLatin1String("en") || language == QLatin1String("C"))
        return true;
    if (!shippedLanguages().contains(language))
        return false;

    auto *own = new QTranslator(&app);
    if (!own->load(QStringLiteral(":/i18n/wirewatch_") + language)) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);

    // Qt's own strings (standard buttons, dialogs) come from Debian's qt6-translations-l10n when present.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return true;
}

bool Translations::isRightToLeft(const QString &language)
{
    return QLocale(language).textDirection() == Qt::RightToLeft;
}

} // namespace ww
