#include "core/intake/Refractoriness.h"

#include <QCoreApplication>
#include <algorithm>

namespace cb::core {

namespace {

constexpr int kWindowDays = 60; // IMWG: progression within 60 days of the last dose

struct Assessment
{
    Proposal proposal = Proposal::Unknown;
    QString reason;
};

bool noResponse(const TherapyLine& line)
{
    static const QStringList kNoResponse{QStringLiteral("sd"), QStringLiteral("pd"), QStringLiteral("nmr"),
                                         QStringLiteral("pmd"), QStringLiteral("refractory")};
    return kNoResponse.contains(line.bestResponse.trimmed().toLower());
}

} // namespace

// The texts of the proposals, translated in the context cb::core::Refractoriness.
class Refractoriness
{
    Q_DECLARE_TR_FUNCTIONS(cb::core::Refractoriness)
public:
    static QString days(int fewest, int most);
    static Assessment assess(const TherapyLine& line);
};

QString Refractoriness::days(int fewest, int most)
{
    if (fewest == most)
        return tr("%n day(s)", nullptr, fewest);
    return tr("%1–%2 days").arg(fewest).arg(most);
}

Assessment Refractoriness::assess(const TherapyLine& line)
{
    if (noResponse(line))
        return {Proposal::Refractory,
                tr("Best response %1: no response on therapy, refractory by the IMWG definition.")
                    .arg(line.bestResponse.trimmed())};
    if (line.progressionDate.isNull())
        return {Proposal::Unknown, tr("No progression date on this line: refractoriness cannot be proposed; "
                                      "record it by hand.")};
    if (!line.startDate.isNull() && line.progressionDate.latest() < line.startDate.earliest())
        return {Proposal::Unknown, tr("The progression date is before the line started: check the dates.")};
    if (line.ongoing)
        return {Proposal::Refractory, tr("Progression while still receiving this line: refractory (IMWG).")};
    const auto span = daysFromLastDoseToProgression(line);
    if (!span)
        return {Proposal::Unknown,
                tr("No stop date (last dose) on this line: the 60-day rule cannot be applied.")};
    const auto [fewest, most] = *span;
    if (most < 0)
        return {Proposal::Refractory, tr("Progression before the last dose, on therapy: refractory (IMWG).")};
    if (most <= kWindowDays)
        return {Proposal::Refractory,
                tr("Progression %1 after the last dose, within 60 days: refractory (IMWG).")
                    .arg(days(std::max(fewest, 0), most))};
    if (fewest > kWindowDays)
        return {Proposal::NotRefractory,
                tr("Progression %1 after the last dose, more than 60 days: not refractory (IMWG).")
                    .arg(days(fewest, most))};
    return {Proposal::Unknown,
            tr("Progression %1 after the last dose as the partial dates allow: within 60 days "
               "for some days and not for others. Enter the dates to the day, or decide by hand.")
                .arg(days(std::max(fewest, 0), most))};
}

std::optional<std::pair<int, int>> daysFromLastDoseToProgression(const TherapyLine& line)
{
    if (line.endDate.isNull() || line.progressionDate.isNull())
        return std::nullopt;
    const int fewest = int(line.endDate.latest().daysTo(line.progressionDate.earliest()));
    const int most = int(line.endDate.earliest().daysTo(line.progressionDate.latest()));
    return std::make_pair(fewest, most);
}

Proposal proposeRefractory(const TherapyLine& line)
{
    return Refractoriness::assess(line).proposal;
}

QString proposalReason(const TherapyLine& line)
{
    return Refractoriness::assess(line).reason;
}

QList<LineDrug> withProposedRefractoriness(const TherapyLine& line)
{
    const Proposal p = proposeRefractory(line);
    QList<LineDrug> drugs = line.drugs;
    if (p == Proposal::Unknown)
        return drugs;
    for (LineDrug& d : drugs)
        if (!d.refractory)
            d.refractory = p == Proposal::Refractory;
    return drugs;
}

QString toId(Proposal proposal)
{
    switch (proposal) {
    case Proposal::Refractory:
        return QStringLiteral("refractory");
    case Proposal::NotRefractory:
        return QStringLiteral("not_refractory");
    case Proposal::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

} // namespace cb::core
