#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace cb::core {

// The delimiters of one HL7 v2 message, read from its MSH segment: MSH-1 is the field separator,
// MSH-2 the component, repetition, escape and subcomponent characters in that order.
struct Hl7Delimiters
{
    QChar field = QLatin1Char('|');
    QChar component = QLatin1Char('^');
    QChar repetition = QLatin1Char('~');
    QChar escape = QLatin1Char('\\');
    QChar subcomponent = QLatin1Char('&');
};

// One segment as received: its fields still escaped, split on the message's own delimiters only
// when a value is asked for (an escaped delimiter never splits).
class Hl7Segment
{
public:
    Hl7Segment() = default;
    Hl7Segment(QString id, QStringList fields, const Hl7Delimiters& delimiters, int number)
        : m_id(std::move(id)), m_fields(std::move(fields)), m_delimiters(delimiters), m_number(number)
    {
    }

    QString id() const { return m_id; }
    // The segment's place in its message, 1 for MSH.
    int number() const { return m_number; }
    // The highest field number present (MSH counts MSH-1, the field separator).
    int fieldCount() const { return int(m_fields.size()); }
    // Field `field` (HL7's numbering, from 1) as received, escapes and all; MSH-1 and MSH-2 are
    // the delimiters themselves.
    QString raw(int field) const;
    int repetitionCount(int field) const;
    // One repetition (from 0) of a field, split into components as received (still escaped).
    QStringList rawComponents(int field, int repetition = 0) const;
    // The decoded value of a subcomponent: field, component and subcomponent from 1 as HL7
    // numbers them, repetition from 0. Empty when absent.
    QString value(int field, int component = 1, int subcomponent = 1, int repetition = 0) const;
    // A whole component decoded, its subcomponents joined back with the subcomponent character
    // decoded as itself (for components that have none, the same as value()).
    QString component(int field, int component, int repetition = 0) const;
    // "OBX-5" style name of a field of this segment.
    QString fieldName(int field) const { return QStringLiteral("%1-%2").arg(m_id).arg(field); }

    const Hl7Delimiters& delimiters() const { return m_delimiters; }

private:
    QString m_id;
    QStringList m_fields; // m_fields[i] is field i + 1
    Hl7Delimiters m_delimiters;
    int m_number = 0;
};

// One message: its segments in order, and the message as text (segments ended by CR) for the
// record of what was received.
struct Hl7Message
{
    Hl7Delimiters delimiters;
    QList<Hl7Segment> segments;
    QString text;

    // The first segment with this id after segment index `from`; nullptr when none.
    const Hl7Segment* first(const QString& id, int from = 0) const;
};

// One message of a file: parsed, or refused with the reason (and the control id when MSH-10
// could still be read).
struct Hl7FileMessage
{
    std::optional<Hl7Message> message;
    Error error;
    QString controlId;
    int index = 0; // 1 for the file's first message
};

// Reads HL7 v2 messages (clinical/INTAKE.md §8): the delimiters of each message from its own
// MSH-1/MSH-2; segments ended by CR, CRLF or LF; several messages in one file (each starts at an
// MSH segment; batch FHS/BHS/BTS/FTS segments and MLLP framing characters are skipped). A
// malformed message is refused with the segment, the field and the reason; the others of the file
// are read on. Pure functions: no files, no clock.
class Hl7Parser
{
    Q_DECLARE_TR_FUNCTIONS(cb::core::Hl7Parser)
public:
    // The text of a file: UTF-8, else (when the bytes are not UTF-8) ISO 8859-1; a byte order
    // mark is dropped.
    static QString decodeBytes(const QByteArray& bytes);
    static QList<Hl7FileMessage> parseFile(const QByteArray& bytes);
    static QList<Hl7FileMessage> parseText(const QString& text);
    // One message; its first segment must be MSH.
    static Result<Hl7Message> parseMessage(const QString& text);

    // Decodes HL7's escape sequences in a value split out of its field: \F\ \S\ \T\ \R\ \E\ (the
    // delimiters), \Xhh…\ (bytes in hexadecimal, UTF-8 or else ISO 8859-1), \.br\ and \.sp\ (line
    // breaks); highlighting (\H\ \N\), other formatting commands and character set switches are
    // dropped. An escape character without its closing one is kept as it is.
    static QString unescape(const QString& raw, const Hl7Delimiters& delimiters);

    // An error naming the segment (its id and place) and the field, e.g.
    // "OBX (segment 5), OBX-5: ..."; Error::field holds "OBX-5".
    static Error error(const Hl7Segment& segment, int field, const QString& reason);
};

} // namespace cb::core
