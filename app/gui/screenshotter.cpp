#include "screenshotter.h"

#include "articletableview.h"
#include "coveragecontroller.h"
#include "coveragedashboard.h"
#include "mainwindow.h"
#include "models/articlelistmodel.h"
#include "readercontroller.h"
#include "settingsdialog.h"
#include "worldmapwidget.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QHash>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPixmap>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

void settle()
{
    // Layout and paint happen in posted events; let them run before grabbing.
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

} // namespace

bool Screenshotter::save(QWidget &widget, const QString &path)
{
    const QPixmap pixmap = widget.grab();
    if (pixmap.isNull() || !pixmap.save(path, "PNG")) {
        std::fprintf(stderr, "wirewatch: cannot write %s\n", qPrintable(QDir::toNativeSeparators(path)));
        return false;
    }
    m_written.append(path);
    return true;
}

void Screenshotter::openRichestArticle()
{
    // The article with the most images, countries and cluster mates shows the most of the header.
    ArticleTableView *list = m_window.articleList();
    const QAbstractItemModel *model = list->model();
    int best = 0;
    int bestScore = -1;
    for (int row = 0; row < model->rowCount() && row < 200; ++row) {
        const QModelIndex idx = model->index(row, ww::ArticleListModel::TitleColumn);
        const QString countries = model->index(row, ww::ArticleListModel::CountriesColumn).data().toString();
        // A wire story run by another outlet shows what the desk is for: publisher vs producer.
        const QString producer = model->index(row, ww::ArticleListModel::ProducerColumn).data().toString();
        const QString outlet = model->index(row, ww::ArticleListModel::OutletColumn).data().toString();
        const int score = (idx.data(ww::ArticleListModel::ClusterRole).toLongLong() > 0 ? 4 : 0) +
                          int(countries.count(QLatin1Char(','))) +
                          (producer.isEmpty() ? 0 : (producer == outlet ? 1 : 6));
        if (score > bestScore) {
            bestScore = score;
            best = row;
        }
    }
    if (model->rowCount() > 0)
        list->selectionModel()->setCurrentIndex(model->index(best, ww::ArticleListModel::TitleColumn),
                                                QItemSelectionModel::ClearAndSelect |
                                                    QItemSelectionModel::Rows);
}

QString Screenshotter::sampleSearch() const
{
    const QAbstractItemModel *model = m_window.articleList()->model();
    QHash<QString, int> counts;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString codes = model->index(row, ww::ArticleListModel::CountriesColumn).data().toString();
        const QString first = codes.section(QLatin1Char(','), 0, 0).trimmed();
        if (!first.isEmpty())
            ++counts[first];
    }
    QString best;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (best.isEmpty() || it.value() > counts.value(best) ||
            (it.value() == counts.value(best) && it.key() < best))
            best = it.key();
    }
    if (best.isEmpty())
        return QStringLiteral("Reuters");
    // Title words frequent among that country's articles and rare elsewhere ("missile", not "october").
    QHash<QString, int> words;
    QHash<QString, int> everywhere;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString codes = model->index(row, ww::ArticleListModel::CountriesColumn).data().toString();
        const bool ours = codes.section(QLatin1Char(','), 0, 0).trimmed() == best;
        const QString title = model->index(row, ww::ArticleListModel::TitleColumn).data().toString();
        for (const QString &word : title.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const bool letters =
                std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetter(); });
            if (!letters || word.size() < 5)
                continue;
            ++everywhere[word];
            if (ours)
                ++words[word];
        }
    }
    QString word;
    double bestScore = 0;
    for (auto it = words.cbegin(); it != words.cend(); ++it) {
        if (it.value() < 2)
            continue;
        const double score = it.value() * double(it.value()) / everywhere.value(it.key());
        if (score > bestScore || (score == bestScore && it.key() < word)) {
            bestScore = score;
            word = it.key();
        }
    }
    return QStringLiteral("country:") + best + (word.isEmpty() ? QString() : QLatin1Char(' ') + word);
}

QStringList Screenshotter::run(const QString &directory)
{
    m_written.clear();
    if (!QDir().mkpath(directory)) {
        std::fprintf(stderr, "wirewatch: cannot create %s\n",
                     qPrintable(QDir::toNativeSeparators(directory)));
        return {};
    }
    const QDir dir(directory);
    m_window.resize(1400, 900);
    m_window.show();
    m_window.showView(MainWindow::View::Articles);
    settle();

    openRichestArticle();
    settle();
    save(m_window, dir.filePath(QStringLiteral("main-window.png")));

    const QString previousSearch = m_window.searchEdit()->text();
    m_window.searchEdit()->setText(sampleSearch());
    m_window.applySearch();
    m_window.controller()->next();
    // Facets of a text search are counted on the worker thread: wait for them (bounded).
    for (QDeadlineTimer facets(30000); m_window.coverage()->isFacetsPending() && !facets.hasExpired();)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    settle();
    save(m_window, dir.filePath(QStringLiteral("search-results.png")));
    m_window.searchEdit()->setText(previousSearch);
    m_window.applySearch();

    m_window.showView(MainWindow::View::Dashboard);
    // The dashboard is read on a worker thread: wait for its numbers (bounded, in case the read fails).
    QDeadlineTimer deadline(30000);
    while (m_window.coverage()->isDashboardPending() && !deadline.hasExpired())
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    settle();
    save(m_window, dir.filePath(QStringLiteral("dashboard.png")));
    // The map on its own at the size of a report figure: a second widget with the dashboard's values, so
    // the dashboard's layout is left alone.
    ww::WorldMapWidget map;
    map.setValues(m_window.dashboard()->mapWidget()->values());
    map.resize(1000, 560);
    map.show();
    settle();
    save(map, dir.filePath(QStringLiteral("map.png")));
    map.hide();

    m_window.showView(MainWindow::View::Timeline);
    settle();
    save(m_window, dir.filePath(QStringLiteral("timeline.png")));
    m_window.showView(MainWindow::View::Articles);
    openRichestArticle(); // leave the window as the first shot showed it
    settle();

    SettingsDialog dialog(m_window.appSettings(), &m_window);
    dialog.show();
    settle();
    dialog.adjustSize();
    settle();
    save(dialog, dir.filePath(QStringLiteral("settings-dialog.png")));
    dialog.close();
    return m_written;
}
