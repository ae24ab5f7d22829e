#include "storetest.h"

#include "core/textanchor.h"
#include "store/store.h"

#include <QTest>

using namespace ww;
using namespace wwtest;

class TestAnnotationStore : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void addGetAndList();
    void needsAnArticleOrCluster();
    void updateRefusesAStaleCopy();
    void removeIsFinal();
    void refetchWithEditsKeepsAnnotations();
    void orphanComesBackWhenTextReturns();
    void survivesReopen();
    void allListsArticlesAndClusters();

private:
    qint64 articleWithText(const QString &text);
    Annotation highlight(qint64 articleId, const QString &text, const QString &quote, const QString &note);

    std::unique_ptr<TempDatabase> m_t;
    std::unique_ptr<Store> m_store;
    qint64 m_feed = 0;
};

namespace {

const QString kText = QStringLiteral(
    "SEOUL (Reuters) - North Korea fired a ballistic missile on Tuesday, South Korea's military said. "
    "Japan's coast guard said the missile appeared to have landed outside its exclusive economic zone. "
    "The launch came days after Pyongyang warned of \"overwhelming\" action.");

} // namespace

void TestAnnotationStore::init()
{
    m_t = std::make_unique<TempDatabase>();
    QVERIFY(m_t->open());
    m_store = std::make_unique<Store>(m_t->db);
    Feed f;
    f.url = QUrl(QStringLiteral("https://a.example/rss"));
    m_feed = *m_store->feeds().addFeed(f);
}

void TestAnnotationStore::cleanup()
{
    m_store.reset();
    m_t.reset();
}

qint64 TestAnnotationStore::articleWithText(const QString &text)
{
    const qint64 id = m_store->articles()
                          .ingest(m_feed, feedOf({item(QStringLiteral("a"), QStringLiteral("Missile"))}))
                          ->addedIds.constFirst();
    Article a;
    a.text = text;
    if (!m_store->articles().saveExtraction(id, a))
        return 0;
    return id;
}

Annotation TestAnnotationStore::highlight(qint64 articleId, const QString &text, const QString &quote,
                                          const QString &note)
{
    const qsizetype at = text.indexOf(quote);
    const TextAnchor anchor = textanchor::make(text, int(at), int(at + quote.size()));
    Annotation a;
    a.articleId = articleId;
    a.quote = anchor.quote;
    a.prefix = anchor.prefix;
    a.suffix = anchor.suffix;
    a.start = anchor.start;
    a.end = anchor.end;
    a.note = note;
    return a;
}

void TestAnnotationStore::addGetAndList()
{
    const qint64 article = articleWithText(kText);
    QVERIFY(article > 0);
    const qint64 first = *m_store->annotations().add(
        highlight(article, kText, QStringLiteral("Japan's coast guard"), QStringLiteral("Japanese source")));
    const qint64 second = *m_store->annotations().add(
        highlight(article, kText, QStringLiteral("North Korea fired"), QStringLiteral("Корея: пуск")));
    Annotation whole;
    whole.articleId = article;
    whole.note = QStringLiteral("Check against KCNA's version");
    QVERIFY(m_store->annotations().add(whole));
    const QList<Annotation> all = *m_store->annotations().forArticle(article);
    QCOMPARE(all.size(), 3);
    QCOMPARE(all[0].note, QStringLiteral("Check against KCNA's version")); // no position sorts first
    QCOMPARE(all[1].id, second);                                           // then by position in the text
    QCOMPARE(all[2].id, first);
    const Annotation got = *m_store->annotations().get(second);
    QCOMPARE(got.note, QStringLiteral("Корея: пуск"));
    QCOMPARE(kText.mid(got.start, got.end - got.start), QStringLiteral("North Korea fired"));
    QVERIFY(got.created.isValid());
    QCOMPARE(got.created, got.updated);
}

void TestAnnotationStore::needsAnArticleOrCluster()
{
    Annotation a;
    a.note = QStringLiteral("floating");
    QCOMPARE(m_store->annotations().add(a).error().code, Error::Code::InvalidArgument);
}

void TestAnnotationStore::updateRefusesAStaleCopy()
{
    const qint64 article = articleWithText(kText);
    const qint64 id = *m_store->annotations().add(
        highlight(article, kText, QStringLiteral("ballistic missile"), QStringLiteral("v1")));
    Annotation mine = *m_store->annotations().get(id);
    Annotation theirs = mine;
    theirs.note = QStringLiteral("teammate's edit");
    QVERIFY(m_store->annotations().update(theirs));
    mine.note = QStringLiteral("my edit");
    const Status stale = m_store->annotations().update(mine);
    QVERIFY(!stale);
    QCOMPARE(stale.error().code, Error::Code::InvalidArgument);
    QCOMPARE(m_store->annotations().get(id)->note, QStringLiteral("teammate's edit"));
    // Reloaded, the edit goes through.
    Annotation fresh = *m_store->annotations().get(id);
    fresh.note = QStringLiteral("my edit");
    QVERIFY(m_store->annotations().update(fresh));
    QCOMPARE(m_store->annotations().get(id)->note, QStringLiteral("my edit"));
}

