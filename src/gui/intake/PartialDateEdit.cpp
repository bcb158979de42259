#include "gui/intake/PartialDateEdit.h"

#include <QRegularExpression>

namespace cb::gui {

PartialDateEdit::PartialDateEdit(QWidget* parent) : QLineEdit(parent)
{
    setPlaceholderText(tr("YYYY, YYYY-MM or YYYY-MM-DD"));
    setMaxLength(16);
    setClearButtonEnabled(true);
    connect(this, &QLineEdit::textChanged, this, [this] { emit problemChanged(problem()); });
}

std::optional<core::PartialDate> PartialDateEdit::parse(const QString& input)
{
    QString text = input.trimmed();
    if (text.isEmpty())
        return core::PartialDate();
    QString marker; // "~" or "?": estimated, read by PartialDate::parseInput
    if (text.endsWith(QLatin1Char('~')) || text.endsWith(QLatin1Char('?'))) {
        marker = text.right(1);
        text.chop(1);
    }
    // the day in the forms people type: 14.03.2019, 14/03/2019, 2019/3/14, 2019.3.14
    static const QRegularExpression dmy(QStringLiteral("^(\\d{1,2})[./](\\d{1,2})[./](\\d{4})$"));
    static const QRegularExpression ymd(QStringLiteral("^(\\d{4})[./-](\\d{1,2})[./-](\\d{1,2})$"));
    static const QRegularExpression ym(QStringLiteral("^(\\d{4})[./-](\\d{1,2})$"));
    QString iso = text;
    if (auto m = dmy.match(text); m.hasMatch())
        iso = QStringLiteral("%1-%2-%3")
                  .arg(m.captured(3), m.captured(2).rightJustified(2, QLatin1Char('0')),
                       m.captured(1).rightJustified(2, QLatin1Char('0')));
    else if (auto m2 = ymd.match(text); m2.hasMatch())
        iso = QStringLiteral("%1-%2-%3")
                  .arg(m2.captured(1), m2.captured(2).rightJustified(2, QLatin1Char('0')),
                       m2.captured(3).rightJustified(2, QLatin1Char('0')));
    else if (auto m3 = ym.match(text); m3.hasMatch())
        iso = QStringLiteral("%1-%2").arg(m3.captured(1), m3.captured(2).rightJustified(2, QLatin1Char('0')));
    return core::PartialDate::parseInput(iso + marker);
}

std::optional<core::PartialDate> PartialDateEdit::date() const
{
    return parse(text());
}

void PartialDateEdit::setDate(const core::PartialDate& date)
{
    setText(date.toString());
}

QString PartialDateEdit::problem() const
{
    const auto d = date();
    if (!d)
        return tr("\"%1\" is not a date: type 2019, 2019-03 or 2019-03-14.").arg(text().trimmed().left(20));
    if (d->isNull())
        return m_required ? tr("Required: at least the year.") : QString();
    if (m_latest.isValid() && d->isAfter(m_latest))
        return tr("%1 is in the future.").arg(d->toString());
    return {};
}

} // namespace cb::gui
