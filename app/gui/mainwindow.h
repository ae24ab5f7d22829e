#pragma once

#include "appsettings.h"

#include <QMainWindow>

class ArticleTableView;
class ArticleView;
class CoverageController;
class DataSource;
class FacetView;
class QLabel;
class QLineEdit;
class QSettings;
class QSplitter;
class QTabWidget;
class QTimer;
class ReaderController;
class SourceTreeView;
class TaskProgress;
namespace ww {
class CoverageDashboard;
class TimelineView;
} // namespace ww

// Assembles the desk: (sources, facets) | (search, tabs: article list / article view, coverage dashboard,
// story timeline), menus, shortcuts and the status bar. Coordination lives in ReaderController and
// CoverageController; this class only builds, lays out and connects.
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    MainWindow(DataSource &data, QSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    enum class View { Articles, Dashboard, Timeline };

    ReaderController *controller() const { return m_controller; }
    CoverageController *coverage() const { return m_coverage; }
    SourceTreeView *sourceView() const { return m_sources; }
    ArticleTableView *articleList() const { return m_list; }
    ArticleView *articleView() const { return m_view; }
    QLineEdit *searchEdit() const { return m_search; }
    TaskProgress *progress() const { return m_progress; }
    FacetView *facetView() const { return m_facets; }
    ww::CoverageDashboard *dashboard() const { return m_dashboard; }
    ww::TimelineView *timeline() const { return m_timeline; }
    QTabWidget *tabs() const { return m_tabs; }
    View currentView() const;
    void showView(View view);
    const AppSettings &appSettings() const { return m_appSettings; }

    // Opens the settings dialog (modal) and applies what the analyst accepted.
    void showSettings();
    // Applies the search line now, without waiting for the typing pause.
    void applySearch();
    void focusSearch();
    // Narrows the search by one field filter (replacing that field's value), as a map or facet click does.
    void addFilter(const QString &field, const QString &value);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void connectCoverage();
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
    FacetView *m_facets;
    ww::CoverageDashboard *m_dashboard;
    ww::TimelineView *m_timeline;
    QTabWidget *m_tabs;
    QSplitter *m_outer;
    QSplitter *m_left;
    QSplitter *m_inner;
    TaskProgress *m_progress;
    QTimer *m_searchDelay;
    ReaderController *m_controller;
    CoverageController *m_coverage;
};
