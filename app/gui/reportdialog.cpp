#include "reportdialog.h"

#include "report/reportexporter.h"
#include "store/database.h"
#include "store/store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QThread>
#include <QVBoxLayout>

// Shared between the dialog and its worker: the cancel flag is read on the worker thread, the outcome is
// read on the GUI thread only after the worker has finished.
struct ReportDialog::Job
{
    std::atomic<bool> cancel = false;
    ww::Result<ww::ReportOutcome> outcome = ww::Error(ww::Error::Code::Unknown, QString());
};

void ReportDialog::loadChoices(Context &context)
{
    if (context.databasePath.isEmpty() || (!context.savedSearches.isEmpty() && !context.stories.isEmpty()))
        return;
    // A short read on the GUI thread, on a connection of its own: the names of the saved searches and the
    // newest stories, each story's outlets counted from its copies.
    ww::Database db;
    ww::Database::Options options;
    options.mode = ww::Database::Mode::ReadOnly;
    options.quickCheck = false;
    if (!db.open(context.databasePath, options))
        return;
    ww::Store store(db);
    if (context.savedSearches.isEmpty()) {
        if (const auto searches = store.savedSearches().list())
            context.savedSearches = *searches;
    }
    if (context.stories.isEmpty()) {
        ww::ArticleQuery recent;
        recent.limit = RecentStories;
        const auto clusters = store.clusters().list(recent);
        if (!clusters)
            return;
        for (const ww::StoryCluster &c : *clusters) {
            StoryChoice choice{c.id, c.label, c.firstPublisher, 0, c.size, c.firstPublished};
            if (const auto full = store.clusters().get(c.id)) {
                QSet<QString> outlets;
                for (const ww::ClusterMember &m : full->members)
                    outlets.insert(m.publisher);
                choice.outlets = int(outlets.size());
                choice.articles = int(full->members.size());
            }
            context.stories << choice;
        }
    }
}

ReportDialog::ReportDialog(const Context &context, QWidget *parent) : QDialog(parent), m_context(context)
{
    loadChoices(m_context);
    setWindowTitle(tr("Export report"));
    buildUi();
    updateState();
}

ReportDialog::~ReportDialog()
{
    if (m_thread) {
        m_job->cancel = true;
        m_thread->wait();
    }
}

void ReportDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);

    auto *what = new QGroupBox(tr("Articles"), this);
    auto *whatForm = new QFormLayout(what);
    m_selection = new QComboBox(what);
    m_selection->addItem(tr("Current search"), int(Selection::CurrentSearch));
    m_selection->addItem(
        tr("Current folder (%1)")
            .arg(m_context.currentFolder.isEmpty() ? tr("all feeds") : m_context.currentFolder),
        int(Selection::CurrentFolder));
    m_selection->addItem(tr("Selected articles (%n)", nullptr, int(m_context.selectedIds.size())),
                         int(Selection::SelectedArticles));
    m_selection->addItem(tr("Saved search"), int(Selection::SavedSearch));
    m_selection->addItem(tr("Every article in a time range"), int(Selection::TimeRange));
    m_selection->addItem(tr("Stories: the selected articles' stories (%n selected)", nullptr,
                            int(m_context.selectedIds.size())),
                         int(Selection::SelectedStories));
    m_selection->addItem(tr("Stories: pick from the list"), int(Selection::PickedStories));
    whatForm->addRow(tr("&Include:"), m_selection);
    m_savedSearch = new QComboBox(what);
    for (const ww::SavedSearch &s : m_context.savedSearches)
        m_savedSearch->addItem(s.name, s.id);
    whatForm->addRow(tr("Sa&ved search:"), m_savedSearch);
    m_stories = new QListWidget(what);
    m_stories->setUniformItemSizes(true);
    m_stories->setMinimumHeight(fontMetrics().height() * 6);
    for (const StoryChoice &c : m_context.stories) {
        auto *item = new QListWidgetItem(
            tr("%1 \u2014 %2, %3; %n outlet(s)", nullptr, c.outlets)
                .arg(c.label.left(120), c.firstPublisher,
                     m_context.locale.toString(c.firstPublished.toUTC().date(), QLocale::ShortFormat)),
            m_stories);
        item->setData(Qt::UserRole, c.id);
        item->setToolTip(tr("%n article(s)", nullptr, c.articles));
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(Qt::Unchecked);
    }
    whatForm->addRow(tr("S&tories:"), m_stories);
    m_useRange = new QCheckBox(tr("&Limit to dates"), what);
    m_from = new QDateEdit(QDate::currentDate().addDays(-7), what);
    m_to = new QDateEdit(QDate::currentDate(), what);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    auto *range = new QHBoxLayout;
    range->addWidget(m_useRange);
    range->addWidget(m_from);
    range->addWidget(new QLabel(QStringLiteral("\u2013"), what));
    range->addWidget(m_to);
    whatForm->addRow(tr("Dates (UTC):"), range);
    layout->addWidget(what);

    auto *cover = new QGroupBox(tr("Cover"), this);
    auto *coverForm = new QFormLayout(cover);
    m_title = new QLineEdit(cover);
    m_title->setPlaceholderText(tr("Coverage report"));
    m_author = new QLineEdit(cover);
    m_summary = new QPlainTextEdit(cover);
    m_summary->setPlaceholderText(tr("A paragraph for the reader: what this report shows and why."));
    m_summary->setTabChangesFocus(true);
    coverForm->addRow(tr("&Title:"), m_title);
    coverForm->addRow(tr("&Author:"), m_author);
    coverForm->addRow(tr("S&ummary:"), m_summary);
    layout->addWidget(cover);

    auto *sections = new QGroupBox(tr("Sections (PDF)"), this);
    auto *sectionGrid = new QGridLayout(sections);
    const QList<QPair<ww::ReportSpec::Section, QString>> names = {
        {ww::ReportSpec::Cover, tr("Cover")},
        {ww::ReportSpec::Contents, tr("Table of contents")},
        {ww::ReportSpec::Figures, tr("Summary figures")},
        {ww::ReportSpec::Charts, tr("Coverage charts")},
        {ww::ReportSpec::Map, tr("Country map")},
        {ww::ReportSpec::Stories, tr("Stories")}};
    for (qsizetype i = 0; i < names.size(); ++i) {
        auto *box = new QCheckBox(names.at(i).second, sections);
        box->setChecked(true);
        sectionGrid->addWidget(box, int(i / 3), int(i % 3));
        m_sections.append({names.at(i).first, box});
    }
    layout->addWidget(sections);

    auto *output = new QGroupBox(tr("Output"), this);
    auto *outputForm = new QFormLayout(output);
    m_format = new QComboBox(output);
    m_format->addItem(tr("PDF document"), int(ww::ReportSpec::Format::Pdf));
    m_format->addItem(tr("CSV table (one row per article)"), int(ww::ReportSpec::Format::Csv));
    m_format->addItem(tr("JSON"), int(ww::ReportSpec::Format::Json));
    m_pageSize = new QComboBox(output);
    m_pageSize->addItem(tr("A4"), int(ww::ReportSpec::PageSize::A4));
    m_pageSize->addItem(tr("US Letter"), int(ww::ReportSpec::PageSize::Letter));
    if (m_context.locale.measurementSystem() == QLocale::ImperialUSSystem)
        m_pageSize->setCurrentIndex(1);
    m_output = new QLineEdit(output);
    auto *browseButton = new QPushButton(tr("&Browse\u2026"), output);
    auto *file = new QHBoxLayout;
    file->addWidget(m_output);
    file->addWidget(browseButton);
    outputForm->addRow(tr("&Format:"), m_format);
    outputForm->addRow(tr("&Paper:"), m_pageSize);
    outputForm->addRow(tr("F&ile:"), file);
    layout->addWidget(output);

    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Close, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ReportDialog::reject);
    connect(browseButton, &QPushButton::clicked, this, &ReportDialog::browse);
    for (QComboBox *box : {m_selection, m_format})
        connect(box, &QComboBox::currentIndexChanged, this, &ReportDialog::updateState);
    connect(m_useRange, &QCheckBox::toggled, this, &ReportDialog::updateState);
    connect(m_stories, &QListWidget::itemChanged, this, &ReportDialog::updateState);
    connect(m_output, &QLineEdit::textChanged, this, &ReportDialog::updateState);
}

