#include "gui/intake/NewReferralDialog.h"

#include "core/IntakeRules.h"
#include "gui/intake/PartialDateEdit.h"
#include "services/IntakeService.h"
#include "services/SettingsService.h"
#include "services/Workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace cb::gui {

namespace {

QString required(const QString& caption)
{
    return caption + QStringLiteral(" *");
}

QString birthText(const core::Patient& p)
{
    return p.birth.isNull() ? p.birthDate.toString(Qt::ISODate) : p.birth.toString();
}

} // namespace

NewReferralDialog::NewReferralDialog(services::Workspace& ws, const core::UserIdentity& user, QWidget* parent)
    : RecordDialog(parent), m_ws(ws), m_user(user)
{
    setObjectName(QStringLiteral("newReferralDialog"));
    setWindowTitle(tr("New referral"));
    // the three parts scroll together on a small screen
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("referralScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    auto* column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(buildSearch());
    column->addWidget(buildPatient());
    column->addWidget(buildReferral());
    auto* note =
        new QLabel(tr("* required. Choose \"unknown\" where a value is not known; nothing is left blank "
                      "by accident."),
                   content);
    note->setWordWrap(true);
    column->addWidget(note);
    scroll->setWidget(content);
    body()->insertWidget(0, scroll, 1);
    buttons()->button(QDialogButtonBox::Save)->setText(tr("&Register referral"));
    buttons()->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("registerButton"));
    buttons()->button(QDialogButtonBox::Save)->setAutoDefault(false);
    resize(760, 860);
    fitToScreen();
    m_findIdentifier->setFocus();
}

QGroupBox* NewReferralDialog::buildSearch()
{
    auto* box = new QGroupBox(tr("1. Find the patient"), this);
    box->setObjectName(QStringLiteral("searchBox"));
    auto* grid = new QFormLayout(box);
    m_findIdentifier = new QLineEdit(box);
    m_findIdentifier->setObjectName(QStringLiteral("findIdentifierEdit"));
    m_findIdentifier->setPlaceholderText(tr("MRN or national number"));
    m_findIdentifier->setMaxLength(64);
    m_findName = new QLineEdit(box);
    m_findName->setObjectName(QStringLiteral("findNameEdit"));
    m_findName->setPlaceholderText(tr("Family or given name, Latin or Chinese"));
    m_findName->setMaxLength(100);
    m_findBirth = new PartialDateEdit(box);
    m_findBirth->setObjectName(QStringLiteral("findBirthEdit"));
    auto* searchButton = new QPushButton(tr("&Search"), box);
    searchButton->setObjectName(QStringLiteral("searchButton"));
    searchButton->setAutoDefault(false);
    auto* row = new QHBoxLayout;
    row->addWidget(m_findBirth, 1);
    row->addWidget(searchButton);
    grid->addRow(tr("&Identifier:"), m_findIdentifier);
    grid->addRow(tr("&Name:"), m_findName);
    grid->addRow(tr("&Birth date:"), row);
    m_hits = new QListWidget(box);
    m_hits->setObjectName(QStringLiteral("patientHitsList"));
    m_hits->setMinimumHeight(70);
    m_hits->setMaximumHeight(120);
    m_hits->setAccessibleName(tr("Patients found"));
    grid->addRow(tr("Found:"), m_hits);
    m_chosenLabel = new QLabel(tr("No patient chosen: a new patient will be registered."), box);
    m_chosenLabel->setObjectName(QStringLiteral("chosenPatientLabel"));
    m_chosenLabel->setWordWrap(true);
    m_chosenLabel->setTextFormat(Qt::RichText);
    connect(m_chosenLabel, &QLabel::linkActivated, this,
            [this](const QString& link) { emit openCaseRequested(link.toLongLong()); });
    m_newPatientButton = new QPushButton(tr("Register a &new patient instead"), box);
    m_newPatientButton->setObjectName(QStringLiteral("newPatientButton"));
    m_newPatientButton->setAutoDefault(false);
    m_newPatientButton->setVisible(false);
    grid->addRow(m_chosenLabel);
    grid->addRow(m_newPatientButton);
    connect(searchButton, &QPushButton::clicked, this, &NewReferralDialog::search);
    for (QLineEdit* e : {m_findIdentifier, m_findName, static_cast<QLineEdit*>(m_findBirth)})
        connect(e, &QLineEdit::returnPressed, this, &NewReferralDialog::search);
    connect(m_hits, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { choosePatient(m_hits->row(item)); });
    connect(m_hits, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem* item) { choosePatient(m_hits->row(item)); });
    connect(m_newPatientButton, &QPushButton::clicked, this, &NewReferralDialog::useNewPatient);
    return box;
}

