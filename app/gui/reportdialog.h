#pragma once

#include "report/reportspec.h"
#include "store/storetypes.h"

#include <QDialog>
#include <QList>
#include <QString>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QThread;

// The report builder: what to include (the current search, the current folder, the selected articles, a
// saved search, a time range, the selected articles' stories or stories picked from a list), the cover texts,
// the sections, the format and the paper. Export runs on a worker thread with its own read-only database
// connection, reports progress and can be cancelled; the file is written atomically, so a cancelled or failed
// export leaves nothing half-written.
class ReportDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportDialog)
public:
    enum class Selection {
        CurrentSearch,
        CurrentFolder,
        SelectedArticles,
        SavedSearch,
        TimeRange,
        SelectedStories, // every copy of the selected articles' stories
        PickedStories,   // story clusters ticked in the pick list
    };
    Q_ENUM(Selection)

    // One line of the story pick list.
    struct StoryChoice
    {
        qint64 id = 0;
        QString label; // the first copy's title
        QString firstPublisher;
        int outlets = 0;
        int articles = 0;
        QDateTime firstPublished;
    };

    // What the desk knows when the dialog opens. Saved searches and recent stories left empty are read
    // from the database (read-only) when the dialog opens, so every caller offers them.
    struct Context
    {
        QString databasePath;
        ww::ArticleQuery currentSearch; // the list's query as shown (search text and filters)
        QString currentFolder;
        QList<qint64> selectedIds;
        QList<ww::SavedSearch> savedSearches;
        QList<StoryChoice> stories; // newest first
        QLocale locale;
    };
    static constexpr int RecentStories = 60;
    // Fills the empty savedSearches and stories from the database; an unreadable database leaves them empty.
    static void loadChoices(Context &context);

    explicit ReportDialog(const Context &context, QWidget *parent = nullptr);
    ~ReportDialog() override;

    ww::ReportSpec spec() const;
    QString outputPath() const;
    bool isRunning() const;

    // Widgets, for tests and for callers that preset them.
    QComboBox *selectionBox() const { return m_selection; }
    QComboBox *formatBox() const { return m_format; }
    QComboBox *pageSizeBox() const { return m_pageSize; }
    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *authorEdit() const { return m_author; }
    QPlainTextEdit *summaryEdit() const { return m_summary; }
    QLineEdit *outputEdit() const { return m_output; }
    QCheckBox *sectionBox(ww::ReportSpec::Section section) const;
    QComboBox *savedSearchBox() const { return m_savedSearch; }
    QListWidget *storyList() const { return m_stories; }
    QCheckBox *rangeBox() const { return m_useRange; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *statusLabel() const { return m_status; }

    // Starts the export (what the Export button does).
    void startExport();
    // Asks a running export to stop (what the Cancel button does while exporting).
    void cancelExport();

signals:
    void progressed(int done, int total);
    void exportFinished(bool ok, const QString &message);

protected:
    void reject() override;

private:
    void buildUi();
    void updateState();
    void browse();
    void onWorkerDone();
    QList<qint64> pickedStories() const;

    struct Job;

    Context m_context;
    QComboBox *m_selection;
    QComboBox *m_savedSearch;
    QListWidget *m_stories;
    QCheckBox *m_useRange;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_title;
    QLineEdit *m_author;
    QPlainTextEdit *m_summary;
    QList<QPair<ww::ReportSpec::Section, QCheckBox *>> m_sections;
    QComboBox *m_format;
    QComboBox *m_pageSize;
    QLineEdit *m_output;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QThread *m_thread = nullptr;
    std::shared_ptr<Job> m_job;
};
