#pragma once

#include "core/CaseDossier.h"

#include <QFont>
#include <QList>
#include <QString>
#include <QStringList>
#include <utility>

namespace cb::report {

// Small helpers shared by the documents: escaping, dates and times with their zone, labels of
// stable ids, and the fonts (Latin with a CJK fallback so Chinese never prints as boxes).
namespace text {

QString tr(const char* source, const char* disambiguation = nullptr, int n = -1);
// HTML-escaped, line breaks kept.
QString esc(const QString& s);
// "2026-11-25 14:05 UTC+08:00" in the dossier's zone.
QString dateTime(const QDateTime& utc, const QTimeZone& zone);
QString date(const QDate& d);
QString observationLabel(const QString& code);
QString drugClasses(const QStringList& ids);
QString cnsDisease(const QString& id);
QString statusText(core::ChecklistStatus status);

// A two-column table of labels and HTML values (an empty value prints as a dash).
QString keyTable(const QList<std::pair<QString, QString>>& rows);
// The header row of a grid table; widths in percent, when given.
QString headerRow(const QStringList& labels, const QList<int>& widths = {});
// The patient line printed on every page: name, MRN and date of birth.
QString patientLine(const core::CaseDossier& d);
QString confidentialityLine();
// Every font the documents use, by point size: DejaVu Sans for Latin, Noto Sans CJK SC for Han.
QFont font(double pointSize, bool bold = false);
QStringList fontFamilies();

} // namespace text

} // namespace cb::report
