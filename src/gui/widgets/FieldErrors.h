#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointer>
#include <QWidget>

namespace cb::gui {

// Shows a refusal beside the field it names. A form registers its fields by the key the
// services use (the JSON key, dotted when nested); an Error naming one of them is told with
// the field's own label (the translated text of its row in the form) instead of the raw key,
// and the field is outlined in red with the message as its tooltip until clear().
class FieldErrors
{
    Q_DECLARE_TR_FUNCTIONS(cb::gui::FieldErrors)
public:
    void add(const QString& key, QWidget* field, const QString& label = {});
    // The message with the field's label in place of its key (the message itself when it names
    // no registered field).
    QString describe(const Error& error) const;
    // describe(), and the field is marked.
    QString present(const Error& error);
    void clear();
    // The registered field an error names (or the nearest enclosing one), or nullptr.
    QWidget* fieldOf(const Error& error) const;
    // The label of a field's row in its form layout, without accelerator or colon.
    static QString formLabelOf(const QWidget* field);

private:
    struct Entry
    {
        QPointer<QWidget> widget;
        QString label;
    };
    const Entry* find(const QString& key, QString* matched) const;

    QHash<QString, Entry> m_fields;
    QPointer<QWidget> m_marked;
    QString m_markedTip;
    QString m_markedSheet;
};

} // namespace cb::gui
