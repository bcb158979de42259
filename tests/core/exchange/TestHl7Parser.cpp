// The HL7 v2 ORU^R01 reader (clinical/INTAKE.md §8) on the fixtures of tests/fixtures/hl7, each
// written for one pitfall: delimiters from MSH-1/MSH-2, CR / CRLF / LF segment ends, several
// messages per file, PID-3 repetitions with authorities as namespace ids or OIDs, components and
// subcomponents, escape sequences, SN comparators, ranges and ratios, CWE, text types, statuses,
// timestamps with and without an offset (the sending facility's zone). Malformed messages are
// refused with the segment, the field and the reason.

#include "core/exchange/Hl7Dump.h"
#include "core/exchange/Hl7FacilityZones.h"
#include "core/exchange/Hl7LabMessage.h"
#include "core/exchange/Hl7Message.h"
#include "core/exchange/Hl7Time.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kFixtures = QStringLiteral(CB_SOURCE_DIR "/tests/fixtures/hl7/");

QByteArray fixture(const QString& name)
{
    QFile f(kFixtures + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

cb::core::Hl7FacilityZones zones()
{
    return *cb::core::Hl7FacilityZones::parse(uR"({"HOSPA": "Asia/Shanghai", "LABB": "Europe/Berlin"})"_s);
}

// A message with the standard header and one patient, its segments joined by CR.
QByteArray message(const QStringList& body, const QString& header = {})
{
    QStringList segs{header.isEmpty()
                         ? u"MSH|^~\\&|LIS|HOSPA|CB|CART|20260301083000+0800||ORU^R01|M-1|P|2.5.1"_s
                         : header};
    segs << body;
    return segs.join(u'\r').toUtf8() + "\r";
}

const QString kPid = u"PID|1||MRN1001^^^HOSPA^MR||Zhang^Wei"_s;
const QString kObr = u"OBR|1|ORD1|FIL1|718-7^Hgb^LN|||20260301070000+0800"_s;

} // namespace

class TestHl7Parser : public QObject
{
    Q_OBJECT

private slots:
    void shouldReadEachFixturesValues_data();
    void shouldReadEachFixturesValues();
    void shouldRefuseAMalformedMessageNamingSegmentAndField_data();
    void shouldRefuseAMalformedMessageNamingSegmentAndField();
    void shouldReadTheOtherMessagesOfAFileAfterAMalformedOne();
    void shouldDecodeEscapeSequences_data();
    void shouldDecodeEscapeSequences();
    void shouldReadTimestampsAsPreciseAsSent_data();
    void shouldReadTimestampsAsPreciseAsSent();
    void shouldRefuseALocalTimeWithoutTheFacilitysZone();
    void shouldParseFacilityTimeZones_data();
    void shouldParseFacilityTimeZones();
};

void TestHl7Parser::shouldReadEachFixturesValues_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char* name, const char* file, const char* path, const QString& expected) {
        QTest::newRow(name) << QString::fromUtf8(file) << QString::fromUtf8(path) << expected;
    };
    // CR segment ends, offsets, units and ranges as sent
    row("cr: one message", "cbc_cr.hl7", "messages", u"1"_s);
    row("cr: control id", "cbc_cr.hl7", "messages/0/control_id", u"CBC-0001"_s);
    row("cr: facility is MSH-4.1", "cbc_cr.hl7", "messages/0/facility", u"HOSPA"_s);
    row("cr: message type", "cbc_cr.hl7", "messages/0/message_type", u"ORU^R01"_s);
    row("cr: message time in UTC", "cbc_cr.hl7", "messages/0/message_time", u"2026-03-01T00:30:00.000Z"_s);
    row("cr: four results", "cbc_cr.hl7", "messages/0/results", u"4"_s);
    row("cr: NM value", "cbc_cr.hl7", "messages/0/results/0/number", u"112"_s);
    row("cr: units OBX-6.1", "cbc_cr.hl7", "messages/0/results/0/units", u"g/L"_s);
    row("cr: reference range", "cbc_cr.hl7", "messages/0/results/0/reference_range", u"115-150"_s);
    row("cr: flag", "cbc_cr.hl7", "messages/0/results/0/flags", u"L"_s);
    row("cr: LOINC system", "cbc_cr.hl7", "messages/0/results/0/code_system", u"LN"_s);
    row("cr: observed, offset +0800", "cbc_cr.hl7", "messages/0/results/0/observed",
        u"2026-02-28T23:30:00.000Z"_s);
    row("cr: decimal", "cbc_cr.hl7", "messages/0/results/2/number", u"1.2"_s);
    row("cr: order of the result", "cbc_cr.hl7", "messages/0/results/3/order", u"FIL100"_s);
    row("cr: two PID-3 repetitions", "cbc_cr.hl7", "messages/0/patient_ids", u"2"_s);
    row("cr: second id authority", "cbc_cr.hl7", "messages/0/patient_ids/1/authority", u"CNID"_s);
    row("cr: second id type", "cbc_cr.hl7", "messages/0/patient_ids/1/type", u"NI"_s);
    // CRLF, two messages in one file
    row("crlf: two messages", "prelim_final_crlf.hl7", "messages", u"2"_s);
    row("crlf: first is preliminary", "prelim_final_crlf.hl7", "messages/0/results/0/status", u"P"_s);
    row("crlf: second is final", "prelim_final_crlf.hl7", "messages/1/results/0/status", u"F"_s);
    row("crlf: second control id", "prelim_final_crlf.hl7", "messages/1/control_id", u"CHEM-0002"_s);
    row("crlf: final value", "prelim_final_crlf.hl7", "messages/1/results/0/number", u"1.5"_s);
    row("crlf: sub-id", "prelim_final_crlf.hl7", "messages/1/results/1/sub_id", u"1"_s);
    row("crlf: no CR left in a value", "prelim_final_crlf.hl7", "messages/1/results/1/observed",
        u"2026-03-02T00:00:00.000Z"_s);
    // LF, escapes
    row("lf: escapes in FT", "escapes_lf.hl7", "messages/0/results/0/text",
        u"Marrow: 12\\ plasma cells | CD138^CD38 & kappa~lambda\nSecond line+ µg"_s);
    row("lf: highlighting dropped", "escapes_lf.hl7", "messages/0/results/1/text",
        u"Sample haemolysed, repeat advised"_s);
    row("lf: CWE code", "escapes_lf.hl7", "messages/0/results/2/coded", u"260385009"_s);
    row("lf: CWE text", "escapes_lf.hl7", "messages/0/results/2/text", u"Negative"_s);
    row("lf: three results", "escapes_lf.hl7", "messages/0/results", u"3"_s);
    // delimiters of MSH-1/MSH-2
    row("delimiters: type", "delimiters.hl7", "messages/0/message_type", u"ORU^R01"_s);
    row("delimiters: control id", "delimiters.hl7", "messages/0/control_id", u"DELIM-0001"_s);
    row("delimiters: value", "delimiters.hl7", "messages/0/results/0/number", u"2.4"_s);
    row("delimiters: repetition", "delimiters.hl7", "messages/0/patient_ids/1/value", u"A77"_s);
    row("delimiters: repetition authority", "delimiters.hl7", "messages/0/patient_ids/1/authority",
        u"NHSX"_s);
    row("delimiters: own escapes", "delimiters.hl7", "messages/0/results/1/text", u"a#b*c@d$e!f"_s);
    // SN
    row("sn: comparator", "structured_numeric.hl7", "messages/0/results/0/comparator", u"<"_s);
    row("sn: number", "structured_numeric.hl7", "messages/0/results/0/number", u"0.5"_s);
    row("sn: as text", "structured_numeric.hl7", "messages/0/results/0/text", u"<0.5"_s);
    row("sn: >=", "structured_numeric.hl7", "messages/0/results/1/comparator", u">="_s);
    row("sn: range low", "structured_numeric.hl7", "messages/0/results/2/low", u"10"_s);
    row("sn: range high", "structured_numeric.hl7", "messages/0/results/2/high", u"20"_s);
    row("sn: range is no number", "structured_numeric.hl7", "messages/0/results/2/number", QString());
    row("sn: range text", "structured_numeric.hl7", "messages/0/results/2/text", u"10-20"_s);
    row("sn: ratio", "structured_numeric.hl7", "messages/0/results/3/text", u"1:128"_s);
    row("sn: ratio separator", "structured_numeric.hl7", "messages/0/results/3/separator", u":"_s);
    row("sn: = is no comparator", "structured_numeric.hl7", "messages/0/results/4/comparator", QString());
    row("sn: = number", "structured_numeric.hl7", "messages/0/results/4/number", u"250"_s);
    // PID-3 repetitions, HD subcomponents
    row("pid: three ids", "pid_repetitions.hl7", "messages/0/patient_ids", u"3"_s);
    row("pid: namespace id", "pid_repetitions.hl7", "messages/0/patient_ids/1/authority", u"HOSPA"_s);
    row("pid: universal id", "pid_repetitions.hl7", "messages/0/patient_ids/1/universal",
        u"2.16.840.1.113883.19.5"_s);
    row("pid: OID only", "pid_repetitions.hl7", "messages/0/patient_ids/2/authority", QString());
    row("pid: OID only, universal", "pid_repetitions.hl7", "messages/0/patient_ids/2/universal",
        u"2.16.156.1"_s);
    row("pid: OID only, type", "pid_repetitions.hl7", "messages/0/patient_ids/2/type", u"NH"_s);
    // statuses
    row("status C", "corrections.hl7", "messages/1/results/0/status", u"C"_s);
    row("status A", "corrections.hl7", "messages/1/results/1/status", u"A"_s);
    row("status D, no value", "corrections.hl7", "messages/1/results/2/text", QString());
    row("status D", "corrections.hl7", "messages/1/results/2/status", u"D"_s);
    row("status W", "corrections.hl7", "messages/1/results/3/status", u"W"_s);
    row("status X", "corrections.hl7", "messages/1/results/4/status", u"X"_s);
    row("corrected value", "corrections.hl7", "messages/1/results/0/number", u"4"_s);
    // local times in the facility's zone (Europe/Berlin in summer: +02:00)
    row("local: message time", "local_time.hl7", "messages/0/message_time", u"2026-07-10T07:30:00.000Z"_s);
    row("local: OBX-14", "local_time.hl7", "messages/0/results/0/observed", u"2026-07-10T06:15:00.000Z"_s);
    row("local: OBR-7 when no OBX-14", "local_time.hl7", "messages/0/results/1/observed",
        u"2026-07-10T06:15:00.000Z"_s);
    row("local: a day stays a day", "local_time.hl7", "messages/0/results/2/observed", u"2026-07-09"_s);
    row("local: facility", "local_time.hl7", "messages/0/facility", u"LABB"_s);
    // local codes, repeating flags, TX repetitions
    row("local: code system", "local_codes.hl7", "messages/0/results/0/code_system", u"99LAB"_s);
    row("local: repeating flags", "local_codes.hl7", "messages/0/results/0/flags", u"L,A"_s);
    row("local: alternate LOINC", "local_codes.hl7", "messages/0/results/1/alt_code", u"777-3"_s);
    row("local: TX repetitions are lines", "local_codes.hl7", "messages/0/results/3/text",
        u"CD19 negative\nCD22 positive"_s);
}

