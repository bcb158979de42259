#pragma once

#include "core/Result.h"
#include "core/exchange/Hl7Message.h"
#include "core/exchange/Hl7Time.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace cb::core {

// PID-3, one repetition (CX): CX.1 value, CX.4 assigning authority (HD: namespace id, universal
// id), CX.5 identifier type. Matched against the patient's identifiers on authority + type +
// value (INTAKE.md §2), never on the value alone.
struct Hl7PatientId
{
    QString value;
    QString authority;          // CX.4.1, the namespace id
    QString authorityUniversal; // CX.4.2, e.g. an OID
    QString type;               // CX.5, e.g. MR, NH

    // The authorities the identifier may be registered under: the namespace id, then the
    // universal id (those given).
    QStringList authorities() const;
};

// An OBR: the order its results belong to.
struct Hl7Order
{
    int segment = 0;
    QString placerNumber; // OBR-2.1
    QString fillerNumber; // OBR-3.1
    QString serviceCode;  // OBR-4.1
    QString serviceText;  // OBR-4.2
    Hl7Time observedAt;   // OBR-7

    // The order's identity for corrections: the filler's number, else the placer's.
    QString key() const { return fillerNumber.isEmpty() ? placerNumber : fillerNumber; }
};

// An OBX: one result, its value decoded by its value type (OBX-2).
struct Hl7Result
{
    int segment = 0;
    int order = -1;                              // index into Hl7LabMessage::orders
    QString setId;                               // OBX-1
    QString valueType;                           // OBX-2: NM, SN, ST, TX, FT, CWE (CE, CNE read as CWE)
    QString code, codeText, codeSystem;          // OBX-3.1–3 (LN = LOINC)
    QString altCode, altCodeText, altCodeSystem; // OBX-3.4–6
    QString subId;                               // OBX-4
    // The value as words: "12.5", "<0.5", "10-20", "1:128", the text, a coded value's text (or code).
    QString text;
    std::optional<double> number; // NM; SN with one number (with `comparator`)
    QString comparator;           // SN: "", "<", "<=", ">", ">=", "<>"
    std::optional<double> low, high;
    QString separator;                     // SN range "-", ratio ":" or "/", "+" (or more)
    QString coded, codedSystem;            // CWE: the code and its system
    QString units, unitsText, unitsSystem; // OBX-6.1–3
    QString referenceRange;                // OBX-7
    QStringList flags;                     // OBX-8 (repeats): L, H, LL, HH, A, N …
    QString status;                        // OBX-11: F, C, A, P, D, W, X …
    Hl7Time observedAt;                    // OBX-14, else the order's OBR-7
    QStringList notes;                     // NTE-3 after the OBX

    bool isNumeric() const { return number.has_value(); }
};

// An ORU^R01 lab result message (clinical/INTAKE.md §8), read but not yet matched or stored.
struct Hl7LabMessage
{
    QString controlId;          // MSH-10
    QString sendingApplication; // MSH-3.1
    QString sendingFacility;    // MSH-4.1, else MSH-4.2
    QString messageType;        // MSH-9 as "ORU^R01"
    QString version;            // MSH-12
    Hl7Time messageTime;        // MSH-7
    QList<Hl7PatientId> patientIds;
    QString familyName, givenName; // PID-5 (for the coordinator who assigns a held message)
    QString birthDate;             // PID-7 as sent
    QList<Hl7Order> orders;
    QList<Hl7Result> results;
    QString text; // the message as received, segments ended by CR

    // Whether a timestamp of the message is a local time without an offset.
    bool needsZone() const;
};

// Reads ORU^R01 messages (v2.5.1; other 2.x versions read the same way). Refuses what it cannot
// read with the segment, the field and the reason (Hl7Parser::error): a message that is not
// ORU^R01, no MSH-10, no PID-3, an OBX before any OBR, an unknown value type, a value that does
// not fit its type, no OBX-3 code, no OBX-11 status, a malformed timestamp.
class Hl7LabReader
{
    Q_DECLARE_TR_FUNCTIONS(cb::core::Hl7LabReader)
public:
    static Result<Hl7LabMessage> read(const Hl7Message& message);

    // The value types read; others are refused.
    static QStringList valueTypes();
    // Parses an HL7 number (NM): optional sign, digits, optional decimal point; nullopt otherwise.
    static std::optional<double> number(const QString& text);
};

} // namespace cb::core
