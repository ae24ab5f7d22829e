#include "extract/pagedecoder.h"

#include <QStringEncoder>
#include <QTest>

using namespace ww;

class TestPageDecoder : public QObject
{
    Q_OBJECT
private slots:
    void prescan_data();
    void prescan();
    void metaContent_data();
    void metaContent();
    void decode_data();
    void decode();
};

void TestPageDecoder::prescan_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QByteArray>("charset");
    QTest::addRow("meta charset") << QByteArray("<html><head><meta charset=\"windows-1251\">")
                                  << QByteArray("windows-1251");
    QTest::addRow("unquoted") << QByteArray("<meta charset=euc-kr>") << QByteArray("euc-kr");
    QTest::addRow("http-equiv")
        << QByteArray("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=KOI8-R\">")
        << QByteArray("koi8-r");
    QTest::addRow("content before http-equiv")
        << QByteArray("<meta content='text/html;charset=Shift_JIS' http-equiv='content-type'>")
        << QByteArray("shift_jis");
    QTest::addRow("content without pragma ignored")
        << QByteArray("<meta content=\"text/html; charset=koi8-r\">") << QByteArray();
    QTest::addRow("in comment ignored")
        << QByteArray("<!-- <meta charset=koi8-r> --><meta charset=utf-8>") << QByteArray("utf-8");
    QTest::addRow("in attribute ignored")
        << QByteArray("<div title='<meta charset=koi8-r>'></div><meta charset=gbk>") << QByteArray("gbk");
    QTest::addRow("utf-16 means utf-8") << QByteArray("<meta charset=utf-16le>") << QByteArray("utf-8");
    QTest::addRow("x-user-defined") << QByteArray("<meta charset=x-user-defined>")
                                    << QByteArray("windows-1252");
    QTest::addRow("after long script")
        << QByteArray("<script>") + QByteArray(2000, 'x') + QByteArray("</script><meta charset=windows-1251>")
        << QByteArray("windows-1251");
    QTest::addRow("beyond window") << QByteArray(9000, ' ') + QByteArray("<meta charset=windows-1251>")
                                   << QByteArray();
    QTest::addRow("none") << QByteArray("<html><body>plain</body></html>") << QByteArray();
    QTest::addRow("METAX is not meta") << QByteArray("<metax charset=koi8-r>") << QByteArray();
}

void TestPageDecoder::prescan()
{
    QFETCH(QByteArray, html);
    QFETCH(QByteArray, charset);
    QCOMPARE(PageDecoder::prescan(html).toLower(), charset);
}

void TestPageDecoder::metaContent_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QByteArray>("charset");
    QTest::addRow("plain") << QByteArray("text/html; charset=utf-8") << QByteArray("utf-8");
    QTest::addRow("spaces") << QByteArray("text/html; charset = \"cp1251\"") << QByteArray("cp1251");
    QTest::addRow("no charset") << QByteArray("text/html") << QByteArray();
    QTest::addRow("unterminated quote") << QByteArray("text/html; charset=\"utf-8") << QByteArray();
}

void TestPageDecoder::metaContent()
{
    QFETCH(QByteArray, content);
    QFETCH(QByteArray, charset);
    QCOMPARE(PageDecoder::charsetFromMetaContent(content), charset);
}

void TestPageDecoder::decode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("text");
    const QString ru = QStringLiteral("Москва заявила, что переговоры с Сеулом продолжатся, сообщили в "
                                      "министерстве иностранных дел России.");
    const QString ko = QStringLiteral(
        "러시아 외무부는 한국이 한반도의 긴장을 고조시키고 있다고 비난하며 외교적 해결을 촉구했다.");
    auto enc = [](const char *codec, const QString &s) {
        return QByteArray(QStringEncoder(codec).encode(s));
    };
    const QByteArray metaRu = "<html><head><meta charset=windows-1251></head><body><p>";
    QTest::addRow("meta windows-1251") << metaRu + enc("windows-1251", ru) << QByteArray("text/html") << ru;
    QTest::addRow("http beats meta") << QByteArray("<meta charset=windows-1251><p>") + enc("KOI8-R", ru)
                                     << QByteArray("text/html; charset=koi8-r") << ru;
    QTest::addRow("bom beats all") << QByteArray("\xEF\xBB\xBF<meta charset=windows-1251><p>") + ru.toUtf8()
                                   << QByteArray("text/html; charset=koi8-r") << ru;
    QTest::addRow("detected windows-1251")
        << QByteArray("<p>") + enc("windows-1251", ru + QLatin1Char(' ') + ru) << QByteArray() << ru;
    QTest::addRow("meta euc-kr") << QByteArray("<meta charset=\"euc-kr\"><p>") + enc("EUC-KR", ko)
                                 << QByteArray() << ko;
    QTest::addRow("detected euc-kr") << QByteArray("<p>") + enc("EUC-KR", ko + QLatin1Char(' ') + ko)
                                     << QByteArray() << ko;
    QTest::addRow("utf-8 undeclared") << QByteArray("<p>") + ko.toUtf8() << QByteArray() << ko;
}

void TestPageDecoder::decode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, text);
    const auto result = PageDecoder::decode(bytes, contentType);
    QVERIFY(result.ok());
    QVERIFY2(result->text.contains(text), qPrintable(result->encoding));
}

QTEST_GUILESS_MAIN(TestPageDecoder)
#include "tst_pagedecoder.moc"