void TestHl7Parser::shouldReadEachFixturesValues()
{
    QFETCH(QString, file);
    QFETCH(QString, path);
    QFETCH(QString, expected);
    const QByteArray bytes = fixture(file);
    QVERIFY2(!bytes.isEmpty(), qPrintable(file));
    const QJsonObject dump = cb::test::dumpFile(bytes, zones());
    for (const QJsonValue& m : dump.value(u"messages"_s).toArray())
        QVERIFY2(!m.toObject().contains(u"error"_s), qPrintable(m.toObject().value(u"error"_s).toString()));
    QCOMPARE(cb::test::valueAt(dump, path), expected);
}

void TestHl7Parser::shouldRefuseAMalformedMessageNamingSegmentAndField_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("words");
    const QString obx = u"OBX|1|NM|718-7^Hgb^LN||12.5|g/dL|||||F|||20260301070000+0800"_s;
    QTest::newRow("three encoding characters")
        << message({kPid, kObr, obx},
                   u"MSH|^~\\|LIS|HOSPA|CB|CART|20260301083000+0800||ORU^R01|M-1|P|2.5.1"_s)
        << u"MSH-2"_s << u"encoding characters"_s;
    QTest::newRow("a delimiter twice")
        << message({kPid, kObr, obx},
                   u"MSH|^^\\&|LIS|HOSPA|CB|CART|20260301083000+0800||ORU^R01|M-1|P|2.5.1"_s)
        << u"MSH-2"_s << u"twice"_s;
    QTest::newRow("no control id")
        << message({kPid, kObr, obx}, u"MSH|^~\\&|LIS|HOSPA|CB|CART|20260301083000+0800||ORU^R01||P|2.5.1"_s)
        << u"MSH-10"_s << u"control id"_s;
    QTest::newRow("not ORU^R01")
        << message({kPid, kObr, obx},
                   u"MSH|^~\\&|LIS|HOSPA|CB|CART|20260301083000+0800||ADT^A01|M-1|P|2.5.1"_s)
        << u"MSH-9"_s << u"ADT^A01"_s;
    QTest::newRow("bad message time")
        << message({kPid, kObr, obx}, u"MSH|^~\\&|LIS|HOSPA|CB|CART|2026-03-01||ORU^R01|M-1|P|2.5.1"_s)
        << u"MSH-7"_s << u"2026-03-01"_s;
    QTest::newRow("not a segment") << message({kPid, kObr, u"obx|1|NM"_s}) << u"segment 4"_s << u"obx|"_s;
    QTest::newRow("no patient identifier")
        << message({u"PID|1||||Zhang^Wei"_s, kObr, obx}) << u"PID-3"_s << u"identifier"_s;
    QTest::newRow("no patient") << message({kObr, obx}) << u"OBR"_s << u"before the patient"_s;
    QTest::newRow("a result before any order") << message({kPid, obx}) << u"OBX"_s << u"before any order"_s;
    QTest::newRow("order without numbers")
        << message({kPid, u"OBR|1|||718-7^Hgb^LN"_s, obx}) << u"OBR-3"_s << u"filler"_s;
    QTest::newRow("NM with a comma") << message({kPid, kObr, u"OBX|1|NM|718-7^Hgb^LN||12,5|g/dL|||||F"_s})
                                     << u"OBX-5"_s << u"12,5"_s;
    QTest::newRow("NM with components") << message({kPid, kObr, u"OBX|1|NM|718-7^Hgb^LN||12^5|g/dL|||||F"_s})
                                        << u"OBX-5"_s << u"not a number"_s;
    QTest::newRow("SN repeated") << message({kPid, kObr, u"OBX|1|SN|718-7^Hgb^LN||<^5~>^6|g/dL|||||F"_s})
                                 << u"OBX-5"_s << u"repeats"_s;
    QTest::newRow("SN bad comparator") << message({kPid, kObr, u"OBX|1|SN|718-7^Hgb^LN||=<^5|g/dL|||||F"_s})
                                       << u"OBX-5"_s << u"comparator"_s;
    QTest::newRow("SN range without its end")
        << message({kPid, kObr, u"OBX|1|SN|718-7^Hgb^LN||^5^-|g/dL|||||F"_s}) << u"OBX-5"_s << u"number"_s;
    QTest::newRow("unknown value type")
        << message({kPid, kObr, u"OBX|1|ED|718-7^Hgb^LN||x|g/dL|||||F"_s}) << u"OBX-2"_s << u"ED"_s;
    QTest::newRow("no value type") << message({kPid, kObr, u"OBX|1||718-7^Hgb^LN||12|g/dL|||||F"_s})
                                   << u"OBX-2"_s << u"value type"_s;
    QTest::newRow("no code") << message({kPid, kObr, u"OBX|1|NM|||12|g/dL|||||F"_s}) << u"OBX-3"_s
                             << u"no code"_s;
    QTest::newRow("no status") << message({kPid, kObr, u"OBX|1|NM|718-7^Hgb^LN||12|g/dL"_s}) << u"OBX-11"_s
                               << u"no status"_s;
    QTest::newRow("unknown status") << message({kPid, kObr, u"OBX|1|NM|718-7^Hgb^LN||12|g/dL|||||Q"_s})
                                    << u"OBX-11"_s << u"\"Q\""_s;
    QTest::newRow("final without a value")
        << message({kPid, kObr, u"OBX|1|NM|718-7^Hgb^LN|||g/dL|||||F"_s}) << u"OBX-5"_s << u"no value"_s;
    QTest::newRow("ISO date in OBX-14")
        << message({kPid, kObr, u"OBX|1|NM|718-7^Hgb^LN||12|g/dL|||||F|||2026-03-01"_s}) << u"OBX-14"_s
        << u"2026-03-01"_s;
    QTest::newRow("offset out of range")
        << message({kPid, kObr, u"OBX|1|NM|718-7^Hgb^LN||12|g/dL|||||F|||202603010700+2500"_s}) << u"OBX-14"_s
        << u"+2500"_s;
    QTest::newRow("13th month") << message({kPid, kObr, u"OBX|1|NM|718-7^Hgb^LN||12|g/dL|||||F|||20261301"_s})
                                << u"OBX-14"_s << u"20261301"_s;
    QTest::newRow("no result") << message({kPid, kObr}) << u"MSH"_s << u"no result"_s;
    QTest::newRow("two patients") << message({kPid, kObr, obx, kPid}) << u"PID"_s << u"second patient"_s;
}

