#include "core/exchange/Hl7LabMessage.h"

#include <QRegularExpression>

namespace cb::core {

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

// The statuses of OBX-11 (HL7 table 0085).
const QStringList& resultStatuses()
{
    static const QStringList statuses{s("F"), s("C"), s("A"), s("P"), s("D"), s("W"), s("X"),
                                      s("I"), s("R"), s("S"), s("N"), s("U"), s("O")};
    return statuses;
}

// A status whose OBX-5 may be empty: retractions, cancellations, pending or not asked.
bool mayBeEmpty(const QString& status)
{
    static const QStringList statuses{s("D"), s("W"), s("X"), s("I"), s("N"), s("O"), s("U")};
    return statuses.contains(status);
}

// A whole field as text: components and subcomponents joined with their own characters (decoded
// as themselves), repetitions one per line. For the text value types.
QString textOf(const Hl7Segment& seg, int field)
{
    QStringList lines;
    for (int r = 0; r < seg.repetitionCount(field); ++r) {
        QStringList comps;
        const int n = int(seg.rawComponents(field, r).size());
        for (int c = 1; c <= n; ++c)
            comps << seg.component(field, c, r);
        lines << comps.join(seg.delimiters().component);
    }
    return lines.join(QLatin1Char('\n'));
}

QString numberText(double v)
{
    return QString::number(v, 'g', 15);
}

} // namespace

QStringList Hl7PatientId::authorities() const
{
    QStringList out;
    if (!authority.isEmpty())
        out << authority;
    if (!authorityUniversal.isEmpty() && authorityUniversal != authority)
        out << authorityUniversal;
    return out;
}

bool Hl7LabMessage::needsZone() const
{
    if (messageTime.needsZone())
        return true;
    for (const auto& o : orders)
        if (o.observedAt.needsZone())
            return true;
    for (const auto& r : results)
        if (r.observedAt.needsZone())
            return true;
    return false;
}

QStringList Hl7LabReader::valueTypes()
{
    return {s("NM"), s("SN"), s("ST"), s("TX"), s("FT"), s("CWE"), s("CE"), s("CNE")};
}

std::optional<double> Hl7LabReader::number(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^[+-]?(\\d+\\.?\\d*|\\.\\d+)$"));
    const QString t = text.trimmed();
    if (!re.match(t).hasMatch())
        return std::nullopt;
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return v;
}

