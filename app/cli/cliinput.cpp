#include "cliinput.h"

#include "net/httpfetcher.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>

namespace ww::cli {

Arguments::Arguments(const QStringList &arguments, const QStringList &valueOptions, const QStringList &flags)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (!argument.startsWith(QLatin1String("--")) || argument == QLatin1String("--")) {
            m_positionals << argument;
            continue;
        }
        const QString name = argument.mid(2);
        if (flags.contains(name)) {
            m_flags << name;
        } else if (valueOptions.contains(name)) {
            if (i + 1 >= arguments.size()) {
                m_error = QCoreApplication::translate("cli", "option --%1 needs a value").arg(name);
                return;
            }
            m_values.append({name, arguments.at(++i)});
        } else {
            m_error = QCoreApplication::translate("cli", "unknown option --%1").arg(name);
            return;
        }
    }
}

QString Arguments::value(const QString &name, const QString &fallback) const
{
    for (auto it = m_values.crbegin(); it != m_values.crend(); ++it) {
        if (it->first == name)
            return it->second;
    }
    return fallback;
}

QStringList Arguments::values(const QString &name) const
{
    QStringList result;
    for (const auto &[key, value] : m_values) {
        if (key == name)
            result << value;
    }
    return result;
}

QString databasePath(const Arguments &arguments)
{
    const QString path = arguments.value(QStringLiteral("db"));
    return path.isEmpty() ? Database::defaultPath() : path;
}

Input readInput(const QString &pathOrUrl, const QStringList &extraHeaders, const QStringList &allowHosts,
                const QByteArray &accept)
{
    Input input;
    const QUrl url(pathOrUrl);
    const bool remote = url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
    for (const QString &header : extraHeaders) {
        const qsizetype colon = header.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            input.error =
                QCoreApplication::translate("cli", "--header wants \"Name: value\", got '%1'").arg(header);
            return input;
        }
        input.headers.append(
            {header.left(colon).trimmed().toLatin1(), header.mid(colon + 1).trimmed().toUtf8()});
    }
    if (!remote) {
        QFile file(pathOrUrl);
        if (!file.open(QIODevice::ReadOnly)) {
            input.error =
                QCoreApplication::translate("cli", "cannot read %1: %2").arg(pathOrUrl, file.errorString());
            return input;
        }
        input.body = file.readAll();
        input.url = QUrl::fromLocalFile(QFileInfo(file).absoluteFilePath());
        return input;
    }

    AddressPolicy policy;
    for (const QString &hostPort : allowHosts) {
        const qsizetype colon = hostPort.lastIndexOf(QLatin1Char(':'));
        const QHostAddress address(hostPort.left(colon));
        const uint port = hostPort.mid(colon + 1).toUInt();
        if (colon <= 0 || address.isNull() || port == 0 || port > 65535) {
            input.error =
                QCoreApplication::translate("cli", "--allow-host wants ADDRESS:PORT, got '%1'").arg(hostPort);
            return input;
        }
        policy.allow(address, quint16(port));
    }
    HttpFetcher fetcher(policy);
    FetchRequest request;
    request.url = url;
    request.accept = accept;
    FetchResult result;
    QEventLoop loop; // the CLI's own event loop; library code never nests one
    QObject::connect(&fetcher, &Fetcher::finished, &loop, [&](quint64, const FetchResult &r) {
        result = r;
        loop.quit();
    });
    fetcher.fetch(request);
    loop.exec();
    if (result.status != FetchResult::Ok) {
        input.error = result.errorText;
        input.networkError = true;
        return input;
    }
    input.body = result.body;
    input.headers = input.headers + result.headers; // --header lines come first, so they win
    input.url = result.finalUrl;
    return input;
}

} // namespace ww::cli
