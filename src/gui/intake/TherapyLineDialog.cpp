#include "gui/intake/TherapyLineDialog.h"

#include "core/IntakeRules.h"
#include "core/intake/DrugVocabulary.h"
#include "core/intake/Refractoriness.h"
#include "gui/intake/PartialDateEdit.h"
#include "services/IntakeCatalog.h"
#include "services/IntakeService.h"
#include "services/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cb::gui {

namespace {

enum DrugColumn { DrugName, DrugClass, DrugRefractory, DrugColumns };

QString reasonLabel(const QString& id)
{
    if (id == QLatin1String("progression"))
        return TherapyLineDialog::tr("Progression");
    if (id == QLatin1String("toxicity"))
        return TherapyLineDialog::tr("Toxicity");
    if (id == QLatin1String("completed"))
        return TherapyLineDialog::tr("Completed as planned");
    if (id == QLatin1String("patient_choice"))
        return TherapyLineDialog::tr("Patient's choice");
    if (id == QLatin1String("other"))
        return TherapyLineDialog::tr("Other");
    return TherapyLineDialog::tr("Unknown");
}

QString intentLabel(const QString& id)
{
    if (id == QLatin1String("induction"))
        return TherapyLineDialog::tr("Induction");
    if (id == QLatin1String("consolidation"))
        return TherapyLineDialog::tr("Consolidation");
    if (id == QLatin1String("maintenance"))
        return TherapyLineDialog::tr("Maintenance");
    if (id == QLatin1String("salvage"))
        return TherapyLineDialog::tr("Salvage");
    if (id == QLatin1String("bridging"))
        return TherapyLineDialog::tr("Bridging");
    return TherapyLineDialog::tr("Unknown");
}

} // namespace

