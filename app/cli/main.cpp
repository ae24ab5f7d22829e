#include "core/version.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("wirewatch-cli"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(ww::kVersion));
    QTextStream(stdout) << "wirewatch-cli " << QCoreApplication::applicationVersion() << '\n';
    return 0;
}