void TestHl7Parser::shouldRefuseAMalformedMessageNamingSegmentAndField()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, field);
    QFETCH(QString, words);
    const auto messages = cb::core::Hl7Parser::parseFile(text);
    QCOMPARE(messages.size(), 1);
    cb::Error error;
    if (!messages.first().message) {
        error = messages.first().error;
    } else {
        auto lab = cb::core::Hl7LabReader::read(*messages.first().message);
        QVERIFY2(!lab.ok(), "the message was read");
        error = lab.error();
    }
    QCOMPARE(error.code, cb::ErrorCode::BadInput);
    QCOMPARE(error.field, field);
    QVERIFY2(error.message.contains(words), qPrintable(error.message));
    QVERIFY2(error.message.contains(field.section(u'-', 0, 0), Qt::CaseInsensitive),
             qPrintable(error.message));
}

void TestHl7Parser::shouldReadTheOtherMessagesOfAFileAfterAMalformedOne()
{
    const QByteArray good = message({kPid, kObr, u"OBX|1|NM|718-7^Hgb^LN||12|g/dL|||||F"_s});
    const QByteArray bad = message({kPid, kObr, u"OBX|1|NM|718-7^Hgb^LN||twelve|g/dL|||||F"_s},
                                   u"MSH|^~\\&|LIS|HOSPA|CB|CART|20260301083000+0800||ORU^R01|M-2|P|2.5.1"_s);
    const QJsonObject dump = cb::test::dumpFile(bad + "\n\n" + good, zones());
    QCOMPARE(cb::test::valueAt(dump, u"messages"_s), u"2"_s);
    QVERIFY(cb::test::valueAt(dump, u"messages/0/error"_s).contains(u"OBX-5"_s));
    QCOMPARE(cb::test::valueAt(dump, u"messages/0/control_id"_s), u"M-2"_s);
    QCOMPARE(cb::test::valueAt(dump, u"messages/1/results/0/number"_s), u"12"_s);
}

