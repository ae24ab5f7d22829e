#include "screenshotter.h"

#include "articletableview.h"
#include "mainwindow.h"
#include "models/articlelistmodel.h"
#include "readercontroller.h"
#include "settingsdialog.h"

#include <QApplication>
#include <QDir>
#include <QHash>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPixmap>
#include <QTimer>

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
        const int score =
            (idx.data(ww::ArticleListModel::ClusterRole).toLongLong() > 0 ? 4 : 0) +
            int(countries.count(QLatin1Char(','))) +
            (model->index(row, ww::ArticleListModel::ProducerColumn).data().toString().isEmpty() ? 0 : 3);
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
    // The country mentioned most on the first page makes a search that surely has results.
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
        if (best.isEmpty() || it.value() > counts.value(best))
            best = it.key();
    }
    return best.isEmpty() ? QStringLiteral("Reuters") : QStringLiteral("country:") + best;
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
    settle();

    openRichestArticle();
    settle();
    save(m_window, dir.filePath(QStringLiteral("main-window.png")));

    m_window.searchEdit()->setText(sampleSearch());
    m_window.applySearch();
    m_window.controller()->next();
    settle();
    save(m_window, dir.filePath(QStringLiteral("search-results.png")));

    SettingsDialog dialog(m_window.appSettings(), &m_window);
    dialog.show();
    settle();
    dialog.adjustSize();
    settle();
    save(dialog, dir.filePath(QStringLiteral("settings-dialog.png")));
    dialog.close();
    return m_written;
}
