#include "annotationpanel.h"

#include "store/database.h"
#include "store/store.h"

#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

using namespace ww;

class TestAnnotationPanel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void highlightSelectionSavesAndPaints();
    void noSelectionIsRefused();
    void articleNote();
    void editAndDeleteWithUndo();
    void refetchedArticleShowsOrphans();

private:
    void show(const StoredArticle &article);
    void select(const QString &words);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<QTextBrowser> m_browser;
    std::unique_ptr<AnnotationPanel> m_panel;
    qint64 m_id = 0;
};

namespace {

const QString kText = QStringLiteral(
    "SEOUL (Reuters) - North Korea fired a ballistic missile on Tuesday, South Korea's military said.\n\n"
    "Japan's coast guard said the missile appeared to have landed outside its exclusive economic zone.");

QString htmlOf(const QString &text)
{
    QString html = QStringLiteral("<h1>Missile launch</h1>");
    for (const QString &p : text.split(QStringLiteral("\n\n")))
        html += QStringLiteral("<p>") + p.toHtmlEscaped() + QStringLiteral("</p>");
    return html;
}

} // namespace

void TestAnnotationPanel::init()
{
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(
        m_dir.filePath(QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())))));
    m_store = std::make_unique<Store>(*m_db);
    Feed f;
    f.url = QUrl(QStringLiteral("https://a.example/rss"));
    const qint64 feed = *m_store->feeds().addFeed(f);
    FeedItem it;
    it.key = QStringLiteral("k");
    it.title = QStringLiteral("Missile launch");
    ParsedFeed pf;
    pf.items << it;
    m_id = m_store->articles().ingest(feed, pf)->addedIds.constFirst();
    Article a;
    a.text = kText;
    QVERIFY(m_store->articles().saveExtraction(m_id, a));
    m_browser = std::make_unique<QTextBrowser>();
    m_panel = std::make_unique<AnnotationPanel>(*m_store, m_browser.get());
    show(*m_store->articles().get(m_id));
}

void TestAnnotationPanel::cleanup()
{
    m_panel.reset();
    m_browser.reset();
    m_store.reset();
    m_db.reset();
}

void TestAnnotationPanel::show(const StoredArticle &article)
{
    m_browser->setHtml(htmlOf(article.article.text));
    m_panel->setArticle(article);
}

void TestAnnotationPanel::select(const QString &words)
{
    const QString shown = m_browser->document()->toPlainText();
    const qsizetype at = shown.indexOf(words);
    QVERIFY(at >= 0);
    QTextCursor c(m_browser->document());
    c.setPosition(int(at));
    c.setPosition(int(at + words.size()), QTextCursor::KeepAnchor);
    m_browser->setTextCursor(c);
}

void TestAnnotationPanel::highlightSelectionSavesAndPaints()
{
    select(QStringLiteral("coast guard"));
    QVERIFY(m_panel->annotateSelection(QStringLiteral("Japanese source")));
    const QList<Annotation> stored = *m_store->annotations().forArticle(m_id);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored[0].quote, QStringLiteral("coast guard"));
    QCOMPARE(stored[0].note, QStringLiteral("Japanese source"));
    // Positions refer to the article's own text (what a re-fetch re-anchors against), not the screen.
    QCOMPARE(kText.mid(stored[0].start, stored[0].end - stored[0].start), QStringLiteral("coast guard"));
    QCOMPARE(m_panel->list()->count(), 1);
    QVERIFY(m_panel->list()->item(0)->text().contains(QStringLiteral("Japanese source")));
    QCOMPARE(m_panel->paintedTexts(), QStringList{QStringLiteral("coast guard")});
    // The highlight is in the document's formatting.
    QTextCursor c(m_browser->document());
    c.setPosition(int(m_browser->document()->toPlainText().indexOf(QStringLiteral("coast guard"))) + 2);
    QVERIFY(c.charFormat().background().color() != QColor(Qt::white));
    QVERIFY(c.charFormat().hasProperty(QTextFormat::BackgroundBrush));
}

void TestAnnotationPanel::noSelectionIsRefused()
{
    QTextCursor c(m_browser->document());
    m_browser->setTextCursor(c);
    QVERIFY(!m_panel->annotateSelection(QStringLiteral("x")));
    QVERIFY(!m_panel->lastError().isEmpty());
    QVERIFY(m_store->annotations().forArticle(m_id)->isEmpty());
}

void TestAnnotationPanel::articleNote()
{
    QVERIFY(m_panel->addArticleNote(QStringLiteral("Compare with KCNA")));
    QCOMPARE(m_store->annotations().forArticle(m_id)->constFirst().note, QStringLiteral("Compare with KCNA"));
    QVERIFY(m_panel->paintedTexts().isEmpty());
    QVERIFY(!m_panel->addArticleNote(QStringLiteral("   ")));
}

void TestAnnotationPanel::editAndDeleteWithUndo()
{
    select(QStringLiteral("ballistic missile"));
    QVERIFY(m_panel->annotateSelection(QStringLiteral("v1")));
    const qint64 id = m_panel->annotations().constFirst().id;
    QVERIFY(m_panel->editNote(id, QStringLiteral("v2")));
    QCOMPARE(m_store->annotations().get(id)->note, QStringLiteral("v2"));
    QVERIFY(m_panel->remove(id));
    QVERIFY(m_store->annotations().forArticle(m_id)->isEmpty());
    QCOMPARE(m_panel->undoStack()->count(), 3);

    m_panel->undoStack()->undo(); // the delete: restored (under a new id)
    QCOMPARE(m_store->annotations().forArticle(m_id)->size(), 1);
    QCOMPARE(m_store->annotations().forArticle(m_id)->constFirst().note, QStringLiteral("v2"));
    QCOMPARE(m_panel->paintedTexts(), QStringList{QStringLiteral("ballistic missile")});
    m_panel->undoStack()->undo(); // the edit, on the restored annotation
    QCOMPARE(m_store->annotations().forArticle(m_id)->constFirst().note, QStringLiteral("v1"));
    m_panel->undoStack()->undo(); // the add
    QVERIFY(m_store->annotations().forArticle(m_id)->isEmpty());
    m_panel->undoStack()->redo();
    m_panel->undoStack()->redo();
    QCOMPARE(m_store->annotations().forArticle(m_id)->constFirst().note, QStringLiteral("v2"));
}

void TestAnnotationPanel::refetchedArticleShowsOrphans()
{
    select(QStringLiteral("coast guard"));
    QVERIFY(m_panel->annotateSelection(QStringLiteral("kept")));
    select(QStringLiteral("North Korea fired"));
    QVERIFY(m_panel->annotateSelection(QStringLiteral("lede")));
    // The re-fetched article lost its second paragraph and gained a new first line.
    Article edited;
    edited.text = QStringLiteral("UPDATE 1: adds detail.\n\n") +
                  kText.left(int(kText.indexOf(QStringLiteral("\n\nJapan"))));
    QVERIFY(m_store->articles().saveExtraction(m_id, edited));
    show(*m_store->articles().get(m_id));
    QCOMPARE(m_panel->annotations().size(), 2);
    QCOMPARE(m_panel->paintedTexts(), QStringList{QStringLiteral("North Korea fired")});
    bool orphanListed = false;
    for (int i = 0; i < m_panel->list()->count(); ++i)
        orphanListed =
            orphanListed || (m_panel->list()->item(i)->text().contains(QStringLiteral("coast guard")) &&
                             m_panel->list()->item(i)->font().italic());
    QVERIFY(orphanListed);
}

QTEST_MAIN(TestAnnotationPanel)
#include "tst_annotationpanel.moc"
