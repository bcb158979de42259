#include "ExampleCheck.h"

#include <QFileInfo>
#include <QTest>

// Runs every vector of the shared clinical/examples.json beside the repository, where a fuller set
// in the same format may be placed. Skipped (not failed) when there is none.
class TestGradeSharedExamples : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!QFileInfo::exists(cb::test::sharedExamplesPath()))
            QSKIP("no shared clinical/examples.json beside the repository");
    }
    void shouldMatchEverySharedVector_data() { cb::test::addExampleRows(cb::test::sharedExamplesPath()); }
    void shouldMatchEverySharedVector() { cb::test::checkExampleRow(); }
};

QTEST_GUILESS_MAIN(TestGradeSharedExamples)
#include "TestGradeSharedExamples.moc"
