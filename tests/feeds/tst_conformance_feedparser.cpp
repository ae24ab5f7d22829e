// feedparser's suite (shared/corpora/feedparser/manifest.json) against our parser, through an adapter
// that presents a ParsedFeed the way feedparser's result dict looks (README section 1.2). Reports the
// pass rate per tier and every failing case by name; asserts floors that only ever go up.
#include "core/textdecoder.h"
#include "feedparseradapter.h"
#include "feeds/feedparser.h"
#include "feeds/htmlentities.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace ww;

namespace {

constexpr int kFloorA = 884;
constexpr int kFloorB = 339;
const QString kRoot = QStringLiteral(WW_SHARED_DIR "/corpora/feedparser/");

bool lookup(const QJsonValue &root, const QJsonArray &path, QJsonValue *out)
{
    QJsonValue v = root;
    for (const QJsonValue &step : path) {
        if (step.isString()) {
            if (!v.isObject() || !v.toObject().contains(step.toString()))
                return false;
            v = v.toObject().value(step.toString());
        } else {
            const QJsonArray a = v.toArray();
            int i = step.toInt();
            if (i < 0)
                i += int(a.size());
            if (!v.isArray() || i < 0 || i >= a.size())
                return false;
            v = a.at(i);
        }
    }
    *out = v;
    return true;
}

// Titles and rights are plain text in our model, so an HTML value there matches its plain-text projection.
bool isTitlePath(const QJsonArray &path)
{
    static const QStringList plainFields{QStringLiteral("title"), QStringLiteral("rights"),
                                         QStringLiteral("copyright")};
    const QString last = path.last().toString();
    if (plainFields.contains(last))
        return true;
    if (path.size() < 2 || last != QLatin1String("value"))
        return false;
    const QString parent = path.at(path.size() - 2).toString();
    return parent.endsWith(QLatin1String("_detail")) && plainFields.contains(parent.chopped(7));
}

bool sameEncoding(const QString &actual, const QString &expected)
{
    const QByteArray a = TextDecoder::canonicalName(actual.toLatin1()).toLower();
    const QByteArray e = TextDecoder::canonicalName(expected.toLatin1()).toLower();
    if (a == e)
        return true;
    const QList<QByteArray> gb{"gb2312", "gbk", "gb18030"};
    if (gb.contains(a) && gb.contains(e))
        return true;
    return (e == "utf-16" && a.startsWith("utf-16")) || (e == "utf-32" && a.startsWith("utf-32"));
}

bool equal(const QJsonValue &actual, const QJsonValue &expected, bool title)
{
    if (expected.isString()) {
        if (!actual.isString())
            return false;
        // Whitespace is normalised (our model trims text fields); titles are plain text in our model,
        // so an HTML title also matches its plain-text projection.
        const QString got = actual.toString().simplified();
        return got == expected.toString().simplified() ||
               (title && got == HtmlEntities::toPlainText(expected.toString()));
    }
    if (expected.isDouble()) {
        const double a = actual.isString() ? actual.toString().toDouble() : actual.toDouble(std::nan(""));
        return std::abs(a - expected.toDouble()) < 1e-6;
    }
    if (expected.isNull())
        return actual.isNull() || actual.isUndefined() || (actual.isString() && actual.toString().isEmpty());
    if (expected.isBool())
        return actual.isBool() && actual.toBool() == expected.toBool();
    if (expected.isArray()) {
        const QJsonArray a = actual.toArray(), e = expected.toArray();
        if (!actual.isArray() || a.size() != e.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i)
            if (!equal(a.at(i), e.at(i), false))
                return false;
        return true;
    }
    if (expected.isObject()) {
        const QJsonObject a = actual.toObject(), e = expected.toObject();
        if (!actual.isObject() || (e.isEmpty() && !a.isEmpty()))
            return false;
        for (auto it = e.begin(); it != e.end(); ++it)
            if (!equal(a.value(it.key()), it.value(), false))
                return false;
        return true;
    }
    return false;
}

bool truthy(const QJsonValue &v)
{
    if (v.isString())
        return !v.toString().isEmpty();
    if (v.isArray())
        return !v.toArray().isEmpty();
    if (v.isObject())
        return !v.toObject().isEmpty();
    if (v.isBool())
        return v.toBool();
    if (v.isDouble())
        return v.toDouble() != 0;
    return false;
}

// Empty when every assertion holds, else a short reason.
QString evaluate(const QJsonObject &test, const Result<ParsedFeed> &result)
{
    const QJsonObject view = result ? feedparserview::adapt(*result) : QJsonObject();
    const bool bozo = !result || result->repaired || result->encodingOverridden || result->encodingGuessed;
    QJsonArray assertions = test.value(QLatin1String("assertions")).toArray();
    const QString implicit = test.value(QLatin1String("implicit_harness_assertion")).toString();
    if (implicit == QLatin1String("bozo is False"))
        assertions.append(
            QJsonObject{{QLatin1String("op"), QStringLiteral("bozo")}, {QLatin1String("value"), false}});
    else if (implicit == QLatin1String("bozo is True"))
        assertions.append(
            QJsonObject{{QLatin1String("op"), QStringLiteral("bozo")}, {QLatin1String("value"), true}});
    // entities: strict (bozo) and lenient (not bozo) are both accepted, so nothing to add.
    for (const QJsonValue &av : std::as_const(assertions)) {
        const QJsonObject a = av.toObject();
        const QString op = a.value(QLatin1String("op")).toString();
        const QJsonArray path = a.value(QLatin1String("path")).toArray();
        QJsonValue actual;
        const bool found = !path.isEmpty() && lookup(view, path, &actual);
        const QString where = QString::fromUtf8(QJsonDocument(path).toJson(QJsonDocument::Compact));
        if (op == QLatin1String("no_crash"))
            continue;
        if (op == QLatin1String("bozo")) {
            if (bozo != a.value(QLatin1String("value")).toBool())
                return QStringLiteral("bozo is %1%2")
                    .arg(bozo ? QStringLiteral("true") : QStringLiteral("false"),
                         result ? QString() : QLatin1String(": ") + result.error().message);
            continue;
        }
        if (!result)
            return QStringLiteral("parse error: ") + result.error().message;
        bool ok = false;
        const QJsonValue expected = a.value(QLatin1String("value"));
        if (op == QLatin1String("eq")) {
            if (path.size() == 1 && path.at(0).toString() == QLatin1String("encoding"))
                ok = sameEncoding(actual.toString(), expected.toString());
            else if (path.size() == 1 && path.at(0).toString() == QLatin1String("version"))
                ok = !expected.toString().isEmpty() && expected.toString().startsWith(actual.toString()) &&
                     !actual.toString().isEmpty();
            else
                ok = found && equal(actual, expected, isTitlePath(path));
        } else if (op == QLatin1String("ne")) {
            ok = !found || !equal(actual, expected, false);
        } else if (op == QLatin1String("is")) {
            ok = expected.isNull() ? (!found || actual.isNull()) : (found && equal(actual, expected, false));
        } else if (op == QLatin1String("len")) {
            ok = found && actual.toArray().size() == expected.toInt();
        } else if (op == QLatin1String("truthy")) {
            ok = found && truthy(actual);
        } else if (op == QLatin1String("falsy")) {
            ok = !found || !truthy(actual);
        } else if (op == QLatin1String("present")) {
            ok = found;
        } else if (op == QLatin1String("absent")) {
            ok = !found;
        } else if (op == QLatin1String("eq_paths")) {
            QJsonValue other;
            ok = found && lookup(view, a.value(QLatin1String("other")).toArray(), &other) &&
                 equal(actual, other, false);
        }
        if (!ok)
            return QStringLiteral("%1 %2: got %3")
                .arg(op, where,
                     found
                         ? QString::fromUtf8(QJsonDocument(QJsonArray{actual}).toJson(QJsonDocument::Compact))
                               .left(120)
                         : QStringLiteral("nothing"));
    }
    return {};
}

QString tierOf(const QJsonObject &test)
{
    const QString suite = test.value(QLatin1String("suite")).toString();
    const QString area = test.value(QLatin1String("area")).toString();
    if (suite == QLatin1String("illformed") || suite == QLatin1String("encoding") ||
        suite == QLatin1String("entities") || area == QLatin1String("http"))
        return QStringLiteral("B");
    if (area == QLatin1String("sanitize"))
        return QStringLiteral("C");
    if (area == QLatin1String("itunes") || area == QLatin1String("psc") || area == QLatin1String("geo") ||
        area == QLatin1String("cdf"))
        return QStringLiteral("D");
    return QStringLiteral("A");
}

} // namespace