void TestHl7Parser::shouldDecodeEscapeSequences_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("expected");
    QTest::newRow("field") << u"a\\F\\b"_s << u"a|b"_s;
    QTest::newRow("component") << u"a\\S\\b"_s << u"a^b"_s;
    QTest::newRow("subcomponent") << u"a\\T\\b"_s << u"a&b"_s;
    QTest::newRow("repetition") << u"a\\R\\b"_s << u"a~b"_s;
    QTest::newRow("escape") << u"a\\E\\b"_s << u"a\\b"_s;
    QTest::newRow("hex ASCII") << u"\\X414243\\"_s << u"ABC"_s;
    QTest::newRow("hex UTF-8") << u"\\XC2B5\\mol"_s << u"µmol"_s;
    QTest::newRow("hex Latin-1") << u"\\XB5\\mol"_s << u"µmol"_s;
    QTest::newRow("line break") << u"one\\.br\\two"_s << u"one\ntwo"_s;
    QTest::newRow("skip lines") << u"one\\.sp2\\two"_s << u"one\n\ntwo"_s;
    QTest::newRow("highlight dropped") << u"\\H\\HIGH\\N\\ value"_s << u"HIGH value"_s;
    QTest::newRow("formatting dropped") << u"\\.in4\\text"_s << u"text"_s;
    QTest::newRow("no closing escape kept") << u"50\\ percent"_s << u"50\\ percent"_s;
    QTest::newRow("not hex kept") << u"\\XZZ\\"_s << u"\\XZZ\\"_s;
    QTest::newRow("nothing to decode") << u"plain"_s << u"plain"_s;
}

