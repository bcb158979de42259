#pragma once

#include "core/PartialDate.h"

#include <QLineEdit>
#include <optional>

namespace cb::gui {

// A clinical date typed as it is known: "2019", "2019-03", "2019-03-14", or the day in the
// locale's form ("14.03.2019", "14/03/2019", "2019/3/14"); a trailing "~" marks it estimated.
// Checked as typed: problem() says what is wrong, in the user's language; nothing is filled in.
class PartialDateEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit PartialDateEdit(QWidget* parent = nullptr);

    // Empty text gives an empty date; invalid text gives std::nullopt.
    std::optional<core::PartialDate> date() const;
    void setDate(const core::PartialDate& date);
    // Empty when the text is a date (or empty and the field is optional); the reason otherwise.
    QString problem() const;
    void setRequired(bool required) { m_required = required; }
    // Dates after this day are refused (default: none).
    void setLatest(const QDate& latest) { m_latest = latest; }

    static std::optional<core::PartialDate> parse(const QString& text);

signals:
    void problemChanged(const QString& problem);

private:
    bool m_required = false;
    QDate m_latest;
};

} // namespace cb::gui