class TestConformanceFeedparser : public QObject
{
    Q_OBJECT

private slots:
    void suite();
};

void TestConformanceFeedparser::suite()
{
    QFile manifestFile(kRoot + QLatin1String("manifest.json"));
    if (!manifestFile.open(QIODevice::ReadOnly))
        QSKIP("feedparser corpus not available");
    const QJsonArray tests =
        QJsonDocument::fromJson(manifestFile.readAll()).object().value(QLatin1String("tests")).toArray();
    QVERIFY(tests.size() > 2000);

    QMap<QString, int> pass, total, skipped;
    QMap<QString, QStringList> failures;
    for (const QJsonValue &tv : tests) {
        const QJsonObject test = tv.toObject();
        const QString tier = tierOf(test);
        if (!test.value(QLatin1String("mechanical")).toBool()) {
            ++skipped[tier];
            continue;
        }
        const QString path = test.value(QLatin1String("path")).toString();
        QFile file(kRoot + path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        HttpHeaders headers;
        QUrl base = QUrl::fromLocalFile(kRoot + path);
        if (test.value(QLatin1String("served_over_http")).toBool()) {
            base = QUrl(QLatin1String("http://127.0.0.1:8097/") + path);
            bool hasType = false;
            for (const QJsonValue &h : test.value(QLatin1String("http_headers")).toArray()) {
                const QJsonArray pair = h.toArray();
                headers.append(qMakePair(pair.at(0).toString().toUtf8(), pair.at(1).toString().toUtf8()));
                hasType = hasType || pair.at(0).toString().compare(QLatin1String("content-type"),
                                                                   Qt::CaseInsensitive) == 0;
            }
            if (!hasType)
                headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("text/xml")));
        }
        const Result<ParsedFeed> result = parseFeed(file.readAll(), headers, base);
        const QString why = evaluate(test, result);
        ++total[tier];
        if (why.isEmpty())
            ++pass[tier];
        else
            failures[tier] << path + QLatin1String(" -- ") + why;
    }

    const QMap<QString, QString> names{{QStringLiteral("A"), QStringLiteral("A core model")},
                                       {QStringLiteral("B"), QStringLiteral("B bytes->text")},
                                       {QStringLiteral("C"), QStringLiteral("C sanitizer (reported only)")},
                                       {QStringLiteral("D"), QStringLiteral("D extensions (reported only)")}};
    for (auto it = names.begin(); it != names.end(); ++it) {
        const QString &tier = it.key();
        for (const QString &f : failures.value(tier))
            qInfo("FAIL [%s] %s", qPrintable(tier), qPrintable(f));
        qInfo("feedparser tier %s: %d/%d passed (%.1f %%), %d not mechanical (skipped)",
              qPrintable(it.value()), pass.value(tier), total.value(tier),
              total.value(tier) ? 100.0 * pass.value(tier) / total.value(tier) : 0.0, skipped.value(tier));
    }
    // Floors: what we reach today. Raise them when the parser improves; never lower them.
    QVERIFY2(pass.value(QStringLiteral("A")) >= kFloorA, "tier A regressed");
    QVERIFY2(pass.value(QStringLiteral("B")) >= kFloorB, "tier B regressed");
}

QTEST_GUILESS_MAIN(TestConformanceFeedparser)
#include "tst_conformance_feedparser.moc"
