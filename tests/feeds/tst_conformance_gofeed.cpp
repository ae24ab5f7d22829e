// gofeed's translator suite (shared/corpora/gofeed/testdata/translator): each NAME.xml/.json input has
// the expected universal gofeed.Feed as JSON. We compare the fields our model stores (title, link,
// feed link, description, content, guid, dates, authors, categories, enclosures, image, language,
// copyright, generator); keys we do not store (extensions, itunes/dc records, feed type) are not
// compared. Prints the pass rate and every failing case by name; asserts a floor that only goes up.
#include "conformancecompare.h"
#include "feeds/feedparser.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ww;
using namespace ww::conformance;

namespace {

constexpr int kFloor = 89;
const QString kRoot = QStringLiteral(WW_SHARED_DIR "/corpora/gofeed/testdata/translator/");

QJsonValue person(const QList<Person> &people)
{
    if (people.isEmpty())
        return QJsonValue();
    QJsonObject o;
    if (!people.constFirst().name.isEmpty())
        o.insert(QLatin1String("name"), people.constFirst().name);
    if (!people.constFirst().email.isEmpty())
        o.insert(QLatin1String("email"), people.constFirst().email);
    if (!people.constFirst().uri.isEmpty())
        o.insert(QLatin1String("url"), people.constFirst().uri);
    return o;
}

QJsonArray persons(const QList<Person> &people)
{
    QJsonArray out;
    for (const Person &p : people)
        out.append(person({p}));
    return out;
}

// gofeed's universal author: the feed's authors, else its publisher (webMaster, dc:publisher).
QList<Person> feedAuthors(const ParsedFeed &feed)
{
    if (!feed.authors.isEmpty())
        return feed.authors;
    if (!feed.publisher.name.isEmpty() || !feed.publisher.email.isEmpty())
        return {feed.publisher};
    return {};
}

QJsonArray linkList(const QUrl &primary, const QList<Link> &links, const QUrl &self)
{
    QStringList urls;
    if (!primary.isEmpty())
        urls << primary.toString();
    for (const Link &l : links)
        if (l.rel != QLatin1String("enclosure") && !l.href.isEmpty() && !urls.contains(l.href.toString()))
            urls << l.href.toString();
    if (!self.isEmpty() && !urls.contains(self.toString()))
        urls << self.toString();
    return QJsonArray::fromStringList(urls);
}

// The first image the item carries: a Media RSS image, a thumbnail, or an image enclosure.
QUrl itemImage(const FeedItem &item)
{
    for (const MediaObject &m : item.media) {
        if (m.type.startsWith(QLatin1String("image")) && !m.url.isEmpty())
            return m.url;
        if (!m.thumbnail.isEmpty())
            return m.thumbnail;
    }
    for (const Enclosure &e : item.enclosures)
        if (e.type.startsWith(QLatin1String("image")))
            return e.url;
    return {};
}

// gofeed's category is the label when there is one, else the term. Compared as a set: the order
// gofeed collects them in (extension before core elements) is its own.
QJsonArray categories(const QList<Category> &tags)
{
    QStringList out;
    for (const Category &c : tags)
        out << (c.label.isEmpty() ? c.term : c.label);
    out.sort();
    return QJsonArray::fromStringList(out);
}

QJsonArray sortedStrings(const QJsonArray &values)
{
    QStringList out;
    for (const QJsonValue &v : values)
        out << v.toString();
    out.sort();
    return QJsonArray::fromStringList(out);
}

// A person as far as we store one: name, email, URL (no avatar).
QJsonValue projectedPerson(const QJsonValue &v)
{
    QJsonObject out;
    for (const char *key : {"name", "email", "url"})
        if (v.toObject().contains(QLatin1String(key)))
            out.insert(QLatin1String(key), v.toObject().value(QLatin1String(key)));
    return out;
}

QJsonObject adaptItem(const FeedItem &item)
{
    QJsonObject o;
    o.insert(QLatin1String("title"), item.title);
    o.insert(QLatin1String("description"), item.summary);
    o.insert(QLatin1String("content"), item.content);
    o.insert(QLatin1String("link"), item.url.toString());
    o.insert(QLatin1String("links"), linkList(item.url, item.links, {}));
    o.insert(QLatin1String("guid"), item.guid);
    // gofeed's universal model fills updated and published from each other.
    o.insert(QLatin1String("updatedParsed"), isoDate(item.updated.isKnown() ? item.updated : item.published));
    o.insert(QLatin1String("publishedParsed"),
             isoDate(item.published.isKnown() ? item.published : item.updated));
    o.insert(QLatin1String("author"), person(item.authors));
    o.insert(QLatin1String("authors"), persons(item.authors));
    o.insert(QLatin1String("categories"), categories(item.tags));
    QJsonArray enclosures;
    for (const Enclosure &e : item.enclosures)
        enclosures.append(
            QJsonObject{{QLatin1String("url"), e.url.toString()},
                        {QLatin1String("type"), e.type},
                        {QLatin1String("length"), e.length >= 0 ? QString::number(e.length) : QString()}});
    o.insert(QLatin1String("enclosures"), enclosures);
    const QUrl image = itemImage(item);
    if (!image.isEmpty())
        o.insert(QLatin1String("image"), QJsonObject{{QLatin1String("url"), image.toString()}});
    return o;
}

QJsonObject adapt(const ParsedFeed &feed)
{
    QJsonObject o;
    o.insert(QLatin1String("title"), feed.title);
    o.insert(QLatin1String("description"), feed.description);
    o.insert(QLatin1String("link"), feed.link.toString());
    o.insert(QLatin1String("feedLink"), feed.selfUrl.toString());
    o.insert(QLatin1String("links"), linkList(feed.link, feed.links, feed.selfUrl));
    o.insert(QLatin1String("updatedParsed"), isoDate(feed.updated));
    o.insert(QLatin1String("publishedParsed"), isoDate(feed.published));
    o.insert(QLatin1String("author"), person(feedAuthors(feed)));
    o.insert(QLatin1String("authors"), persons(feedAuthors(feed)));
    o.insert(QLatin1String("language"), feed.language);
    o.insert(QLatin1String("copyright"), feed.rights);
    // gofeed's generator string: "name vVERSION URI".
    QStringList generator{feed.generator};
    if (!feed.generatorVersion.isEmpty())
        generator << QLatin1String("v") + feed.generatorVersion;
    if (!feed.generatorUri.isEmpty())
        generator << feed.generatorUri.toString();
    o.insert(QLatin1String("generator"), generator.join(u' ').trimmed());
    o.insert(QLatin1String("categories"), categories(feed.tags));
    if (!feed.image.isEmpty())
        o.insert(QLatin1String("image"), QJsonObject{{QLatin1String("url"), feed.image.toString()}});
    QJsonArray items;
    for (const FeedItem &item : feed.items)
        items.append(adaptItem(item));
    o.insert(QLatin1String("items"), items);
    return o;
}

// Keys of gofeed's universal model that correspond to fields we store.
const QStringList &comparedKeys()
{
    static const QStringList keys{
        QStringLiteral("title"),      QStringLiteral("description"),   QStringLiteral("content"),
        QStringLiteral("link"),       QStringLiteral("links"),         QStringLiteral("feedLink"),
        QStringLiteral("guid"),       QStringLiteral("updatedParsed"), QStringLiteral("publishedParsed"),
        QStringLiteral("author"),     QStringLiteral("authors"),       QStringLiteral("categories"),
        QStringLiteral("enclosures"), QStringLiteral("image"),         QStringLiteral("language"),
        QStringLiteral("copyright"),  QStringLiteral("generator"),     QStringLiteral("items")};
    return keys;
}

// Only the compared keys of the expected JSON, recursively for items; image reduced to its url.
QJsonObject project(const QJsonObject &expected)
{
    QJsonObject out;
    for (const QString &key : comparedKeys()) {
        if (!expected.contains(key))
            continue;
        QJsonValue v = expected.value(key);
        if (key == QLatin1String("items")) {
            QJsonArray items;
            for (const QJsonValue &item : v.toArray())
                items.append(project(item.toObject()));
            v = items;
        } else if (key == QLatin1String("image")) {
            v = QJsonObject{{QLatin1String("url"), v.toObject().value(QLatin1String("url"))}};
        } else if (key == QLatin1String("categories")) {
            v = sortedStrings(v.toArray());
        } else if (key == QLatin1String("author")) {
            v = projectedPerson(v);
        } else if (key == QLatin1String("authors")) {
            QJsonArray people;
            for (const QJsonValue &p : v.toArray())
                people.append(projectedPerson(p));
            v = people;
        } else if (key.endsWith(QLatin1String("Parsed"))) {
            v = normalisedDate(v.toString());
        }
        out.insert(key, v);
    }
    return out;
}

} // namespace

