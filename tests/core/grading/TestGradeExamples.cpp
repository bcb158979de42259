#include "ExampleCheck.h"

#include <QTest>

// Runs every vector of the repository's copy of clinical/examples.json (SPEC §8).
class TestGradeExamples : public QObject
{
    Q_OBJECT

private slots:
    void shouldMatchEveryBundledVector_data() { cb::test::addExampleRows(cb::test::bundledExamplesPath()); }
    void shouldMatchEveryBundledVector() { cb::test::checkExampleRow(); }
};

QTEST_GUILESS_MAIN(TestGradeExamples)
#include "TestGradeExamples.moc"