void TestHl7Parser::shouldDecodeEscapeSequences()
{
    QFETCH(QString, raw);
    QFETCH(QString, expected);
    QCOMPARE(cb::core::Hl7Parser::unescape(raw, cb::core::Hl7Delimiters{}), expected);
}

void TestHl7Parser::shouldReadTimestampsAsPreciseAsSent_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("precision");
    QTest::addColumn<bool>("needsZone");
    QTest::addColumn<QString>("inShanghai"); // observationDate with Asia/Shanghai
    QTest::newRow("year") << u"2026"_s << u"year"_s << false << QString();
    QTest::newRow("month") << u"202603"_s << u"month"_s << false << QString();
    QTest::newRow("day") << u"20260301"_s << u"day"_s << false << u"2026-03-01"_s;
    QTest::newRow("day with offset") << u"20260301+0100"_s << u"day"_s << false << u"2026-03-01"_s;
    QTest::newRow("hour, local") << u"2026030108"_s << u"hour"_s << true << u"2026-03-01T00:00:00Z"_s;
    QTest::newRow("minute, local") << u"202603010830"_s << u"minute"_s << true << u"2026-03-01T00:30:00Z"_s;
    QTest::newRow("second, offset") << u"20260301083015-0500"_s << u"second"_s << false
                                    << u"2026-03-01T13:30:15Z"_s;
    QTest::newRow("fraction, offset")
        << u"20260301083015.1234+0000"_s << u"second"_s << false << u"2026-03-01T08:30:15Z"_s;
    QTest::newRow("local midnight is the day before in UTC")
        << u"202603010000"_s << u"minute"_s << true << u"2026-02-28T16:00:00Z"_s;
}

