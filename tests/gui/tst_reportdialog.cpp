#include "../report/reportfixture.h"
#include "reportdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace ww;

class TestReportDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void selectionBecomesSpec_data();
    void selectionBecomesSpec();
    void formsFillTheSpec();
    void exportButtonNeedsAFileAndASelection();
    void exportsOffTheGuiThread();
    void cancelWritesNothing();
    void savedSearchesAndStoriesComeFromTheStore();
    void exportsTheRightArticles_data();
    void exportsTheRightArticles();

private:
    ReportDialog::Context context() const;
    std::unique_ptr<ReportFixture> m_f;
    QTemporaryDir m_out;
};

void TestReportDialog::init()
{
    m_f = std::make_unique<ReportFixture>();
    QVERIFY(m_f->setUpReport());
}

void TestReportDialog::cleanup()
{
    m_f.reset();
}

ReportDialog::Context TestReportDialog::context() const
{
    ReportDialog::Context c;
    c.databasePath = m_f->db.path();
    c.currentSearch.text = QStringLiteral("wire");
    c.currentFolder = QStringLiteral("World");
    c.selectedIds = {m_f->richArticle, m_f->worldIds.at(1)};
    SavedSearch saved;
    saved.id = 7;
    saved.name = QStringLiteral("Korea");
    c.savedSearches = {saved};
    c.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    return c;
}

void TestReportDialog::selectionBecomesSpec_data()
{
    QTest::addColumn<int>("selection");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folder");
    QTest::addColumn<int>("ids");
    QTest::addColumn<qint64>("savedSearch");
    QTest::addColumn<bool>("ranged");
    QTest::addRow("current search") << int(ReportDialog::Selection::CurrentSearch) << QStringLiteral("wire")
                                    << QString() << 0 << qint64(0) << false;
    QTest::addRow("current folder") << int(ReportDialog::Selection::CurrentFolder) << QString()
                                    << QStringLiteral("World") << 0 << qint64(0) << false;
    QTest::addRow("selected") << int(ReportDialog::Selection::SelectedArticles) << QString() << QString() << 2
                              << qint64(0) << false;
    QTest::addRow("saved search") << int(ReportDialog::Selection::SavedSearch) << QString() << QString() << 0
                                  << qint64(7) << false;
    QTest::addRow("time range") << int(ReportDialog::Selection::TimeRange) << QString() << QString() << 0
                                << qint64(0) << true;
    QTest::addRow("selected articles' stories")
        << int(ReportDialog::Selection::SelectedStories) << QString() << QString() << 2 << qint64(0) << false;
    QTest::addRow("picked stories") << int(ReportDialog::Selection::PickedStories) << QString() << QString()
                                    << 0 << qint64(0) << false;
}

void TestReportDialog::selectionBecomesSpec()
{
    QFETCH(int, selection);
    QFETCH(QString, text);
    QFETCH(QString, folder);
    QFETCH(int, ids);
    QFETCH(qint64, savedSearch);
    QFETCH(bool, ranged);
    ReportDialog dialog(context());
    dialog.selectionBox()->setCurrentIndex(dialog.selectionBox()->findData(selection));
    const ReportSpec spec = dialog.spec();
    QCOMPARE(spec.query.text, text);
    QCOMPARE(spec.query.folder, folder);
    QCOMPARE(spec.articleIds.size(), ids);
    QCOMPARE(spec.savedSearchId, savedSearch);
    QCOMPARE(spec.from.isValid(), ranged);
    QCOMPARE(dialog.rangeBox()->isChecked(), ranged);
    QCOMPARE(spec.wholeStories, selection == int(ReportDialog::Selection::SelectedStories));
    QVERIFY(spec.clusterIds.isEmpty()); // nothing picked in the list
    QCOMPARE(dialog.storyList()->isEnabled(), selection == int(ReportDialog::Selection::PickedStories));
}

