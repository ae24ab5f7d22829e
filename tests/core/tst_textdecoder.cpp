#include "core/textdecoder.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using ww::TextDecoder;

namespace {

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(WW_TEST_DATA_DIR "/feeds/encoding/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

QString utf8Fixture(const char *name)
{
    return QString::fromUtf8(fixture(name));
}

} // namespace

class TestTextDecoder : public QObject
{
    Q_OBJECT

private slots:
    void aliases_data();
    void aliases();
    void declared_data();
    void declared();
    void xmlPrecedence_data();
    void xmlPrecedence();
    void unsupportedEncodingIsAnError();
    void unsupportedLabelOnAsciiIsOverridden();
    void detectsUndeclaredLegacyCorpus_data();
    void detectsUndeclaredLegacyCorpus();
    void neverReturnsReplacementCharactersSilently();
    void xmlDeclarationSniffing_data();
    void xmlDeclarationSniffing();
};

void TestTextDecoder::aliases_data()
{
    QTest::addColumn<QByteArray>("label");
    QTest::addColumn<QByteArray>("canonical");
    QTest::addRow("cp1251") << QByteArray("cp1251") << QByteArray("windows-1251");
    QTest::addRow("cp-1251") << QByteArray("cp-1251") << QByteArray("windows-1251");
    QTest::addRow("win-1251") << QByteArray("win-1251") << QByteArray("windows-1251");
    QTest::addRow("x-cp1251") << QByteArray("x-cp1251") << QByteArray("windows-1251");
    QTest::addRow("WINDOWS-1251 upper") << QByteArray("WINDOWS-1251") << QByteArray("windows-1251");
    QTest::addRow("koi8-r") << QByteArray("koi8-r") << QByteArray("KOI8-R");
    QTest::addRow("euc-kr") << QByteArray("euc-kr") << QByteArray("EUC-KR");
    QTest::addRow("ks_c_5601-1987") << QByteArray("ks_c_5601-1987") << QByteArray("EUC-KR");
    QTest::addRow("shift_jis") << QByteArray("shift_jis") << QByteArray("Shift_JIS");
    QTest::addRow("sjis") << QByteArray("sjis") << QByteArray("Shift_JIS");
    QTest::addRow("x-sjis") << QByteArray("x-sjis") << QByteArray("Shift_JIS");
    QTest::addRow("gbk") << QByteArray("gbk") << QByteArray("GBK");
    QTest::addRow("gb2312") << QByteArray("gb2312") << QByteArray("GB2312");
    QTest::addRow("big5") << QByteArray("big5") << QByteArray("Big5");
    QTest::addRow("iso8859-5") << QByteArray("iso8859-5") << QByteArray("ISO-8859-5");
    QTest::addRow("iso_8859-2") << QByteArray("iso_8859-2") << QByteArray("ISO-8859-2");
    QTest::addRow("utf8") << QByteArray("utf8") << QByteArray("UTF-8");
    QTest::addRow("UTF-8 with trailing space") << QByteArray("UTF-8 ") << QByteArray("UTF-8");
    QTest::addRow("quoted") << QByteArray("\"utf-8\"") << QByteArray("UTF-8");
    QTest::addRow("latin1") << QByteArray("latin1") << QByteArray("ISO-8859-1");
    QTest::addRow("unknown") << QByteArray("x-no-such-charset") << QByteArray();
}

void TestTextDecoder::aliases()
{
    QFETCH(QByteArray, label);
    QFETCH(QByteArray, canonical);
    QCOMPARE(TextDecoder::canonicalName(label), canonical);
    QCOMPARE(TextDecoder::isSupported(label), !canonical.isEmpty());
}

void TestTextDecoder::declared_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("declared");
    QTest::addColumn<QByteArray>("hint");
    QTest::addColumn<QString>("expectedText");
    QTest::addColumn<QString>("expectedEncoding");
    QTest::addColumn<bool>("guessed");
    QTest::addColumn<bool>("overridden");

