#pragma once

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QKeyEvent;
class QShowEvent;
class QLabel;
class QVBoxLayout;

namespace cb::gui {

// The frame of every entry form of the patient's record: a form, a line for the reason a save is
// refused (beside the fields, in the user's language), Save and Cancel. Closing with unsaved
// input asks first. Subclasses fill form(), call watch() on their fields and implement save().
class RecordDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RecordDialog(QWidget* parent = nullptr);

    bool isDirty() const { return m_dirty; }
    // Shows why the input cannot be saved (empty hides the line).
    void setProblem(const QString& problem);
    QString problem() const;

    void reject() override;
    void accept() override;

protected:
    // Enter moves to the next field, as a coordinator typing from a referral letter expects;
    // Ctrl+Enter saves (and so does the Save button).
    void keyPressEvent(QKeyEvent* event) override;
    void showEvent(QShowEvent* event) override;
    // Labels of rows whose field is a row of widgets get the first of them as their buddy.
    void giveLabelsTheirBuddies();
    QFormLayout* form() const { return m_form; }
    QVBoxLayout* body() const { return m_body; }
    QDialogButtonBox* buttons() const { return m_buttons; }
    // A change of any of these widgets marks the form as edited.
    void watch(QWidget* field);
    void markDirty() { m_dirty = true; }
    void markClean() { m_dirty = false; }
    // Saves; returns the reason it could not (empty = saved, the dialog closes).
    virtual QString save() = 0;
    // Fits the dialog inside the screen it opens on.
    void fitToScreen();

private:
    QVBoxLayout* m_body = nullptr;
    QFormLayout* m_form = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    bool m_dirty = false;
};

} // namespace cb::gui