QCheckBox *ReportDialog::sectionBox(ww::ReportSpec::Section section) const
{
    for (const auto &[s, box] : m_sections) {
        if (s == section)
            return box;
    }
    return nullptr;
}

bool ReportDialog::isRunning() const
{
    return m_thread != nullptr;
}

void ReportDialog::updateState()
{
    const auto selection = Selection(m_selection->currentData().toInt());
    const bool running = isRunning();
    m_savedSearch->setEnabled(!running && selection == Selection::SavedSearch);
    m_stories->setEnabled(!running && selection == Selection::PickedStories);
    // A time range is the selection itself for "every article in a time range".
    if (selection == Selection::TimeRange && !m_useRange->isChecked())
        m_useRange->setChecked(true);
    m_useRange->setEnabled(!running && selection != Selection::TimeRange);
    m_from->setEnabled(!running && m_useRange->isChecked());
    m_to->setEnabled(!running && m_useRange->isChecked());
    const bool pdf = ww::ReportSpec::Format(m_format->currentData().toInt()) == ww::ReportSpec::Format::Pdf;
    m_pageSize->setEnabled(!running && pdf);
    for (const auto &[section, box] : m_sections)
        box->setEnabled(!running && pdf);
    const bool needsSelected =
        selection == Selection::SelectedArticles || selection == Selection::SelectedStories;
    const bool selectable = (!needsSelected || !m_context.selectedIds.isEmpty()) &&
                            (selection != Selection::SavedSearch || m_savedSearch->count() > 0) &&
                            (selection != Selection::PickedStories || !pickedStories().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!running && selectable && !m_output->text().trimmed().isEmpty());
    m_buttons->button(QDialogButtonBox::Close)->setText(running ? tr("&Cancel") : tr("&Close"));
}

void ReportDialog::browse()
{
    const auto format = ww::ReportSpec::Format(m_format->currentData().toInt());
    const QString suffix = ww::ReportSpec::formatName(format);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export report"), m_output->text(),
                                                      tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (!path.isEmpty())
        m_output->setText(path.endsWith(QLatin1Char('.') + suffix) ? path : path + QLatin1Char('.') + suffix);
}

ww::ReportSpec ReportDialog::spec() const
{
    ww::ReportSpec spec;
    spec.query.sort = ww::ArticleQuery::Sort::OldestFirst;
    switch (Selection(m_selection->currentData().toInt())) {
    case Selection::CurrentSearch:
        spec.query = m_context.currentSearch;
        spec.query.sort = ww::ArticleQuery::Sort::OldestFirst;
        break;
    case Selection::CurrentFolder:
        spec.query.folder = m_context.currentFolder;
        break;
    case Selection::SelectedArticles:
        spec.articleIds = m_context.selectedIds;
        break;
    case Selection::SavedSearch:
        spec.savedSearchId = m_savedSearch->currentData().toLongLong();
        break;
    case Selection::TimeRange:
        break;
    case Selection::SelectedStories:
        spec.articleIds = m_context.selectedIds;
        spec.wholeStories = true;
        break;
    case Selection::PickedStories:
        spec.clusterIds = pickedStories();
        break;
    }
    if (m_useRange->isChecked()) {
        spec.from = QDateTime(m_from->date(), QTime(0, 0), Qt::UTC);
        spec.to = QDateTime(m_to->date().addDays(1), QTime(0, 0), Qt::UTC); // the last day is included
    }
    spec.title = m_title->text().trimmed();
    spec.author = m_author->text().trimmed();
    spec.summary = m_summary->toPlainText().trimmed();
    spec.sections = {};
    for (const auto &[section, box] : m_sections) {
        if (box->isChecked())
            spec.sections |= section;
    }
    spec.format = ww::ReportSpec::Format(m_format->currentData().toInt());
    spec.pageSize = ww::ReportSpec::PageSize(m_pageSize->currentData().toInt());
    spec.locale = m_context.locale;
    spec.generated = QDateTime::currentDateTimeUtc();
    return spec;
}

