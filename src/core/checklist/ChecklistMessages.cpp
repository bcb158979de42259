#include "core/checklist/ChecklistMessages.h"

namespace cb::core {

namespace {

QString iso(const QDate& d)
{
    return d.toString(Qt::ISODate);
}
QString num(double v)
{
    return QString::number(v, 'g', 10);
}
LocalizedText both(QString en, QString zh)
{
    return LocalizedText{std::move(en), std::move(zh)};
}

LocalizedText typeName(ChecklistItemType type)
{
    switch (type) {
    case ChecklistItemType::Bool:
        return both(QStringLiteral("yes/no"), QStringLiteral("是/否"));
    case ChecklistItemType::Number:
        return both(QStringLiteral("a number"), QStringLiteral("数值"));
    case ChecklistItemType::Choice:
        return both(QStringLiteral("a choice"), QStringLiteral("选项"));
    case ChecklistItemType::Date:
        return both(QStringLiteral("a date"), QStringLiteral("日期"));
    case ChecklistItemType::Text:
        return both(QStringLiteral("text"), QStringLiteral("文本"));
    }
    return {};
}

LocalizedText referenceName(const QString& id)
{
    if (id == QLatin1String("planned_apheresis"))
        return both(QStringLiteral("planned apheresis"), QStringLiteral("计划单采"));
    if (id == QLatin1String("planned_infusion"))
        return both(QStringLiteral("planned infusion"), QStringLiteral("计划回输"));
    if (id == QLatin1String("planned_lymphodepletion"))
        return both(QStringLiteral("planned lymphodepletion"), QStringLiteral("计划清淋"));
    return both(id, id);
}

} // namespace

LocalizedText ChecklistMessages::notAnswered()
{
    return both(QStringLiteral("Not answered"), QStringLiteral("未填写"));
}

LocalizedText ChecklistMessages::unreadable(ChecklistItemType type)
{
    const LocalizedText t = typeName(type);
    return both(QStringLiteral("The answer cannot be read as %1").arg(t.en),
                QStringLiteral("答案无法识别为%1").arg(t.zhCN));
}

LocalizedText ChecklistMessages::outOfRange(double value, const QString& unit, double minimum, double maximum)
{
    return both(QStringLiteral("%1 %2 is outside the plausible range %3–%4: check the value and its unit")
                    .arg(num(value), unit, num(minimum), num(maximum)),
                QStringLiteral("%1 %2超出合理范围（%3–%4），请核对数值及单位")
                    .arg(num(value), unit, num(minimum), num(maximum)));
}

LocalizedText ChecklistMessages::unknownOption(const QString& option)
{
    return both(QStringLiteral("\"%1\" is not an option of this item").arg(option),
                QStringLiteral("“%1”不是本项的选项").arg(option));
}

LocalizedText ChecklistMessages::unitMismatch(const QString& given, const QString& expected)
{
    return both(QStringLiteral("The unit %1 cannot be converted to %2").arg(given, expected),
                QStringLiteral("单位%1无法换算为%2").arg(given, expected));
}

LocalizedText ChecklistMessages::notApplicable()
{
    return both(QStringLiteral("Not applicable"), QStringLiteral("不适用"));
}

LocalizedText ChecklistMessages::notApplicableNotAllowed()
{
    return both(QStringLiteral("\"Not applicable\" is not an answer this item allows"),
                QStringLiteral("本项不可选择“不适用”"));
}

LocalizedText ChecklistMessages::undated(int limitDays)
{
    return both(
        QStringLiteral("No date: this item needs a value from the last %1 days; give the day it was measured")
            .arg(limitDays),
        QStringLiteral("无日期：本项要求%1天内的数据，请填写测量日期").arg(limitDays));
}

LocalizedText ChecklistMessages::stale(const QDate& valueDate, qint64 ageDays, int limitDays)
{
    return both(
        QStringLiteral("Stale: dated %1, %2 days before the reference date; this item needs a value from the "
                       "last %3 days")
            .arg(iso(valueDate))
            .arg(ageDays)
            .arg(limitDays),
        QStringLiteral("数据过期：日期为%1，距参考日期%2天；本项要求%3天内的数据")
            .arg(iso(valueDate))
            .arg(ageDays)
            .arg(limitDays));
}

LocalizedText ChecklistMessages::referenceDateMissing(const QString& referenceId, const QDate& usedInstead)
{
    const LocalizedText name = referenceName(referenceId);
    return both(QStringLiteral("No %1 date set yet: measured against %2").arg(name.en, iso(usedInstead)),
                QStringLiteral("尚未设定%1日期：以%2为参照").arg(name.zhCN, iso(usedInstead)));
}

LocalizedText ChecklistMessages::noLabelData()
{
    return both(QStringLiteral("Product label data not loaded: the label cannot be checked"),
                QStringLiteral("未载入产品说明书数据，无法核对说明书"));
}

LocalizedText ChecklistMessages::converted(double value, const QString& fromUnit)
{
    return both(QStringLiteral("Converted from %1 %2").arg(num(value), fromUnit),
                QStringLiteral("由%1 %2换算").arg(num(value), fromUnit));
}

LocalizedText ChecklistMessages::observationUndated(const QString& code)
{
    return both(QStringLiteral("The %1 observation has no date and was not used").arg(code),
                QStringLiteral("观察值%1无日期，未采用").arg(code));
}

LocalizedText ChecklistMessages::factNotAnOption(const QString& value)
{
    return both(QStringLiteral("The case value \"%1\" is not an option of this item").arg(value),
                QStringLiteral("病例数据“%1”不是本项的选项").arg(value));
}

} // namespace cb::core
