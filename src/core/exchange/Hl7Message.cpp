#include "core/exchange/Hl7Message.h"

#include <QStringDecoder>

namespace cb::core {

namespace {

QStringList splitOn(const QString& text, QChar separator)
{
    return text.split(separator, Qt::KeepEmptyParts);
}

bool isSegmentId(const QString& id)
{
    if (id.size() != 3)
        return false;
    for (QChar c : id)
        if (!(c.isUpper() && c.unicode() < 128) && !(c.isDigit() && c.unicode() < 128))
            return false;
    return id.at(0).isUpper();
}

QString decodeHex(const QString& hex)
{
    if (hex.isEmpty() || hex.size() % 2 != 0)
        return {};
    QByteArray bytes;
    for (qsizetype i = 0; i < hex.size(); i += 2) {
        bool ok = false;
        const int b = hex.mid(i, 2).toInt(&ok, 16);
        if (!ok)
            return {};
        bytes.append(char(b));
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (utf8.hasError())
        return QString::fromLatin1(bytes);
    return text;
}

} // namespace

QString Hl7Segment::raw(int field) const
{
    if (field < 1 || field > m_fields.size())
        return {};
    return m_fields.at(field - 1);
}

int Hl7Segment::repetitionCount(int field) const
{
    const QString f = raw(field);
    if (f.isEmpty())
        return 0;
    if (m_id == QLatin1String("MSH") && field <= 2)
        return 1;
    return int(splitOn(f, m_delimiters.repetition).size());
}

QStringList Hl7Segment::rawComponents(int field, int repetition) const
{
    const QString f = raw(field);
    if (f.isEmpty())
        return {};
    if (m_id == QLatin1String("MSH") && field <= 2)
        return {f};
    const QStringList reps = splitOn(f, m_delimiters.repetition);
    if (repetition < 0 || repetition >= reps.size())
        return {};
    return splitOn(reps.at(repetition), m_delimiters.component);
}

QString Hl7Segment::value(int field, int component, int subcomponent, int repetition) const
{
    if (m_id == QLatin1String("MSH") && field <= 2)
        return component == 1 && subcomponent == 1 && repetition == 0 ? raw(field) : QString();
    const QStringList comps = rawComponents(field, repetition);
    if (component < 1 || component > comps.size())
        return {};
    const QStringList subs = splitOn(comps.at(component - 1), m_delimiters.subcomponent);
    if (subcomponent < 1 || subcomponent > subs.size())
        return {};
    return Hl7Parser::unescape(subs.at(subcomponent - 1), m_delimiters);
}

QString Hl7Segment::component(int field, int component, int repetition) const
{
    const QStringList comps = rawComponents(field, repetition);
    if (component < 1 || component > comps.size())
        return {};
    QStringList subs = splitOn(comps.at(component - 1), m_delimiters.subcomponent);
    for (QString& s : subs)
        s = Hl7Parser::unescape(s, m_delimiters);
    return subs.join(m_delimiters.subcomponent);
}

const Hl7Segment* Hl7Message::first(const QString& id, int from) const
{
    for (qsizetype i = from; i < segments.size(); ++i)
        if (segments.at(i).id() == id)
            return &segments.at(i);
    return nullptr;
}

QString Hl7Parser::decodeBytes(const QByteArray& bytes)
{
    QByteArray b = bytes;
    if (b.startsWith("\xEF\xBB\xBF"))
        b.remove(0, 3);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(b);
    if (utf8.hasError())
        return QString::fromLatin1(b);
    return text;
}

QList<Hl7FileMessage> Hl7Parser::parseFile(const QByteArray& bytes)
{
    return parseText(decodeBytes(bytes));
}

QList<Hl7FileMessage> Hl7Parser::parseText(const QString& input)
{
    QString text = input;
    // MLLP framing (VT … FS CR) when a capture of the wire was saved as it is
    text.remove(QChar(0x0b));
    text.remove(QChar(0x1c));
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\r"));
    text.replace(QLatin1Char('\n'), QLatin1Char('\r'));
    QList<QStringList> messages;
    for (const QString& line : text.split(QLatin1Char('\r'), Qt::SkipEmptyParts)) {
        if (line.trimmed().isEmpty())
            continue;
        const QString id = line.left(3);
        if (id == QLatin1String("FHS") || id == QLatin1String("BHS") || id == QLatin1String("BTS") ||
            id == QLatin1String("FTS"))
            continue;
        if (id == QLatin1String("MSH") || messages.isEmpty())
            messages.append(QStringList());
        messages.last().append(line);
    }
    QList<Hl7FileMessage> out;
    int index = 0;
    for (const QStringList& lines : messages) {
        Hl7FileMessage m;
        m.index = ++index;
        const QString messageText = lines.join(QLatin1Char('\r')) + QLatin1Char('\r');
        auto parsed = parseMessage(messageText);
        if (parsed.ok()) {
            m.controlId = parsed->segments.first().value(10);
            m.message = std::move(parsed).value();
        } else {
            m.error = parsed.error();
            // the control id, when the header is readable enough to give it
            const QString head = lines.first();
            if (head.startsWith(QLatin1String("MSH")) && head.size() > 3) {
                const QStringList fields = head.split(head.at(3));
                if (fields.size() > 9)
                    m.controlId = fields.at(9).left(64);
            }
        }
        out.append(std::move(m));
    }
    return out;
}

Result<Hl7Message> Hl7Parser::parseMessage(const QString& input)
{
    QString text = input;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\r"));
    text.replace(QLatin1Char('\n'), QLatin1Char('\r'));
    const QStringList lines = text.split(QLatin1Char('\r'), Qt::SkipEmptyParts);
    if (lines.isEmpty() || !lines.first().startsWith(QLatin1String("MSH")))
        return Error::badInput(tr("The message does not start with an MSH segment."))
            .atField(QStringLiteral("MSH"));
    const QString& head = lines.first();
    Hl7Message m;
    Hl7Delimiters& d = m.delimiters;
    if (head.size() < 8)
        return Error::badInput(tr("MSH (segment 1), MSH-2: the header is too short to hold the delimiters."))
            .atField(QStringLiteral("MSH-2"));
    d.field = head.at(3);
    const QString encoding = head.mid(4).section(d.field, 0, 0);
    if (encoding.size() < 4 || encoding.size() > 5)
        return Error::badInput(tr("MSH (segment 1), MSH-2: the encoding characters \"%1\" are not four "
                                  "characters (component, repetition, escape, subcomponent).")
                                   .arg(encoding.left(8)))
            .atField(QStringLiteral("MSH-2"));
    d.component = encoding.at(0);
    d.repetition = encoding.at(1);
    d.escape = encoding.at(2);
    d.subcomponent = encoding.at(3);
    const QList<QChar> all{d.field, d.component, d.repetition, d.escape, d.subcomponent};
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all.at(i).isLetterOrNumber() || all.at(i).isSpace())
            return Error::badInput(
                       tr("MSH (segment 1), MSH-1/MSH-2: \"%1\" cannot be a delimiter.").arg(all.at(i)))
                .atField(QStringLiteral("MSH-2"));
        for (qsizetype j = i + 1; j < all.size(); ++j)
            if (all.at(i) == all.at(j))
                return Error::badInput(
                           tr("MSH (segment 1), MSH-1/MSH-2: the delimiter \"%1\" is given twice.")
                               .arg(all.at(i)))
                    .atField(QStringLiteral("MSH-2"));
    }
    int number = 0;
    for (const QString& line : lines) {
        ++number;
        const QString id = line.left(3);
        if (!isSegmentId(id) || (line.size() > 3 && line.at(3) != d.field))
            return Error::badInput(
                       tr("Segment %1: \"%2\" is not a segment id followed by the field separator.")
                           .arg(number)
                           .arg(line.left(4)))
                .atField(QStringLiteral("segment %1").arg(number));
        if (id == QLatin1String("MSH") && number > 1)
            return Error::badInput(tr("Segment %1: a second MSH segment in one message.").arg(number))
                .atField(QStringLiteral("MSH"));
        QStringList fields;
        if (id == QLatin1String("MSH")) {
            QStringList parts = line.split(d.field, Qt::KeepEmptyParts);
            // parts[0] "MSH", parts[1] the encoding characters, parts[2] MSH-3 …
            fields << QString(d.field) << parts.value(1);
            fields << parts.mid(2);
        } else {
            fields = line.split(d.field, Qt::KeepEmptyParts).mid(1);
        }
        m.segments.append(Hl7Segment(id, fields, d, number));
    }
    m.text = lines.join(QLatin1Char('\r')) + QLatin1Char('\r');
    return m;
}