    const QString ru = utf8Fixture("ru.utf8.txt");
    const QString ko = utf8Fixture("ko.utf8.txt");
    const QString ja = utf8Fixture("ja.utf8.txt");
    const QString w1251 = QStringLiteral("windows-1251");
    QTest::addRow("windows-1251 declared") << fixture("ru.cp1251.txt") << QByteArray("windows-1251")
                                           << QByteArray() << ru << w1251 << false << false;
    QTest::addRow("win-1251 alias in hint") << fixture("ru.cp1251.txt") << QByteArray()
                                            << QByteArray("win-1251") << ru << w1251 << false << false;
    QTest::addRow("koi8-r declared") << fixture("ru.koi8r.txt") << QByteArray("koi8-r") << QByteArray() << ru
                                     << QStringLiteral("KOI8-R") << false << false;
    QTest::addRow("euc-kr declared") << fixture("ko.euckr.txt") << QByteArray("euc-kr") << QByteArray() << ko
                                     << QStringLiteral("EUC-KR") << false << false;
    QTest::addRow("ks_c_5601-1987 declared")
        << fixture("ko.euckr.txt") << QByteArray("ks_c_5601-1987") << QByteArray() << ko
        << QStringLiteral("EUC-KR") << false << false;
    QTest::addRow("shift_jis declared") << fixture("ja.sjis.txt") << QByteArray("shift_jis") << QByteArray()
                                        << ja << QStringLiteral("Shift_JIS") << false << false;
    QTest::addRow("utf-8 undeclared") << fixture("ru.utf8.txt") << QByteArray() << QByteArray() << ru
                                      << QStringLiteral("UTF-8") << false << false;
    QTest::addRow("header beats hint")
        << fixture("ru.koi8r.txt") << QByteArray("koi8-r") << QByteArray("windows-1251") << ru
        << QStringLiteral("KOI8-R") << false << false;
    QTest::addRow("declared utf-8, bytes windows-1251")
        << fixture("ru.cp1251.txt") << QByteArray("utf-8") << QByteArray() << ru << w1251 << true << true;
    QTest::addRow("declared utf-8, bytes koi8-r")
        << fixture("ru.koi8r.txt") << QByteArray("utf-8") << QByteArray() << ru << QStringLiteral("KOI8-R")
        << true << true;
    QTest::addRow("declared windows-1251, bytes utf-8")
        << fixture("ru.utf8.txt") << QByteArray("windows-1251") << QByteArray() << ru
        << QStringLiteral("UTF-8") << false << true;
    QTest::addRow("undeclared windows-1251")
        << fixture("ru.cp1251.txt") << QByteArray() << QByteArray() << ru << w1251 << true << false;
    QTest::addRow("undeclared koi8-r") << fixture("ru.koi8r.txt") << QByteArray() << QByteArray() << ru
                                       << QStringLiteral("KOI8-R") << true << false;
    QTest::addRow("undeclared euc-kr") << fixture("ko.euckr.txt") << QByteArray() << QByteArray() << ko
                                       << QStringLiteral("EUC-KR") << true << false;
    QTest::addRow("utf-8 BOM beats declared windows-1251")
        << QByteArray("\xef\xbb\xbf") + fixture("ru.utf8.txt") << QByteArray("windows-1251") << QByteArray()
        << ru << QStringLiteral("UTF-8") << false << true;
    const QByteArray utf16le =
        QByteArray("\xff\xfe") + QByteArray(reinterpret_cast<const char *>(ru.utf16()), ru.size() * 2);
    QTest::addRow("utf-16le BOM") << utf16le << QByteArray() << QByteArray() << ru
                                  << QStringLiteral("UTF-16LE") << false << false;
    QTest::addRow("utf-16 declared, BOM agrees") << utf16le << QByteArray("utf-16") << QByteArray() << ru
                                                 << QStringLiteral("UTF-16LE") << false << false;
}

