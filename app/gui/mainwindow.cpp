#include "mainwindow.h"

#include "articlebrowser.h"
#include "articletableview.h"
#include "articleview.h"
#include "models/articlelistmodel.h"
#include "readercontroller.h"
#include "settingsdialog.h"
#include "sourcetreeview.h"
#include "taskprogress.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
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

    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_search);
    listLayout->addWidget(m_searchHint);
    listLayout->addWidget(m_list, 1);

    m_inner = new QSplitter(Qt::Vertical, this);
    m_inner->setObjectName(QStringLiteral("listViewSplitter"));
    m_inner->addWidget(listPane);
    m_inner->addWidget(m_view);
    m_inner->setStretchFactor(0, 2);
    m_inner->setStretchFactor(1, 3);

    m_outer = new QSplitter(Qt::Horizontal, this);
    m_outer->setObjectName(QStringLiteral("sourcesSplitter"));
    m_outer->addWidget(m_sources);
    m_outer->addWidget(m_inner);
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
        m_view->setFocus();
    });

    createActions();
    applySettings(m_appSettings);
    m_controller->refreshSources();
    m_controller->selectAllArticles();
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *settingsAction = file->addAction(tr("&Settings\u2026"), this, &MainWindow::showSettings);
    settingsAction->setShortcut(QKeySequence::Preferences);
    settingsAction->setMenuRole(QAction::PreferencesRole);
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
    m_inner->restoreState(m_settings.value(QStringLiteral("innerSplitter")).toByteArray());
    m_list->horizontalHeader()->restoreState(
        m_settings.value(QStringLiteral("articleColumns")).toByteArray());
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
    m_settings.setValue(QStringLiteral("innerSplitter"), m_inner->saveState());
    m_settings.setValue(QStringLiteral("articleColumns"), m_list->horizontalHeader()->saveState());
    m_settings.endGroup();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}
