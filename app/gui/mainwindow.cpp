#include "mainwindow.h"

#include "articlebrowser.h"
#include "articletableview.h"
#include "articleview.h"
#include "coveragecontroller.h"
#include "coveragedashboard.h"
#include "datasource.h"
#include "facetview.h"
#include "models/articlelistmodel.h"
#include "models/facetmodel.h"
#include "models/searchquery.h"
#include "readercontroller.h"
#include "readworker.h"
#include "reportdialog.h"
#include "settingsdialog.h"
#include "sourcetreeview.h"
#include "storedatasource.h"
#include "taskprogress.h"
#include "timelineview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {
constexpr int kSearchDelayMs = 300; // wait for a pause in typing before querying
}

MainWindow::MainWindow(DataSource &data, QSettings &settings, QWidget *parent)
    : QMainWindow(parent), m_data(data), m_settings(settings), m_appSettings(AppSettings::load(settings))
{
    setWindowTitle(tr("Wirewatch"));
    setObjectName(QStringLiteral("MainWindow"));

    m_sources = new SourceTreeView(this);
    m_list = new ArticleTableView(this);
    m_view = new ArticleView(this);

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(
        tr("Search: words, \"phrases\", country:KP agency:Reuters outlet:\u2026 tag:\u2026 lang:ru"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search articles"));
    m_search->setToolTip(
        tr("Free text and field filters: country:KP agency:Reuters outlet:\"Global South World\" "
           "tag:sanctions lang:ru from:2026-10-01 to:2026-10-31"));
    m_searchHint = new QLabel(this);
    m_searchHint->setTextFormat(Qt::PlainText);
    m_searchHint->setWordWrap(true);
    m_searchHint->hide();

    m_facets = new FacetView(this);
    m_dashboard = new ww::CoverageDashboard(this);
    m_timeline = new ww::TimelineView(this);
    m_timeline->setAccessibleName(tr("Story timeline"));

    m_inner = new QSplitter(Qt::Vertical, this);
    m_inner->setObjectName(QStringLiteral("listViewSplitter"));
    m_inner->addWidget(m_list);
    m_inner->addWidget(m_view);
    m_inner->setStretchFactor(0, 2);
    m_inner->setStretchFactor(1, 3);

    // The search line sits above the tabs: it filters the list, the dashboard and the timeline alike.
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_inner, tr("Articles"));
    m_tabs->addTab(m_dashboard, tr("Coverage"));
    m_tabs->addTab(m_timeline, tr("Timeline"));

    auto *rightPane = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(rightPane);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(2);
    rightLayout->addWidget(m_search);
    rightLayout->addWidget(m_searchHint);
    rightLayout->addWidget(m_tabs, 1);

    m_left = new QSplitter(Qt::Vertical, this);
    m_left->setObjectName(QStringLiteral("sourcesFacetsSplitter"));
    m_left->addWidget(m_sources);
    m_left->addWidget(m_facets);
    m_left->setStretchFactor(0, 3);
    m_left->setStretchFactor(1, 2);

    m_outer = new QSplitter(Qt::Horizontal, this);
    m_outer->setObjectName(QStringLiteral("sourcesSplitter"));
    m_outer->addWidget(m_left);
    m_outer->addWidget(rightPane);
    m_outer->setStretchFactor(0, 1);
    m_outer->setStretchFactor(1, 4);
    setCentralWidget(m_outer);

    m_progress = new TaskProgress(this);
    statusBar()->addPermanentWidget(m_progress);

    m_controller = new ReaderController(m_data, m_sources, m_list, m_view, this);
    connect(m_controller, &ReaderController::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_controller, &ReaderController::searchProblems, this, [this](const QStringList &problems) {
        m_searchHint->setText(problems.join(QStringLiteral("; ")));
        m_searchHint->setVisible(!problems.isEmpty());
    });

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &MainWindow::applySearch);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        applySearch();
        m_list->setFocus();
        if (!m_list->currentIndex().isValid())
            m_controller->next();
    });
    connect(m_list, &QAbstractItemView::activated, this, [this] {
        m_controller->openCurrent();
        m_view->setFocus(Qt::OtherFocusReason); // the view forwards focus to the article text
    });

    m_coverage = new CoverageController(m_data, m_dashboard, m_timeline, this);
    if (const QString path = m_data.databasePath(); !path.isEmpty())
        m_coverage->setDashboardWorker(
            std::make_unique<ReadWorker>([path] { return StoreDataSource::openReadOnly(path); }));
    m_facets->setModel(m_coverage->facetModel());
    connectCoverage();
    createActions();
    applySettings(m_appSettings);
    m_controller->refreshSources();
    m_controller->selectAllArticles();
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::connectCoverage()
{
    connect(m_controller, &ReaderController::queryChanged, m_coverage, &CoverageController::setQuery);
    connect(m_coverage, &CoverageController::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        m_coverage->setDashboardShown(currentView() == View::Dashboard);
        m_coverage->setTimelineShown(currentView() == View::Timeline);
    });
    // Click-to-filter: a country on the map or the bars, a slice of a pie, a facet value.
    const auto filterAndRead = [this](const char *field) {
        return [this, field](const QString &value) {
            addFilter(QLatin1String(field), value);
            showView(View::Articles);
        };
    };
    connect(m_dashboard, &ww::CoverageDashboard::countryClicked, this, filterAndRead("country"));
    connect(m_dashboard, &ww::CoverageDashboard::outletClicked, this, filterAndRead("outlet"));
    connect(m_dashboard, &ww::CoverageDashboard::producerClicked, this, filterAndRead("agency"));
    connect(m_facets, &FacetView::filterRequested, this, &MainWindow::addFilter);
    connect(m_timeline, &ww::TimelineView::articleActivated, this, [this](qint64 id) {
        showView(View::Articles);
        m_controller->openArticle(id);
    });
}

