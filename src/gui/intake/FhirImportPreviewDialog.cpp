#include "gui/intake/FhirImportPreviewDialog.h"

#include "core/Vocabulary.h"
#include "gui/widgets/ScreenFit.h"
#include "presentation/ClinicalLabels.h"
#include "services/IntakeCatalog.h"
#include "services/Workspace.h"
#include "ui_FhirImportPreviewDialog.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>

namespace cb::gui {

namespace {

constexpr qint64 kLargestFile = 64 * 1024 * 1024;

enum Column { ItemColumn, ValueColumn, DateColumn, FromColumn };

QString birthText(const core::Patient& p)
{
    return p.birth.isNull() ? p.birthDate.toString(Qt::ISODate) : p.birth.toString();
}

QString identifiersText(const QList<core::PatientIdentifier>& ids)
{
    QStringList out;
    for (const auto& i : ids)
        out << QStringLiteral("%1 %2 %3").arg(i.authority, i.type, i.value);
    return out.join(QStringLiteral("; "));
}

// A FHIR date or date-time as the board reads it: the day, with the time of day where there is one.
QString dateText(const QString& fhir)
{
    if (fhir.size() <= 10)
        return fhir;
    const QDateTime t = QDateTime::fromString(fhir, Qt::ISODateWithMs);
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : fhir;
}

QString partialText(const core::PartialDate& d)
{
    return d.isNull() ? QString() : d.toString();
}

// "Observation/fad7bc5a…" for a reference with a UUID (the whole reference in the tooltip).
QString shortReference(const QString& reference)
{
    const qsizetype slash = reference.indexOf(QLatin1Char('/'));
    if (slash < 0 || reference.size() - slash <= 14)
        return reference;
    return reference.left(slash + 9) + QChar(0x2026);
}

QString drugText(const QString& name)
{
    const core::DrugEntry* drug = services::IntakeCatalog::drugs().findDrug(name);
    return drug ? drug->label() : name;
}

} // namespace

FhirImportPreviewDialog::FhirImportPreviewDialog(services::Workspace& ws, const core::UserIdentity& user,
                                                 const QString& file, QWidget* parent)
    : QDialog(parent), m_ws(ws), m_user(user), m_ui(std::make_unique<Ui::FhirImportPreviewDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("fhirImportPreviewDialog"));
    m_fileName = QFileInfo(file).fileName();
    setWindowTitle(tr("Import referral — %1").arg(m_fileName));
    m_ui->problemLabel->setObjectName(QStringLiteral("importProblemLabel"));
    m_ui->problemLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_ui->problemLabel->hide();
    m_ui->urgencyCombo->addItem(tr("— choose —"), QString()); // the referrer says how urgent
    m_ui->urgencyCombo->addItem(tr("Routine"), QStringLiteral("routine"));
    m_ui->urgencyCombo->addItem(tr("Urgent"), QStringLiteral("urgent"));
    m_ui->urgencyCombo->addItem(tr("Emergency"), QStringLiteral("emergency"));
    const QDate today = m_ws.clock().todayUtc();
    m_ui->referralDateEdit->setMaximumDate(today);
    m_ui->referralDateEdit->setDate(today);
    m_ui->referrerEdit->setPlaceholderText(tr("Who referred the patient"));
    m_ui->itemsTree->setColumnCount(4);
    m_ui->itemsTree->header()->setStretchLastSection(false);
    m_ui->itemsTree->header()->setSectionResizeMode(ItemColumn, QHeaderView::Stretch);
    m_ui->itemsTree->header()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_ui->itemsTree->header()->setSectionResizeMode(DateColumn, QHeaderView::ResizeToContents);
    m_ui->itemsTree->header()->setSectionResizeMode(FromColumn, QHeaderView::ResizeToContents);
    m_ui->itemsTree->setAccessibleName(tr("What the import creates or attaches"));
    m_ui->warningsList->setAccessibleName(tr("Warnings"));

    QPushButton* import = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    import->setText(tr("&Import"));
    import->setObjectName(QStringLiteral("importButton"));
    import->setAutoDefault(false);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &FhirImportPreviewDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &FhirImportPreviewDialog::reject);
    connect(m_ui->referrerEdit, &QLineEdit::textChanged, this, &FhirImportPreviewDialog::updateImportButton);
    connect(m_ui->urgencyCombo, &QComboBox::currentIndexChanged, this,
            &FhirImportPreviewDialog::updateImportButton);

    load(file);
    resizeWithinScreen(this, hasPlan() ? QSize(940, 680) : QSize(640, 240));
}

FhirImportPreviewDialog::~FhirImportPreviewDialog() = default;

QString FhirImportPreviewDialog::problem() const
{
    return m_ui->problemLabel->isHidden() ? QString() : m_ui->problemLabel->text();
}

