#include "core/grading/HematotoxScorer.h"

#include <QCoreApplication>

namespace cb::core {

namespace {

constexpr int kHighRiskFrom = 2;

int tiePoints(TieBin tie, int higherRiskPoints, int lowerRiskPoints)
{
    return tie == TieBin::HigherRisk ? higherRiskPoints : lowerRiskPoints;
}

// A lab where lower values carry more risk: `points` above `cut`, `points + 1` below it.
int lowIsWorse(double value, double cut, TieBin tie, int points)
{
    if (value > cut)
        return points;
    if (value < cut)
        return points + 1;
    return tiePoints(tie, points + 1, points);
}

// A lab where higher values carry more risk: `points` below `cut`, `points + 1` above it.
int highIsWorse(double value, double cut, TieBin tie, int points)
{
    if (value < cut)
        return points;
    if (value > cut)
        return points + 1;
    return tiePoints(tie, points + 1, points);
}

QString num(double v)
{
    return QString::number(v, 'g', 10);
}

} // namespace

HematotoxScorer::HematotoxScorer(const HematotoxTies& ties) : m_ties(ties) {}

HematotoxRisk HematotoxScorer::riskFor(int score)
{
    return score >= kHighRiskFrom ? HematotoxRisk::High : HematotoxRisk::Low;
}

HematotoxPoints HematotoxScorer::points(const HematotoxInput& in) const
{
    HematotoxPoints p;
    // Platelets: >175 → 0, 75-175 → 1, <75 → 2.
    p.platelets = in.platelets10e9PerL >= 175.0
                      ? lowIsWorse(in.platelets10e9PerL, 175.0, m_ties.plateletsAt175, 0)
                      : lowIsWorse(in.platelets10e9PerL, 75.0, m_ties.plateletsAt75, 1);
    p.anc = lowIsWorse(in.ancPerUl, 1200.0, m_ties.ancAt1200, 0);
    p.hemoglobin = lowIsWorse(in.hemoglobinGPerDl, 9.0, m_ties.hemoglobinAt9, 0);
    p.crp = highIsWorse(in.crpMgPerDl, 3.0, m_ties.crpAt3, 0);
    // Ferritin: <650 → 0, 650-2000 → 1, >2000 → 2.
    p.ferritin = in.ferritinNgPerMl <= 650.0
                     ? highIsWorse(in.ferritinNgPerMl, 650.0, m_ties.ferritinAt650, 0)
                     : highIsWorse(in.ferritinNgPerMl, 2000.0, m_ties.ferritinAt2000, 1);
    return p;
}

HematotoxResult HematotoxScorer::score(const HematotoxInput& in) const
{
    HematotoxResult r;
    r.ruleVersion = QString::fromLatin1(kRuleCarHematotox2021);
    r.inputs = in;
    r.points = points(in);
    r.score = r.points.total();
    r.risk = riskFor(r.score);
    r.explanation =
        tr("Score %1 = %2 (0-1 low, ≥2 high): platelets %3 ×10⁹/L → %4, ANC %5/µL → %6, Hb %7 g/dL → %8, "
           "CRP %9 mg/dL → %10, ferritin %11 ng/mL → %12.")
            .arg(QString::number(r.score), r.risk == HematotoxRisk::High ? tr("high risk") : tr("low risk"),
                 num(in.platelets10e9PerL), QString::number(r.points.platelets), num(in.ancPerUl),
                 QString::number(r.points.anc), num(in.hemoglobinGPerDl),
                 QString::number(r.points.hemoglobin), num(in.crpMgPerDl))
            .arg(QString::number(r.points.crp), num(in.ferritinNgPerMl), QString::number(r.points.ferritin));
    for (const QString& c : in.conversions)
        r.explanation += QLatin1Char(' ') + c + QLatin1Char('.');
    return r;
}

} // namespace cb::core
