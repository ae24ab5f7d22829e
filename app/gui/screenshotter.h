#pragma once

#include <QString>
#include <QStringList>

class MainWindow;
class QWidget;

// Renders each main view to PNG for the README and for looking before a GUI change is called done:
// the window with an article open, search results, and the settings dialog.
class Screenshotter
{
public:
    explicit Screenshotter(MainWindow &window) : m_window(window) {}

    // Returns the files written; an empty list and a message on stderr when the folder cannot be written.
    QStringList run(const QString &directory);

private:
    bool save(QWidget &widget, const QString &path);
    void openRichestArticle();
    QString sampleSearch() const;

    MainWindow &m_window;
    QStringList m_written;
};
