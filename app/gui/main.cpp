#include "alertcenter.h"
#include "analystdesk.h"
#include "articlebrowser.h"
#include "articletableview.h"
#include "articleview.h"
#include "backupscheduler.h"
#include "core/translations.h"
#include "core/version.h"
#include "damageddatabasedialog.h"
#include "ingest/demosession.h"
#include "ingest/ingestservice.h"
#include "mainwindow.h"
#include "net/httpfetcher.h"
#include "readercontroller.h"
#include "screenshotter.h"
#include "startupcheck.h"
#include "store/changenotifier.h"
#include "store/database.h"
#include "store/pgconnection.h"
#include "store/store.h"
#include "storedatasource.h"
#include "taskprogress.h"
#include "writefailurebanner.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

namespace {

// The demo database lives apart from the analyst's own, so `--demo` never mixes sample data into real work.
QString demoDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo.sqlite");
}

QString chooseLanguage(const QCommandLineParser &parser, const QSettings &settings)
{
    if (parser.isSet(QStringLiteral("lang")))
        return parser.value(QStringLiteral("lang"));
    const QString stored = settings.value(QStringLiteral("ui/language")).toString();
    return stored.isEmpty() ? QLocale::system().name() : stored;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication::setHighDpiScaleFactorRoundingPolicy(Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
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
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QApplication::translate("main", "Open the database at PATH."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"), QApplication::translate("main", "Open the built-in demo data (offline)."));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Render each main view to PNG files in DIR, then exit."),
        QStringLiteral("DIR"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QApplication::translate("main",
                                                                "Use the interface language CODE (en, ru, "
                                                                "uk, ko, ar)."),
                                        QStringLiteral("CODE"));
    parser.addOptions({dbOption, demoOption, screenshotOption, langOption});
    parser.process(app);

    // Screenshots use throw-away settings so a developer's saved layout never leaks into the README.
    const bool screenshots = parser.isSet(screenshotOption);
    QTemporaryDir scratch;
    std::unique_ptr<QSettings> settings =
        screenshots ? std::make_unique<QSettings>(scratch.filePath(QStringLiteral("settings.ini")),
                                                  QSettings::IniFormat)
                    : std::make_unique<QSettings>();

    const QString language = chooseLanguage(parser, *settings);
    const QLocale locale(language);
    ww::Translations::install(app, locale);
    QLocale::setDefault(locale);
    if (ww::Translations::isRightToLeft(language))
        QGuiApplication::setLayoutDirection(Qt::RightToLeft);

    QString path = parser.value(dbOption);
    const bool demo = parser.isSet(demoOption);
    if (demo && path.isEmpty()) {
        // The demo archive is rebuilt at every start: the bundle's server gets a new port each time, and the
        // demo must show the same data on every machine. It never touches the analyst's own database.
        path = demoDatabasePath();
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
    }
    if (path.isEmpty())
        path = settings->value(QStringLiteral("store/path")).toString();
    if (path.isEmpty())
        path = ww::Database::defaultPath();
    const bool team = ww::PgConnection::isConnectionString(path);
    if (!team)
        QDir().mkpath(QFileInfo(path).absolutePath());

    // The full integrity check of a large archive takes seconds to minutes (RELIABILITY b.45, issue 5
    // "Scale"): the desk opens with the cheap checks and runs it in the background (StartupCheck). Damage it
    // finds ends the round: the window closes, its connections and lock go, and the next round offers the
    // restore exactly as a damaged file found at open does. The demo is rebuilt at every start.
    const bool deferCheck = !team && !screenshots && !demo;
    QString damageFound;
    for (;;) {
        ww::Database db;
        ww::Database::Options openOptions;
        openOptions.deferQuickCheck = deferCheck;
        ww::Status opened = damageFound.isEmpty()
                                ? db.open(path, openOptions)
                                : ww::Status(ww::Error(ww::Error::Code::DatabaseCorrupt, damageFound));
        damageFound.clear();
        if (!opened.ok() && opened.error().code == ww::Error::Code::DatabaseCorrupt && !team &&
            !screenshots) {
            // Offer the latest backup; the damaged file is moved aside, never deleted.
            DamagedDatabaseDialog damaged(path, opened.error().message);
            damaged.exec();
            if (damaged.outcome().ok()) {
                opened = db.open(path);
                if (opened.ok())
                    QMessageBox::information(
                        nullptr, QApplication::translate("main", "Wirewatch"),
                        QApplication::translate(
                            "main", "The backup %1 was restored. The damaged file was kept as %2.")
                            .arg(QDir::toNativeSeparators(damaged.latestBackup()),
                                 QDir::toNativeSeparators(damaged.outcome().value())));
            } else if (damaged.clickedButton() == damaged.restoreButton()) {
                opened = damaged.outcome().error();
            } else {
                return 1;
            }
        }
        if (!opened.ok()) {
            const QString message = QApplication::translate("main", "Cannot open the database %1:\n%2")
                                        .arg(QDir::toNativeSeparators(path), opened.error().message);
            if (screenshots)
                std::fprintf(stderr, "wirewatch: %s\n", qPrintable(message));
            else
                QMessageBox::critical(nullptr, QApplication::translate("main", "Wirewatch"), message);
            return 1;
        }

        ww::Store store(db);
        StoreDataSource data(store);
        MainWindow window(data, *settings);
        // After a disk-full or I/O error the store is read-only until the analyst retries.
        auto *writeBanner = new WriteFailureBanner(db);
        window.statusBar()->addPermanentWidget(writeBanner);
        QObject::connect(writeBanner, &WriteFailureBanner::writesResumed, &window, [&window]() {
            window.statusBar()->showMessage(QApplication::translate("main", "Saving is possible again."),
                                            8000);
        });
        // A daily backup of the analyst's own archive (team archives are backed up on the server).
        BackupScheduler backups(path, ww::BackupService::Options{}, 24 * 3600);
        QObject::connect(&backups, &BackupScheduler::backupFailed, &window,
                         [&window](const QString &message) {
                             window.statusBar()->showMessage(
                                 QApplication::translate("main", "Backup failed: %1").arg(message), 20000);
                         });
        StartupCheck startupCheck;
        // Background writers (polling, backups) start once the archive is known to be sound.
        std::vector<std::function<void()>> afterCheck;
        if (!team && !demo && !screenshots)
            afterCheck.emplace_back([&backups]() { backups.start(); });
        AnalystDesk desk(store, &window, window.articleView()->browser(), window.searchEdit());
        ReaderController *controller = window.controller();
        QObject::connect(controller, &ReaderController::articleOpened, &desk, &AnalystDesk::showArticle);
        desk.setSelectionSource(window.articleList());
        // The notes list and the alert history open articles in the desk; tag edits re-read lists and
        // folders.
        QObject::connect(&desk, &AnalystDesk::openArticleRequested, controller,
                         &ReaderController::openArticle);
        QObject::connect(&desk, &AnalystDesk::tagListChanged, controller, [controller]() {
            controller->refreshSources();
            controller->reload();
        });
        // The sources pane counts tags and saved searches: recount when the analyst changes either.
        QObject::connect(&desk, &AnalystDesk::tagsChanged, controller,
                         [controller]() { controller->refreshSources(); });
        QObject::connect(&desk, &AnalystDesk::savedSearchesChanged, controller,
                         [controller]() { controller->refreshSources(); });

        // Team mode: teammates' new articles, tags and notes arrive through LISTEN/NOTIFY on a second
        // connection of our own (Qt reads notifications only on an idle connection); no polling of the
        // database.
        ww::Database listenDb;
        std::unique_ptr<ww::ChangeNotifier> notifier;
        if (team && listenDb.open(path).ok()) {
            notifier = std::make_unique<ww::ChangeNotifier>(listenDb);
            QObject::connect(notifier.get(), &ww::ChangeNotifier::articlesChanged, controller,
                             [controller]() {
                                 controller->refreshSources();
                                 controller->reload();
                             });
            QObject::connect(notifier.get(), &ww::ChangeNotifier::tagsChanged, controller, [controller]() {
                controller->refreshSources();
                controller->reload();
            });
            QObject::connect(notifier.get(), &ww::ChangeNotifier::annotationsChanged, controller,
                             [&desk, &window]() {
                                 if (const qint64 open = window.articleView()->articleId(); open > 0)
                                     desk.showArticle(open);
                             });
            if (const ww::Status listening = notifier->start(); !listening)
                window.statusBar()->showMessage(listening.error().message, 10000);
        }
        QObject::connect(&desk, &AnalystDesk::statusMessage, &window, [&window](const QString &message) {
            window.statusBar()->showMessage(message, 8000);
        });

        // --demo: the bundle is served on 127.0.0.1 and ingested through the real network path. Otherwise the
        // subscribed feeds are polled as they fall due, through the same chokepoint with the public-only
        // policy.
        ww::DemoSession demoSession;
        std::unique_ptr<ww::HttpFetcher> fetcher;
        std::unique_ptr<ww::IngestService> ingest;
        QTimer dueTimer;
        if (!demo && !screenshots) {
            fetcher = std::make_unique<ww::HttpFetcher>(ww::AddressPolicy{});
            ingest = std::make_unique<ww::IngestService>(store, *fetcher);
            QObject::connect(ingest.get(), &ww::IngestService::feedPolled, controller,
                             [controller]() { controller->refreshSources(); });
            QObject::connect(ingest.get(), &ww::IngestService::finished, controller, [controller, &window]() {
                window.progress()->finish();
                controller->refreshSources();
            });
            QObject::connect(
                ingest.get(), &ww::IngestService::progress, window.progress(),
                [&window, &ingest](int done, int total) {
                    if (!window.progress()->isRunning())
                        window.progress()->begin(QApplication::translate("main", "Checking feeds"), total,
                                                 [&ingest]() { ingest->cancel(); });
                    window.progress()->setProgress(
                        done,
                        QApplication::translate("main", "Checking feeds: %1 of %2").arg(done).arg(total));
                });
            QObject::connect(ingest.get(), &ww::IngestService::alertsRaised, desk.alerts(),
                             &AlertCenter::raise);
            dueTimer.setInterval(60 * 1000);
            QObject::connect(&dueTimer, &QTimer::timeout, ingest.get(), [&ingest]() {
                if (!ingest->isBusy())
                    ingest->pollDue();
            });
            afterCheck.emplace_back([&dueTimer, &ingest]() {
                dueTimer.start();
                QTimer::singleShot(2000, ingest.get(), [&ingest]() { ingest->pollDue(); });
            });
        }
        if (demo) {
            const ww::Status started = demoSession.start();
            const auto subscribed =
                started.ok() ? demoSession.subscribe(store) : ww::Result<int>(started.error());
            if (!subscribed) {
                std::fprintf(stderr, "wirewatch: %s\n", qPrintable(subscribed.error().message));
                return 1;
            }
            fetcher = std::make_unique<ww::HttpFetcher>(demoSession.addressPolicy(), nullptr,
                                                        ww::DemoSession::fetcherOptions());
            ingest = std::make_unique<ww::IngestService>(store, *fetcher);
            QObject::connect(ingest.get(), &ww::IngestService::alertsRaised, desk.alerts(),
                             &AlertCenter::raise);
            QObject::connect(ingest.get(), &ww::IngestService::feedPolled, controller,
                             [controller]() { controller->refreshSources(); });
            QObject::connect(ingest.get(), &ww::IngestService::progress, window.progress(),
                             [&window](int done, int total) {
                                 window.progress()->setProgress(
                                     done, QApplication::translate("main", "Loading the demo data: %1 of %2")
                                               .arg(done)
                                               .arg(total));
                             });
            QObject::connect(ingest.get(), &ww::IngestService::finished, controller, [controller, &window]() {
                window.progress()->finish();
                controller->refreshSources();
                controller->reload();
            });
            window.progress()->begin(QApplication::translate("main", "Loading the demo data"), 0,
                                     [&ingest]() { ingest->cancel(); });
            ingest->poll(*store.feeds().feeds());
            if (screenshots) {
                QEventLoop loop; // the screenshots must show the ingested demo, so wait for it here
                QObject::connect(ingest.get(), &ww::IngestService::finished, &loop, &QEventLoop::quit);
                if (ingest->isBusy())
                    loop.exec();
            }
        }

        if (screenshots) {
            Screenshotter shooter(window);
            const QStringList written = shooter.run(parser.value(screenshotOption));
            for (const QString &file : written)
                std::printf("%s\n", qPrintable(QDir::toNativeSeparators(file)));
            return written.size() == Screenshotter::ShotCount ? 0 : 1;
        }
        const auto startBackground = [&afterCheck]() {
            for (const auto &start : afterCheck)
                start();
        };
        if (db.quickCheckDeferred()) {
            QObject::connect(&startupCheck, &StartupCheck::passed, &window, startBackground);
            QObject::connect(
                &startupCheck, &StartupCheck::failed, &window,
                [&window, startBackground](const QString &message) {
                    window.statusBar()->showMessage(
                        QApplication::translate("main", "The integrity check could not run: %1").arg(message),
                        20000);
                    startBackground();
                });
            QObject::connect(&startupCheck, &StartupCheck::damaged, &window, [&window]() {
                window.hide();
                QApplication::exit(0);
            });
            startupCheck.start(db.path());
        } else {
            startBackground();
        }
        window.show();
        const int result = QApplication::exec();
        if (startupCheck.damage().isEmpty())
            return result;
        damageFound = startupCheck.damage();
    } // this round's window, stores, connections and lock are gone: the next round offers the restore
}
