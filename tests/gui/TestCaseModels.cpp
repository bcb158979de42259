// The case page's models: therapy lines in line order, observations newest first with readable
// labels, the audit trail newest first in local time with readable actions and details.
#include "presentation/AuditTrailModel.h"
#include "presentation/ChecklistModel.h"
#include "presentation/ObservationModel.h"
#include "presentation/TherapyLineModel.h"
#include "services/ChecklistCatalog.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
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

    void shouldAskTheDateOfATypedValueAndRefuseBadInputWithAReason()
    {
        auto tpl = services::ChecklistCatalog::instance().templateFor(core::Discipline::Cardiology);
        QVERIFY(tpl.ok());
        int row = -1;
        for (int i = 0; i < (*tpl)->items.size(); ++i)
            if ((*tpl)->items.at(i).id == QLatin1String("CAR-01"))
                row = i;
        QVERIFY(row >= 0);
        presentation::ChecklistModel model;
        model.setChecklist(*tpl,
                           {{QStringLiteral("CAR-01"),
                             QJsonObject{{QStringLiteral("value"), 52},
                                         {QStringLiteral("value_date"), QStringLiteral("2026-10-01")},
                                         {QStringLiteral("prefilled"), true}}}},
                           {});
        model.setEditable(true);
        model.setToday(QDate(2026, 12, 1));
        QSignalSpy refused(&model, &presentation::ChecklistModel::inputRefused);
        const QModelIndex answer = model.index(row, presentation::ChecklistModel::AnswerColumn);
        const QModelIndex date = model.index(row, presentation::ChecklistModel::DateColumn);
        // GIVEN a value from the record: its date is the record's, not to be edited here
        QCOMPARE(date.data().toString(), QStringLiteral("2026-10-01"));
        QVERIFY(!(model.flags(date) & Qt::ItemIsEditable));
        // WHEN a value is typed over it, THEN it has no date until one is given
        QVERIFY(model.setData(answer, QStringLiteral("48")));
        QCOMPARE(date.data().toString(), QStringLiteral("date?"));
        QVERIFY(model.flags(date) & Qt::ItemIsEditable);
        QVERIFY(!model.answers()
                     .value(QStringLiteral("CAR-01"))
                     .toObject()
                     .contains(QStringLiteral("value_date")));
        // WHEN the date is in the future or not a date, THEN it is refused with a reason
        QVERIFY(!model.setData(date, QStringLiteral("2027-01-05")));
        QVERIFY2(refused.last().first().toString().contains(QStringLiteral("future")),
                 qPrintable(refused.last().first().toString()));
        QVERIFY(!model.setData(date, QStringLiteral("last week")));
        QVERIFY(refused.last().first().toString().contains(QStringLiteral("YYYY-MM-DD")));
        // WHEN a real date is typed, THEN the value keeps it and the reason line clears
        QVERIFY(model.setData(date, QStringLiteral("2026-11-20")));
        QCOMPARE(date.data().toString(), QStringLiteral("2026-11-20"));
        QCOMPARE(model.answers()
                     .value(QStringLiteral("CAR-01"))
                     .toObject()
                     .value(QStringLiteral("value"))
                     .toDouble(),
                 48.0);
        QVERIFY(refused.last().first().toString().isEmpty());
        // WHEN letters are typed into the number, THEN refused naming the item, the value kept
        QVERIFY(!model.setData(answer, QStringLiteral("fifty")));
        QVERIFY(refused.last().first().toString().contains(QStringLiteral("CAR-01")));
        QCOMPARE(model.answers()
                     .value(QStringLiteral("CAR-01"))
                     .toObject()
                     .value(QStringLiteral("value"))
                     .toDouble(),
                 48.0);
    }

    void shouldNameTheDrugsAsTheVocabularyDoes()
    {
        presentation::TherapyLineModel model;
        core::TherapyLine l = line(1, QStringLiteral("Rd"), {QStringLiteral("imid")}, true);
        core::LineDrug len;
        len.name = QStringLiteral("len"); // a synonym, as typed
        len.refractory = true;
        core::LineDrug trial;
        trial.name = QStringLiteral("zz-9000"); // unknown to the vocabulary: kept as entered
        l.drugs = {len, trial};
        model.setLines({l});
        QCOMPARE(model.index(0, presentation::TherapyLineModel::DrugClassesColumn).data().toString(),
                 QStringLiteral("Lenalidomide (refractory), zz-9000"));
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