TherapyLineDialog::TherapyLineDialog(services::Workspace& ws, const core::UserIdentity& user,
                                     const core::CaseRecord& record, const core::TherapyLine* original,
                                     QWidget* parent)
    : RecordDialog(parent), m_ws(ws), m_user(user), m_caseId(record.id)
{
    setObjectName(QStringLiteral("therapyLineDialog"));
    setWindowTitle(original ? tr("Correct a therapy line") : tr("Add a therapy line"));
    const core::DrugVocabulary& vocab = services::IntakeCatalog::drugs();
    const QDate today = m_ws.clock().todayUtc();

    m_number = new QSpinBox(this);
    m_number->setObjectName(QStringLiteral("lineNumberSpin"));
    m_number->setRange(1, 30);
    int next = 1;
    for (const auto& l : record.therapyLines)
        next = qMax(next, l.lineNumber + 1);
    m_number->setValue(qMin(next, 30));
    form()->addRow(tr("Line &number: *"), m_number);

    m_regimen = new QComboBox(this);
    m_regimen->setObjectName(QStringLiteral("regimenCombo"));
    m_regimen->setEditable(true);
    m_regimen->setInsertPolicy(QComboBox::NoInsert);
    m_regimen->addItem(QString());
    for (const auto& r : vocab.regimens())
        m_regimen->addItem(r.name);
    m_regimen->lineEdit()->setMaxLength(300);
    m_regimen->lineEdit()->setPlaceholderText(tr("e.g. VRd, R-CHOP — a known regimen fills its drugs"));
    form()->addRow(tr("&Regimen: *"), m_regimen);

    m_drugs = new QTableWidget(0, DrugColumns, this);
    m_drugs->setObjectName(QStringLiteral("drugsTable"));
    m_drugs->setHorizontalHeaderLabels({tr("Drug"), tr("Class"), tr("Refractory")});
    m_drugs->horizontalHeader()->setSectionResizeMode(DrugName, QHeaderView::Stretch);
    m_drugs->horizontalHeader()->setSectionResizeMode(DrugClass, QHeaderView::Stretch);
    m_drugs->horizontalHeader()->setSectionResizeMode(DrugRefractory, QHeaderView::ResizeToContents);
    m_drugs->verticalHeader()->hide();
    m_drugs->setMinimumHeight(130);
    auto* addDrug = new QPushButton(tr("Add &drug"), this);
    addDrug->setObjectName(QStringLiteral("addDrugButton"));
    addDrug->setAutoDefault(false);
    auto* removeDrug = new QPushButton(tr("Remo&ve drug"), this);
    removeDrug->setObjectName(QStringLiteral("removeDrugButton"));
    removeDrug->setAutoDefault(false);
    auto* drugButtons = new QHBoxLayout;
    drugButtons->addWidget(addDrug);
    drugButtons->addWidget(removeDrug);
    drugButtons->addStretch(1);
    auto* drugBox = new QVBoxLayout;
    drugBox->addWidget(m_drugs);
    drugBox->addLayout(drugButtons);
    form()->addRow(tr("Drugs:"), drugBox);

    m_start = new PartialDateEdit(this);
    m_start->setObjectName(QStringLiteral("startDateEdit"));
    m_start->setRequired(true);
    m_start->setLatest(today);
    m_stop = new PartialDateEdit(this);
    m_stop->setObjectName(QStringLiteral("stopDateEdit"));
    m_stop->setLatest(today);
    m_ongoing = new QCheckBox(tr("still &receiving"), this);
    m_ongoing->setObjectName(QStringLiteral("ongoingCheck"));
    auto* stopRow = new QHBoxLayout;
    stopRow->addWidget(m_stop, 1);
    stopRow->addWidget(m_ongoing);
    form()->addRow(tr("&Start: *"), m_start);
    form()->addRow(tr("Sto&p:"), stopRow);

    m_reasonStopped = new QComboBox(this);
    m_reasonStopped->setObjectName(QStringLiteral("reasonStoppedCombo"));
    m_reasonStopped->addItem(tr("— choose —"), QString());
    for (const QString& r : core::IntakeRules::reasonsStopped())
        m_reasonStopped->addItem(reasonLabel(r), r);
    form()->addRow(tr("Reason s&topped:"), m_reasonStopped);

    m_scheme = new QComboBox(this);
    m_scheme->setObjectName(QStringLiteral("responseSchemeCombo"));
    m_scheme->addItem(QStringLiteral("IMWG"), QStringLiteral("imwg"));
    m_scheme->addItem(QStringLiteral("Lugano"), QStringLiteral("lugano"));
    m_scheme->addItem(tr("ALL"), QStringLiteral("all"));
    m_scheme->setCurrentIndex(record.indication == core::Indication::MultipleMyeloma ? 0
                              : record.indication == core::Indication::BAll          ? 2
                                                                                     : 1);
    m_response = new QComboBox(this);
    m_response->setObjectName(QStringLiteral("bestResponseCombo"));
    auto* responseRow = new QHBoxLayout;
    responseRow->addWidget(m_scheme);
    responseRow->addWidget(m_response, 1);
    form()->addRow(tr("Best res&ponse:"), responseRow);

    m_intent = new QComboBox(this);
    m_intent->setObjectName(QStringLiteral("intentCombo"));
    m_intent->addItem(tr("— choose —"), QString());
    for (const QString& i : core::IntakeRules::intents())
        m_intent->addItem(intentLabel(i), i);
    form()->addRow(tr("&Intent:"), m_intent);

    m_progression = new PartialDateEdit(this);
    m_progression->setObjectName(QStringLiteral("progressionDateEdit"));
    m_progression->setLatest(today);
    auto* propose = new QPushButton(tr("Propose re&fractoriness"), this);
    propose->setObjectName(QStringLiteral("proposeRefractoryButton"));
    propose->setAutoDefault(false);
    auto* progRow = new QHBoxLayout;
    progRow->addWidget(m_progression, 1);
    progRow->addWidget(propose);
    form()->addRow(tr("Pro&gression date:"), progRow);
    m_proposal = new QLabel(this);
    m_proposal->setObjectName(QStringLiteral("proposalLabel"));
    m_proposal->setWordWrap(true);
    form()->addRow(QString(), m_proposal);

    if (original) {
        m_originalId = original->id;
        m_reason = new QLineEdit(this);
        m_reason->setObjectName(QStringLiteral("correctionReasonEdit"));
        m_reason->setMaxLength(2000);
        form()->addRow(tr("Reason for the correction: *"), m_reason);
        watch(m_reason);
    }

    connect(m_scheme, &QComboBox::currentIndexChanged, this, &TherapyLineDialog::schemeChanged);
    connect(m_regimen, &QComboBox::activated, this, &TherapyLineDialog::regimenChosen);
    connect(m_regimen->lineEdit(), &QLineEdit::editingFinished, this, &TherapyLineDialog::regimenChosen);
    connect(addDrug, &QPushButton::clicked, this, [this] {
        addDrugRow({});
        markDirty();
    });
    connect(removeDrug, &QPushButton::clicked, this, [this] {
        if (m_drugs->currentRow() >= 0) {
            m_drugs->removeRow(m_drugs->currentRow());
            markDirty();
        }
    });
    connect(m_ongoing, &QCheckBox::toggled, m_stop, [this](bool on) {
        m_stop->setEnabled(!on);
        if (on)
            m_stop->clear();
    });
    connect(propose, &QPushButton::clicked, this, &TherapyLineDialog::proposeRefractoriness);
    for (PartialDateEdit* e : {m_start, m_stop, m_progression})
        connect(e, &PartialDateEdit::problemChanged, this, &RecordDialog::setProblem);
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_number, m_regimen, m_start, m_stop, m_ongoing, m_reasonStopped,
                                         m_scheme, m_response, m_intent, m_progression})
        watch(w);
    schemeChanged();

    if (original) {
        m_number->setValue(original->lineNumber);
        m_regimen->setEditText(original->regimen);
        for (const auto& d : original->drugs)
            addDrugRow(d);
        m_start->setDate(original->startDate);
        m_stop->setDate(original->endDate);
        m_ongoing->setChecked(original->ongoing);
        m_reasonStopped->setCurrentIndex(qMax(0, m_reasonStopped->findData(original->reasonStopped)));
        if (!original->responseScheme.isEmpty())
            m_scheme->setCurrentIndex(qMax(0, m_scheme->findData(original->responseScheme)));
        m_response->setCurrentIndex(qMax(0, m_response->findData(original->bestResponse)));
        m_intent->setCurrentIndex(qMax(0, m_intent->findData(original->intent)));
        m_progression->setDate(original->progressionDate);
    }
    markClean();
    resize(680, 720);
    fitToScreen();
}