services::FhirImportOptions FhirImportPreviewDialog::options(bool preview) const
{
    services::FhirImportOptions o;
    o.referrerLater = preview;
    if (!preview) {
        o.referrer = m_ui->referrerEdit->text().trimmed();
        o.institution = m_ui->institutionEdit->text().trimmed();
        o.urgency = m_ui->urgencyCombo->currentData().toString();
        o.referralDate = m_ui->referralDateEdit->date();
    }
    return o;
}

void FhirImportPreviewDialog::load(const QString& file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return showProblem(tr("Cannot read %1: %2").arg(m_fileName, f.errorString()));
    if (f.size() > kLargestFile)
        return showProblem(tr("%1 is larger than 64 MB.").arg(m_fileName));
    m_json = f.readAll();
    services::FhirImportService importer(m_ws.database(), m_ws.clock(), m_ws.intake());
    auto plan = importer.plan(m_user, m_json, options(true));
    if (!plan.ok())
        return showProblem(
            tr("%1 cannot be imported, nothing was written: %2").arg(m_fileName, plan.error().message));
    m_plan = std::move(plan).value();
    showPlan();
}

void FhirImportPreviewDialog::showProblem(const QString& problem)
{
    m_ui->problemLabel->setText(problem);
    m_ui->problemLabel->show();
    if (!m_plan) {
        m_ui->provenanceLabel->setText(tr("File: %1").arg(m_fileName));
        for (QWidget* w :
             std::initializer_list<QWidget*>{m_ui->patientBox, m_ui->referralBox, m_ui->itemsCaption,
                                             m_ui->itemsTree, m_ui->warningsCaption, m_ui->warningsList})
            w->hide();
    }
    updateImportButton();
}

QTreeWidgetItem* FhirImportPreviewDialog::group(const QString& title, int count)
{
    auto* item = new QTreeWidgetItem(m_ui->itemsTree);
    item->setText(ItemColumn, count < 0 ? title : QStringLiteral("%1 (%2)").arg(title).arg(count));
    QFont bold = item->font(ItemColumn);
    bold.setBold(true);
    item->setFont(ItemColumn, bold);
    item->setFirstColumnSpanned(count == 0);
    return item;
}