QList<qint64> ReportDialog::pickedStories() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_stories->count(); ++i) {
        if (m_stories->item(i)->checkState() == Qt::Checked)
            ids << m_stories->item(i)->data(Qt::UserRole).toLongLong();
    }
    return ids;
}

QString ReportDialog::outputPath() const
{
    return m_output->text().trimmed();
}

void ReportDialog::startExport()
{
    if (isRunning() || outputPath().isEmpty())
        return;
    m_job = std::make_shared<Job>();
    const std::shared_ptr<Job> job = m_job;
    const ww::ReportSpec spec = this->spec();
    const QString databasePath = m_context.databasePath;
    const QString path = outputPath();
    QPointer<ReportDialog> self(this);
    // The worker opens its own read-only connection: a database connection belongs to the thread that
    // opened it, and readers never take the writer's lock.
    m_thread = QThread::create([job, spec, databasePath, path, self] {
        ww::Database db;
        ww::Database::Options options;
        options.mode = ww::Database::Mode::ReadOnly;
        options.quickCheck = false; // the desk checked the file when it opened it
        if (const ww::Status opened = db.open(databasePath, options); !opened) {
            job->outcome = opened.error();
            return;
        }
        ww::Store store(db);
        job->outcome = ww::ReportExporter::exportTo(store, spec, path, [job, self](int done, int total) {
            if (self)
                QMetaObject::invokeMethod(self, "progressed", Qt::QueuedConnection, Q_ARG(int, done),
                                          Q_ARG(int, total));
            return !job->cancel.load();
        });
    });
    connect(
        this, &ReportDialog::progressed, this,
        [this](int done, int total) {
            m_progress->setRange(0, std::max(total, 0));
            m_progress->setValue(total > 0 ? done : 0);
            m_status->setText(total > 0 ? tr("Writing\u2026 %1 of %2").arg(done).arg(total)
                                        : tr("Selecting articles\u2026"));
        },
        Qt::UniqueConnection);
    connect(m_thread, &QThread::finished, this, &ReportDialog::onWorkerDone);
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_status->setText(tr("Selecting articles\u2026"));
    m_thread->start();
    updateState();
}

void ReportDialog::cancelExport()
{
    if (m_job)
        m_job->cancel = true;
}

void ReportDialog::onWorkerDone()
{
    m_thread->deleteLater();
    m_thread = nullptr;
    const ww::Result<ww::ReportOutcome> outcome = m_job->outcome;
    m_progress->setVisible(false);
    bool ok = outcome.ok();
    QString message;
    if (ok) {
        message = outcome->pages > 0
                      ? tr("Wrote %1: %n article(s), %2 pages.", nullptr, outcome->articles)
                            .arg(outputPath())
                            .arg(outcome->pages)
                      : tr("Wrote %1: %n article(s).", nullptr, outcome->articles).arg(outputPath());
    } else if (outcome.error().code == ww::Error::Code::Cancelled) {
        message = tr("Cancelled; nothing was written.");
    } else {
        message = tr("The report could not be written: %1").arg(outcome.error().message);
    }
    m_status->setText(message);
    updateState();
    emit exportFinished(ok, message);
}

void ReportDialog::reject()
{
    // While exporting, Cancel stops the export and keeps the dialog open to say so.
    if (isRunning()) {
        cancelExport();
        return;
    }
    QDialog::reject();
}