void TestTextDecoder::declared()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, declared);
    QFETCH(QByteArray, hint);
    QFETCH(QString, expectedText);
    QFETCH(QString, expectedEncoding);
    QFETCH(bool, guessed);
    QFETCH(bool, overridden);

    const ww::Result<ww::DecodedText> result = TextDecoder::decode(bytes, declared, hint);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result->text, expectedText);
    QCOMPARE(result->encoding, expectedEncoding);
    QCOMPARE(result->guessed, guessed);
    QCOMPARE(result->overridden, overridden);
    QVERIFY(!result->lossy);
    if (guessed || overridden)
        QVERIFY(!result->warnings.isEmpty());
}

void TestTextDecoder::xmlPrecedence_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("expectedEncoding");
    QTest::addColumn<bool>("overridden");

    const QByteArray koiBody = fixture("ru.koi8r.txt");
    const QByteArray cpBody = fixture("ru.cp1251.txt");
    const auto doc = [](const char *decl, const QByteArray &body) -> QByteArray {
        return QByteArray("<?xml version=\"1.0\"") + decl + "?><rss><channel><title>" + body +
               "</title></channel></rss>";
    };
    QTest::addRow("application/rss+xml, no charset: declaration wins")
        << doc(" encoding=\"koi8-r\"", koiBody) << QByteArray("application/rss+xml")
        << QStringLiteral("KOI8-R") << false;
    QTest::addRow("application/xml; charset beats declaration")
        << doc(" encoding=\"utf-8\"", koiBody) << QByteArray("application/xml; charset=koi8-r")
        << QStringLiteral("KOI8-R") << false;
    QTest::addRow("text/xml; charset=koi8-r vs encoding=utf-8")
        << doc(" encoding=\"utf-8\"", koiBody) << QByteArray("text/xml; charset=koi8-r")
        << QStringLiteral("KOI8-R") << false;
    QTest::addRow("no content type: declaration")
        << doc(" encoding='windows-1251'", cpBody) << QByteArray() << QStringLiteral("windows-1251") << false;
    QTest::addRow("text/xml, no charset, ascii body: us-ascii")
        << doc(" encoding=\"utf-8\"", "plain") << QByteArray("text/xml") << QStringLiteral("US-ASCII")
        << false;
    QTest::addRow("text/xml, no charset, non-ascii body: declaration as fallback, flagged")
        << doc(" encoding=\"windows-1251\"", cpBody) << QByteArray("text/xml")
        << QStringLiteral("windows-1251") << true;
    QTest::addRow("quoted charset parameter")
        << doc("", cpBody) << QByteArray("application/rss+xml; charset=\"windows-1251\"")
        << QStringLiteral("windows-1251") << false;
}

void TestTextDecoder::xmlPrecedence()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, expectedEncoding);
    QFETCH(bool, overridden);

    const auto result = TextDecoder::decodeXml(bytes, contentType);
    QVERIFY(result.ok());
    QCOMPARE(result->encoding, expectedEncoding);
    QCOMPARE(result->overridden, overridden);
    if (expectedEncoding != QLatin1String("US-ASCII"))
        QVERIFY(result->text.contains(utf8Fixture("ru.utf8.txt")));
}

void TestTextDecoder::unsupportedEncodingIsAnError()
{
    const auto result = TextDecoder::decode(fixture("ru.cp1251.txt"), "x-klingon-8");
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ww::Error::Code::Encoding);
    QVERIFY(result.error().message.contains(QLatin1String("unsupported encoding x-klingon-8")));
}

void TestTextDecoder::unsupportedLabelOnAsciiIsOverridden()
{
    const auto result = TextDecoder::decode("<rss>plain ascii</rss>", "x-klingon-8");
    QVERIFY(result.ok());
    QCOMPARE(result->text, QStringLiteral("<rss>plain ascii</rss>"));
    QVERIFY(result->overridden);
    QVERIFY(result->warnings.join(QLatin1Char(' ')).contains(QLatin1String("unsupported encoding")));
}