void TherapyLineDialog::addDrugRow(const core::LineDrug& drug)
{
    const core::DrugVocabulary& vocab = services::IntakeCatalog::drugs();
    const int row = m_drugs->rowCount();
    m_drugs->insertRow(row);
    auto* name = new QComboBox(m_drugs);
    name->setObjectName(QStringLiteral("drugNameCombo%1").arg(row));
    name->setEditable(true);
    name->setInsertPolicy(QComboBox::NoInsert);
    name->addItem(QString());
    for (const auto& d : vocab.drugs())
        name->addItem(d.label(), d.id);
    auto* cls = new QComboBox(m_drugs);
    cls->setObjectName(QStringLiteral("drugClassCombo%1").arg(row));
    cls->addItem(tr("— class —"), QString());
    for (const auto& c : vocab.classes())
        cls->addItem(c.label(), c.id);
    auto* refr = new QComboBox(m_drugs);
    refr->setObjectName(QStringLiteral("drugRefractoryCombo%1").arg(row));
    refr->addItem(tr("not known"), QString());
    refr->addItem(tr("refractory"), QStringLiteral("yes"));
    refr->addItem(tr("not refractory"), QStringLiteral("no"));
    m_drugs->setCellWidget(row, DrugName, name);
    m_drugs->setCellWidget(row, DrugClass, cls);
    m_drugs->setCellWidget(row, DrugRefractory, refr);
    const auto syncClass = [name, cls, &vocab] {
        const auto* d = vocab.findDrug(
            name->currentData().toString().isEmpty() ? name->currentText() : name->currentData().toString());
        if (d)
            cls->setCurrentIndex(qMax(0, cls->findData(d->classId)));
    };
    connect(name, &QComboBox::currentIndexChanged, this, syncClass);
    connect(name->lineEdit(), &QLineEdit::editingFinished, this, syncClass);
    if (!drug.name.isEmpty()) {
        const int i = name->findData(drug.name);
        if (i >= 0)
            name->setCurrentIndex(i);
        else
            name->setEditText(drug.name);
        cls->setCurrentIndex(qMax(0, cls->findData(drug.drugClass)));
    }
    if (drug.refractory)
        refr->setCurrentIndex(*drug.refractory ? 1 : 2);
    for (QWidget* w : std::initializer_list<QWidget*>{name, cls, refr})
        watch(w);
}