void FhirImportPreviewDialog::showPlan()
{
    const services::FhirImportPlan& p = *m_plan;
    const core::FhirReferral& r = p.referral;
    m_ui->provenanceLabel->setText(tr("File: %1 · FHIR bundle %2 (%3) · SHA-256 %4")
                                       .arg(m_fileName, r.bundleId, r.bundleType, p.fileSha256.left(16)));

    // the patient: matched by identifier, or new
    const core::Patient& patient = p.caseRecord.patient;
    QStringList lines;
    QString name = patient.displayName();
    if (!patient.nameZh.isEmpty())
        name += QStringLiteral(" (%1)").arg(patient.nameZh);
    if (p.attaches()) {
        m_ui->patientBox->setTitle(tr("Patient: already registered"));
        lines << tr("Patient %1: %2").arg(p.patientId).arg(name)
              << tr("%1 · born %2").arg(core::label(patient.sex), birthText(patient))
              << tr("Matched by identifier: the referral is added to this patient's record.");
        if (!p.newIdentifiers.isEmpty())
            lines << tr("Identifiers added: %1").arg(identifiersText(p.newIdentifiers));
    } else {
        m_ui->patientBox->setTitle(tr("Patient: new"));
        lines << tr("New patient: %1").arg(name)
              << tr("%1 · born %2").arg(core::label(patient.sex), birthText(patient))
              << tr("Identifiers: %1").arg(identifiersText(patient.identifiers));
    }
    lines << tr("From %1").arg(r.patientFrom.reference());
    m_ui->patientLabel->setText(lines.join(QLatin1Char('\n')));

    m_ui->referrerEdit->setText(p.caseRecord.referrerDetail.name);
    m_ui->institutionEdit->setText(p.caseRecord.referrerDetail.institution);

    m_ui->itemsTree->clear();
    // the disease: the primary cancer Condition and its stage
    QTreeWidgetItem* disease = group(tr("Referral and disease"), -1);
    auto add = [](QTreeWidgetItem* parent, const QString& item, const QString& value, const QString& date,
                  const QString& from) {
        auto* row = new QTreeWidgetItem(parent);
        row->setText(ItemColumn, item);
        row->setText(ValueColumn, value);
        row->setText(DateColumn, date);
        QStringList shortFrom;
        for (const QString& f : from.split(QStringLiteral(", "), Qt::SkipEmptyParts))
            shortFrom << shortReference(f);
        row->setText(FromColumn, shortFrom.join(QStringLiteral(", ")));
        row->setToolTip(FromColumn, from);
        row->setToolTip(ItemColumn, item);
        row->setToolTip(ValueColumn, value);
        return row;
    };
    QString indication = core::label(p.caseRecord.indication);
    if (!p.caseRecord.subtype.isEmpty())
        indication += QStringLiteral(" — ") + p.caseRecord.subtype;
    add(disease, tr("New case"), indication, QString(),
        r.hasCondition ? r.conditionFrom.reference() : QString());
    if (r.hasCondition) {
        const QString kept = p.writesHistory ? QString() : tr(" (the record's is kept)");
        add(disease, tr("Diagnosis") + kept, r.history.diagnosis, partialText(r.history.diagnosisDate),
            r.conditionFrom.reference());
        QString stage = core::stagingText(r.history.staging);
        if (stage.isEmpty())
            stage = r.stageSummary;
        if (!stage.isEmpty())
            add(disease, tr("Stage") + kept, stage, QString(), r.conditionFrom.reference());
    }

    QTreeWidgetItem* observations = group(tr("Observations"), int(p.observations.size()));
    for (const auto& o : p.observations) {
        QString unit = o.unit;
        if (unit.isEmpty())
            if (const auto* def = services::IntakeCatalog::observations().find(o.code))
                unit = def->unit;
        QString value = QLocale().toString(o.value, 'f', QLocale::FloatingPointShortest);
        if (!o.comparator.isEmpty())
            value = o.comparator + QLatin1Char(' ') + value;
        if (!unit.isEmpty())
            value += QLatin1Char(' ') + presentation::ClinicalLabels::unitLabel(unit);
        add(observations, presentation::ClinicalLabels::observationLabel(o.code), value, dateText(o.date),
            o.from.reference());
    }

    QTreeWidgetItem* therapy = group(tr("Prior therapy lines"), int(p.lines.size()));
    for (const auto& l : p.lines) {
        QStringList drugs;
        for (const auto& d : l.line.drugs)
            drugs << drugText(d.name);
        QStringList from;
        for (const auto& f : l.from)
            from << f.reference();
        QString dates = partialText(l.line.startDate);
        if (!l.line.endDate.isNull())
            dates += QStringLiteral(" – ") + partialText(l.line.endDate);
        else if (l.line.ongoing)
            dates += QStringLiteral(" – ") + tr("ongoing");
        add(therapy, tr("Line %1: %2").arg(l.line.lineNumber).arg(l.line.regimen),
            drugs.join(QStringLiteral(", ")), dates, from.join(QStringLiteral(", ")));
    }

    QTreeWidgetItem* procedures = group(tr("Transplants and procedures"), int(p.transplants.size()));
    for (const auto& t : p.transplants) {
        const QString kind = t.transplant.kind == QLatin1String("allogeneic") ? tr("Allogeneic transplant")
                                                                              : tr("Autologous transplant");
        add(procedures, kind, t.transplant.conditioning, partialText(t.transplant.date), t.from.reference());
    }

    QTreeWidgetItem* kept = group(tr("Kept as text (not coded in CellBoard)"), int(r.keptAsText.size()));
    for (const auto& k : r.keptAsText)
        add(kept, k.text, QString(), QString(), k.from.reference());

    m_ui->itemsTree->expandAll();

    m_ui->warningsList->clear();
    for (const QString& w : p.warnings)
        m_ui->warningsList->addItem(w);
    if (p.warnings.isEmpty())
        m_ui->warningsList->addItem(tr("No warnings."));
    m_ui->warningsCaption->setText(tr("Warnings (%1):").arg(p.warnings.size()));
    updateImportButton();
    m_ui->referrerEdit->setFocus();
}

void FhirImportPreviewDialog::updateImportButton()
{
    QPushButton* import = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    QString why;
    if (!m_plan)
        why = tr("The file cannot be imported.");
    else if (m_ui->referrerEdit->text().trimmed().isEmpty())
        why = tr("Name the referring clinician first.");
    else if (m_ui->urgencyCombo->currentData().toString().isEmpty())
        why = tr("Choose the urgency first.");
    import->setEnabled(why.isEmpty());
    import->setToolTip(why.isEmpty() ? tr("Register the referral with what is listed here") : why);
}

void FhirImportPreviewDialog::accept()
{
    if (!m_plan || m_caseId != 0)
        return;
    // planned again with the referral's fields: the database may have changed since the preview
    services::FhirImportService importer(m_ws.database(), m_ws.clock(), m_ws.intake());
    auto plan = importer.plan(m_user, m_json, options(false));
    if (!plan.ok())
        return showProblem(plan.error().message);
    auto done = importer.apply(m_user, *plan);
    if (!done.ok())
        return showProblem(done.error().message);
    m_caseId = done->caseId;
    emit imported(m_caseId);
    QDialog::accept();
}

} // namespace cb::gui