void TestReportDialog::formsFillTheSpec()
{
    ReportDialog dialog(context());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.titleEdit(), QStringLiteral("Weekly review"));
    QTest::keyClicks(dialog.authorEdit(), QStringLiteral("Desk"));
    QTest::keyClicks(dialog.summaryEdit(), QStringLiteral("Two paragraphs."));
    QTest::mouseClick(dialog.sectionBox(ReportSpec::Map), Qt::LeftButton);
    dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(int(ReportSpec::Format::Pdf)));
    dialog.pageSizeBox()->setCurrentIndex(dialog.pageSizeBox()->findData(int(ReportSpec::PageSize::Letter)));
    QTest::mouseClick(dialog.rangeBox(), Qt::LeftButton);
    dialog.fromEdit()->setDate(QDate(2026, 10, 20));
    dialog.toEdit()->setDate(QDate(2026, 10, 22));
    const ReportSpec spec = dialog.spec();
    QCOMPARE(spec.title, QStringLiteral("Weekly review"));
    QCOMPARE(spec.author, QStringLiteral("Desk"));
    QCOMPARE(spec.summary, QStringLiteral("Two paragraphs."));
    QVERIFY(!spec.hasSection(ReportSpec::Map));
    QVERIFY(spec.hasSection(ReportSpec::Stories));
    QCOMPARE(spec.pageSize, ReportSpec::PageSize::Letter);
    QCOMPARE(spec.from, QDateTime(QDate(2026, 10, 20), QTime(0, 0), Qt::UTC));
    QCOMPARE(spec.to, QDateTime(QDate(2026, 10, 23), QTime(0, 0), Qt::UTC)); // the last day included
    // Sections and paper only mean something for PDF.
    dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(int(ReportSpec::Format::Csv)));
    QVERIFY(!dialog.pageSizeBox()->isEnabled());
    QVERIFY(!dialog.sectionBox(ReportSpec::Cover)->isEnabled());
}

void TestReportDialog::exportButtonNeedsAFileAndASelection()
{
    ReportDialog::Context c = context();
    c.selectedIds.clear();
    ReportDialog dialog(c);
    QPushButton *exportButton = dialog.buttons()->button(QDialogButtonBox::Ok);
    QVERIFY(!exportButton->isEnabled()); // no file yet
    dialog.outputEdit()->setText(m_out.filePath(QStringLiteral("x.pdf")));
    QVERIFY(exportButton->isEnabled());
    dialog.selectionBox()->setCurrentIndex(
        dialog.selectionBox()->findData(int(ReportDialog::Selection::SelectedArticles)));
    QVERIFY(!exportButton->isEnabled()); // nothing selected
}

void TestReportDialog::exportsOffTheGuiThread()
{
    ReportDialog dialog(context());
    dialog.show();
    dialog.selectionBox()->setCurrentIndex(
        dialog.selectionBox()->findData(int(ReportDialog::Selection::CurrentFolder)));
    dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(int(ReportSpec::Format::Json)));
    const QString path = m_out.filePath(QStringLiteral("dialog.json"));
    dialog.outputEdit()->setText(path);
    QTest::keyClicks(dialog.titleEdit(), QStringLiteral("From the dialog"));
    QSignalSpy progressed(&dialog, &ReportDialog::progressed);
    QSignalSpy finished(&dialog, &ReportDialog::exportFinished);
    QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(dialog.isRunning());
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY(!dialog.isRunning());
    QVERIFY(progressed.size() >= 5); // one per article at least
    QVERIFY(dialog.statusLabel()->text().contains(QLatin1String("5 article")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(QLatin1String("title")).toString(), QStringLiteral("From the dialog"));
    QCOMPARE(root.value(QLatin1String("articles")).toArray().size(), 5);
}

void TestReportDialog::cancelWritesNothing()
{
    ReportDialog dialog(context());
    dialog.show();
    dialog.selectionBox()->setCurrentIndex(
        dialog.selectionBox()->findData(int(ReportDialog::Selection::TimeRange)));
    dialog.fromEdit()->setDate(QDate(2026, 1, 1));
    dialog.toEdit()->setDate(QDate(2026, 12, 31));
    const QString path = m_out.filePath(QStringLiteral("cancelled.pdf"));
    dialog.outputEdit()->setText(path);
    // Cancel as soon as the worker reports its first article: it stops at the next one.
    connect(&dialog, &ReportDialog::progressed, &dialog, [&dialog](int, int total) {
        if (total > 0)
            QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Close), Qt::LeftButton);
    });
    QSignalSpy finished(&dialog, &ReportDialog::exportFinished);
    dialog.startExport();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(dialog.statusLabel()->text().contains(QLatin1String("Cancelled")));
    QVERIFY(!QFile::exists(path));
    QVERIFY(dialog.isVisible()); // Cancel during an export does not close the dialog
}