namespace {

Result<Hl7Time> timeAt(const Hl7Segment& seg, int field)
{
    auto t = Hl7Time::parse(seg.value(field));
    if (!t.ok())
        return Hl7Parser::error(seg, field, t.error().message);
    return t;
}

Status readValue(const Hl7Segment& seg, Hl7Result& r)
{
    const auto& d = seg.delimiters();
    const bool empty = seg.raw(5).isEmpty() || seg.raw(5) == QLatin1String("\"\"");
    if (empty) {
        if (!mayBeEmpty(r.status))
            return Hl7Parser::error(seg, 5,
                                    Hl7LabReader::tr("the result has no value (status %1).").arg(r.status));
        return {};
    }
    if (r.valueType.isEmpty())
        return Hl7Parser::error(seg, 2, Hl7LabReader::tr("a result with a value needs its value type."));
    if (!Hl7LabReader::valueTypes().contains(r.valueType))
        return Hl7Parser::error(seg, 2,
                                Hl7LabReader::tr("value type \"%1\" is not read (NM, SN, ST, TX, FT, CWE).")
                                    .arg(r.valueType.left(5)));
    const bool textType = r.valueType == QLatin1String("ST") || r.valueType == QLatin1String("TX") ||
                          r.valueType == QLatin1String("FT");
    if (!textType && seg.repetitionCount(5) > 1)
        return Hl7Parser::error(seg, 5, Hl7LabReader::tr("a %1 result repeats its value.").arg(r.valueType));
    if (r.valueType == QLatin1String("NM")) {
        const QString v = seg.value(5);
        r.number = Hl7LabReader::number(v);
        if (!r.number || seg.rawComponents(5).size() > 1)
            return Hl7Parser::error(
                seg, 5, Hl7LabReader::tr("\"%1\" is not a number (value type NM).").arg(v.left(40)));
        r.text = v.trimmed();
        return {};
    }
    if (r.valueType == QLatin1String("SN")) {
        static const QStringList comparators{QString(), s("="), s("<"), s(">"), s("<="), s(">="), s("<>")};
        static const QStringList separators{QString(), s("-"), s("+"), s("/"), s("."), s(":")};
        const QString cmp = seg.value(5, 1).trimmed();
        const QString n1 = seg.value(5, 2).trimmed();
        const QString sep = seg.value(5, 3).trimmed();
        const QString n2 = seg.value(5, 4).trimmed();
        if (!comparators.contains(cmp))
            return Hl7Parser::error(
                seg, 5,
                Hl7LabReader::tr("\"%1\" is not a comparator (<, <=, >, >=, =, <>).").arg(cmp.left(5)));
        if (!separators.contains(sep))
            return Hl7Parser::error(
                seg, 5,
                Hl7LabReader::tr("\"%1\" is not a separator of a range or ratio (-, +, /, ., :).")
                    .arg(sep.left(5)));
        const auto first = Hl7LabReader::number(n1);
        if (!first)
            return Hl7Parser::error(
                seg, 5, Hl7LabReader::tr("\"%1\" is not a number (value type SN).").arg(n1.left(40)));
        r.comparator = cmp == QLatin1String("=") ? QString() : cmp;
        if (sep.isEmpty()) {
            if (!n2.isEmpty())
                return Hl7Parser::error(
                    seg, 5, Hl7LabReader::tr("a second number needs a separator (value type SN)."));
            r.number = first;
            r.text = r.comparator + numberText(*first);
            return {};
        }
        const auto second = Hl7LabReader::number(n2);
        if (!second)
            return Hl7Parser::error(
                seg, 5, Hl7LabReader::tr("\"%1\" is not a number (value type SN).").arg(n2.left(40)));
        r.low = first;
        r.high = second;
        r.separator = sep;
        r.text = r.comparator + numberText(*first) + sep + numberText(*second);
        return {};
    }
    if (textType) {
        r.text = textOf(seg, 5);
        return {};
    }
    // CWE (and CE, CNE): code ^ text ^ system
    r.coded = seg.value(5, 1).trimmed();
    r.codedSystem = seg.value(5, 3).trimmed();
    const QString words = seg.value(5, 2).trimmed();
    r.text = words.isEmpty() ? r.coded : words;
    if (r.text.isEmpty())
        return Hl7Parser::error(seg, 5, Hl7LabReader::tr("a coded result has neither a code nor a text."));
    Q_UNUSED(d)
    return {};
}

} // namespace

