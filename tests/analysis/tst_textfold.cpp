#include "analysis/textfold.h"

#include <QTest>

using namespace ww;

// The character tables under country matching: what folds to what, and where words end.
class TestTextFold : public QObject
{
    Q_OBJECT
private slots:
    void fold_data();
    void fold();
    void classes_data();
    void classes();
};

void TestTextFold::fold_data()
{
    QTest::addColumn<int>("in");
    QTest::addColumn<int>("out");
    QTest::addRow("upper latin") << int(u'R') << int(u'r');
    QTest::addRow("yo") << int(u'ё') << int(u'е');
    QTest::addRow("cyrillic upper") << int(u'Р') << int(u'р');
    QTest::addRow("ukrainian yi kept") << int(u'Ї') << int(u'ї');
    QTest::addRow("short i kept") << int(u'й') << int(u'й');
    QTest::addRow("shadda dropped") << 0x0651 << 0;
    QTest::addRow("tatweel dropped") << 0x0640 << 0;
    QTest::addRow("alef hamza") << 0x0623 << 0x0627;
    QTest::addRow("teh marbuta") << 0x0629 << 0x0647;
    QTest::addRow("nbsp") << 0x00A0 << int(u' ');
    QTest::addRow("u umlaut") << int(u'ü') << int(u'u');
    QTest::addRow("o circumflex upper") << int(u'Ô') << int(u'o');
    QTest::addRow("right quote") << 0x2019 << int(u'\'');
    QTest::addRow("soft hyphen") << 0x00AD << 0;
    QTest::addRow("hangul kept") << int(u'한') << int(u'한');
    QTest::addRow("han kept") << int(u'国') << int(u'国');
}

void TestTextFold::fold()
{
    QFETCH(int, in);
    QFETCH(int, out);
    QCOMPARE(int(TextFold::instance().fold[size_t(in)]), out);
}

void TestTextFold::classes_data()
{
    QTest::addColumn<int>("ch");
    QTest::addColumn<int>("cls");
    QTest::addRow("latin") << int(u'a') << int(TextFold::Latin);
    QTest::addRow("digit") << int(u'7') << int(TextFold::Latin);
    QTest::addRow("space") << int(u' ') << int(TextFold::NonWord);
    QTest::addRow("apostrophe") << int(u'\'') << int(TextFold::NonWord);
    QTest::addRow("hyphen") << int(u'-') << int(TextFold::NonWord);
    QTest::addRow("cyrillic") << int(u'ж') << int(TextFold::Cyrillic);
    QTest::addRow("hangul") << int(u'북') << int(TextFold::Hangul);
    QTest::addRow("han") << int(u'朝') << int(TextFold::Han);
    QTest::addRow("kana") << int(u'ア') << int(TextFold::Han);
    QTest::addRow("arabic") << int(u'ر') << int(TextFold::Arabic);
    QTest::addRow("arabic mark") << 0x064E << int(TextFold::Arabic);
    QTest::addRow("ideographic comma") << int(u'、') << int(TextFold::NonWord);
}

void TestTextFold::classes()
{
    QFETCH(int, ch);
    QFETCH(int, cls);
    QCOMPARE(int(TextFold::instance().cls[size_t(ch)]), cls);
}

QTEST_GUILESS_MAIN(TestTextFold)
#include "tst_textfold.moc"
