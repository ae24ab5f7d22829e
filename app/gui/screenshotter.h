#pragma once

#include <QString>
#include <QStringList>

class MainWindow;
class QWidget;

// Renders each main view to PNG for the README and for looking before a GUI change is called done:
// the window with an article open, search results with facets and highlights, the coverage dashboard, the
// world map, the story timeline and the settings dialog.
class Screenshotter
{
public:
    explicit Screenshotter(MainWindow &window) : m_window(window) {}

    // Returns the files written; an empty list and a message on stderr when the folder cannot be written.
    QStringList run(const QString &directory);

    static constexpr int ShotCount = 6;
    // The search the search-results shot uses: the most covered country on the first page and the most
    // frequent long title word among its articles, so the shot has results and highlights on any data.
    QString sampleSearch() const;

private:
    bool save(QWidget &widget, const QString &path);
    void openRichestArticle();

    MainWindow &m_window;
    QStringList m_written;
};