QString Hl7Parser::unescape(const QString& raw, const Hl7Delimiters& d)
{
    if (!raw.contains(d.escape))
        return raw;
    QString out;
    out.reserve(raw.size());
    qsizetype i = 0;
    while (i < raw.size()) {
        const QChar c = raw.at(i);
        if (c != d.escape) {
            out.append(c);
            ++i;
            continue;
        }
        const qsizetype end = raw.indexOf(d.escape, i + 1);
        if (end < 0) { // no closing escape: kept as it is
            out.append(raw.mid(i));
            break;
        }
        const QString seq = raw.mid(i + 1, end - i - 1);
        i = end + 1;
        if (seq == QLatin1String("F"))
            out.append(d.field);
        else if (seq == QLatin1String("S"))
            out.append(d.component);
        else if (seq == QLatin1String("T"))
            out.append(d.subcomponent);
        else if (seq == QLatin1String("R"))
            out.append(d.repetition);
        else if (seq == QLatin1String("E"))
            out.append(d.escape);
        else if (seq.startsWith(QLatin1Char('X')) || seq.startsWith(QLatin1Char('x'))) {
            const QString decoded = decodeHex(seq.mid(1));
            if (decoded.isNull() && !seq.mid(1).isEmpty())
                out.append(d.escape + seq + d.escape); // not hexadecimal: kept as received
            else
                out.append(decoded);
        } else if (seq == QLatin1String(".br"))
            out.append(QLatin1Char('\n'));
        else if (seq.startsWith(QLatin1String(".sp"))) {
            bool ok = false;
            const int n = seq.mid(3).trimmed().toInt(&ok);
            out.append(QString(ok && n > 0 ? qMin(n, 20) : 1, QLatin1Char('\n')));
        } else if (seq == QLatin1String("H") || seq == QLatin1String("N") ||
                   seq.startsWith(QLatin1Char('.')) || seq.startsWith(QLatin1Char('C')) ||
                   seq.startsWith(QLatin1Char('M')) || seq.startsWith(QLatin1Char('Z'))) {
            // highlighting, formatting commands, character set switches, local escapes: dropped
        } else if (seq.isEmpty()) {
            // "\\" with nothing between: nothing
        } else {
            out.append(d.escape + seq + d.escape); // unknown: kept as received
        }
    }
    return out;
}

Error Hl7Parser::error(const Hl7Segment& segment, int field, const QString& reason)
{
    const QString name = field > 0 ? segment.fieldName(field) : segment.id();
    Error e = Error::badInput(
        tr("%1 (segment %2), %3: %4").arg(segment.id()).arg(segment.number()).arg(name, reason));
    e.field = name;
    return e;
}

} // namespace cb::core
