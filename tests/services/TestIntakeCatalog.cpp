// The intake vocabularies embedded in the services (":/intake/…"), parsed once: the catalogue a
// service converts observations with and the vocabulary lines are expanded from.

#include "services/IntakeCatalog.h"

#include <QTest>

using namespace cb;

class TestIntakeCatalog : public QObject
{
    Q_OBJECT
private slots:
    void shouldLoadTheEmbeddedObservationCatalogue()
    {
        const core::ObservationCatalog& c = services::IntakeCatalog::observations();
        QVERIFY(c.version().startsWith(QLatin1String("cellboard-observations-")));
        const auto lvef = c.normalise(QStringLiteral("lvef"), 55, QStringLiteral("%"));
        QVERIFY2(lvef.ok(), qPrintable(lvef.error().message));
        QCOMPARE(&services::IntakeCatalog::observations(), &c); // loaded once
    }

    void shouldLoadTheEmbeddedDrugVocabulary()
    {
        const core::DrugVocabulary& v = services::IntakeCatalog::drugs();
        QVERIFY(v.version().startsWith(QLatin1String("cellboard-drugs-")));
        QCOMPARE(v.expandRegimen(QStringLiteral("VRd")).size(), 3);
        QVERIFY(v.findDrug(QStringLiteral("cilta-cel")));
        QCOMPARE(&services::IntakeCatalog::drugs(), &v);
    }
};

QTEST_GUILESS_MAIN(TestIntakeCatalog)
#include "TestIntakeCatalog.moc"
