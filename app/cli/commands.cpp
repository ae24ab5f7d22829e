#include "clicontext.h"

#include <QCoreApplication>

namespace ww::cli {

QList<Command> commands()
{
    return {};
}

} // namespace ww::cli
