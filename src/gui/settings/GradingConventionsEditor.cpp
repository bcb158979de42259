#include "gui/settings/GradingConventionsEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace cb::gui {

GradingConventionsEditor::GradingConventionsEditor(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("gradingConventionsEditor"));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("Where the grading sources are silent, the program chooses a convention. The "
                      "defaults are those of the clinical specification. Every grade is stored with the "
                      "conventions it used; \"cellboard-cli grade\" always uses the defaults."),
                   this);
    intro->setWordWrap(true);
    intro->setProperty("role", QStringLiteral("muted"));
    layout->addWidget(intro);

    auto* crs = new QGroupBox(tr("CRS (ASTCT 2019)"), this);
    auto* cf = new QFormLayout(crs);
    cf->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_vasopressin = new QComboBox(crs);
    m_vasopressin->setObjectName(QStringLiteral("vasopressinAloneCombo"));
    m_vasopressin->addItem(tr("Grade 3, like one vasopressor (default)"), 3);
    m_vasopressin->addItem(tr("Grade 2, like hypotension without vasopressors"), 2);
    auto* vasoLabel = new QLabel(tr("Vasopressin as the only vasopressor"), crs);
    vasoLabel->setWordWrap(true);
    cf->addRow(vasoLabel, m_vasopressin);
    m_inotropes =
        new QCheckBox(tr("Count pure inotropes (dobutamine, milrinone) as vasopressors (default: no)"), crs);
    m_inotropes->setObjectName(QStringLiteral("inotropesCountCheck"));
    cf->addRow(m_inotropes);
    layout->addWidget(crs);

    auto* ht = new QGroupBox(tr("CAR-HEMATOTOX: a value exactly on a cut-off scores"), this);
    auto* hf = new QFormLayout(ht);
    hf->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    struct Row
    {
        const char* name;
        QString label;
        core::TieBin core::HematotoxTies::*member;
    };
    const QList<Row> rows{
        {"tie_platelets_at_75", tr("Platelets exactly 75 ×10⁹/L"), &core::HematotoxTies::plateletsAt75},
        {"tie_platelets_at_175", tr("Platelets exactly 175 ×10⁹/L"), &core::HematotoxTies::plateletsAt175},
        {"tie_anc_at_1200", tr("ANC exactly 1200/µL"), &core::HematotoxTies::ancAt1200},
        {"tie_hemoglobin_at_9", tr("Hemoglobin exactly 9.0 g/dL"), &core::HematotoxTies::hemoglobinAt9},
        {"tie_crp_at_3", tr("CRP exactly 3.0 mg/dL (30 mg/L)"), &core::HematotoxTies::crpAt3},
        {"tie_ferritin_at_650", tr("Ferritin exactly 650 ng/mL"), &core::HematotoxTies::ferritinAt650},
        {"tie_ferritin_at_2000", tr("Ferritin exactly 2000 ng/mL"), &core::HematotoxTies::ferritinAt2000},
    };
    for (const Row& r : rows) {
        auto* combo = new QComboBox(ht);
        combo->setObjectName(QString::fromLatin1(r.name));
        combo->addItem(tr("as the higher-risk side (more points)"), int(core::TieBin::HigherRisk));
        combo->addItem(tr("as the lower-risk side (fewer points)"), int(core::TieBin::LowerRisk));
        hf->addRow(r.label, combo);
        m_ties << Tie{r.member, combo};
    }
    layout->addWidget(ht);
    layout->addStretch(1);
    setOptions({});
}

void GradingConventionsEditor::setOptions(const core::GradingOptions& options)
{
    m_vasopressin->setCurrentIndex(qMax(0, m_vasopressin->findData(options.vasopressinAloneGrade)));
    m_inotropes->setChecked(options.countInotropesAsVasopressors);
    for (const Tie& t : std::as_const(m_ties))
        t.combo->setCurrentIndex(qMax(0, t.combo->findData(int(options.hematotoxTies.*(t.member)))));
}

core::GradingOptions GradingConventionsEditor::options() const
{
    core::GradingOptions o;
    o.vasopressinAloneGrade = m_vasopressin->currentData().toInt();
    o.countInotropesAsVasopressors = m_inotropes->isChecked();
    for (const Tie& t : m_ties)
        o.hematotoxTies.*(t.member) = core::TieBin(t.combo->currentData().toInt());
    return o;
}

} // namespace cb::gui