QGroupBox* NewReferralDialog::buildPatient()
{
    m_patientBox = new QGroupBox(tr("2. The patient"), this);
    m_patientBox->setObjectName(QStringLiteral("patientBox"));
    auto* f = new QFormLayout(m_patientBox);
    f->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_authority = new QLineEdit(m_patientBox);
    m_authority->setObjectName(QStringLiteral("identifierAuthorityEdit"));
    m_authority->setText(QStringLiteral("local"));
    m_authority->setToolTip(
        tr("Who issued the identifier: the hospital's record-number namespace, a national "
           "health authority …"));
    m_authority->setMaxLength(64);
    m_idType = new QComboBox(m_patientBox);
    m_idType->setObjectName(QStringLiteral("identifierTypeCombo"));
    const QStringList typeLabels{tr("MR — medical record number"),    tr("NH — national health number"),
                                 tr("NI — national identity number"), tr("PPN — passport"),
                                 tr("PI — patient internal id"),      tr("Other")};
    for (int i = 0; i < core::IntakeRules::identifierTypes().size(); ++i)
        m_idType->addItem(typeLabels.value(i), core::IntakeRules::identifierTypes().at(i));
    m_idValue = new QLineEdit(m_patientBox);
    m_idValue->setObjectName(QStringLiteral("identifierValueEdit"));
    m_idValue->setMaxLength(64);
    auto* idRow = new QHBoxLayout;
    idRow->addWidget(m_authority, 2);
    idRow->addWidget(m_idType, 2);
    idRow->addWidget(m_idValue, 3);
    f->addRow(required(tr("Identifier (authority, type, value)")), idRow);
    m_family = new QLineEdit(m_patientBox);
    m_family->setObjectName(QStringLiteral("familyNameEdit"));
    m_family->setMaxLength(100);
    m_given = new QLineEdit(m_patientBox);
    m_given->setObjectName(QStringLiteral("givenNameEdit"));
    m_given->setMaxLength(100);
    m_nameZh = new QLineEdit(m_patientBox);
    m_nameZh->setObjectName(QStringLiteral("chineseNameEdit"));
    m_nameZh->setMaxLength(100);
    f->addRow(required(tr("&Family name:")), m_family);
    f->addRow(tr("&Given name(s):"), m_given);
    f->addRow(tr("Chinese &name:"), m_nameZh);
    m_sex = new QComboBox(m_patientBox);
    m_sex->setObjectName(QStringLiteral("sexCombo"));
    m_sex->addItem(tr("— choose —"), QString());
    for (const auto& s : core::sexes())
        m_sex->addItem(core::label(s.value), QString::fromLatin1(s.id));
    f->addRow(required(tr("&Sex:")), m_sex);
    m_birth = new PartialDateEdit(m_patientBox);
    m_birth->setObjectName(QStringLiteral("birthDateEdit"));
    m_birth->setRequired(true);
    m_birth->setLatest(m_ws.clock().todayUtc());
    f->addRow(required(tr("&Birth date:")), m_birth);
    m_duplicates = new QLabel(m_patientBox);
    m_duplicates->setObjectName(QStringLiteral("duplicateWarning"));
    m_duplicates->setWordWrap(true);
    m_duplicates->setTextFormat(Qt::RichText);
    m_duplicates->hide();
    connect(m_duplicates, &QLabel::linkActivated, this, [this](const QString& link) {
        // "patient:N" chooses the patient; a bare number opens that case
        if (link.startsWith(QLatin1String("patient:"))) {
            m_findIdentifier->clear();
            m_findName->clear();
            const qint64 id = link.mid(8).toLongLong();
            auto o = m_ws.intake().showPatient(m_user, id);
            if (!o.ok())
                return setProblem(o.error().message);
            m_hits->clear();
            m_hitIds = {id};
            m_hits->addItem(o->patient.displayName());
            choosePatient(0);
        } else {
            emit openCaseRequested(link.toLongLong());
        }
    });
    f->addRow(m_duplicates);
    for (QWidget* w : std::initializer_list<QWidget*>{m_authority, m_idType, m_idValue, m_family, m_given,
                                                      m_nameZh, m_sex, m_birth})
        watch(w);
    for (QLineEdit* e : {m_idValue, m_family, m_given, m_nameZh, static_cast<QLineEdit*>(m_birth)})
        connect(e, &QLineEdit::editingFinished, this, &NewReferralDialog::checkDuplicates);
    connect(m_birth, &PartialDateEdit::problemChanged, this, &RecordDialog::setProblem);
    return m_patientBox;
}

