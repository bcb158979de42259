#include "gui/intake/HistoryDialog.h"

#include "gui/intake/PartialDateEdit.h"
#include "services/IntakeService.h"
#include "services/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace cb::gui {

QComboBox* HistoryDialog::choice(const QString& objectName, const QList<std::pair<QString, QString>>& items,
                                 const QString& current)
{
    auto* c = new QComboBox(this);
    c->setObjectName(objectName);
    c->addItem(tr("not recorded"), QString());
    for (const auto& [id, label] : items)
        c->addItem(label, id);
    c->setCurrentIndex(qMax(0, c->findData(current)));
    watch(c);
    return c;
}

HistoryDialog::HistoryDialog(services::Workspace& ws, const core::UserIdentity& user,
                             const core::CaseRecord& record, QWidget* parent)
    : RecordDialog(parent), m_ws(ws), m_user(user), m_caseId(record.id), m_base(record.history)
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("Disease history"));
    const core::DiseaseHistory& h = record.history;
    const QString unknown = tr("Unknown");
    m_diagnosis = new QLineEdit(h.diagnosis, this);
    m_diagnosis->setObjectName(QStringLiteral("diagnosisEdit"));
    m_diagnosis->setMaxLength(1000);
    form()->addRow(tr("&Diagnosis:"), m_diagnosis);
    m_diagnosisDate = new PartialDateEdit(this);
    m_diagnosisDate->setObjectName(QStringLiteral("diagnosisDateEdit"));
    m_diagnosisDate->setLatest(m_ws.clock().todayUtc());
    m_diagnosisDate->setDate(h.diagnosisDate);
    m_diagnosisDate->setToolTip(tr("The date of the first pathological diagnosis (sample collection)."));
    form()->addRow(tr("Diagnosis da&te:"), m_diagnosisDate);

    const QList<std::pair<QString, QString>> stages{{QStringLiteral("I"), QStringLiteral("I")},
                                                    {QStringLiteral("II"), QStringLiteral("II")},
                                                    {QStringLiteral("III"), QStringLiteral("III")},
                                                    {QStringLiteral("unknown"), unknown}};
    const QList<std::pair<QString, QString>> yesNo{{QStringLiteral("yes"), tr("Yes")},
                                                   {QStringLiteral("no"), tr("No")},
                                                   {QStringLiteral("unknown"), unknown}};
    const auto ind = record.indication;
    const bool myeloma = ind == core::Indication::MultipleMyeloma;
    const bool all = ind == core::Indication::BAll;
    m_iss = choice(QStringLiteral("issCombo"), stages, h.staging.iss);
    m_riss = choice(QStringLiteral("rissCombo"), stages, h.staging.riss);
    m_annArbor = choice(QStringLiteral("annArborCombo"),
                        {{QStringLiteral("I"), QStringLiteral("I")},
                         {QStringLiteral("II"), QStringLiteral("II")},
                         {QStringLiteral("III"), QStringLiteral("III")},
                         {QStringLiteral("IV"), QStringLiteral("IV")},
                         {QStringLiteral("unknown"), unknown}},
                        h.staging.annArbor);
    m_bulky = choice(QStringLiteral("bulkyCombo"), yesNo, h.staging.bulky);
    m_cnsStatus = choice(QStringLiteral("cnsStatusCombo"),
                         {{QStringLiteral("cns1"), QStringLiteral("CNS1")},
                          {QStringLiteral("cns2"), QStringLiteral("CNS2")},
                          {QStringLiteral("cns3"), QStringLiteral("CNS3")},
                          {QStringLiteral("unknown"), unknown}},
                         h.staging.cnsStatus);
    m_ph = choice(QStringLiteral("phCombo"),
                  {{QStringLiteral("positive"), tr("Ph-positive")},
                   {QStringLiteral("negative"), tr("Ph-negative")},
                   {QStringLiteral("unknown"), unknown}},
                  h.staging.phStatus);
    if (myeloma) {
        form()->addRow(QStringLiteral("&ISS:"), m_iss);
        form()->addRow(QStringLiteral("&R-ISS:"), m_riss);
    } else if (all) {
        form()->addRow(tr("CNS &status:"), m_cnsStatus);
        form()->addRow(tr("&Ph status:"), m_ph);
    } else {
        form()->addRow(tr("&Ann Arbor / Lugano stage:"), m_annArbor);
        form()->addRow(tr("&Bulky disease:"), m_bulky);
    }
    for (QComboBox* c : {m_iss, m_riss, m_annArbor, m_bulky, m_cnsStatus, m_ph})
        c->setVisible(c->parentWidget() && form()->indexOf(c) >= 0);
    m_stagingText = new QLineEdit(h.staging.text, this);
    m_stagingText->setObjectName(QStringLiteral("stagingTextEdit"));
    m_stagingText->setMaxLength(1000);
    form()->addRow(tr("Staging &note:"), m_stagingText);

    auto* markers = new QGridLayout;
    const QList<std::pair<QString, QString>> markerLabels{
        {QStringLiteral("del17p"), QStringLiteral("del(17p)")},
        {QStringLiteral("t4_14"), QStringLiteral("t(4;14)")},
        {QStringLiteral("t14_16"), QStringLiteral("t(14;16)")},
        {QStringLiteral("gain1q"), tr("gain/amp(1q)")},
        {QStringLiteral("tp53"), tr("TP53 mutation")},
        {QStringLiteral("none"), tr("none of these")},
        {QStringLiteral("unknown"), tr("not tested / unknown")}};
    int i = 0;
    for (const auto& [id, label] : markerLabels) {
        auto* box = new QCheckBox(label, this);
        box->setObjectName(QStringLiteral("marker_") + id);
        box->setChecked(h.cytogenetics.contains(id));
        markers->addWidget(box, i / 4, i % 4);
        m_markers.insert(id, box);
        watch(box);
        ++i;
    }
    form()->addRow(tr("Cytogenetic risk:"), markers);
    m_cytoNote = new QPlainTextEdit(h.cytogeneticsNote, this);
    m_cytoNote->setObjectName(QStringLiteral("cytogeneticsNoteEdit"));
    m_cytoNote->setTabChangesFocus(true);
    m_cytoNote->setMaximumHeight(70);
    watch(m_cytoNote);
    form()->addRow(tr("Cytogenetics &note:"), m_cytoNote);

    m_emd = choice(QStringLiteral("extramedullaryCombo"), yesNo, h.extramedullary);
    m_emdSites = new QLineEdit(h.extramedullarySites, this);
    m_emdSites->setObjectName(QStringLiteral("extramedullarySitesEdit"));
    m_emdSites->setMaxLength(1000);
    m_emdSites->setPlaceholderText(tr("Sites"));
    auto* emdRow = new QHBoxLayout;
    emdRow->addWidget(m_emd);
    emdRow->addWidget(m_emdSites, 1);
    form()->addRow(tr("&Extramedullary disease:"), emdRow);
    m_cns = choice(QStringLiteral("cnsCombo"),
                   {{QStringLiteral("none"), tr("None")},
                    {QStringLiteral("treated"), tr("Treated, in remission")},
                    {QStringLiteral("active"), tr("Active")},
                    {QStringLiteral("unknown"), unknown}},
                   h.cnsDisease);
    form()->addRow(tr("&CNS involvement:"), m_cns);
    m_antigen = choice(QStringLiteral("antigenCombo"),
                       {{QStringLiteral("cd19"), QStringLiteral("CD19")},
                        {QStringLiteral("bcma"), QStringLiteral("BCMA")},
                        {QStringLiteral("cd22"), QStringLiteral("CD22")},
                        {QStringLiteral("gprc5d"), QStringLiteral("GPRC5D")},
                        {QStringLiteral("cd20"), QStringLiteral("CD20")}},
                       h.targetAntigen);
    m_antigenStatus = choice(QStringLiteral("antigenStatusCombo"),
                             {{QStringLiteral("positive"), tr("Positive")},
                              {QStringLiteral("negative"), tr("Negative")},
                              {QStringLiteral("not_tested"), tr("Not tested")},
                              {QStringLiteral("unknown"), unknown}},
                             h.targetAntigenStatus);
    m_antigenDate = new PartialDateEdit(this);
    m_antigenDate->setObjectName(QStringLiteral("antigenDateEdit"));
    m_antigenDate->setLatest(m_ws.clock().todayUtc());
    m_antigenDate->setDate(h.targetAntigenDate);
    m_antigenMethod = new QLineEdit(h.targetAntigenMethod, this);
    m_antigenMethod->setObjectName(QStringLiteral("antigenMethodEdit"));
    m_antigenMethod->setMaxLength(200);
    m_antigenMethod->setPlaceholderText(tr("Method, e.g. IHC, flow cytometry"));
    auto* antigenRow = new QHBoxLayout;
    antigenRow->addWidget(m_antigen);
    antigenRow->addWidget(m_antigenStatus);
    antigenRow->addWidget(m_antigenDate, 1);
    form()->addRow(tr("&Target antigen after the last line:"), antigenRow);
    form()->addRow(QString(), m_antigenMethod);
    for (QWidget* w : std::initializer_list<QWidget*>{m_diagnosis, m_diagnosisDate, m_stagingText, m_emdSites,
                                                      m_antigenDate, m_antigenMethod})
        watch(w);
    for (PartialDateEdit* e : {m_diagnosisDate, m_antigenDate})
        connect(e, &PartialDateEdit::problemChanged, this, &RecordDialog::setProblem);
    markClean();
    resize(720, 640);
    fitToScreen();
}

