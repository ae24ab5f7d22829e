#include "core/version.h"

#include <QApplication>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QString::fromLatin1(ww::kApplicationName));
    QApplication::setApplicationVersion(QString::fromLatin1(ww::kVersion));
    QMainWindow window;
    window.show();
    return QApplication::exec();
}
