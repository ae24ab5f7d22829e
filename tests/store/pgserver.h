#pragma once

// A throw-away PostgreSQL server for the tests (header-only): initdb into a temporary folder, pg_ctl on
// 127.0.0.1 with an ephemeral port, one server per test process, started on first use and stopped when
// the process ends (a detached watchdog stops it even if the test crashes). initdb refuses to run as
// root, so as root the server runs as the "postgres" user (Debian's postgresql package creates it).
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUuid>

#include <memory>

#include <pwd.h>
#include <unistd.h>

namespace wwtest {

class PgServer
{
public:
    // The process-wide server, started on first call.
    static PgServer &instance()
    {
        static PgServer *server = [] {
            auto *s = new PgServer;
            s->start();
            qAddPostRoutine([] { PgServer::instance().stop(); });
            return s;
        }();
        return *server;
    }

    // Crash-stops the server (pg_ctl stop -m immediate: no shutdown checkpoint, sessions cut off as in a
    // power loss of the server) and starts it again on the same port and data, for the durability tests.
    bool stopImmediately()
    {
        const bool stopped =
            run(QStringLiteral("pg_ctl"),
                {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("-m"),
                 QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")});
        m_running = m_running && !stopped;
        return stopped;
    }
    bool startAgain()
    {
        // createDatabase()'s admin session died with the server: open a new one next time.
        if (QSqlDatabase::contains(QStringLiteral("wwtest-admin")))
            QSqlDatabase::database(QStringLiteral("wwtest-admin"), false).close();
        QString out;
        m_running = run(QStringLiteral("pg_ctl"), startArguments(), &out);
        if (!m_running)
            m_error = QStringLiteral("pg_ctl restart failed: ") + out.right(1000);
        return m_running;
    }

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    int port() const { return m_port; }

    QString connectionString(const QString &database) const
    {
        return QStringLiteral("postgresql://wwtest@127.0.0.1:%1/%2").arg(m_port).arg(database);
    }

    // A new empty database; each test gets its own so none sees another's rows.
    QString createDatabase()
    {
        if (!ok())
            return QStringLiteral("postgresql://unavailable/none");
        const QString name = QStringLiteral("wwtest_%1").arg(++m_databases);
        const QString conn = QStringLiteral("wwtest-admin");
        {
            QSqlDatabase db = QSqlDatabase::contains(conn)
                                  ? QSqlDatabase::database(conn, false)
                                  : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), conn);
            db.setHostName(QStringLiteral("127.0.0.1"));
            db.setPort(m_port);
            db.setUserName(QStringLiteral("wwtest"));
            db.setDatabaseName(QStringLiteral("postgres"));
            if (!db.isOpen() && !db.open()) {
                m_error = QStringLiteral("cannot connect to the test server: ") + db.lastError().text();
                return QStringLiteral("postgresql://unavailable/none");
            }
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("CREATE DATABASE ") + name + QStringLiteral(" TEMPLATE template0"))) {
                m_error = QStringLiteral("CREATE DATABASE failed: ") + q.lastError().text();
                return QStringLiteral("postgresql://unavailable/none");
            }
        }
        return connectionString(name);
    }

    // Where initdb and pg_ctl live: WW_PG_BIN, else the newest /usr/lib/postgresql/<version>/bin.
    static QString binDir()
    {
        const QByteArray env = qgetenv("WW_PG_BIN");
        if (!env.isEmpty())
            return QString::fromLocal8Bit(env);
        QDir root(QStringLiteral("/usr/lib/postgresql"));
        QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        std::sort(versions.begin(), versions.end(),
                  [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
        for (const QString &v : versions) {
            if (QFileInfo::exists(root.filePath(v + QStringLiteral("/bin/initdb"))))
                return root.filePath(v + QStringLiteral("/bin"));
        }
        return {};
    }

private:
    PgServer() = default;

    // Runs one PostgreSQL program, as the postgres user when we are root.
    bool run(const QString &program, const QStringList &args, QString *output = nullptr)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        const QString exe = m_bin + QLatin1Char('/') + program;
        if (m_runAs.isEmpty())
            p.start(exe, args);
        else
            p.start(QStringLiteral("runuser"),
                    QStringList{QStringLiteral("-u"), m_runAs, QStringLiteral("--"), exe} + args);
        const bool finished = p.waitForFinished(120000);
        if (output)
            *output = QString::fromLocal8Bit(p.readAll());
        return finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

    void start()
    {
        m_bin = binDir();
        if (m_bin.isEmpty()) {
            m_error =
                QStringLiteral("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb). Install "
                               "the Debian package \"postgresql\" (tools/install-deps.sh does), or set "
                               "WW_PG_BIN to the folder holding initdb and pg_ctl.");
            return;
        }
        m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/wirewatch-pg-XXXXXX"));
        if (!m_dir->isValid()) {
            m_error = QStringLiteral("cannot create a temporary folder for PostgreSQL");
            return;
        }
        if (geteuid() == 0) {
            // initdb refuses root: hand the folder to the postgres user and run the server as it.
            const passwd *pw = getpwnam("postgres");
            if (!pw) {
                m_error = QStringLiteral("running as root but there is no \"postgres\" user to run the test "
                                         "server as (install the postgresql package)");
                return;
            }
            m_runAs = QStringLiteral("postgres");
            if (::chown(QFile::encodeName(m_dir->path()).constData(), pw->pw_uid, pw->pw_gid) != 0) {
                m_error = QStringLiteral("cannot give the temporary folder to the postgres user");
                return;
            }
        }
        const QString data = m_dir->filePath(QStringLiteral("data"));
        QString out;
        if (!run(QStringLiteral("initdb"),
                 {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("wwtest"),
                  QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                  QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync")},
                 &out)) {
            m_error = QStringLiteral("initdb failed: ") + out.right(2000);
            return;
        }
        // An ephemeral port: the kernel picks a free one; a clash between picking and binding is retried.
        for (int attempt = 0; attempt < 5; ++attempt) {
            {
                QTcpServer probe;
                if (!probe.listen(QHostAddress::LocalHost, 0))
                    continue;
                m_port = probe.serverPort();
            }
            if (run(QStringLiteral("pg_ctl"), startArguments(), &out)) {
                m_running = true;
                startWatchdog(data);
                return;
            }
        }
        QFile log(m_dir->filePath(QStringLiteral("server.log")));
        log.open(QIODevice::ReadOnly);
        m_error = QStringLiteral("pg_ctl start failed: ") + out.right(1000) +
                  QString::fromLocal8Bit(log.readAll().right(2000));
    }

    QStringList startArguments() const
    {
        const QString options = QStringLiteral("-c listen_addresses=127.0.0.1 -p %1 -k %2 -c fsync=off -c "
                                               "full_page_writes=off -c max_connections=40")
                                    .arg(m_port)
                                    .arg(m_dir->path());
        return {QStringLiteral("-D"),
                m_dir->filePath(QStringLiteral("data")),
                QStringLiteral("-l"),
                m_dir->filePath(QStringLiteral("server.log")),
                QStringLiteral("-w"),
                QStringLiteral("-t"),
                QStringLiteral("60"),
                QStringLiteral("-o"),
                options,
                QStringLiteral("start")};
    }

    // Stops the server when this process is gone, however it ended (a crash skips stop()).
    void startWatchdog(const QString &data)
    {
        const QString stop = (m_runAs.isEmpty() ? QString() : QStringLiteral("runuser -u postgres -- ")) +
                             m_bin + QStringLiteral("/pg_ctl -D '") + data +
                             QStringLiteral("' -m immediate stop");
        const QString script =
            QStringLiteral("while [ -d /proc/%1 ]; do sleep 1; done; if [ -d '%2' ]; then %3; "
                           "rm -rf '%4'; fi")
                .arg(QCoreApplication::applicationPid())
                .arg(data, stop, m_dir->path());
        QProcess watchdog;
        watchdog.setProgram(QStringLiteral("/bin/sh"));
        watchdog.setArguments({QStringLiteral("-c"), script});
        watchdog.setStandardInputFile(QProcess::nullDevice());
        watchdog.setStandardOutputFile(QProcess::nullDevice());
        watchdog.setStandardErrorFile(QProcess::nullDevice());
        watchdog.startDetached();
    }

    void stop()
    {
        if (QSqlDatabase::contains(QStringLiteral("wwtest-admin")))
            QSqlDatabase::removeDatabase(QStringLiteral("wwtest-admin"));
        if (m_running) {
            run(QStringLiteral("pg_ctl"),
                {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("-m"),
                 QStringLiteral("immediate"), QStringLiteral("stop")});
            m_running = false;
        }
        m_dir.reset();
    }

    QString m_bin;
    QString m_runAs;
    QString m_error;
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_port = 0;
    int m_databases = 0;
    bool m_running = false;
};

} // namespace wwtest