void TestReportDialog::savedSearchesAndStoriesComeFromTheStore()
{
    QVERIFY(m_f->setUpClusters());
    SavedSearch korea;
    korea.name = QStringLiteral("Korea watch");
    korea.query = QStringLiteral("country:KP");
    const auto koreaId = m_f->store->savedSearches().add(korea);
    QVERIFY(koreaId.ok());
    ReportDialog::Context c = context();
    c.savedSearches.clear(); // what the desk's File menu passes: the dialog reads them itself
    ReportDialog dialog(c);
    QCOMPARE(dialog.savedSearchBox()->count(), 1);
    QCOMPARE(dialog.savedSearchBox()->itemText(0), QStringLiteral("Korea watch"));
    QCOMPARE(dialog.savedSearchBox()->itemData(0).toLongLong(), *koreaId);
    // The pick list: the store's clusters, newest first, each with its title and outlet count.
    const auto clusters = m_f->store->clusters().list(ArticleQuery());
    QVERIFY(clusters.ok());
    QListWidget *list = dialog.storyList();
    QCOMPARE(list->count(), int(clusters->size()));
    for (int i = 0; i < list->count(); ++i) {
        QCOMPARE(list->item(i)->data(Qt::UserRole).toLongLong(), clusters->at(i).id);
        QVERIFY(list->item(i)->text().startsWith(clusters->at(i).label));
        const bool talks = clusters->at(i).id == m_f->talksCluster;
        QVERIFY2(
            list->item(i)->text().contains(talks ? QLatin1String("2 outlet") : QLatin1String("1 outlet")),
            qPrintable(list->item(i)->text()));
    }
    // Export needs a ticked story.
    dialog.outputEdit()->setText(m_out.filePath(QStringLiteral("stories.json")));
    dialog.selectionBox()->setCurrentIndex(
        dialog.selectionBox()->findData(int(ReportDialog::Selection::PickedStories)));
    QPushButton *exportButton = dialog.buttons()->button(QDialogButtonBox::Ok);
    QVERIFY(!exportButton->isEnabled());
    list->item(0)->setCheckState(Qt::Checked);
    QVERIFY(exportButton->isEnabled());
    QCOMPARE(dialog.spec().clusterIds, QList<qint64>{clusters->first().id});
}

void TestReportDialog::exportsTheRightArticles_data()
{
    QTest::addColumn<int>("selection");
    QTest::addRow("saved search") << int(ReportDialog::Selection::SavedSearch);
    QTest::addRow("picked stories") << int(ReportDialog::Selection::PickedStories);
    QTest::addRow("selected articles' stories") << int(ReportDialog::Selection::SelectedStories);
}

void TestReportDialog::exportsTheRightArticles()
{
    QFETCH(int, selection);
    QVERIFY(m_f->setUpClusters());
    SavedSearch korea;
    korea.name = QStringLiteral("Korea watch");
    korea.query = QStringLiteral("country:KP");
    QVERIFY(m_f->store->savedSearches().add(korea).ok());
    ReportDialog::Context c = context();
    c.savedSearches.clear();
    c.selectedIds = {m_f->worldIds.at(3)}; // one copy of the talks story
    ReportDialog dialog(c);
    dialog.selectionBox()->setCurrentIndex(dialog.selectionBox()->findData(selection));
    // Both stories ticked for the pick list.
    for (int i = 0; i < dialog.storyList()->count(); ++i)
        dialog.storyList()->item(i)->setCheckState(Qt::Checked);
    dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(int(ReportSpec::Format::Json)));
    const QString path = m_out.filePath(QStringLiteral("selection.json"));
    QFile::remove(path);
    dialog.outputEdit()->setText(path);
    QSignalSpy finished(&dialog, &ReportDialog::exportFinished);
    dialog.startExport();
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));

    // Compared with the store's own queries: the saved search's field filter, or the clusters' members.
    QSet<qint64> expected;
    if (selection == int(ReportDialog::Selection::SavedSearch)) {
        ArticleQuery byField;
        byField.countryCode = QStringLiteral("KP");
        byField.limit = 1000;
        const auto rows = m_f->store->articles().list(byField);
        QVERIFY(rows.ok());
        for (const ArticleSummary &row : *rows)
            expected.insert(row.id);
    } else {
        QList<qint64> clusters = {m_f->talksCluster};
        if (selection == int(ReportDialog::Selection::PickedStories))
            clusters << m_f->missileCluster;
        for (qint64 id : clusters) {
            const auto cluster = m_f->store->clusters().get(id);
            QVERIFY(cluster.ok());
            for (const ClusterMember &m : cluster->members)
                expected.insert(m.articleId);
        }
    }
    QVERIFY(!expected.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QSet<qint64> written;
    const QJsonArray articles =
        QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("articles")).toArray();
    for (const QJsonValue &a : articles)
        written.insert(a.toObject().value(QLatin1String("id")).toInteger());
    QCOMPARE(written, expected);
    QCOMPARE(articles.size(), expected.size());
}

QTEST_MAIN(TestReportDialog)
#include "tst_reportdialog.moc"
