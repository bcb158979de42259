#include "services/IntakeCatalog.h"

#include "platform/Logging.h"

#include <QFile>

namespace cb::services {

namespace {

template <typename Catalog> Catalog load(const QString& resource, const QString& name)
{
    QFile f(resource);
    if (!f.open(QIODevice::ReadOnly)) {
        CB_LOG_ERROR("{} is missing from this build", name.toStdString());
        return {};
    }
    auto parsed = Catalog::parse(f.readAll(), name);
    if (!parsed.ok()) {
        CB_LOG_ERROR("{} does not parse: {}", name.toStdString(), parsed.error().message.toStdString());
        return {};
    }
    return std::move(parsed).value();
}

} // namespace

const core::ObservationCatalog& IntakeCatalog::observations()
{
    static const core::ObservationCatalog catalog = load<core::ObservationCatalog>(
        QStringLiteral(":/intake/observations.json"), QStringLiteral("observations.json"));
    return catalog;
}

const core::DrugVocabulary& IntakeCatalog::drugs()
{
    static const core::DrugVocabulary vocabulary =
        load<core::DrugVocabulary>(QStringLiteral(":/intake/drugs.json"), QStringLiteral("drugs.json"));
    return vocabulary;
}

} // namespace cb::services