void TestAnnotationStore::removeIsFinal()
{
    const qint64 article = articleWithText(kText);
    const qint64 id = *m_store->annotations().add(highlight(article, kText, QStringLiteral("Tuesday"), {}));
    QVERIFY(m_store->annotations().remove(id));
    QCOMPARE(m_store->annotations().get(id).error().code, Error::Code::NotFound);
    QCOMPARE(m_store->annotations().remove(id).error().code, Error::Code::NotFound);
}

void TestAnnotationStore::refetchWithEditsKeepsAnnotations()
{
    const qint64 article = articleWithText(kText);
    const qint64 moved = *m_store->annotations().add(highlight(
        article, kText, QStringLiteral("landed outside its exclusive economic zone"), QStringLiteral("EEZ")));
    const qint64 gone = *m_store->annotations().add(highlight(
        article, kText, QStringLiteral("warned of \"overwhelming\" action"), QStringLiteral("rhetoric")));
    // The wire updates the story: a new lead paragraph, the last sentence cut.
    QString edited = kText;
    edited.replace(QStringLiteral("SEOUL (Reuters) - "),
                   QStringLiteral("SEOUL (Reuters) - UPDATE 2: adds Japanese reaction. "));
    edited.remove(QStringLiteral(" The launch came days after Pyongyang warned of \"overwhelming\" action."));
    Article revised;
    revised.text = edited;
    QVERIFY(m_store->articles().saveExtraction(article, revised));

    const Annotation m = *m_store->annotations().get(moved);
    QVERIFY(!m.orphaned);
    QCOMPARE(edited.mid(m.start, m.end - m.start),
             QStringLiteral("landed outside its exclusive economic zone"));
    QCOMPARE(m.note, QStringLiteral("EEZ"));
    const Annotation g = *m_store->annotations().get(gone);
    QVERIFY(g.orphaned);
    QCOMPARE(g.quote, QStringLiteral("warned of \"overwhelming\" action")); // the analyst's words are kept
    QCOMPARE(g.note, QStringLiteral("rhetoric"));
    QCOMPARE(m_store->annotations().forArticle(article)->size(), 2);
}

void TestAnnotationStore::orphanComesBackWhenTextReturns()
{
    const qint64 article = articleWithText(kText);
    const qint64 id =
        *m_store->annotations().add(highlight(article, kText, QStringLiteral("South Korea's military"), {}));
    Article cut;
    cut.text = QStringLiteral("Text temporarily unavailable.");
    QVERIFY(m_store->articles().saveExtraction(article, cut));
    QVERIFY(m_store->annotations().get(id)->orphaned);
    QCOMPARE(*m_store->annotations().reanchor(article, cut.text), 1);
    Article back;
    back.text = kText;
    QVERIFY(m_store->articles().saveExtraction(article, back));
    const Annotation a = *m_store->annotations().get(id);
    QVERIFY(!a.orphaned);
    QCOMPARE(kText.mid(a.start, a.end - a.start), QStringLiteral("South Korea's military"));
}

void TestAnnotationStore::survivesReopen()
{
    const qint64 article = articleWithText(kText);
    const qint64 id = *m_store->annotations().add(
        highlight(article, kText, QStringLiteral("coast guard"), QStringLiteral("n")));
    m_store.reset();
    m_t->db.close();
    QVERIFY(m_t->open());
    Store reopened(m_t->db);
    QCOMPARE(reopened.annotations().get(id)->quote, QStringLiteral("coast guard"));
}

void TestAnnotationStore::allListsArticlesAndClusters()
{
    const Result<QList<Annotation>> none = m_store->annotations().all();
    QVERIFY(none);
    QVERIFY(none->isEmpty());
    const qint64 article = articleWithText(kText);
    const qint64 onArticle = *m_store->annotations().add(
        highlight(article, kText, QStringLiteral("coast guard"), QStringLiteral("on the article")));
    const qint64 cluster = *m_store->clusters().save(article, {article}, QStringLiteral("Reuters"));
    Annotation story;
    story.clusterId = cluster;
    story.note = QStringLiteral("on the story");
    const qint64 onStory = *m_store->annotations().add(story);
    const Result<QList<Annotation>> both = m_store->annotations().all();
    QVERIFY(both);
    QList<qint64> ids;
    for (const Annotation &a : *both)
        ids << a.id;
    std::sort(ids.begin(), ids.end());
    QCOMPARE(ids, (QList<qint64>{onArticle, onStory}));
    QVERIFY(m_store->annotations().remove(onArticle));
    const Result<QList<Annotation>> left = m_store->annotations().all();
    QVERIFY(left);
    QCOMPARE(left->size(), 1);
    QCOMPARE(left->constFirst().clusterId, cluster);
}

QTEST_GUILESS_MAIN(TestAnnotationStore)
#include "tst_annotationstore.moc"
