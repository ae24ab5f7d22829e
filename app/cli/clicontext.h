#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <functional>

namespace ww::cli {

// Exit codes are part of the public CLI contract (docs/cli.md).
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1,  // the command ran but what it was given could not be read or used
    ExitUsage = 2,    // wrong arguments
    ExitDatabase = 3, // the database could not be opened or written
    ExitNetwork = 4,  // a fetch failed
};

struct Command
{
    QString name;
    QString synopsis;
    QString summary;
    std::function<int(const QStringList &arguments)> run;
};

// Writes JSON to stdout (indented, UTF-8, one document) and errors to stderr.
void printJson(const QJsonValue &value);
void printError(const QString &message);
void printLine(const QString &text);

QList<Command> commands();

} // namespace ww::cli
