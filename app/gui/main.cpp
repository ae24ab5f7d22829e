#include "core/version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QString::fromLatin1(ww::kApplicationName));
    QApplication::setOrganizationName(QString::fromLatin1(ww::kOrganizationName));
    QApplication::setApplicationVersion(QString::fromLatin1(ww::kVersion));
    QApplication::setDesktopFileName(QStringLiteral("org.wirewatch.Wirewatch"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Follow how news stories travel across outlets and wire agencies."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    QMainWindow window;
    window.show();
    return QApplication::exec();
}
