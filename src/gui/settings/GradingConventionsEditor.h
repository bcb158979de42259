#pragma once

#include "core/grading/GradingOptions.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;

namespace cb::gui {

// The program's grading conventions in plain words (the [CONV] choices of SPEC §1.1 and §3, where
// the sources are silent): the CRS grade of vasopressin alone, whether pure inotropes count as
// vasopressors, and which bin an exact CAR-HEMATOTOX cut-off value falls in. A tab of the
// settings dialog; saved as the setting grading.conventions.
class GradingConventionsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit GradingConventionsEditor(QWidget* parent = nullptr);

    void setOptions(const core::GradingOptions& options);
    core::GradingOptions options() const;

private:
    struct Tie
    {
        core::TieBin core::HematotoxTies::*member;
        QComboBox* combo;
    };

    QComboBox* m_vasopressin = nullptr;
    QCheckBox* m_inotropes = nullptr;
    QList<Tie> m_ties;
};

} // namespace cb::gui
