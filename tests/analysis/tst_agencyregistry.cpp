#include "analysis/agencyregistry.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ww;

class TestAgencyRegistry : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void builtinCoversTheMajors_data();
    void builtinCoversTheMajors();
    void findAlias_data();
    void findAlias();
    void findAllInText_data();
    void findAllInText();
    void mergeAnalystEdits();
    void mergeRejectsBadInput_data();
    void mergeRejectsBadInput();
    void mergeFileAndRoundTrip();

private:
    AgencyRegistry m_registry;
};

void TestAgencyRegistry::initTestCase()
{
    m_registry = AgencyRegistry::builtin();
    QVERIFY(m_registry.agencies().size() > 40);
}

void TestAgencyRegistry::builtinCoversTheMajors_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("country");
    QTest::addColumn<bool>("state");
    QTest::addColumn<int>("kind");
    const auto wire = int(Agency::Kind::Wire);
    QTest::addRow("Reuters") << QStringLiteral("Reuters") << QStringLiteral("GB") << false << wire;
    QTest::addRow("AP") << QStringLiteral("AP") << QStringLiteral("US") << false << wire;
    QTest::addRow("TASS") << QStringLiteral("TASS") << QStringLiteral("RU") << true << wire;
    QTest::addRow("Xinhua") << QStringLiteral("Xinhua") << QStringLiteral("CN") << true << wire;
    QTest::addRow("KCNA") << QStringLiteral("KCNA") << QStringLiteral("KP") << true << wire;
    QTest::addRow("Yonhap") << QStringLiteral("Yonhap") << QStringLiteral("KR") << false << wire;
    QTest::addRow("Ukrinform") << QStringLiteral("Ukrinform") << QStringLiteral("UA") << true << wire;
    QTest::addRow("Getty") << QStringLiteral("Getty Images") << QStringLiteral("US") << false
                           << int(Agency::Kind::Photo);
    QTest::addRow("BBC") << QStringLiteral("BBC") << QStringLiteral("GB") << false
                         << int(Agency::Kind::Outlet);
}

void TestAgencyRegistry::builtinCoversTheMajors()
{
    QFETCH(QString, name);
    QFETCH(QString, country);
    QFETCH(bool, state);
    QFETCH(int, kind);
    const Agency *a = m_registry.find(name);
    QVERIFY(a);
    QCOMPARE(a->name, name);
    QCOMPARE(a->country, country);
    QCOMPARE(a->stateAffiliated(), state);
    QCOMPARE(int(a->kind), kind);
    QVERIFY(!a->languages.isEmpty());
}

void TestAgencyRegistry::findAlias_data()
{
    QTest::addColumn<QString>("alias");
    QTest::addColumn<QString>("canonical");
    QTest::addRow("upper") << QStringLiteral("REUTERS") << QStringLiteral("Reuters");
    QTest::addRow("russian") << QStringLiteral("Рейтер") << QStringLiteral("Reuters");
    QTest::addRow("padded") << QStringLiteral("  reuters. ") << QStringLiteral("Reuters");
    QTest::addRow("TASS cyrillic") << QStringLiteral("ТАСС") << QStringLiteral("TASS");
    QTest::addRow("RIA") << QStringLiteral("РИА Новости") << QStringLiteral("RIA Novosti");
    QTest::addRow("RIA spacing") << QStringLiteral("РИА  новости") << QStringLiteral("RIA Novosti");
    QTest::addRow("Interfax") << QStringLiteral("Интерфакс") << QStringLiteral("Interfax");
    QTest::addRow("Ukrinform uk") << QStringLiteral("Укрінформ") << QStringLiteral("Ukrinform");
    QTest::addRow("UNIAN uk") << QStringLiteral("УНІАН") << QStringLiteral("UNIAN");
    QTest::addRow("Yonhap ko") << QStringLiteral("연합뉴스") << QStringLiteral("Yonhap");
    QTest::addRow("KCNA ko") << QStringLiteral("조선중앙통신") << QStringLiteral("KCNA");
    QTest::addRow("AP ar") << QString::fromUtf8("أسوشيتد برس") << QStringLiteral("AP");
    QTest::addRow("AFP ar long") << QString::fromUtf8("وكالة الأنباء الفرنسية") << QStringLiteral("AFP");
    QTest::addRow("TASS ar") << QString::fromUtf8("تاس") << QStringLiteral("TASS");
    QTest::addRow("Xinhua zh") << QStringLiteral("新华社") << QStringLiteral("Xinhua");
    QTest::addRow("AP long") << QStringLiteral("The Associated Press") << QStringLiteral("AP");
    QTest::addRow("EPA-EFE") << QStringLiteral("EPA-EFE") << QStringLiteral("EPA-EFE");
    QTest::addRow("en dash") << QStringLiteral("EPA\u2013EFE") << QStringLiteral("EPA-EFE");
    QTest::addRow("Agence France-Presse") << QStringLiteral("agence france-presse") << QStringLiteral("AFP");
    QTest::addRow("SPA arabic") << QStringLiteral("وكالة الأنباء السعودية") << QStringLiteral("SPA");
    QTest::addRow("unknown") << QStringLiteral("Global South World") << QString();
    QTest::addRow("empty") << QString() << QString();
}

void TestAgencyRegistry::findAlias()
{
    QFETCH(QString, alias);
    QFETCH(QString, canonical);
    QCOMPARE(m_registry.canonical(alias), canonical);
}

