#include "store/pgconnection.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QUrl>
#include <QUrlQuery>

namespace ww {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ww::PgConnection", text);
}

// libpq keywords that QPSQL sets through its own setters; everything else goes into the options.
bool validKeyword(const QString &key)
{
    static const QRegularExpression re(QStringLiteral("^[a-z_]{1,40}$"));
    return re.match(key).hasMatch();
}

// QPSQL joins connect options with ';' and hands them to libpq separated by spaces, so a value holding
// either (or a quote) could smuggle in another keyword: refuse it.
bool validValue(const QString &value)
{
    for (const QChar c : value) {
        if (c.isSpace() || c == QLatin1Char(';') || c == QLatin1Char('\'') || c == QLatin1Char('\\') ||
            c.unicode() < 0x20)
            return false;
    }
    return !value.isEmpty();
}

Status addKeyword(PgConnectionInfo &info, const QString &key, const QString &value)
{
    if (!validKeyword(key))
        return Error(Error::Code::InvalidArgument, tr("Unknown connection setting \"%1\".").arg(key));
    if (key == QLatin1String("host") || key == QLatin1String("hostaddr")) {
        info.host = value;
    } else if (key == QLatin1String("port")) {
        bool ok = false;
        const int port = value.toInt(&ok);
        if (!ok || port <= 0 || port > 65535)
            return Error(Error::Code::InvalidArgument, tr("\"%1\" is not a port number.").arg(value));
        info.port = port;
    } else if (key == QLatin1String("dbname")) {
        info.database = value;
    } else if (key == QLatin1String("user")) {
        info.user = value;
    } else if (key == QLatin1String("password")) {
        info.password = value;
    } else {
        if (!validValue(value))
            return Error(Error::Code::InvalidArgument,
                         tr("The connection setting \"%1\" has a value that cannot be passed on.").arg(key));
        info.options << key + QLatin1Char('=') + value;
    }
    return {};
}

} // namespace

bool PgConnection::isConnectionString(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql:"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("postgres:"), Qt::CaseInsensitive);
}

Result<PgConnectionInfo> PgConnection::parse(const QString &text)
{
    if (!isConnectionString(text))
        return Error(Error::Code::InvalidArgument,
                     tr("\"%1\" is not a PostgreSQL connection string.").arg(text));
    PgConnectionInfo info;
    const QString rest = text.mid(text.indexOf(QLatin1Char(':')) + 1);
    if (rest.startsWith(QLatin1String("//"))) {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid())
            return Error(Error::Code::InvalidArgument,
                         tr("The connection string is not a valid URL: %1").arg(url.errorString()));
        info.host = url.host();
        info.port = url.port(-1);
        info.user = url.userName(QUrl::FullyDecoded);
        info.password = url.password(QUrl::FullyDecoded);
        info.database = url.path(QUrl::FullyDecoded).mid(1);
        if (info.database.contains(QLatin1Char('/')))
            return Error(Error::Code::InvalidArgument, tr("The database name cannot contain \"/\"."));
        const QUrlQuery query(url);
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
            if (Status s = addKeyword(info, key, value); !s)
                return s.error();
        }
    } else {
        for (const QString &part : rest.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const qsizetype eq = part.indexOf(QLatin1Char('='));
            if (eq <= 0)
                return Error(Error::Code::InvalidArgument,
                             tr("Expected keyword=value in the connection string, got \"%1\".").arg(part));
            if (Status s = addKeyword(info, part.left(eq), part.mid(eq + 1)); !s)
                return s.error();
        }
    }
    if (info.database.isEmpty())
        return Error(Error::Code::InvalidArgument, tr("The connection string names no database."));
    return info;
}

QString PgConnection::displayName(const PgConnectionInfo &info)
{
    QString out = QStringLiteral("postgresql://");
    if (!info.user.isEmpty())
        out += info.user + QLatin1Char('@');
    out += info.host.isEmpty() ? QStringLiteral("localhost") : info.host;
    if (info.port > 0)
        out += QLatin1Char(':') + QString::number(info.port);
    return out + QLatin1Char('/') + info.database;
}

void PgConnection::apply(const PgConnectionInfo &info, QSqlDatabase &db)
{
    db.setDatabaseName(info.database);
    if (!info.host.isEmpty())
        db.setHostName(info.host);
    if (info.port > 0)
        db.setPort(info.port);
    if (!info.user.isEmpty())
        db.setUserName(info.user);
    if (!info.password.isEmpty())
        db.setPassword(info.password);
    QStringList options = info.options;
    // A dead server must not hang the GUI at start-up; the name shows who is connected in pg_stat_activity.
    if (!std::any_of(options.begin(), options.end(),
                     [](const QString &o) { return o.startsWith(QLatin1String("connect_timeout=")); }))
        options << QStringLiteral("connect_timeout=10");
    if (!std::any_of(options.begin(), options.end(),
                     [](const QString &o) { return o.startsWith(QLatin1String("application_name=")); }))
        options << QStringLiteral("application_name=wirewatch");
    db.setConnectOptions(options.join(QLatin1Char(';')));
}

bool PgConnection::isConnectionLoss(const QSqlError &error)
{
    const QString state = error.nativeErrorCode();
    // 08xxx: connection exceptions; 57P01-03: admin shutdown, crash shutdown, cannot connect now.
    if (state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01") ||
        state == QLatin1String("57P02") || state == QLatin1String("57P03"))
        return true;
    if (!state.isEmpty())
        return false;
    // No SQLSTATE: libpq itself failed (the server went away before answering).
    const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();
    return text.contains(QLatin1String("server closed the connection"), Qt::CaseInsensitive) ||
           text.contains(QLatin1String("no connection to the server"), Qt::CaseInsensitive) ||
           text.contains(QLatin1String("connection to server"), Qt::CaseInsensitive) ||
           text.contains(QLatin1String("terminating connection"), Qt::CaseInsensitive);
}

Error::Code PgConnection::classify(const QSqlError &error)
{
    if (isConnectionLoss(error))
        return Error::Code::ConnectionLost;
    const QString state = error.nativeErrorCode();
    if (state == QLatin1String("40001") || state == QLatin1String("40P01") || state == QLatin1String("55P03"))
        return Error::Code::DatabaseLocked; // serialization failure, deadlock, lock not available
    if (state == QLatin1String("53100"))
        return Error::Code::DiskFull;
    if (state == QLatin1String("58030"))
        return Error::Code::Io;
    if (state == QLatin1String("XX001") || state == QLatin1String("XX002"))
        return Error::Code::DatabaseCorrupt;
    return Error::Code::Database;
}

} // namespace ww