void TestHl7Parser::shouldReadTimestampsAsPreciseAsSent()
{
    QFETCH(QString, text);
    QFETCH(QString, precision);
    QFETCH(bool, needsZone);
    QFETCH(QString, inShanghai);
    auto t = cb::core::Hl7Time::parse(text);
    QVERIFY2(t.ok(), qPrintable(t.error().message));
    QCOMPARE(cb::core::hl7PrecisionId(t->precision), precision);
    QCOMPARE(t->needsZone(), needsZone);
    auto day = t->observationDate(QTimeZone("Asia/Shanghai"));
    if (inShanghai.isEmpty()) {
        QVERIFY(!day.ok());
    } else {
        QVERIFY2(day.ok(), qPrintable(day.error().message));
        QCOMPARE(*day, inShanghai);
    }
}

void TestHl7Parser::shouldRefuseALocalTimeWithoutTheFacilitysZone()
{
    auto t = cb::core::Hl7Time::parse(u"202607100815"_s);
    QVERIFY(t.ok());
    auto utc = t->toUtc(QTimeZone());
    QVERIFY(!utc.ok());
    QVERIFY2(utc.error().message.contains(u"time zone"_s), qPrintable(utc.error().message));
    // never silently UTC: Berlin in summer is two hours ahead
    auto berlin = t->toUtc(QTimeZone("Europe/Berlin"));
    QVERIFY(berlin.ok());
    QCOMPARE(berlin->toString(Qt::ISODate), u"2026-07-10T06:15:00Z"_s);
}

void TestHl7Parser::shouldParseFacilityTimeZones_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("words");
    QTest::newRow("empty") << QString() << true << QString();
    QTest::newRow("two facilities") << uR"({"HOSPA": "Asia/Shanghai", "labb": "Europe/Berlin"})"_s << true
                                    << QString();
    QTest::newRow("not an object") << uR"(["Asia/Shanghai"])"_s << false << u"JSON object"_s;
    QTest::newRow("unknown zone") << uR"({"HOSPA": "Mars/Olympus"})"_s << false << u"Mars/Olympus"_s;
    QTest::newRow("not a text") << uR"({"HOSPA": 8})"_s << false << u"HOSPA"_s;
    QTest::newRow("no facility") << uR"({" ": "Asia/Shanghai"})"_s << false << u"facility"_s;
}

void TestHl7Parser::shouldParseFacilityTimeZones()
{
    QFETCH(QString, json);
    QFETCH(bool, ok);
    QFETCH(QString, words);
    auto z = cb::core::Hl7FacilityZones::parse(json);
    QCOMPARE(z.ok(), ok);
    if (!ok) {
        QVERIFY2(z.error().message.contains(words), qPrintable(z.error().message));
        return;
    }
    if (!json.isEmpty()) {
        QVERIFY(z->knows(u"hospa"_s));
        QCOMPARE(z->zoneOf(u"LABB"_s).id(), QByteArray("Europe/Berlin"));
        QVERIFY(!z->zoneOf(u"OTHER"_s).isValid());
    }
}

QTEST_GUILESS_MAIN(TestHl7Parser)
#include "TestHl7Parser.moc"