Result<Hl7LabMessage> Hl7LabReader::read(const Hl7Message& message)
{
    Hl7LabMessage out;
    out.text = message.text;
    const Hl7Segment& msh = message.segments.first();
    out.sendingApplication = msh.value(3).trimmed();
    out.sendingFacility = msh.value(4).trimmed();
    if (out.sendingFacility.isEmpty())
        out.sendingFacility = msh.value(4, 2).trimmed();
    out.messageType = msh.value(9, 1).trimmed() + QLatin1Char('^') + msh.value(9, 2).trimmed();
    out.version = msh.value(12).trimmed();
    out.controlId = msh.value(10).trimmed();
    if (out.messageType != QLatin1String("ORU^R01"))
        return Hl7Parser::error(
            msh, 9, tr("the message is %1, not a lab result (ORU^R01).").arg(out.messageType.left(20)));
    if (out.controlId.isEmpty())
        return Hl7Parser::error(msh, 10, tr("the message has no control id."));
    if (out.controlId.size() > 199)
        return Hl7Parser::error(msh, 10, tr("the control id is longer than 199 characters."));
    if (!out.version.isEmpty() && !out.version.startsWith(QLatin1String("2.")))
        return Hl7Parser::error(msh, 12, tr("version \"%1\" is not HL7 v2.").arg(out.version.left(10)));
    auto mt = timeAt(msh, 7);
    if (!mt.ok())
        return mt.error();
    out.messageTime = *mt;

    const Hl7Segment* pid = nullptr;
    for (qsizetype i = 1; i < message.segments.size(); ++i) {
        const Hl7Segment& seg = message.segments.at(i);
        const QString id = seg.id();
        if (id == QLatin1String("PID")) {
            if (pid)
                return Hl7Parser::error(seg, 0,
                                        tr("a second patient in one message; send one patient per message."));
            pid = &seg;
            for (int r = 0; r < seg.repetitionCount(3); ++r) {
                Hl7PatientId p;
                p.value = seg.value(3, 1, 1, r).trimmed();
                p.authority = seg.value(3, 4, 1, r).trimmed();
                p.authorityUniversal = seg.value(3, 4, 2, r).trimmed();
                p.type = seg.value(3, 5, 1, r).trimmed();
                if (p.value.isEmpty())
                    continue;
                out.patientIds << p;
            }
            if (out.patientIds.isEmpty())
                return Hl7Parser::error(seg, 3, tr("the patient has no identifier."));
            out.familyName = seg.value(5, 1).trimmed();
            out.givenName = seg.value(5, 2).trimmed();
            out.birthDate = seg.value(7).trimmed().left(8);
        } else if (id == QLatin1String("OBR")) {
            if (!pid)
                return Hl7Parser::error(seg, 0, tr("an order before the patient (PID)."));
            Hl7Order o;
            o.segment = seg.number();
            o.placerNumber = seg.value(2).trimmed();
            o.fillerNumber = seg.value(3).trimmed();
            o.serviceCode = seg.value(4, 1).trimmed();
            o.serviceText = seg.value(4, 2).trimmed();
            if (o.key().isEmpty())
                return Hl7Parser::error(
                    seg, 3, tr("the order has neither a filler (OBR-3) nor a placer (OBR-2) number."));
            auto t = timeAt(seg, 7);
            if (!t.ok())
                return t.error();
            o.observedAt = *t;
            out.orders << o;
        } else if (id == QLatin1String("OBX")) {
            if (out.orders.isEmpty())
                return Hl7Parser::error(seg, 0, tr("a result before any order (OBR)."));
            Hl7Result r;
            r.segment = seg.number();
            r.order = int(out.orders.size()) - 1;
            r.setId = seg.value(1).trimmed();
            r.valueType = seg.value(2).trimmed().toUpper();
            r.code = seg.value(3, 1).trimmed();
            r.codeText = seg.value(3, 2).trimmed();
            r.codeSystem = seg.value(3, 3).trimmed();
            r.altCode = seg.value(3, 4).trimmed();
            r.altCodeText = seg.value(3, 5).trimmed();
            r.altCodeSystem = seg.value(3, 6).trimmed();
            r.subId = seg.value(4).trimmed();
            r.units = seg.value(6, 1).trimmed();
            r.unitsText = seg.value(6, 2).trimmed();
            r.unitsSystem = seg.value(6, 3).trimmed();
            r.referenceRange = seg.value(7).trimmed();
            for (int k = 0; k < seg.repetitionCount(8); ++k)
                if (const QString f = seg.value(8, 1, 1, k).trimmed(); !f.isEmpty())
                    r.flags << f;
            r.status = seg.value(11).trimmed().toUpper();
            if (r.code.isEmpty())
                return Hl7Parser::error(seg, 3, tr("the result has no code."));
            if (r.status.isEmpty())
                return Hl7Parser::error(seg, 11, tr("the result has no status."));
            if (!resultStatuses().contains(r.status))
                return Hl7Parser::error(
                    seg, 11,
                    tr("\"%1\" is not a result status (F, C, A, P, D, W, X …).").arg(r.status.left(5)));
            if (auto st = readValue(seg, r); !st.ok())
                return st.error();
            auto t = timeAt(seg, 14);
            if (!t.ok())
                return t.error();
            r.observedAt = t->isNull() ? out.orders.last().observedAt : *t;
            out.results << r;
        } else if (id == QLatin1String("NTE")) {
            if (!out.results.isEmpty() &&
                out.results.last().segment > (out.orders.isEmpty() ? 0 : out.orders.last().segment))
                out.results.last().notes << textOf(seg, 3);
        }
    }
    if (!pid)
        return Hl7Parser::error(msh, 0, tr("the message has no patient (PID)."));
    if (out.results.isEmpty())
        return Hl7Parser::error(msh, 0, tr("the message has no result (OBX)."));
    return out;
}

} // namespace cb::core