MainWindow::View MainWindow::currentView() const
{
    return View(m_tabs->currentIndex());
}

void MainWindow::showView(View view)
{
    m_tabs->setCurrentIndex(int(view));
}

void MainWindow::addFilter(const QString &field, const QString &value)
{
    ww::SearchQuery query = ww::SearchQuery::parse(m_search->text());
    if (!query.setFilter(field, value))
        return;
    m_search->setText(query.toString());
    applySearch();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *settingsAction = file->addAction(tr("&Settings\u2026"), this, &MainWindow::showSettings);
    settingsAction->setShortcut(QKeySequence::Preferences);
    settingsAction->setMenuRole(QAction::PreferencesRole);
    QAction *report = file->addAction(tr("E&xport report\u2026"), this, [this] {
        ReportDialog::Context context;
        context.databasePath = m_data.databasePath();
        context.currentSearch = m_coverage->query();
        context.currentFolder = context.currentSearch.folder;
        if (const QItemSelectionModel *selection = m_list->selectionModel()) {
            for (const QModelIndex &index : selection->selectedRows())
                context.selectedIds << index.data(ww::ArticleListModel::IdRole).toLongLong();
        }
        context.locale = locale();
        auto *dialog = new ReportDialog(context, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    report->setEnabled(!m_data.databasePath().isEmpty());
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    // Single-letter shortcuts are window-wide; the search line takes letters first while it has focus.
    const auto add = [this](QMenu *menu, const QString &text, const QList<QKeySequence> &keys, auto slot) {
        QAction *action = menu->addAction(text);
        action->setShortcuts(keys);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    QMenu *article = menuBar()->addMenu(tr("&Article"));
    add(article, tr("&Next"), {QKeySequence(Qt::Key_J), QKeySequence(Qt::Key_N)},
        [this] { m_controller->next(); });
    add(article, tr("&Previous"), {QKeySequence(Qt::Key_K), QKeySequence(Qt::Key_P)},
        [this] { m_controller->previous(); });
    // Not +/-: the timeline zooms with those.
    add(article, tr("Next &unread"), {QKeySequence(Qt::Key_U)}, [this] { m_controller->nextUnread(); });
    add(article, tr("Previous u&nread"), {QKeySequence(Qt::SHIFT | Qt::Key_U)},
        [this] { m_controller->previousUnread(); });
    add(article, tr("&Mark read/unread"), {QKeySequence(Qt::Key_M)}, [this] { m_controller->toggleRead(); });
    add(article, tr("&Star"), {QKeySequence(Qt::Key_S)}, [this] { m_controller->toggleStar(); });
    add(article, tr("Open in &browser"), {QKeySequence(Qt::Key_B)}, [this] {
        const QModelIndex current = m_list->currentIndex();
        const QUrl url = current.isValid() ? current.data(ww::ArticleListModel::UrlRole).toUrl() : QUrl();
        if (ArticleBrowser::isOpenableLink(url))
            QDesktopServices::openUrl(url);
    });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    add(view, tr("&Search"), {QKeySequence(Qt::Key_Slash), QKeySequence::Find}, [this] { focusSearch(); });
    add(view, tr("&Refresh sources"), {QKeySequence::Refresh}, [this] { m_controller->refreshSources(); });
    view->addSeparator();
    add(view, tr("&Articles"), {QKeySequence(Qt::CTRL | Qt::Key_1)}, [this] { showView(View::Articles); });
    add(view, tr("&Coverage dashboard"), {QKeySequence(Qt::CTRL | Qt::Key_2)},
        [this] { showView(View::Dashboard); });
    add(view, tr("Story &timeline"), {QKeySequence(Qt::CTRL | Qt::Key_3)},
        [this] { showView(View::Timeline); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Wirewatch"), this, [this] {
        QMessageBox::about(
            this, tr("About Wirewatch"),
            tr("Wirewatch %1\nFollow how news stories travel across outlets and wire agencies.")
                .arg(QApplication::applicationVersion()));
    });

    auto *escape = new QAction(this);
    escape->setShortcut(Qt::Key_Escape);
    escape->setShortcutContext(Qt::WidgetShortcut);
    m_search->addAction(escape);
    connect(escape, &QAction::triggered, this, [this] {
        m_search->clear();
        applySearch();
        m_list->setFocus();
    });
}

void MainWindow::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void MainWindow::applySearch()
{
    m_searchDelay->stop();
    m_controller->setSearchText(m_search->text());
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_appSettings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    applySettings(dialog.settings());
    m_appSettings.save(m_settings);
}

void MainWindow::applySettings(const AppSettings &settings)
{
    m_appSettings = settings;
    m_view->setRemoteImagesEnabled(settings.remoteImages);
}

void MainWindow::restoreLayout()
{
    m_settings.beginGroup(QStringLiteral("window"));
    if (!restoreGeometry(m_settings.value(QStringLiteral("geometry")).toByteArray()))
        resize(1280, 820);
    restoreState(m_settings.value(QStringLiteral("state")).toByteArray());
    m_outer->restoreState(m_settings.value(QStringLiteral("outerSplitter")).toByteArray());
    m_left->restoreState(m_settings.value(QStringLiteral("leftSplitter")).toByteArray());
    m_inner->restoreState(m_settings.value(QStringLiteral("innerSplitter")).toByteArray());
    // Fitted column widths only until the analyst has a layout of their own.
    m_list->setColumnsFitted(m_list->horizontalHeader()->restoreState(
        m_settings.value(QStringLiteral("articleColumns")).toByteArray()));
    m_settings.endGroup();
    if (m_outer->sizes().value(0) == 0 || m_settings.value(QStringLiteral("window/outerSplitter")).isNull())
        m_outer->setSizes({width() / 5, width() * 4 / 5});
}

void MainWindow::saveLayout()
{
    m_settings.beginGroup(QStringLiteral("window"));
    m_settings.setValue(QStringLiteral("geometry"), saveGeometry());
    m_settings.setValue(QStringLiteral("state"), saveState());
    m_settings.setValue(QStringLiteral("outerSplitter"), m_outer->saveState());
    m_settings.setValue(QStringLiteral("leftSplitter"), m_left->saveState());
    m_settings.setValue(QStringLiteral("innerSplitter"), m_inner->saveState());
    m_settings.setValue(QStringLiteral("articleColumns"), m_list->horizontalHeader()->saveState());
    m_settings.endGroup();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}