QGroupBox* NewReferralDialog::buildReferral()
{
    auto* box = new QGroupBox(tr("3. The referral"), this);
    box->setObjectName(QStringLiteral("referralBox"));
    auto* f = new QFormLayout(box);
    f->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_referrer = new QLineEdit(box);
    m_referrer->setObjectName(QStringLiteral("referrerEdit"));
    m_referrer->setMaxLength(200);
    m_institution = new QLineEdit(box);
    m_institution->setObjectName(QStringLiteral("institutionEdit"));
    m_institution->setMaxLength(200);
    m_contact = new QLineEdit(box);
    m_contact->setObjectName(QStringLiteral("contactEdit"));
    m_contact->setMaxLength(200);
    m_contact->setPlaceholderText(tr("Phone or e-mail"));
    f->addRow(required(tr("Referring &clinician:")), m_referrer);
    f->addRow(tr("I&nstitution:"), m_institution);
    f->addRow(tr("C&ontact:"), m_contact);
    m_referralDate = new QDateEdit(m_ws.clock().todayUtc(), box);
    m_referralDate->setObjectName(QStringLiteral("referralDateEdit"));
    m_referralDate->setCalendarPopup(true);
    m_referralDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_referralDate->setMaximumDate(m_ws.clock().todayUtc());
    f->addRow(required(tr("Referral &date:")), m_referralDate);
    m_urgency = new QComboBox(box);
    m_urgency->setObjectName(QStringLiteral("urgencyCombo"));
    m_urgency->addItem(tr("— choose —"), QString()); // the referrer says how urgent; nothing preset
    m_urgency->addItem(tr("Routine"), QStringLiteral("routine"));
    m_urgency->addItem(tr("Urgent"), QStringLiteral("urgent"));
    m_urgency->addItem(tr("Emergency"), QStringLiteral("emergency"));
    f->addRow(required(tr("&Urgency:")), m_urgency);
    m_indication = new QComboBox(box);
    m_indication->setObjectName(QStringLiteral("indicationCombo"));
    m_indication->addItem(tr("— choose —"), QString());
    for (const auto& i : core::indications())
        m_indication->addItem(core::label(i.value), QString::fromLatin1(i.id));
    f->addRow(required(tr("&Indication:")), m_indication);
    m_subtype = new QLineEdit(box);
    m_subtype->setObjectName(QStringLiteral("subtypeEdit"));
    m_subtype->setMaxLength(200);
    m_subtype->setPlaceholderText(tr("e.g. DLBCL NOS, transformed follicular lymphoma, Ph-like B-ALL"));
    f->addRow(tr("Su&btype:"), m_subtype);
    m_product = new QLineEdit(box);
    m_product->setObjectName(QStringLiteral("productEdit"));
    m_product->setMaxLength(200);
    m_product->setPlaceholderText(tr("e.g. cilta-cel, axi-cel"));
    f->addRow(tr("Intended &product:"), m_product);
    m_funding = new QLineEdit(box);
    m_funding->setObjectName(QStringLiteral("fundingEdit"));
    m_funding->setMaxLength(200);
    f->addRow(tr("&Funding / approval ref.:"), m_funding);
    m_question = new QPlainTextEdit(box);
    m_question->setObjectName(QStringLiteral("questionEdit"));
    m_question->setTabChangesFocus(true);
    m_question->setMaximumHeight(80);
    m_question->setPlaceholderText(tr("What the referrer asks the board"));
    f->addRow(tr("&Question:"), m_question);
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_referrer, m_institution, m_contact, m_referralDate, m_urgency,
                                         m_indication, m_subtype, m_product, m_funding, m_question})
        watch(w);
    return box;
}

void NewReferralDialog::search()
{
    setProblem({});
    const auto birth = m_findBirth->date();
    if (!birth) {
        setProblem(m_findBirth->problem());
        return;
    }
    auto hits = m_ws.intake().findPatients(m_user, m_findIdentifier->text(), m_findName->text(), *birth);
    m_hits->clear();
    m_hitIds.clear();
    if (!hits.ok()) {
        setProblem(hits.error().message);
        return;
    }
    for (const auto& h : *hits) {
        const core::Patient& p = h.patient;
        QStringList ids;
        for (const auto& i : p.identifiers)
            ids << i.value;
        m_hits->addItem(tr("%1 %2 · born %3 · %4 · %5")
                            .arg(p.displayName(), p.nameZh, birthText(p), core::label(p.sex),
                                 ids.join(QStringLiteral(", "))));
        m_hitIds << p.id;
    }
    if (hits->isEmpty())
        m_hits->addItem(tr("No patient found: register a new one below."));
    else
        m_hits->setCurrentRow(0);
}

