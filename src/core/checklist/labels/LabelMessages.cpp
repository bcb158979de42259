#include "core/checklist/labels/LabelMessages.h"

namespace cb::core {

namespace {

QString iso(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

LocalizedText both(QString en, QString zh)
{
    return LocalizedText{std::move(en), std::move(zh)};
}

} // namespace

LocalizedText LabelMessages::unknownProduct(const QString& product)
{
    return both(QStringLiteral("The product \"%1\" is not in the product label data").arg(product),
                QStringLiteral("产品“%1”不在产品说明书数据中").arg(product));
}

LocalizedText LabelMessages::noProductChosen()
{
    return both(QStringLiteral("No intended product chosen: the product label cannot be checked"),
                QStringLiteral("尚未选定拟用产品，无法核对产品说明书"));
}

LocalizedText LabelMessages::indicationNotAnswered()
{
    return both(QStringLiteral("The indication (HEM-01) is not answered"),
                QStringLiteral("未填写适应证（HEM-01）"));
}

LocalizedText LabelMessages::notCovered(const LocalizedText& product, const LocalizedText& indication,
                                        const LocalizedText& jurisdiction, const QDate& date)
{
    return both(QStringLiteral("%1 is not labelled for %2 in %3 on %4 (trial or off-label use only)")
                    .arg(product.en, indication.en, jurisdiction.en, iso(date)),
                QStringLiteral("截至%4，%1在%3未获批用于%2（仅限临床试验或超说明书使用）")
                    .arg(product.zhCN, indication.zhCN, jurisdiction.zhCN, iso(date)));
}

LocalizedText LabelMessages::labelLater(const QDate& effectiveDate)
{
    return both(QStringLiteral("A label for this indication takes effect on %1").arg(iso(effectiveDate)),
                QStringLiteral("该适应证的说明书自%1起生效").arg(iso(effectiveDate)));
}

LocalizedText LabelMessages::noLabelToCompare()
{
    return both(QStringLiteral("No label in force to compare with"),
                QStringLiteral("无可供比对的有效说明书"));
}

LocalizedText LabelMessages::excluded(const LocalizedText& exclusion)
{
    return both(QStringLiteral("The label excludes %1").arg(exclusion.en),
                QStringLiteral("说明书不适用于%1").arg(exclusion.zhCN));
}

LocalizedText LabelMessages::ageBelow(int minimum)
{
    return both(QStringLiteral("The label is for patients aged %1 or over").arg(minimum),
                QStringLiteral("说明书适用于%1岁及以上患者").arg(minimum));
}

LocalizedText LabelMessages::ageAbove(int maximum)
{
    return both(QStringLiteral("The label is for patients aged up to %1").arg(maximum),
                QStringLiteral("说明书适用于%1岁及以下患者").arg(maximum));
}

LocalizedText LabelMessages::labelInForce(const LocalizedText& product, const LocalizedText& jurisdiction,
                                          const QDate& effectiveDate, const QString& source,
                                          const QString& evidence)
{
    return both(QStringLiteral("Label in force: %1, %2, from %3 (%4, [%5])")
                    .arg(product.en, jurisdiction.en, iso(effectiveDate), source, evidence),
                QStringLiteral("适用说明书：%1，%2，自%3起生效（%4，［%5］）")
                    .arg(product.zhCN, jurisdiction.zhCN, iso(effectiveDate), source, evidence));
}

LocalizedText LabelMessages::linesNotAnswered()
{
    return both(QStringLiteral("The number of prior lines (HEM-02) is not answered"),
                QStringLiteral("未填写既往治疗线数（HEM-02）"));
}

LocalizedText LabelMessages::linesBelow(int lines, int minimum, const QDate& effectiveDate)
{
    return both(QStringLiteral("%1 prior line(s); the label in force from %2 requires at least %3")
                    .arg(lines)
                    .arg(iso(effectiveDate))
                    .arg(minimum),
                QStringLiteral("既往%1线治疗；自%2起生效的说明书要求至少%3线")
                    .arg(lines)
                    .arg(iso(effectiveDate))
                    .arg(minimum));
}

LocalizedText LabelMessages::conditionsToConfirm(const QList<LocalizedText>& conditions)
{
    QStringList en;
    QStringList zh;
    for (const auto& c : conditions) {
        en << c.en;
        zh << c.zhCN;
    }
    return both(
        QStringLiteral("The label allows this line count only with: %1. Confirm.")
            .arg(en.join(QStringLiteral("; "))),
        QStringLiteral("该治疗线数仅在以下情况下符合说明书，请确认：%1").arg(zh.join(QStringLiteral("；"))));
}

LocalizedText LabelMessages::exposureMissing(const LocalizedText& exposureClass, const QDate& effectiveDate)
{
    return both(QStringLiteral("The label in force from %1 requires prior %2")
                    .arg(iso(effectiveDate), exposureClass.en),
                QStringLiteral("自%1起生效的说明书要求：既往%2").arg(iso(effectiveDate), exposureClass.zhCN));
}

} // namespace cb::core