void TestTextDecoder::detectsUndeclaredLegacyCorpus_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("acceptable");
    // feedparser's illformed/chardet files: real blog text with no declaration anywhere.
    QTest::addRow("koi8r") << QStringLiteral("koi8r.xml") << QStringList{QStringLiteral("KOI8-R")};
    QTest::addRow("euckr") << QStringLiteral("euckr.xml") << QStringList{QStringLiteral("EUC-KR")};
    QTest::addRow("shiftjis") << QStringLiteral("shiftjis.xml") << QStringList{QStringLiteral("Shift_JIS")};
    QTest::addRow("eucjp") << QStringLiteral("eucjp.xml") << QStringList{QStringLiteral("EUC-JP")};
    QTest::addRow("big5") << QStringLiteral("big5.xml") << QStringList{QStringLiteral("Big5")};
    QTest::addRow("gb2312") << QStringLiteral("gb2312.xml") << QStringList{QStringLiteral("GB2312")};
}

void TestTextDecoder::detectsUndeclaredLegacyCorpus()
{
    QFETCH(QString, file);
    QFETCH(QStringList, acceptable);
    QFile f(QStringLiteral(WW_SHARED_DIR "/corpora/feedparser/tests/illformed/chardet/") + file);
    if (!f.open(QIODevice::ReadOnly))
        QSKIP("feedparser corpus not available");
    const auto result = TextDecoder::decodeXml(f.readAll(), {});
    QVERIFY(result.ok());
    QVERIFY(result->guessed);
    QVERIFY2(acceptable.contains(result->encoding), qPrintable(result->encoding));
    QVERIFY(!result->text.contains(QChar::ReplacementCharacter));
}

void TestTextDecoder::neverReturnsReplacementCharactersSilently()
{
    QRandomGenerator rng(1234);
    const QByteArrayList labels = {"", "utf-8", "euc-kr", "shift_jis", "big5", "us-ascii", "utf-16"};
    for (int round = 0; round < 200; ++round) {
        QByteArray bytes(64 + int(rng.bounded(512)), Qt::Uninitialized);
        for (char &c : bytes)
            c = char(rng.bounded(256));
        const QByteArray label = labels.at(round % labels.size());
        const auto result = TextDecoder::decode(bytes, label);
        if (!result.ok())
            continue;
        if (result->text.contains(QChar::ReplacementCharacter) && !bytes.contains("\xef\xbf\xbd"))
            QVERIFY2(result->lossy || result->guessed || result->overridden, label.constData());
        if (result->lossy)
            QVERIFY(!result->warnings.isEmpty());
    }
}

void TestTextDecoder::xmlDeclarationSniffing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("expected");
    QTest::addRow("double quotes") << QByteArray("<?xml version=\"1.0\" encoding=\"koi8-r\"?><a/>")
                                   << QByteArray("koi8-r");
    QTest::addRow("single quotes, spaces")
        << QByteArray("<?xml version='1.0' encoding = 'Big5' ?><a/>") << QByteArray("Big5");
    QTest::addRow("none") << QByteArray("<?xml version=\"1.0\"?><a encoding=\"x\"/>") << QByteArray();
    QTest::addRow("no declaration") << QByteArray("<rss/>") << QByteArray();
    const QString decl = QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-16\"?><a/>");
    QTest::addRow("utf-16le without BOM")
        << QByteArray(reinterpret_cast<const char *>(decl.utf16()), decl.size() * 2) << QByteArray("utf-16");
}

void TestTextDecoder::xmlDeclarationSniffing()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, expected);
    QCOMPARE(TextDecoder::xmlDeclaredEncoding(bytes), expected);
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
