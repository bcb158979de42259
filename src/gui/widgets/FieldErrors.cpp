#include "gui/widgets/FieldErrors.h"

#include <QAbstractButton>
#include <QFormLayout>
#include <QLabel>
#include <optional>

namespace cb::gui {

namespace {

const char* const kInvalidProperty = "fieldError"; // tests and accessibility read it

bool holds(QLayoutItem* item, const QWidget* w)
{
    if (!item)
        return false;
    if (item->widget() == w)
        return true;
    if (QLayout* l = item->layout()) {
        for (int i = 0; i < l->count(); ++i)
            if (holds(l->itemAt(i), w))
                return true;
    }
    return false;
}

QString plain(QString text)
{
    text.remove(QLatin1Char('&'));
    text = text.trimmed();
    while (text.endsWith(QLatin1Char(':')) || text.endsWith(QChar(0xFF1A)))
        text.chop(1);
    return text;
}

} // namespace

void FieldErrors::add(const QString& key, QWidget* field, const QString& label)
{
    m_fields.insert(key, Entry{field, label});
}

namespace {

// The label of the row of `form` (or of a form nested in it) that holds `field`; null when none does.
std::optional<QString> labelIn(QLayout* layout, const QWidget* field)
{
    if (!layout)
        return std::nullopt;
    if (auto* form = qobject_cast<QFormLayout*>(layout)) {
        for (int row = 0; row < form->rowCount(); ++row) {
            if (!holds(form->itemAt(row, QFormLayout::FieldRole), field) &&
                !holds(form->itemAt(row, QFormLayout::SpanningRole), field))
                continue;
            QLayoutItem* label = form->itemAt(row, QFormLayout::LabelRole);
            if (label && label->widget())
                if (auto* l = qobject_cast<QLabel*>(label->widget()); l && !plain(l->text()).isEmpty())
                    return plain(l->text());
            return QString();
        }
    }
    for (int i = 0; i < layout->count(); ++i)
        if (auto found = labelIn(layout->itemAt(i)->layout(), field))
            return found;
    return std::nullopt;
}

} // namespace

QString FieldErrors::formLabelOf(const QWidget* field)
{
    for (const QWidget* p = field ? field->parentWidget() : nullptr; p; p = p->parentWidget())
        if (auto found = labelIn(p->layout(), field); found && !found->isEmpty())
            return *found;
    if (auto* b = qobject_cast<const QAbstractButton*>(field))
        return plain(b->text());
    return {};
}

const FieldErrors::Entry* FieldErrors::find(const QString& key, QString* matched) const
{
    // "oxygen.flow_l_min", then "oxygen"
    QString k = key;
    while (!k.isEmpty()) {
        if (auto it = m_fields.constFind(k); it != m_fields.constEnd() && it->widget) {
            *matched = k;
            return &*it;
        }
        const int dot = k.lastIndexOf(QLatin1Char('.'));
        k = dot > 0 ? k.left(dot) : QString();
    }
    return nullptr;
}

QWidget* FieldErrors::fieldOf(const Error& error) const
{
    QString matched;
    const Entry* e = error.field.isEmpty() ? nullptr : find(error.field, &matched);
    return e ? e->widget.data() : nullptr;
}

QString FieldErrors::describe(const Error& error) const
{
    QString matched;
    const Entry* e = error.field.isEmpty() ? nullptr : find(error.field, &matched);
    if (!e)
        return error.message;
    const QString label = e->label.isEmpty() ? formLabelOf(e->widget) : e->label;
    if (label.isEmpty())
        return error.message;
    // what the message says after the key: "consciousness: required field is missing",
    // "discharge details, \"driving_restriction_until\": must be a date"
    QString problem = error.message;
    if (const int at = error.message.indexOf(error.field); at >= 0) {
        problem = error.message.mid(at + error.field.size());
        // the key's closing quote, then its colon (either script), then spaces; a quote opened
        // before the key and closed at the end goes too
        const QString quotes = QStringLiteral("\"'\u201C\u201D\u2018\u2019");
        const bool quoted = at > 0 && quotes.contains(error.message.at(at - 1));
        if (!problem.isEmpty() && quotes.contains(problem.front()))
            problem.remove(0, 1);
        else if (quoted && !problem.isEmpty() && quotes.contains(problem.back()))
            problem.chop(1);
        if (!problem.isEmpty() && QStringLiteral(":\uFF1A").contains(problem.front()))
            problem.remove(0, 1);
        problem = problem.trimmed();
    }
    return problem.isEmpty() ? label : tr("%1: %2").arg(label, problem);
}

QString FieldErrors::present(const Error& error)
{
    clear();
    const QString text = describe(error);
    if (QWidget* w = fieldOf(error)) {
        m_marked = w;
        m_markedTip = w->toolTip();
        m_markedSheet = w->styleSheet();
        w->setProperty(kInvalidProperty, true);
        w->setToolTip(text);
        w->setStyleSheet(m_markedSheet + QStringLiteral("\n%1 { border: 2px solid #a4161a; }")
                                             .arg(QString::fromLatin1(w->metaObject()->className())));
    }
    return text;
}

void FieldErrors::clear()
{
    if (m_marked) {
        m_marked->setProperty(kInvalidProperty, false);
        m_marked->setToolTip(m_markedTip);
        m_marked->setStyleSheet(m_markedSheet);
    }
    m_marked = nullptr;
}

} // namespace cb::gui