void TherapyLineDialog::regimenChosen()
{
    if (m_drugs->rowCount() > 0)
        return; // drugs already chosen: a regimen name does not overwrite them
    const auto drugs = services::IntakeCatalog::drugs().expandRegimen(m_regimen->currentText());
    for (const auto& d : drugs)
        addDrugRow(d);
}

void TherapyLineDialog::schemeChanged()
{
    const QString keep = m_response->currentData().toString();
    m_response->clear();
    m_response->addItem(tr("— choose —"), QString());
    for (const QString& r : core::IntakeRules::responses(m_scheme->currentData().toString()))
        m_response->addItem(r == QLatin1String("unknown")
                                ? tr("Unknown")
                                : QString(r).replace(QLatin1Char('_'), QLatin1Char(' ')),
                            r);
    m_response->setCurrentIndex(qMax(0, m_response->findData(keep)));
}

core::TherapyLine TherapyLineDialog::line() const
{
    core::TherapyLine l;
    l.lineNumber = m_number->value();
    l.regimen = m_regimen->currentText().trimmed();
    for (int row = 0; row < m_drugs->rowCount(); ++row) {
        auto* name = qobject_cast<QComboBox*>(m_drugs->cellWidget(row, DrugName));
        auto* cls = qobject_cast<QComboBox*>(m_drugs->cellWidget(row, DrugClass));
        auto* refr = qobject_cast<QComboBox*>(m_drugs->cellWidget(row, DrugRefractory));
        core::LineDrug d;
        d.name = name->currentData().toString();
        if (d.name.isEmpty() || name->currentText() != name->itemText(name->currentIndex()))
            d.name = name->currentText().trimmed();
        if (d.name.isEmpty())
            continue;
        d.drugClass = cls->currentData().toString();
        const QString r = refr->currentData().toString();
        if (!r.isEmpty())
            d.refractory = r == QLatin1String("yes");
        l.drugs << d;
    }
    l.startDate = m_start->date().value_or(core::PartialDate());
    l.endDate = m_stop->date().value_or(core::PartialDate());
    l.ongoing = m_ongoing->isChecked();
    l.reasonStopped = m_reasonStopped->currentData().toString();
    l.responseScheme = m_scheme->currentData().toString();
    l.bestResponse = m_response->currentData().toString();
    l.intent = m_intent->currentData().toString();
    l.progressionDate = m_progression->date().value_or(core::PartialDate());
    return l;
}

void TherapyLineDialog::proposeRefractoriness()
{
    const core::TherapyLine l = line();
    m_proposal->setText(core::proposalReason(l));
    const auto proposed = core::withProposedRefractoriness(l);
    int i = 0;
    for (int row = 0; row < m_drugs->rowCount() && i < proposed.size(); ++row) {
        auto* name = qobject_cast<QComboBox*>(m_drugs->cellWidget(row, DrugName));
        if (name->currentText().trimmed().isEmpty())
            continue;
        auto* refr = qobject_cast<QComboBox*>(m_drugs->cellWidget(row, DrugRefractory));
        if (refr->currentData().toString().isEmpty() && proposed.at(i).refractory)
            refr->setCurrentIndex(*proposed.at(i).refractory ? 1 : 2);
        ++i;
    }
    markDirty();
}

QString TherapyLineDialog::save()
{
    for (PartialDateEdit* e : {m_start, m_stop, m_progression})
        if (const QString why = e->problem(); !why.isEmpty())
            return why;
    const core::TherapyLine l = line();
    if (m_originalId) {
        const QString reason = m_reason->text().trimmed();
        if (reason.isEmpty())
            return tr("Give the reason for the correction.");
        auto id = m_ws.intake().correctTherapyLine(m_user, m_caseId, m_originalId, l, reason);
        if (!id.ok())
            return id.error().message;
        m_savedId = *id;
        return {};
    }
    auto id = m_ws.intake().addTherapyLine(m_user, m_caseId, l);
    if (!id.ok())
        return id.error().message;
    m_savedId = *id;
    return {};
}

} // namespace cb::gui
