#pragma once

#include "appsettings.h"

#include <QMainWindow>

class ArticleTableView;
class ArticleView;
class DataSource;
class QLabel;
class QLineEdit;
class QSettings;
class QSplitter;
class QTimer;
class ReaderController;
class SourceTreeView;
class TaskProgress;

// Assembles the desk: sources | (search, article list / article view), menus, shortcuts and the status
// bar. Coordination lives in ReaderController; this class only builds and lays out.
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    MainWindow(DataSource &data, QSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    ReaderController *controller() const { return m_controller; }
    SourceTreeView *sourceView() const { return m_sources; }
    ArticleTableView *articleList() const { return m_list; }
    ArticleView *articleView() const { return m_view; }
    QLineEdit *searchEdit() const { return m_search; }
    TaskProgress *progress() const { return m_progress; }
    const AppSettings &appSettings() const { return m_appSettings; }

    // Opens the settings dialog (modal) and applies what the analyst accepted.
    void showSettings();
    // Applies the search line now, without waiting for the typing pause.
    void applySearch();
    void focusSearch();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void restoreLayout();
    void saveLayout();
    void applySettings(const AppSettings &settings);

    DataSource &m_data;
    QSettings &m_settings;
    AppSettings m_appSettings;
    SourceTreeView *m_sources;
    ArticleTableView *m_list;
    ArticleView *m_view;
    QLineEdit *m_search;
    QLabel *m_searchHint;
    QSplitter *m_outer;
    QSplitter *m_inner;
    TaskProgress *m_progress;
    QTimer *m_searchDelay;
    ReaderController *m_controller;
};