class TestConformanceGofeed : public QObject
{
    Q_OBJECT

private slots:
    void translator();
};

void TestConformanceGofeed::translator()
{
    QDir root(kRoot);
    if (!root.exists())
        QSKIP("gofeed corpus not available");
    int pass = 0, total = 0;
    QStringList failures;
    for (const QString &format : {QStringLiteral("rss"), QStringLiteral("atom"), QStringLiteral("json")}) {
        QDir dir(kRoot + format);
        for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            // JSON Feed pairs are NAME.json (input) + NAME_expected.json; the others NAME.xml + NAME.json.
            QString input, expectedPath;
            if (format == QLatin1String("json")) {
                if (!name.endsWith(QLatin1String("_expected.json")))
                    continue;
                expectedPath = dir.filePath(name);
                input = dir.filePath(name.chopped(14) + QLatin1String(".json"));
            } else {
                expectedPath = dir.filePath(name);
                input = dir.filePath(name.chopped(5) + QLatin1String(".xml"));
            }
            QFile in(input), ex(expectedPath);
            QVERIFY2(in.open(QIODevice::ReadOnly) && ex.open(QIODevice::ReadOnly), qPrintable(input));
            const QJsonObject expected = project(QJsonDocument::fromJson(ex.readAll()).object());
            const Result<ParsedFeed> result =
                parseFeed(in.readAll(), {}, QUrl(QStringLiteral("http://gofeed.test/feed")));
            ++total;
            const QString why = result ? difference(adapt(*result), expected) : result.error().message;
            if (why.isEmpty())
                ++pass;
            else
                failures << format + u'/' + QFileInfo(input).fileName() + QLatin1String(" -- ") + why;
        }
    }
    for (const QString &f : std::as_const(failures))
        qInfo("FAIL %s", qPrintable(f));
    qInfo("gofeed translator: %d/%d passed (%.1f %%)", pass, total, total ? 100.0 * pass / total : 0.0);
    QVERIFY(total >= 90);
    QVERIFY2(pass >= kFloor, "gofeed translator regressed");
}

QTEST_GUILESS_MAIN(TestConformanceGofeed)
#include "tst_conformance_gofeed.moc"