QString HistoryDialog::save()
{
    for (PartialDateEdit* e : {m_diagnosisDate, m_antigenDate})
        if (const QString why = e->problem(); !why.isEmpty())
            return why;
    core::DiseaseHistory h = m_base;
    h.diagnosis = m_diagnosis->text().trimmed();
    h.diagnosisDate = *m_diagnosisDate->date();
    h.staging.iss = m_iss->currentData().toString();
    h.staging.riss = m_riss->currentData().toString();
    h.staging.annArbor = m_annArbor->currentData().toString();
    h.staging.bulky = m_bulky->currentData().toString();
    h.staging.cnsStatus = m_cnsStatus->currentData().toString();
    h.staging.phStatus = m_ph->currentData().toString();
    h.staging.text = m_stagingText->text().trimmed();
    h.cytogenetics.clear();
    for (auto it = m_markers.cbegin(); it != m_markers.cend(); ++it)
        if (it.value()->isChecked())
            h.cytogenetics << it.key();
    h.cytogeneticsNote = m_cytoNote->toPlainText().trimmed();
    h.extramedullary = m_emd->currentData().toString();
    h.extramedullarySites = m_emdSites->text().trimmed();
    h.cnsDisease = m_cns->currentData().toString();
    h.targetAntigen = m_antigen->currentData().toString();
    h.targetAntigenStatus = m_antigenStatus->currentData().toString();
    h.targetAntigenDate = *m_antigenDate->date();
    h.targetAntigenMethod = m_antigenMethod->text().trimmed();
    if (auto st = m_ws.intake().setHistory(m_user, m_caseId, h); !st.ok())
        return st.error().message;
    return {};
}

} // namespace cb::gui
