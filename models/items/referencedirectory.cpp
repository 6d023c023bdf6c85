#include "models/items/referencedirectory.h"

#include "models/items/referencemodel.h"
#include "models/schema/schemaregistry.h"

#include <QUrlQuery>

namespace akdesk {

ReferenceDirectory::ReferenceDirectory(ApiClient *client, std::shared_ptr<const SchemaRegistry> schema, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_schema(std::move(schema))
{
}

ReferenceDirectory::~ReferenceDirectory() = default;

ReferenceModel *ReferenceDirectory::modelFor(const FieldDescriptor &field)
{
    const ResourceDescriptor *target = m_schema->resource(field.reference);
    const QString path = target ? target->listPath : QString();
    QUrlQuery filters;
    for (auto it = field.referenceFilter.begin(); it != field.referenceFilter.end(); ++it)  // a QVariantMap: sorted
        filters.addQueryItem(it.key(), it.value().toString());
    const QString key = path + QLatin1Char('?') + filters.toString(QUrl::FullyEncoded);
    ReferenceModel *&model = m_models[key];
    if (!model) {
        model = new ReferenceModel(m_client, this);
        model->setSource(path, field.referenceFilter);
    }
    return model;
}

void ReferenceDirectory::apply(const RecordChange &change)
{
    for (ReferenceModel *model : std::as_const(m_models))
        model->apply(change);
}

} // namespace akdesk
