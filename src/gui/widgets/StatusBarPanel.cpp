#include "gui/widgets/StatusBarPanel.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStyle>

namespace cb::gui {

namespace {

QFrame* separator(QWidget* parent)
{
    auto* line = new QFrame(parent);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    return line;
}

} // namespace

StatusBarPanel::StatusBarPanel(const core::UserIdentity& user, const QString& databaseText, bool demo,
                               QWidget* parent)
    : QWidget(parent)
{
    // the status bar's messages give way to who, where and the latest backup, never the reverse
    setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Preferred);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 4, 0);
    layout->setSpacing(6);

    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("userStatusLabel"));
    m_userLabel->setTextFormat(Qt::PlainText);
    m_userLabel->setText(tr("%1 · %2").arg(user.printedName, rolesText(user)));
    m_userLabel->setToolTip(tr("Logged in as %1").arg(user.username));

    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseStatusLabel"));
    m_databaseLabel->setTextFormat(Qt::PlainText);
    m_databaseLabel->setProperty("role", QStringLiteral("muted"));
    m_databaseLabel->setText(tr("Database: %1").arg(databaseText));
    m_databaseLabel->setToolTip(databaseText);

    m_demoBadge = new QLabel(tr("DEMO DATA"), this);
    m_demoBadge->setObjectName(QStringLiteral("demoBadge"));
    m_demoBadge->setProperty("role", QStringLiteral("demoBadge"));
    m_demoBadge->setToolTip(
        tr("Every patient in this database is invented. Do not enter real patients here."));
    m_demoBadge->setVisible(demo);

    m_backupLabel = new QLabel(this);
    m_backupLabel->setObjectName(QStringLiteral("lastBackupLabel"));
    m_backupLabel->setTextFormat(Qt::PlainText);
    m_backupLabel->hide();

    layout->addWidget(m_userLabel);
    layout->addWidget(separator(this));
    layout->addWidget(m_databaseLabel);
    layout->addWidget(m_backupLabel);
    if (demo)
        layout->addWidget(m_demoBadge);
}

void StatusBarPanel::setLastBackup(const std::optional<QDateTime>& atUtc, bool applicable)
{
    m_backupLabel->setVisible(applicable);
    if (!applicable)
        return;
    if (atUtc && atUtc->isValid()) {
        m_backupLabel->setText(
            tr("Last backup: %1").arg(atUtc->toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        m_backupLabel->setToolTip(
            tr("The latest backup of this database in its backup folder (File → Back up "
               "now…; the schedule is in Settings → Backups)."));
        m_backupLabel->setProperty("role", QStringLiteral("muted"));
    } else {
        m_backupLabel->setText(tr("No backup yet"));
        m_backupLabel->setToolTip(tr("There is no backup of this database in its backup folder. Back it up "
                                     "with File → Back up now…, or set a schedule in Settings → Backups."));
        m_backupLabel->setProperty("role", QStringLiteral("backupWarning"));
    }
    m_backupLabel->style()->unpolish(m_backupLabel);
    m_backupLabel->style()->polish(m_backupLabel);
    updateGeometry();
}

QString StatusBarPanel::rolesText(const core::UserIdentity& user)
{
    QStringList parts;
    for (const core::Role r : user.roles) {
        if (r == core::Role::Specialist && !user.disciplines.isEmpty()) {
            QStringList disciplines;
            for (const core::Discipline d : user.disciplines)
                disciplines << core::label(d);
            parts << tr("%1 (%2)").arg(
                core::label(r), disciplines.join(tr(", ", "separator of a list of roles or disciplines")));
        } else {
            parts << core::label(r);
        }
    }
    return parts.join(tr(", ", "separator of a list of roles or disciplines"));
}

} // namespace cb::gui
