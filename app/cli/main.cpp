#include "clicontext.h"
#include "core/translations.h"
#include "core/version.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>

#include <memory>

using namespace ww::cli;

static void printUsage()
{
    QString text =
        QCoreApplication::translate("cli", "Usage: wirewatch-cli COMMAND [OPTIONS]\n\nCommands:\n");
    for (const Command &command : commands())
        text += QStringLiteral("  %1\n      %2\n").arg(command.synopsis, command.summary);
    text += QCoreApplication::translate(
        "cli", "\nGlobal options: --db PATH (the database file), --help, --version\n");
    printLine(text);
}

int main(int argc, char *argv[])
{
    // A PDF report lays out text, which needs a QGuiApplication; offscreen, so no display is ever needed.
    const bool paints = argc > 1 && qstrcmp(argv[1], "report") == 0;
    if (paints && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application = paints ? std::make_unique<QGuiApplication>(argc, argv)
                                                           : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QString::fromLatin1(ww::kApplicationName));
    QCoreApplication::setOrganizationName(QString::fromLatin1(ww::kOrganizationName));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(ww::kVersion));
    ww::Translations::install(app, QLocale::system());

    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help") ||
        arguments.first() == QLatin1String("-h") || arguments.first() == QLatin1String("help")) {
        printUsage();
        return arguments.isEmpty() ? ExitUsage : ExitOk;
    }
    if (arguments.first() == QLatin1String("--version") || arguments.first() == QLatin1String("-v") ||
        arguments.first() == QLatin1String("version")) {
        printLine(QStringLiteral("wirewatch-cli ") + QCoreApplication::applicationVersion());
        return ExitOk;
    }
    const QString name = arguments.takeFirst();
    for (const Command &command : commands()) {
        if (command.name == name)
            return command.run(arguments);
    }
    printError(
        QCoreApplication::translate("cli", "unknown command '%1' (see wirewatch-cli --help)").arg(name));
    return ExitUsage;
}
