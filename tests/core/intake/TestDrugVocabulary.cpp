// The drug vocabulary of INTAKE.md §5: every class and drug of the table, Chinese labels,
// synonyms and brand names, and regimens that expand to their drugs whatever the spelling.

#include "core/intake/DrugVocabulary.h"
#include "core/intake/IntakeTestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace cb::core;

class TestDrugVocabulary : public QObject
{
    Q_OBJECT

    DrugVocabulary m_vocabulary;

    static QByteArray changed(const std::function<void(QJsonObject&)>& change)
    {
        QJsonObject root =
            QJsonDocument::fromJson(cb::test::intakeResource(QStringLiteral("drugs.json"))).object();
        change(root);
        return QJsonDocument(root).toJson();
    }
    static void append(QJsonObject& root, const char* list, const QJsonObject& entry)
    {
        QJsonArray a = root.value(QLatin1String(list)).toArray();
        a.append(entry);
        root.insert(QLatin1String(list), a);
    }

private slots:
    void initTestCase()
    {
        auto parsed = DrugVocabulary::parse(cb::test::intakeResource(QStringLiteral("drugs.json")),
                                            QStringLiteral("drugs.json"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        m_vocabulary = parsed.value();
    }

    void shouldShipAVersionedVocabulary()
    {
        QVERIFY(m_vocabulary.version().startsWith(QLatin1String("cellboard-drugs-")));
        QVERIFY(m_vocabulary.classes().size() >= 22);
        QVERIFY(m_vocabulary.drugs().size() >= 55);
    }

    // INTAKE.md §5, the table of drug classes, row by row.
    void shouldHoldEveryClassWithItsDrugs_data()
    {
        QTest::addColumn<QString>("classId");
        QTest::addColumn<QStringList>("drugs");
        auto row = [](const char* id, std::initializer_list<const char*> drugs) {
            QStringList list;
            for (const char* d : drugs)
                list << QString::fromLatin1(d);
            QTest::newRow(id) << QString::fromLatin1(id) << list;
        };
        row("proteasome_inhibitor", {"bortezomib", "carfilzomib", "ixazomib"});
        row("imid", {"thalidomide", "lenalidomide", "pomalidomide"});
        row("anti_cd38", {"daratumumab", "isatuximab"});
        row("anti_slamf7", {"elotuzumab"});
        row("bcma_adc", {"belantamab mafodotin"});
        row("bcma_bispecific", {"teclistamab", "elranatamab", "linvoseltamab"});
        row("bcma_car_t", {"idecabtagene vicleucel", "ciltacabtagene autoleucel", "equecabtagene autoleucel",
                           "zevorcabtagene autoleucel"});
        row("gprc5d", {"talquetamab"});
        row("xpo1", {"selinexor"});
        row("alkylator", {"melphalan", "cyclophosphamide", "bendamustine"});
        row("anthracycline", {"doxorubicin"});
        row("corticosteroid", {"dexamethasone", "prednisone"});
        row("anti_cd20", {"rituximab", "obinutuzumab"});
        row("cd20_cd3_bispecific", {"glofitamab", "epcoritamab", "mosunetuzumab"});
        row("cd19_directed", {"tafasitamab", "loncastuximab tesirine", "blinatumomab"});
        row("cd19_car_t",
            {"axicabtagene ciloleucel", "tisagenlecleucel", "lisocabtagene maraleucel",
             "brexucabtagene autoleucel", "relmacabtagene autoleucel", "inaticabtagene autoleucel"});
        row("anti_cd79b", {"polatuzumab vedotin"});
        row("btk_inhibitor", {"ibrutinib", "acalabrutinib", "zanubrutinib", "pirtobrutinib"});
        row("bcl2_inhibitor", {"venetoclax"});
        row("tki_bcr_abl", {"imatinib", "dasatinib", "nilotinib", "ponatinib"});
        row("anti_cd22", {"inotuzumab ozogamicin"});
        row("platinum", {"cisplatin", "carboplatin", "oxaliplatin"});
    }
    void shouldHoldEveryClassWithItsDrugs()
    {
        QFETCH(QString, classId);
        QFETCH(QStringList, drugs);
        const DrugClassEntry* c = m_vocabulary.findClass(classId);
        QVERIFY2(c, qPrintable(classId));
        QVERIFY(!c->labelEn.isEmpty());
        QVERIFY(!c->labelZh.isEmpty());
        for (const QString& id : drugs) {
            const DrugEntry* d = m_vocabulary.findDrug(id);
            QVERIFY2(d, qPrintable(id));
            QCOMPARE(d->id, id);
            QCOMPARE(d->classId, classId);
        }
    }

    void shouldLabelEveryDrugAndClassInChinese()
    {
        static const QRegularExpression han(QStringLiteral("\\p{Han}"));
        for (const DrugEntry& d : m_vocabulary.drugs()) {
            QVERIFY2(han.match(d.labelZh).hasMatch(), qPrintable(d.id));
            QVERIFY2(!d.labelEn.isEmpty(), qPrintable(d.id));
            QCOMPARE(d.id, d.id.toLower());
            QVERIFY2(m_vocabulary.findClass(d.classId), qPrintable(d.id));
        }
        for (const DrugClassEntry& c : m_vocabulary.classes())
            QVERIFY2(han.match(c.labelZh).hasMatch() || c.labelZh.contains(QLatin1String("CAR-T")),
                     qPrintable(c.id));
        QCOMPARE(m_vocabulary.findDrug(QStringLiteral("bortezomib"))->labelZh, QStringLiteral("硼替佐米"));
        QCOMPARE(m_vocabulary.findDrug(QStringLiteral("lenalidomide"))->labelZh, QStringLiteral("来那度胺"));
        QCOMPARE(m_vocabulary.findDrug(QStringLiteral("daratumumab"))->labelZh,
                 QStringLiteral("达雷妥尤单抗"));
    }

    void shouldFindADrugByAnyOfItsNames_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("id");
        auto row = [](const char* typed, const char* id) {
            QTest::newRow(typed) << QString::fromUtf8(typed) << QString::fromLatin1(id);
        };
        row("lenalidomide", "lenalidomide");
        row("Lenalidomide", "lenalidomide");
        row("LEN", "lenalidomide");
        row("Revlimid", "lenalidomide");
        row("来那度胺", "lenalidomide");
        row("dara", "daratumumab");
        row("Darzalex Faspro", "daratumumab");
        row("cilta-cel", "ciltacabtagene autoleucel");
        row("Cilta Cel", "ciltacabtagene autoleucel");
        row("Carvykti", "ciltacabtagene autoleucel");
        row("ide-cel", "idecabtagene vicleucel");
        row("axi-cel", "axicabtagene ciloleucel");
        row("belantamab-mafodotin", "belantamab mafodotin");
        row("  bortezomib  ", "bortezomib");
        row("Velcade", "bortezomib");
        row("pola", "polatuzumab vedotin");
        row("aspirin", "");
        row("", "");
    }
    void shouldFindADrugByAnyOfItsNames()
    {
        QFETCH(QString, typed);
        QFETCH(QString, id);
        const DrugEntry* d = m_vocabulary.findDrug(typed);
        if (id.isEmpty()) {
            QVERIFY(!d);
            return;
        }
        QVERIFY2(d, qPrintable(typed));
        QCOMPARE(d->id, id);
    }

    void shouldExpandARegimenWhateverTheSpelling_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("drugs");
        const QStringList vrd{QStringLiteral("bortezomib"), QStringLiteral("lenalidomide"),
                              QStringLiteral("dexamethasone")};
        const QStringList dvrd = QStringList{QStringLiteral("daratumumab")} + vrd;
        const QStringList rchop{QStringLiteral("rituximab"), QStringLiteral("cyclophosphamide"),
                                QStringLiteral("doxorubicin"), QStringLiteral("vincristine"),
                                QStringLiteral("prednisone")};
        const QStringList drd{QStringLiteral("daratumumab"), QStringLiteral("lenalidomide"),
                              QStringLiteral("dexamethasone")};
        QTest::newRow("VRd") << QStringLiteral("VRd") << vrd;
        QTest::newRow("vrd") << QStringLiteral("vrd") << vrd;
        QTest::newRow("V-R-d") << QStringLiteral("V-R-d") << vrd;
        QTest::newRow("RVd") << QStringLiteral("RVd") << vrd;
        QTest::newRow("D-VRd") << QStringLiteral("D-VRd") << dvrd;
        QTest::newRow("dvrd") << QStringLiteral("dvrd") << dvrd;
        QTest::newRow("D VRd") << QStringLiteral("D VRd") << dvrd;
        QTest::newRow("Dara-VRd") << QStringLiteral("Dara-VRd") << dvrd;
        QTest::newRow("R-CHOP") << QStringLiteral("R-CHOP") << rchop;
        QTest::newRow("rchop") << QStringLiteral("rchop") << rchop;
        QTest::newRow("R CHOP") << QStringLiteral("R CHOP") << rchop;
        QTest::newRow("r_chop (the id)") << QStringLiteral("r_chop") << rchop;
        QTest::newRow("DRd") << QStringLiteral("DRd") << drd;
        QTest::newRow("Dara-Rd") << QStringLiteral("Dara-Rd") << drd;
        QTest::newRow("Len maintenance")
            << QStringLiteral("Len maintenance") << QStringList{QStringLiteral("lenalidomide")};
        QTest::newRow("cilta-cel as a regimen")
            << QStringLiteral("cilta-cel") << QStringList{QStringLiteral("ciltacabtagene autoleucel")};
        QTest::newRow("Pola-R-CHP") << QStringLiteral("pola-r-chp")
                                    << QStringList{
                                           QStringLiteral("polatuzumab vedotin"), QStringLiteral("rituximab"),
                                           QStringLiteral("cyclophosphamide"), QStringLiteral("doxorubicin"),
                                           QStringLiteral("prednisone")};
        QTest::newRow("not a regimen") << QStringLiteral("FooBar") << QStringList{};
        QTest::newRow("empty") << QString() << QStringList{};
    }
    void shouldExpandARegimenWhateverTheSpelling()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, drugs);
        const QList<LineDrug> expanded = m_vocabulary.expandRegimen(typed);
        QStringList names;
        for (const LineDrug& d : expanded) {
            names << d.name;
            QVERIFY(!d.refractory.has_value());
            QCOMPARE(d.drugClass, m_vocabulary.findDrug(d.name)->classId);
        }
        QCOMPARE(names, drugs);
        QCOMPARE(m_vocabulary.findRegimen(typed) != nullptr, !drugs.isEmpty());
    }

    void shouldGiveTheClassesOfAnExpandedRegimen()
    {
        const QList<LineDrug> vrd = m_vocabulary.expandRegimen(QStringLiteral("VRd"));
        QCOMPARE(vrd.size(), 3);
        QCOMPARE(vrd.at(0).drugClass, QStringLiteral("proteasome_inhibitor"));
        QCOMPARE(vrd.at(1).drugClass, QStringLiteral("imid"));
        QCOMPARE(vrd.at(2).drugClass, QStringLiteral("corticosteroid"));
    }

    void shouldKnowTheCommonRegimens_data()
    {
        QTest::addColumn<QString>("name");
        for (const char* n :
             {"VRd",      "KRd",      "DRd",       "D-VRd",      "DPd",          "Pd",
              "KPd",      "DKd",      "Rd",        "VCd",        "PVd",          "Isa-Pd",
              "Isa-Kd",   "Td",       "R-CHOP",    "Pola-R-CHP", "R-DHAP",       "R-ICE",
              "R-GemOx",  "BR",       "Pola-BR",   "hyper-CVAD", "R-hyper-CVAD", "Len maintenance",
              "Dara-Rd",  "ide-cel",  "cilta-cel", "eque-cel",   "zevor-cel",    "axi-cel",
              "tisa-cel", "liso-cel", "brexu-cel", "relma-cel",  "inati-cel"})
            QTest::newRow(n) << QString::fromLatin1(n);
    }
    void shouldKnowTheCommonRegimens()
    {
        QFETCH(QString, name);
        const RegimenEntry* r = m_vocabulary.findRegimen(name);
        QVERIFY2(r, qPrintable(name));
        QVERIFY(!r->drugs.isEmpty());
        for (const QString& d : r->drugs)
            QVERIFY2(m_vocabulary.findDrug(d), qPrintable(d));
    }

    void shouldKeepADrugTheVocabularyDoesNotKnowAsTyped()
    {
        const LineDrug known = m_vocabulary.lineDrug(QStringLiteral("Revlimid"));
        QCOMPARE(known.name, QStringLiteral("lenalidomide"));
        QCOMPARE(known.drugClass, QStringLiteral("imid"));
        const LineDrug unknown = m_vocabulary.lineDrug(QStringLiteral(" investigational XY-123 "));
        QCOMPARE(unknown.name, QStringLiteral("investigational XY-123"));
        QVERIFY(unknown.drugClass.isEmpty());
        QVERIFY(!m_vocabulary.findClass(QStringLiteral("no_such_class")));
    }

    void shouldRefuseABadVocabularyNamingTheEntry_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("says");
        QTest::newRow("not JSON") << QByteArray("[") << QStringLiteral("not a JSON object");
        QTest::newRow("a drug of an unknown class") << changed([](QJsonObject& root) {
            append(root, "drugs",
                   QJsonObject{{QStringLiteral("id"), QStringLiteral("newdrug")},
                               {QStringLiteral("class"), QStringLiteral("no_such_class")},
                               {QStringLiteral("label_en"), QStringLiteral("Newdrug")},
                               {QStringLiteral("label_zh"), QStringLiteral("新药")}});
        }) << QStringLiteral("unknown class \"no_such_class\"");
        QTest::newRow("a synonym naming two drugs") << changed([](QJsonObject& root) {
            append(root, "drugs",
                   QJsonObject{{QStringLiteral("id"), QStringLiteral("newdrug")},
                               {QStringLiteral("class"), QStringLiteral("imid")},
                               {QStringLiteral("label_en"), QStringLiteral("Newdrug")},
                               {QStringLiteral("label_zh"), QStringLiteral("新药")},
                               {QStringLiteral("synonyms"), QJsonArray{QStringLiteral("Len")}}});
        }) << QStringLiteral("also names lenalidomide");
        QTest::newRow("a regimen of an unknown drug") << changed([](QJsonObject& root) {
            append(root, "regimens",
                   QJsonObject{{QStringLiteral("id"), QStringLiteral("xyz")},
                               {QStringLiteral("name"), QStringLiteral("XYZ")},
                               {QStringLiteral("drugs"), QJsonArray{QStringLiteral("aspirin")}}});
        }) << QStringLiteral("unknown drug id \"aspirin\"");
        QTest::newRow("a regimen name taken") << changed([](QJsonObject& root) {
            append(root, "regimens",
                   QJsonObject{{QStringLiteral("id"), QStringLiteral("xyz")},
                               {QStringLiteral("name"), QStringLiteral("V-Rd")},
                               {QStringLiteral("drugs"), QJsonArray{QStringLiteral("bortezomib")}}});
        }) << QStringLiteral("also names vrd");
        QTest::newRow("an upper-case id") << changed([](QJsonObject& root) {
            append(root, "drugs",
                   QJsonObject{{QStringLiteral("id"), QStringLiteral("Newdrug")},
                               {QStringLiteral("class"), QStringLiteral("imid")},
                               {QStringLiteral("label_en"), QStringLiteral("Newdrug")},
                               {QStringLiteral("label_zh"), QStringLiteral("新药")}});
        }) << QStringLiteral("lower case");
        QTest::newRow("a class without Chinese") << changed([](QJsonObject& root) {
            append(root, "classes",
                   QJsonObject{{QStringLiteral("id"), QStringLiteral("newclass")},
                               {QStringLiteral("label_en"), QStringLiteral("New")},
                               {QStringLiteral("evidence"), QStringLiteral("CONV")}});
        }) << QStringLiteral("\"label_zh\" is missing");
    }
    void shouldRefuseABadVocabularyNamingTheEntry()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, says);
        const auto parsed = DrugVocabulary::parse(json, QStringLiteral("test.json"));
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().message.contains(says), qPrintable(parsed.error().message));
    }
};

QTEST_GUILESS_MAIN(TestDrugVocabulary)
#include "TestDrugVocabulary.moc"
