// Extraction quality on the labelled dev set (tests/data/devset): body shingle F1, countries, producer,
// metadata and credits. Measures only; never tune lib/ against this set. Floors only ever go up.
#include "extract/articleextractor.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <cstdio>

using namespace ww;

namespace {

// Floors: what the extractor reached, rounded down a little. Raise them, never lower them.
// First run 2026-11-28 (before): body 0.955, countries P 1.000 R 0.782, top1 21/29, producer 39/44,
// credit 4/37, credit_parsed 5/37, 5 furniture leaks. Second run the same day: the figures below.
constexpr double kMinBodyF1 = 0.955;              // reached 0.957 (P 0.926, R 0.990)
constexpr double kMinCountryPrecision = 0.99;     // reached 1.000 (76 tp, 0 fp)
constexpr double kMinCountryRecall = 0.97;        // reached 0.974 (2 fn)
constexpr double kMinTop1Accuracy = 0.96;         // reached 29/29
constexpr double kMinTop3Accuracy = 0.86;         // reached 13/15
constexpr double kMinProducerAccuracy = 0.97;     // reached 44/44
constexpr double kMinTitleAccuracy = 0.97;        // reached 44/44
constexpr double kMinPublishedAccuracy = 0.88;    // reached 39/44
constexpr double kMinCreditAccuracy = 0.97;       // reached 37/37
constexpr double kMinCreditParsedAccuracy = 0.89; // reached 33/37 (the 4 misses: see docs/quality.md)
constexpr int kMaxMustNotContainViolations = 0;   // reached 0

// Tokens as the article-extraction-benchmark: \w+ (Unicode-aware), lowercased.
QStringList tokens(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("\\w+"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    QStringList out;
    auto it = word.globalMatch(text.toLower());
    while (it.hasNext())
        out << it.next().captured(0);
    return out;
}

// Shingle multiset: 4-grams of tokens (the tokens themselves for texts under 4 tokens).
QHash<QString, int> shingles(const QString &text)
{
    const QStringList t = tokens(text);
    QHash<QString, int> out;
    if (t.size() < 4) {
        for (const QString &w : t)
            ++out[w];
        return out;
    }
    for (qsizetype i = 0; i + 4 <= t.size(); ++i)
        ++out[t.mid(i, 4).join(QLatin1Char(' '))];
    return out;
}

int total(const QHash<QString, int> &m)
{
    int n = 0;
    for (int c : m)
        n += c;
    return n;
}

int overlap(const QHash<QString, int> &a, const QHash<QString, int> &b)
{
    int n = 0;
    for (auto it = a.cbegin(); it != a.cend(); ++it)
        n += qMin(it.value(), b.value(it.key()));
    return n;
}

QString norm(const QString &s)
{
    return s.simplified();
}

struct Tally
{
    int ok = 0;
    int n = 0;
    void add(bool good)
    {
        ++n;
        ok += good ? 1 : 0;
    }
    double rate() const { return n ? double(ok) / n : 1.0; }
};

} // namespace

class TestDevsetQuality : public QObject
{
    Q_OBJECT
private slots:
    void devset();
};

void TestDevsetQuality::devset()
{
    const QDir dir(QStringLiteral(WW_TEST_DATA_DIR "/devset"));
    const QStringList labels = dir.entryList({QStringLiteral("*.expected.json")}, QDir::Files, QDir::Name);
    QVERIFY2(labels.size() >= 40, "the dev set is missing");

    double sumP = 0, sumR = 0;
    int mustNotViolations = 0;
    int countryTp = 0, countryFp = 0, countryFn = 0;
    Tally producer, publisher, title, language, published, canonical, credit, creditParsed, top1, top3;
    QStringList failures;

    std::printf("%-28s %6s %6s %6s %5s %5s\n", "page", "F1", "P", "R", "prod", "ctry");
    for (const QString &labelName : labels) {
        const QString id = labelName.chopped(int(qstrlen(".expected.json")));
        QFile lf(dir.filePath(labelName));
        QFile hf(dir.filePath(id + QStringLiteral(".html")));
        QVERIFY(lf.open(QIODevice::ReadOnly));
        QVERIFY(hf.open(QIODevice::ReadOnly));
        const QJsonObject exp = QJsonDocument::fromJson(lf.readAll()).object();
        QVERIFY2(!exp.isEmpty(), qPrintable(labelName));
        ArticleExtractor::Headers headers;
        if (exp.contains(QStringLiteral("content_type")))
            headers.append({"Content-Type", exp.value(QStringLiteral("content_type")).toString().toUtf8()});
        const QUrl url(exp.value(QStringLiteral("canonical_url")).toString());
        const Article a = ArticleExtractor::extract(hf.readAll(), headers, url);
        QStringList why;

        // Body.
        const QString gold = exp.value(QStringLiteral("body")).toString();
        const auto g = shingles(gold), e = shingles(a.text);
        const int common = overlap(e, g);
        const double p = total(e) ? double(common) / total(e) : 0.0;
        const double r = total(g) ? double(common) / total(g) : 0.0;
        sumP += p;
        sumR += r;
        const double f1 = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        if (f1 < 0.9)
            why << QStringLiteral("body F1 %1 (P %2 R %3)")
                       .arg(f1, 0, 'f', 3)
                       .arg(p, 0, 'f', 3)
                       .arg(r, 0, 'f', 3);
        for (const auto &v : exp.value(QStringLiteral("body_must_not_contain")).toArray()) {
            if (a.text.contains(v.toString())) {
                ++mustNotViolations;
                why << QStringLiteral("body contains \"%1\"").arg(v.toString());
            }
        }

        // Countries (set level per page; codes in neither must nor must_not are ignored).
        QStringList tagged;
        for (const CountryMention &m : a.countries)
            tagged << m.code;
        const QJsonObject c = exp.value(QStringLiteral("countries")).toObject();
        bool countriesOk = true;
        for (const auto &v : c.value(QStringLiteral("must")).toArray()) {
            if (tagged.contains(v.toString())) {
                ++countryTp;
            } else {
                ++countryFn;
                countriesOk = false;
                why << QStringLiteral("country %1 missed").arg(v.toString());
            }
        }
        for (const auto &v : c.value(QStringLiteral("must_not")).toArray()) {
            if (tagged.contains(v.toString())) {
                ++countryFp;
                countriesOk = false;
                why << QStringLiteral("country %1 tagged (must not)").arg(v.toString());
            }
        }
        if (c.contains(QStringLiteral("top1"))) {
            const QString want = c.value(QStringLiteral("top1")).toString();
            const bool good = !tagged.isEmpty() && tagged.first() == want;
            top1.add(good);
            if (!good)
                why << QStringLiteral("top1 %1, want %2").arg(tagged.value(0), want);
        }
        if (c.contains(QStringLiteral("top3_any_order"))) {
            QSet<QString> want, got;
            for (const auto &v : c.value(QStringLiteral("top3_any_order")).toArray())
                want.insert(v.toString());
            for (const QString &t : tagged.mid(0, int(want.size())))
                got.insert(t);
            top3.add(got == want);
            if (got != want)
                why << QStringLiteral("top3 %1").arg(tagged.mid(0, int(want.size())).join(QLatin1Char(',')));
        }

        // Scalars.
        auto scalar = [&](Tally &t, const char *key, const QString &got) {
            const QJsonValue v = exp.value(QLatin1String(key));
            if (!v.isString() || v.toString().isEmpty())
                return true;
            const bool good = norm(got) == norm(v.toString());
            t.add(good);
            if (!good)
                why << QStringLiteral("%1 \"%2\", want \"%3\"").arg(QLatin1String(key), got, v.toString());
            return good;
        };
        const bool prodOk = scalar(producer, "producer", a.producer);
        scalar(publisher, "publisher", a.publisher);
        scalar(title, "title", a.title);
        scalar(language, "language", a.language);
        scalar(published, "published_utc",
               a.publishedUtc.isValid() ? a.publishedUtc.toUTC().toString(Qt::ISODate) : QString());
        scalar(canonical, "canonical_url", a.canonicalUrl.toString());

        // Images: matched by URL; credit as printed and the parsed credit field by field.
        for (const auto &iv : exp.value(QStringLiteral("images")).toArray()) {
            const QJsonObject ei = iv.toObject();
            const ArticleImage *found = nullptr;
            for (const ArticleImage &img : a.images)
                if (img.url.toString() == ei.value(QStringLiteral("url")).toString())
                    found = &img;
            const QString wantCredit = ei.value(QStringLiteral("credit")).toString();
            const bool creditGood = found && norm(found->credit) == norm(wantCredit);
            credit.add(creditGood);
            if (!creditGood)
                why << (found ? QStringLiteral("credit \"%1\", want \"%2\"").arg(found->credit, wantCredit)
                              : QStringLiteral("image %1 not found")
                                    .arg(ei.value(QStringLiteral("url")).toString()));
            const QJsonObject cp = ei.value(QStringLiteral("credit_parsed")).toObject();
            if (!cp.isEmpty()) {
                const ParsedCredit pc = found ? found->creditParsed : ParsedCredit{};
                const bool good = found &&
                                  pc.originAgency == cp.value(QStringLiteral("origin_agency")).toString() &&
                                  pc.photographer == cp.value(QStringLiteral("photographer")).toString() &&
                                  pc.pool == cp.value(QStringLiteral("pool")).toBool() &&
                                  pc.distributor == cp.value(QStringLiteral("distributor")).toString() &&
                                  pc.filePhoto == cp.value(QStringLiteral("file_photo")).toBool();
                creditParsed.add(good);
                if (!good && found)
                    why << QStringLiteral("credit_parsed of \"%1\": agency \"%2\" photographer \"%3\" pool "
                                          "%4 distributor \"%5\" file %6")
                               .arg(wantCredit, pc.originAgency, pc.photographer)
                               .arg(pc.pool)
                               .arg(pc.distributor)
                               .arg(pc.filePhoto);
            }
        }

        std::printf("%-28s %6.3f %6.3f %6.3f %5s %5s\n", qPrintable(id.left(28)), f1, p, r,
                    prodOk ? "ok" : "FAIL", countriesOk ? "ok" : "FAIL");
        if (!why.isEmpty())
            failures << id + QStringLiteral(": ") + why.join(QStringLiteral("; "));
    }

    const int pages = int(labels.size());
    const double P = sumP / pages, R = sumR / pages;
    const double F1 = P + R > 0 ? 2 * P * R / (P + R) : 0.0;
    const double cP = countryTp + countryFp ? double(countryTp) / (countryTp + countryFp) : 1.0;
    const double cR = countryTp + countryFn ? double(countryTp) / (countryTp + countryFn) : 1.0;
    std::printf(
        "\nTOTAL pages %d  body F1 %.3f (P %.3f R %.3f, shingle multisets)  must_not_contain violations %d\n",
        pages, F1, P, R, mustNotViolations);
    std::printf("countries P %.3f R %.3f (tp %d fp %d fn %d)  top1 %d/%d  top3 %d/%d\n", cP, cR, countryTp,
                countryFp, countryFn, top1.ok, top1.n, top3.ok, top3.n);
    auto line = [](const char *name, const Tally &t) {
        std::printf("%-14s %d/%d = %.3f\n", name, t.ok, t.n, t.rate());
    };
    line("producer", producer);
    line("publisher", publisher);
    line("title", title);
    line("language", language);
    line("published_utc", published);
    line("canonical_url", canonical);
    line("credit", credit);
    line("credit_parsed", creditParsed);
    std::printf("\nFailing pages (%d):\n", int(failures.size()));
    for (const QString &f : failures)
        std::printf("  %s\n", qPrintable(f));
    std::fflush(stdout);

    QVERIFY2(F1 >= kMinBodyF1, qPrintable(QString::number(F1)));
    QVERIFY(cP >= kMinCountryPrecision);
    QVERIFY(cR >= kMinCountryRecall);
    QVERIFY(producer.rate() >= kMinProducerAccuracy);
    QVERIFY(title.rate() >= kMinTitleAccuracy);
    QVERIFY(top1.rate() >= kMinTop1Accuracy);
    QVERIFY(top3.rate() >= kMinTop3Accuracy);
    QVERIFY(published.rate() >= kMinPublishedAccuracy);
    QVERIFY(credit.rate() >= kMinCreditAccuracy);
    QVERIFY(creditParsed.rate() >= kMinCreditParsedAccuracy);
    QVERIFY(mustNotViolations <= kMaxMustNotContainViolations);
}

QTEST_GUILESS_MAIN(TestDevsetQuality)
#include "tst_devsetquality.moc"
