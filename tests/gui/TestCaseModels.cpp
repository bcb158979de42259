// The case page's models: therapy lines in line order, observations newest first with readable
// labels, the audit trail newest first in local time with readable actions and details.
#include "presentation/AuditTrailModel.h"
#include "presentation/ObservationModel.h"
#include "presentation/TherapyLineModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace cb;

class TestCaseModels : public QObject
{
    Q_OBJECT

private:
    static core::TherapyLine line(int number, const QString& regimen, QStringList classes, bool refractory)
    {
        core::TherapyLine l;
        l.lineNumber = number;
        l.regimen = regimen;
        l.drugClasses = std::move(classes);
        l.startDate = *core::PartialDate::parse(QStringLiteral("2019-01"));
        l.bestResponse = QStringLiteral("VGPR");
        l.refractory = refractory;
        return l;
    }

    static core::Observation obs(const QString& code, double value, const QString& unit, const QDate& on)
    {
        core::Observation o;
        o.code = code;
        o.value = value;
        o.unit = unit;
        o.observedOn = on;
        return o;
    }

private slots:
    void shouldListTherapyLinesInLineOrderWithReadableDrugClasses()
    {
        presentation::TherapyLineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLines(
            {line(2, QStringLiteral("Rd"), {QStringLiteral("imid")}, true),
             line(1, QStringLiteral("VRd"), {QStringLiteral("pi"), QStringLiteral("imid")}, false)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(presentation::TherapyLineModel::ColumnCount));
        QCOMPARE(model.index(0, presentation::TherapyLineModel::LineColumn).data().toString(),
                 QStringLiteral("1"));
        QCOMPARE(model.index(0, presentation::TherapyLineModel::DrugClassesColumn).data().toString(),
                 QStringLiteral("PI, IMiD"));
        QCOMPARE(model.index(0, presentation::TherapyLineModel::EndColumn).data().toString(),
                 QStringLiteral("ongoing"));
        QCOMPARE(model.index(1, presentation::TherapyLineModel::RefractoryColumn).data().toString(),
                 QStringLiteral("Yes"));
        QCOMPARE(model.index(0, presentation::TherapyLineModel::StartColumn).data().toString(),
                 QStringLiteral("2019-01"));
        model.setLines({});
        QCOMPARE(model.rowCount(), 0);
    }

    void shouldListObservationsNewestFirstWithReadableLabels()
    {
        presentation::ObservationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setObservations(
            {obs(QStringLiteral("lvef"), 58, QStringLiteral("%"), QDate(2026, 1, 5)),
             obs(QStringLiteral("hemoglobin"), 9.3, QStringLiteral("g/dL"), QDate(2026, 2, 1)),
             obs(QStringLiteral("spo2"), 96, QStringLiteral("%"), QDate(2025, 12, 1))});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, presentation::ObservationModel::DateColumn).data().toString(),
                 QStringLiteral("2026-02-01"));
        QCOMPARE(model.index(0, presentation::ObservationModel::ValueColumn).data().toString(),
                 QStringLiteral("9.3"));
        QCOMPARE(model.index(1, presentation::ObservationModel::ObservationColumn).data().toString(),
                 QStringLiteral("LVEF"));
        QCOMPARE(model.index(1, presentation::ObservationModel::ValueColumn).data().toString(),
                 QStringLiteral("58"));
        QCOMPARE(model.index(1, presentation::ObservationModel::UnitColumn).data().toString(),
                 QStringLiteral("%"));
        const auto align = model.index(1, presentation::ObservationModel::ValueColumn)
                               .data(Qt::TextAlignmentRole)
                               .value<Qt::Alignment>();
        QVERIFY(align & Qt::AlignRight);
    }

    void shouldShowTheAuditTrailNewestFirstInLocalTimeWithItsZone()
    {
        presentation::AuditTrailModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        core::AuditEntry view;
        view.seq = 7;
        view.at = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
        view.username = QStringLiteral("coordinator");
        view.action = QStringLiteral("case.view");
        core::AuditEntry close = view;
        close.seq = 9;
        close.action = QStringLiteral("case.close");
        close.before = QStringLiteral(R"({"state":"in_review"})");
        close.after = QStringLiteral(R"({"state":"closed","close_reason":"withdrawn"})");
        close.reason = QStringLiteral("patient's wish");
        model.setEntries({view, close});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, presentation::AuditTrailModel::ActionColumn).data().toString(),
                 QStringLiteral("Closed the case"));
        const QString details =
            model.index(0, presentation::AuditTrailModel::DetailsColumn).data().toString();
        QVERIFY2(details.contains(QStringLiteral("state: In review → Closed")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("close reason: Withdrawn")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("patient's wish")), qPrintable(details));
        const QDateTime local = view.at.toLocalTime();
        const QString time = model.index(1, presentation::AuditTrailModel::TimeColumn).data().toString();
        QVERIFY2(time.startsWith(local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))), qPrintable(time));
        QVERIFY2(time.size() > 20, qPrintable(time)); // a zone follows the time
    }
};

QTEST_MAIN(TestCaseModels)
#include "TestCaseModels.moc"