void TestAgencyRegistry::findAllInText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("found");
    QTest::addRow("english") << QStringLiteral("Interfax news agency said, citing TASS and Reuters.")
                             << QStringList{QStringLiteral("Interfax"), QStringLiteral("TASS"),
                                            QStringLiteral("Reuters")};
    QTest::addRow("longest wins") << QStringLiteral("The Associated Press reported")
                                  << QStringList{QStringLiteral("AP")};
    QTest::addRow("acronym case") << QStringLiteral("an ap of the map; AP said")
                                  << QStringList{QStringLiteral("AP")};
    QTest::addRow("inside words") << QStringLiteral("Reutersville and Tassel and SPAin") << QStringList{};
    QTest::addRow("russian inflection")
        << QStringLiteral("как сообщили Интерфаксу в РИА Новости")
        << QStringList{QStringLiteral("Interfax"), QStringLiteral("RIA Novosti")};
    QTest::addRow("korean particle") << QStringLiteral("연합뉴스에 따르면 조선중앙통신은")
                                     << QStringList{QStringLiteral("Yonhap"), QStringLiteral("KCNA")};
    QTest::addRow("chinese run-on") << QStringLiteral("据新华社北京10月14日电")
                                    << QStringList{QStringLiteral("Xinhua")};
    QTest::addRow("dateline") << QStringLiteral("SEOUL, Oct 14 (Reuters) -")
                              << QStringList{QStringLiteral("Reuters")};
    // Arabic: hamza seats vary ("أ ف ب" / "ا ف ب") and prepositions attach to the name ("لرويترز").
    QTest::addRow("arabic abbreviations") << QString::fromUtf8("بيروت (أ ف ب) - وقال مسؤول ا ف ب لاحقا")
                                          << QStringList{QStringLiteral("AFP"), QStringLiteral("AFP")};
    QTest::addRow("arabic proclitic") << QString::fromUtf8("وقال مصدر لرويترز إن وكالة الأنباء الفرنسية")
                                      << QStringList{QStringLiteral("Reuters"), QStringLiteral("AFP")};
    QTest::addRow("arabic inside word") << QString::fromUtf8("الرويترزية كلمة") << QStringList{};
}

void TestAgencyRegistry::findAllInText()
{
    QFETCH(QString, text);
    QFETCH(QStringList, found);
    QStringList names;
    for (const auto &m : m_registry.findAll(text)) {
        names.append(m_registry.agency(m.agency)->name);
        QVERIFY(m.position >= 0 && m.position + m.length <= text.size());
    }
    QCOMPARE(names, found);
}

void TestAgencyRegistry::mergeAnalystEdits()
{
    AgencyRegistry registry = m_registry;
    const QByteArray edits = R"({"agencies": [
        {"name": "reuters", "addAliases": ["Рейтерз"]},
        {"name": "TASS", "remove": true},
        {"name": "Global South World", "kind": "outlet", "country": "sg", "aliases": ["GSW"]}
    ]})";
    const Status status = registry.merge(edits);
    QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message));
    QCOMPARE(registry.canonical(QStringLiteral("Рейтерз")), QStringLiteral("Reuters"));
    QCOMPARE(registry.canonical(QStringLiteral("Thomson Reuters")), QStringLiteral("Reuters"));
    QVERIFY(!registry.find(QStringLiteral("ТАСС")));
    const Agency *gsw = registry.find(QStringLiteral("gsw"));
    QVERIFY(gsw);
    QCOMPARE(gsw->name, QStringLiteral("Global South World"));
    QCOMPARE(gsw->country, QStringLiteral("SG"));
    QCOMPARE(gsw->kind, Agency::Kind::Outlet);
    QCOMPARE(registry.agencies().size(), m_registry.agencies().size());
}

void TestAgencyRegistry::mergeRejectsBadInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("code");
    QTest::addRow("not json") << QByteArray("{nope") << int(Error::Code::Malformed);
    QTest::addRow("no array") << QByteArray(R"({"agencies": 3})") << int(Error::Code::Malformed);
    QTest::addRow("no name") << QByteArray(R"({"agencies": [{"kind": "wire"}]})")
                             << int(Error::Code::Malformed);
    QTest::addRow("bad kind") << QByteArray(R"({"agencies": [{"name": "X", "kind": "blog"}]})")
                              << int(Error::Code::Malformed);
    QTest::addRow("too large") << QByteArray(AgencyRegistry::MaxJsonBytes + 1, ' ')
                               << int(Error::Code::TooLarge);
}

void TestAgencyRegistry::mergeRejectsBadInput()
{
    QFETCH(QByteArray, json);
    QFETCH(int, code);
    AgencyRegistry registry = m_registry;
    const Status status = registry.merge(json);
    QVERIFY(!status.ok());
    QCOMPARE(int(status.error().code), code);
    QCOMPARE(registry.agencies().size(), m_registry.agencies().size()); // all or nothing
    QCOMPARE(registry.canonical(QStringLiteral("Reuters")), QStringLiteral("Reuters"));
}

void TestAgencyRegistry::mergeFileAndRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("agencies.json"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(m_registry.toJson());
    }
    AgencyRegistry copy;
    QVERIFY(copy.mergeFile(path).ok());
    QCOMPARE(copy.agencies().size(), m_registry.agencies().size());
    QCOMPARE(copy.find(QStringLiteral("조선중앙통신"))->name, QStringLiteral("KCNA"));
    QCOMPARE(copy.find(QStringLiteral("Sputnik"))->affiliation, Agency::Affiliation::State);
    const Status missing = copy.mergeFile(dir.filePath(QStringLiteral("missing.json")));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, Error::Code::NotFound);
}

QTEST_GUILESS_MAIN(TestAgencyRegistry)
#include "tst_agencyregistry.moc"