void NewReferralDialog::choosePatient(int row)
{
    if (row < 0 || row >= m_hitIds.size())
        return;
    auto o = m_ws.intake().showPatient(m_user, m_hitIds.at(row));
    if (!o.ok()) {
        setProblem(o.error().message);
        return;
    }
    m_patientId = o->patient.id;
    QStringList open;
    for (const auto& c : o->cases)
        if (c.state != core::CaseState::Closed)
            open << QStringLiteral("<a href=\"%1\">%2</a>")
                        .arg(c.caseId)
                        .arg(tr("case %1 (%2, %3)")
                                 .arg(c.caseId)
                                 .arg(core::label(c.indication), core::label(c.state)));
    QString text = tr("Referral for the known patient <b>%1</b> (%2 earlier case(s)); the record is kept.")
                       .arg(o->patient.displayName().toHtmlEscaped())
                       .arg(o->cases.size());
    if (!open.isEmpty())
        text += QStringLiteral("<br>") + tr("Open: %1").arg(open.join(QStringLiteral(", ")));
    m_chosenLabel->setText(text);
    m_patientBox->setEnabled(false);
    m_newPatientButton->setVisible(true);
    markDirty();
}

void NewReferralDialog::useNewPatient()
{
    m_patientId = 0;
    m_chosenLabel->setText(tr("No patient chosen: a new patient will be registered."));
    m_patientBox->setEnabled(true);
    m_newPatientButton->setVisible(false);
    m_idValue->setFocus();
}

void NewReferralDialog::checkDuplicates()
{
    if (m_patientId != 0)
        return;
    core::Patient p;
    if (!m_idValue->text().trimmed().isEmpty())
        p.identifiers << core::PatientIdentifier{m_authority->text(), m_idType->currentData().toString(),
                                                 m_idValue->text()};
    p.familyName = m_family->text();
    p.givenName = m_given->text();
    p.nameZh = m_nameZh->text();
    p.sex = core::fromId(core::sexes(), m_sex->currentData().toString()).value_or(core::Sex::Unknown);
    if (auto b = m_birth->date()) {
        p.birth = *b;
        p.birthDate = b->earliest();
    }
    auto near = m_ws.intake().nearDuplicates(m_user, p);
    if (!near.ok() || near->isEmpty()) {
        m_duplicates->hide();
        return;
    }
    QStringList links;
    for (const auto& n : *near)
        links << QStringLiteral("<a href=\"patient:%1\">%2</a>")
                     .arg(n.id)
                     .arg(tr("%1, born %2").arg(n.displayName().toHtmlEscaped(), birthText(n)));
    m_duplicates->setText(
        tr("Possible duplicate — is this the same person? %1. Choose the record to refer that "
           "patient, or go on to register a new one.")
            .arg(links.join(QStringLiteral("; "))));
    m_duplicates->show();
}

QString NewReferralDialog::save()
{
    core::CaseRecord r;
    if (m_patientId != 0) {
        r.patient.id = m_patientId;
    } else {
        if (m_idValue->text().trimmed().isEmpty())
            return tr("Give the patient's identifier (its value).");
        r.patient.identifiers << core::PatientIdentifier{
            m_authority->text().trimmed(), m_idType->currentData().toString(), m_idValue->text().trimmed()};
        r.patient.mrn = m_idValue->text().trimmed();
        r.patient.familyName = m_family->text().trimmed();
        r.patient.givenName = m_given->text().trimmed();
        r.patient.nameZh = m_nameZh->text().trimmed();
        if (r.patient.familyName.isEmpty() && r.patient.nameZh.isEmpty())
            return tr("Give the family name (or the Chinese name).");
        const auto sex = core::fromId(core::sexes(), m_sex->currentData().toString());
        if (!sex)
            return tr("Choose the sex (\"unknown\" is a choice).");
        r.patient.sex = *sex;
        if (const QString why = m_birth->problem(); !why.isEmpty())
            return tr("Birth date: %1").arg(why);
        r.patient.birth = *m_birth->date();
        r.patient.birthDate = r.patient.birth.earliest();
    }
    r.referrerDetail = core::Referrer{m_referrer->text().trimmed(), m_institution->text().trimmed(),
                                      m_contact->text().trimmed()};
    r.referrer = r.referrerDetail.name;
    if (r.referrer.isEmpty())
        return tr("Give the referring clinician.");
    r.referralDate = m_referralDate->date();
    r.urgency = m_urgency->currentData().toString();
    if (r.urgency.isEmpty())
        return tr("Choose the urgency.");
    const auto indication = core::fromId(core::indications(), m_indication->currentData().toString());
    if (!indication)
        return tr("Choose the indication.");
    r.indication = *indication;
    r.subtype = m_subtype->text().trimmed();
    r.intendedProduct = m_product->text().trimmed();
    r.fundingReference = m_funding->text().trimmed();
    r.referrerQuestion = m_question->toPlainText().trimmed();
    auto reg = m_ws.intake().registerReferral(m_user, r);
    if (!reg.ok())
        return reg.error().message;
    m_caseId = reg->caseId;
    m_patientId = reg->patientId;
    emit caseRegistered(m_caseId);
    return {};
}

} // namespace cb::gui
