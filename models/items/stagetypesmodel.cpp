#include "models/items/stagetypesmodel.h"

#include "models/api/apiclient.h"
#include "models/schema/schemaregistry.h"

#include <QJsonArray>

namespace akdesk {

StageTypesModel::StageTypesModel(ApiClient *client, std::shared_ptr<const SchemaRegistry> schema, QObject *parent,
                                 ResourceDescriptor::Category family)
    : QAbstractListModel(parent)
    , m_client(client)
    , m_schema(std::move(schema))
    , m_family(family)
{
}

StageTypesModel::~StageTypesModel() = default;

void StageTypesModel::setTypes(const QList<Type> &types)
{
    beginResetModel();
    m_types = types;
    endResetModel();
    Q_EMIT loaded();
}

void StageTypesModel::load()
{
    // authentik/core/api/object_types.py TypesMixin, on StageViewSet and PolicyViewSet alike.
    ApiReply *reply = m_client->get(m_family == ResourceDescriptor::Category::Policy ? QStringLiteral("/policies/all/types/")
                                                                                    : QStringLiteral("/stages/all/types/"));
    connect(reply, &ApiReply::finished, this, [this](ApiReply *finished) {
        QList<Type> types;
        if (finished->ok() && finished->json().isArray()) {
            m_fallback.clear();
            for (const QJsonValue &value : finished->json().array()) {
                const QJsonObject t = value.toObject();
                Type type{t.value(QLatin1String("name")).toString(), t.value(QLatin1String("description")).toString(), {},
                          t.value(QLatin1String("requires_enterprise")).toBool(), t.value(QLatin1String("deprecated")).toBool()};
                // model_name is the bare model ("identificationstage"); the registry knows it.
                const QString model = t.value(QLatin1String("model_name")).toString();
                for (const ResourceDescriptor *kind : m_schema->kinds(m_family)) {
                    if (kind->modelName == model || kind->modelName.section(QLatin1Char('.'), 1) == model)
                        type.key = kind->key;
                }
                types.append(type);
            }
        } else {
            m_fallback = finished->ok() ? tr("the server's answer was not a list") : finished->error().message();
            for (const ResourceDescriptor *kind : m_schema->kinds(m_family))
                types.append({kind->label, kind->description, kind->key, false, false});
        }
        std::sort(types.begin(), types.end(), [](const Type &a, const Type &b) { return a.name.localeAwareCompare(b.name) < 0; });
        setTypes(types);
    });
}

int StageTypesModel::rowOfKey(const QString &key) const
{
    for (int row = 0; row < m_types.size(); ++row) {
        if (m_types.at(row).key == key)
            return row;
    }
    return -1;
}

int StageTypesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_types.size());
}

QVariant StageTypesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};  // views ask about "no item" (a combo box with none chosen): not an error
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Type &type = m_types.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QStringList marks;
        if (type.enterprise)
            marks.append(tr("Enterprise"));
        if (type.deprecated)
            marks.append(tr("Deprecated"));
        return marks.isEmpty() ? type.name : QStringLiteral("%1  [%2]").arg(type.name, marks.join(QLatin1String(", ")));
    }
    case Qt::ToolTipRole:
    case DescriptionRole:
        return type.key.isEmpty() ? tr("%1 (akdesk has no form for this kind)").arg(type.description) : type.description;
    case KeyRole:
        return type.key;
    case EnterpriseRole:
        return type.enterprise;
    case DeprecatedRole:
        return type.deprecated;
    case AvailableRole:
        return !type.key.isEmpty();
    case SearchTextRole:
        return type.name + QLatin1Char(' ') + type.description;
    default:
        return {};
    }
}

} // namespace akdesk
